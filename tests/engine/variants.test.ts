/**
 * The engine says which wording of a reason applies (Reason.variant), so the views never switch on rule ids
 * (issue 11, item 6). Each case below used to be decided in results/format.ts from the rule id and params.
 */
import { describe, expect, it } from 'vitest';
import type { Case, Reason, Result } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import { choice, copay, retention, transition, typeA, typeB } from '../../src/rules';
import { AT_HOME } from '../fixtures/person-at-home';

const run = (c: Partial<Case>, asOf = '2026-11-22'): Result => evaluate({ ...AT_HOME, ...c }, { asOf });
const reasonOf = (r: Result, rule: { id: string }): Reason | undefined =>
  [...r.services.flatMap((s) => s.reasons), ...r.copay.reasons].find((x) => x.rule === rule.id);

describe('Reason.variant', () => {
  it('working or on leave: the in-work text of each service', () => {
    const r = run({ work: { status: 'on-leave', startedOn: '2020-04-01', viaService: 'none' } });
    for (const rule of [transition.transitionWork, typeA.typeAWork, typeB.typeBWork, choice.choiceWork]) {
      expect(reasonOf(r, rule)).toMatchObject({ status: 'ask', variant: 'on-leave' });
    }
  });

  it('not working: the plain text (no variant)', () => {
    expect(reasonOf(run({}), transition.transitionWork)).toMatchObject({ status: 'met' });
    expect(reasonOf(run({}), transition.transitionWork)?.variant).toBeUndefined();
  });

  it('a change still coming says "later", one in force says "now"', () => {
    const before = run({ history: { transitionMonthsUsed: 30, current: [], assessed: false } }, '2026-11-22');
    const after = run({ history: { transitionMonthsUsed: 30, current: [], assessed: false } }, '2027-05-01');
    expect(reasonOf(before, transition.transitionExtensionChoice)?.variant).toBe('later');
    expect(reasonOf(after, transition.transitionExtensionChoice)?.variant).toBe('now');
    expect(reasonOf(before, typeA.typeAChoiceFirst)?.variant).toBe('later');
    expect(reasonOf(after, typeA.typeAChoiceFirst)?.variant).toBe('now');
  });

  it('the B型 route taken, and who assesses by date', () => {
    expect(reasonOf(run({ age: 55 }), typeB.typeBRoute)?.variant).toBe('age-50');
    expect(reasonOf(run({}), typeB.typeBRoute)?.variant).toBe('choice-provider');
    expect(reasonOf(run({}, '2025-04-01'), typeB.typeBRoute)?.variant).toBe('transition-provider');
  });

  it('就労選択支援 at 16 is the youth route, at 70 the senior one', () => {
    expect(reasonOf(run({ age: 16 }), choice.choiceAge)).toMatchObject({ status: 'ask', variant: 'youth' });
    expect(reasonOf(run({ age: 70 }), choice.choiceAge)).toMatchObject({ status: 'ask', variant: 'senior' });
  });

  it('the copay household, category and the unassessed months', () => {
    const r = run({});
    expect(reasonOf(r, copay.copayHousehold)?.variant).toBe('self-and-spouse');
    expect(reasonOf(r, copay.copayCaps)?.variant).toBe('low-income');
    expect(reasonOf(run({ history: { current: [], assessed: false } }), transition.transitionPeriod)?.variant).toBe('assumed');
    expect(reasonOf(run({ work: { status: 'student', finalYear: true } }), retention.retentionWork)).toMatchObject({ status: 'not-met', variant: 'student' });
  });
});
