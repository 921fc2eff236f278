/**
 * Issue 11's eligibility findings, each pinned: the 65+ condition (a), the kind of assessment after
 * 2025-10-01, the return-to-work route for people on leave, and no legal dates or ages in the engine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case, ServiceResult } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import { choice, common, transition, typeA } from '../../src/rules';
import { firstDateWhen } from '../../src/rules/effective';
import { baseCase, mismatches, REFERENCE_OVERRIDES, SHARED_CASES_DIR, type Expectation } from '../support/cases';

const service = (c: Case, id: string): ServiceResult => evaluate(c, { asOf: c.asOf! }).services.find((s) => s.id === id)!;
const reasonOf = (s: ServiceResult, rule: string) => s.reasons.find((r) => r.rule === rule);
const noRoute = { work: { status: 'not-working' as const, experience: true, hardToBeEmployed: false }, pensionGrade1: false };

describe('65 and over: both conditions of 1.10 / 2.2', () => {
  it.each(['employment-transition', 'continuation-a'] as const)('%s: a decision the day before 65 alone is not enough; the 5 years are asked', (id) => {
    const s = service(baseCase({ age: 66, history: { grantedBefore65: [id] } }), id);
    expect(s.verdict).toBe('possible');
    expect(reasonOf(s, 'age.over-65-continuous')).toMatchObject({ status: 'unknown', params: { limit: 65, years: 5 } });
    expect(s.changes).toContain('field:history.continuousBefore65');
  });

  it.each(['employment-transition', 'continuation-a'] as const)('%s: answered "no" to the 5 years is unlikely, "yes" is likely', (id) => {
    expect(service(baseCase({ age: 66, history: { grantedBefore65: [id], continuousBefore65: false } }), id).verdict).toBe('unlikely');
    expect(service(baseCase({ age: 66, history: { grantedBefore65: [id], continuousBefore65: true } }), id).verdict).toBe('likely');
  });

  it('does not ask about the 5 years when the decision the day before 65 is already known to be missing', () => {
    const s = service(baseCase({ age: 66, history: { grantedBefore65: [] } }), 'continuation-a');
    expect(s.verdict).toBe('unlikely');
    expect(reasonOf(s, 'age.over-65-continuous')).toBeUndefined();
  });

  it('keeps B型 open at 66 whatever the 5 years were (no upper age) [3.5]', () => {
    expect(service(baseCase({ age: 66, history: { grantedBefore65: [], continuousBefore65: false } }), 'continuation-b').verdict).toBe('likely');
  });
});

describe('the B型 assessment route: who did the assessment [3.1–3.3]', () => {
  const at = (asOf: string, history: Case['history']) => service(baseCase({ asOf, ...noRoute, history }), 'continuation-b');

  it('asks who did it when "assessed" is answered without the kind after 2025-10-01', () => {
    const s = at('2026-11-22', { assessed: true });
    expect(s.verdict).toBe('possible');
    expect(reasonOf(s, 'type-b.route')).toMatchObject({ status: 'ask', params: { route: 'assessed-kind-unknown', assessment: 'choice-provider' } });
    expect(s.changes).toContain('field:history.assessedBy');
  });

  it('treats an older 就労アセスメント after 2025-10-01 as the transitional exception: ask the municipality', () => {
    const s = at('2026-11-22', { assessed: true, assessedBy: 'transition-provider' });
    expect(s.verdict).toBe('possible');
    expect(reasonOf(s, 'type-b.route')).toMatchObject({ status: 'ask', params: { route: 'assessed-transitional' } });
    expect(reasonOf(s, 'type-b.transitional')).toBeDefined();
    expect(s.changes).toContain('fact:choice-provider-reachable');
  });

  it('counts a 就労選択支援 assessment after 2025-10-01, and a 就労アセスメント before it', () => {
    expect(at('2026-11-22', { assessed: true, assessedBy: 'choice-provider' }).verdict).toBe('likely');
    expect(at('2025-09-30', { assessed: true, assessedBy: 'transition-provider' }).verdict).toBe('likely');
  });

  it('does not count a 就労選択支援 assessment dated before the service existed; it asks', () => {
    const s = at('2025-09-30', { assessed: true, assessedBy: 'choice-provider' });
    expect(s.verdict).toBe('possible');
    expect(reasonOf(s, 'type-b.route')).toMatchObject({ status: 'ask', params: { route: 'assessment', assessment: 'transition-provider' } });
    expect(s.changes).toContain('field:history.assessedBy');
    expect(s.changes).not.toContain('fact:choice-provider-reachable');
  });

  it('keeps 就労選択支援 first on the list for B型 unless its own assessment was done', () => {
    const req = (history: Case['history']) => service(baseCase({ ...noRoute, history }), 'employment-choice').requiredBefore ?? [];
    expect(req({ assessed: true, assessedBy: 'transition-provider' })).toContain('continuation-b');
    expect(req({ assessed: true })).toContain('continuation-b');
    expect(req({ assessed: true, assessedBy: 'choice-provider' })).not.toContain('continuation-b');
  });
});

describe('A型 from 2027-04-01: only a 就労選択支援 assessment replaces using it first [2.5]', () => {
  const a = (history: Case['history']) => service(baseCase({ asOf: '2027-04-01', history }), 'continuation-a');
  it('points to who did the assessment when "assessed" is answered without the kind', () => {
    const s = a({ assessed: true });
    expect(reasonOf(s, 'type-a.choice-first')).toMatchObject({ status: 'info', params: { inForce: true } });
    expect(s.changes).toContain('field:history.assessedBy');
    expect(s.verdict).toBe('likely'); // a step first, not a reason for unlikely
  });
  it('drops the step for a 就労選択支援 assessment, not for an older 就労アセスメント', () => {
    expect(reasonOf(a({ assessed: true, assessedBy: 'choice-provider' }), 'type-a.choice-first')).toBeUndefined();
    expect(reasonOf(a({ assessed: true, assessedBy: 'transition-provider' }), 'type-a.choice-first')).toBeDefined();
  });
});

describe('on leave (休職中): the return-to-work route and リワーク支援 [1.17, 1.18, 11.5]', () => {
  const onLeave = baseCase({ work: { status: 'on-leave', experience: true } });

  it.each(['employment-transition', 'continuation-a', 'continuation-b'] as const)('%s names リワーク支援 with the official pages that state it', (id) => {
    const s = service(onLeave, id);
    const r = reasonOf(s, 'leave.rework');
    expect(r).toMatchObject({ status: 'info', params: { contact: 'vocational-center' }, refs: expect.arrayContaining(['1.18', '11.5']) });
    // 中野区 (S13, official-sources.md A18) and 廿日市市 (A19).
    expect(r!.sources.map((x) => x.id)).toEqual(expect.arrayContaining(['S13', 'A19']));
    expect(s.changes).toContain('fact:rework');
    expect(s.verdict).toBe('possible');
  });

  it('says nothing about リワーク支援 to someone who is not on leave', () => {
    for (const status of ['not-working', 'working', 'student'] as const) {
      const r = evaluate(baseCase({ work: { status } }), { asOf: '2026-11-22' });
      expect(
        r.services.flatMap((s) => s.reasons).some((x) => x.rule === 'leave.rework'),
        status,
      ).toBe(false);
    }
  });

  it('keeps the letters the plan needs in the rule data: employer, doctor, and why the centre is hard to use', () => {
    expect(common.leaveRework.values['2024-04-01']!.documents).toEqual(['employer-letter', 'leave-doctor-letter', 'rework-difficulty-letter']);
  });
});

describe('legal dates come from the rules, not the engine', () => {
  const DIR = resolve(__dirname, '../../src/engine/eligibility');
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s has no date literal and no age literal', (f) => {
    const code = readFileSync(join(DIR, f), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code.match(/['"`]\d{4}-\d{2}-\d{2}['"`]/g) ?? []).toEqual([]);
    // An age or figure compared or defaulted in code (>= 65, ?? 5): those are the rules' values (0 is not a figure).
    expect(code.match(/(?:[<>]=?|\?\?|===?)\s*[1-9]\d*\b/g) ?? []).toEqual([]);
  });

  it('reads each "from" date from the rule that takes effect on it', () => {
    expect(firstDateWhen(choice.choiceExists)).toBe('2025-10-01');
    expect(firstDateWhen(typeA.typeAChoiceFirst)).toBe('2027-04-01');
    expect(firstDateWhen(transition.transitionExtensionChoice)).toBe('2027-04-01');
    expect(firstDateWhen(choice.choiceRequired, (v) => v?.['continuation-a'] === true)).toBe('2027-04-01');
    expect(firstDateWhen(common.over65Continuous, (v) => v === false)).toBeUndefined();
    expect(reasonOf(service(baseCase({ asOf: '2025-09-30' }), 'employment-choice'), 'choice.exists')!.params!.from).toBe(firstDateWhen(choice.choiceExists));
    expect(reasonOf(service(baseCase(), 'continuation-a'), 'type-a.choice-first')!.params!.from).toBe(firstDateWhen(typeA.typeAChoiceFirst));
  });
});

describe('the shared 65+ example (over-65-continuing-a.json)', () => {
  const raw = JSON.parse(readFileSync(join(SHARED_CASES_DIR, 'over-65-continuing-a.json'), 'utf8')) as { case: Case; expect: Expectation };

  it('meets every expectation as written once the 5 years its title states are answered', () => {
    const c: Case = { ...raw.case, history: { ...raw.case.history, continuousBefore65: true } };
    expect(mismatches(evaluate(c, { asOf: c.asOf! }), raw.expect)).toEqual([]);
  });

  it('is overridden only where a version 1 case cannot say it: A型 is "possible" (ask), not "likely"', () => {
    expect(REFERENCE_OVERRIDES['over-65-continuing-a.json']!.services).toEqual({ 'continuation-a': 'possible' });
    expect(raw.expect.services?.['continuation-a']).toBe('likely');
    expect(mismatches(evaluate(raw.case, { asOf: raw.case.asOf! }), raw.expect)).toEqual(['continuation-a: expected "likely", got possible']);
  });
});
