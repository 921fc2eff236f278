/** The application track: consult, 就労選択支援 first where needed, visit and compare, apply for the one chosen, the decision. */
import { describe, expect, it } from 'vitest';
import { only, planOf, steps } from './helpers';

const notWorking = { age: 30, work: { status: 'not-working' as const, experience: true } };

describe('application track (asOf 2026-12-01, a Tuesday)', () => {
  const t = planOf(notWorking);

  it('consults the municipality first, over 10 working days: 2026-12-01 to 2026-12-15, about', () => {
    expect(t[0]).toMatchObject({ step: 'consult', from: '2026-12-01', to: '2026-12-15', contact: 'municipality', estimated: true });
    expect(t[0]!.services).toEqual(['employment-transition', 'continuation-a', 'continuation-b']);
  });

  it('with several possible services: one "visit and compare", then one application for the service chosen', () => {
    expect(steps(t).filter((s) => s.startsWith('apply'))).toEqual(['apply-chosen']);
    const compare = only(t, 'compare');
    const apply = only(t, 'apply-chosen');
    expect(compare.services).toEqual(['employment-transition', 'continuation-a', 'continuation-b']);
    expect(apply.from).toBe(compare.to);
    expect(apply).toMatchObject({ contact: 'municipality', services: ['employment-transition', 'continuation-a', 'continuation-b'] });
    expect(apply.documents).toEqual(expect.arrayContaining(['application-form', 'id-mynumber', 'handbook-or-proof', 'tax-consent']));
  });

  it('puts 就労選択支援 before comparing when B型 needs it: apply 2026-12-15..22, use from 2027-01-04 (after the year-end)', () => {
    const choiceApply = only(t, 'choice-apply');
    expect(choiceApply).toMatchObject({ from: '2026-12-15', to: '2026-12-22', services: ['employment-choice', 'continuation-b'] });
    const use = only(t, 'choice-use');
    // 2 weeks after 2026-12-15 is 2026-12-29: the office is closed until 2027-01-04.
    expect(use).toMatchObject({ from: '2027-01-04', contact: 'choice-provider', rule: 'choice.duration' });
    // The comparison starts when its result is expected, 1 month in [4.4].
    expect(only(t, 'compare').from).toBe('2027-02-04');
    expect(steps(t).indexOf('choice-use')).toBeLessThan(steps(t).indexOf('compare'));
  });

  it('decides 2 weeks to 2 months after applying [10.5], with a trial decision for 移行 and A型 only [1.21]', () => {
    const apply = only(t, 'apply-chosen');
    expect(apply).toMatchObject({ from: '2027-03-01', to: '2027-03-08' });
    expect(only(t, 'decision')).toMatchObject({ from: '2027-03-15', to: '2027-05-07', rule: 'timeline.durations' });
    expect(only(t, 'plan')).toMatchObject({ from: '2027-03-01', to: '2027-05-07', contact: 'consultation-support' });
    expect(only(t, 'start')).toMatchObject({ from: '2027-03-15', to: '2027-05-07' });
    expect(only(t, 'provisional')).toMatchObject({ services: ['employment-transition', 'continuation-a'], to: '2027-07-08', rule: 'transition.provisional' });
  });

  it('gives 移行 its training and job-search period and the end of 24 months from the first possible start', () => {
    expect(only(t, 'job-search')).toMatchObject({ from: '2027-03-15', to: '2029-03-15', kind: 'window', contact: 'hello-work' });
    expect(only(t, 'transition-period-end')).toMatchObject({ from: '2029-03-15', kind: 'deadline' });
  });

  it('with one possible service (B型 at 66, in A型 since before 65): visit, then "apply" for it', () => {
    const b = planOf({
      age: 66,
      disability: { handbooks: ['physical'] },
      work: { status: 'not-working', experience: true },
      history: { grantedBefore65: ['continuation-a'] },
    });
    expect(steps(b).filter((s) => s === 'visit' || s === 'compare' || s.startsWith('apply'))).toEqual(['visit', 'apply']);
    expect(only(b, 'apply').services).toEqual(['continuation-b']);
    expect(b.some((e) => e.step === 'provisional')).toBe(false);
  });

  it('from 2027-04-01, a new A型 user also waits for 就労選択支援 (asOf 2027-05-06)', () => {
    const a = planOf(notWorking, '2027-05-06');
    expect(only(a, 'choice-apply').services).toEqual(['employment-choice', 'continuation-a', 'continuation-b']);
    expect(only(a, 'apply-chosen').from > only(a, 'choice-use').from).toBe(true);
    expect(a.some((e) => e.step === 'choice-rule-2027')).toBe(false);
  });

  it('before 2027-04-01, marks the change day for A型 from the rules (type-a.choice-first)', () => {
    expect(only(t, 'choice-rule-2027')).toMatchObject({
      from: '2027-04-01',
      to: '2027-04-01',
      rule: 'type-a.choice-first',
      services: ['continuation-a', 'employment-choice'],
    });
  });

  it('someone in an ordinary job gets no application track', () => {
    const w = planOf({ work: { status: 'working' } });
    expect(w.some((e) => e.step === 'apply' || e.step === 'apply-chosen' || e.step === 'compare')).toBe(false);
  });
});
