/** Renewal: the current decision's end and 移行's 24 months, with the renewal step 2 to 3 months before [10.9]. */
import { describe, expect, it } from 'vitest';
import { only, planOf } from './helpers';

describe('renewal', () => {
  it('B型 decision ending 2027-06-30: renewal step 2027-03-30 to 2027-04-30, and the end itself', () => {
    const t = planOf({ history: { current: ['continuation-b'], decisionEnds: '2027-06-30' } });
    expect(only(t, 'renewal')).toMatchObject({
      from: '2027-03-30',
      to: '2027-04-30',
      contact: 'municipality',
      services: ['continuation-b'],
      rule: 'timeline.renewal',
      estimated: false,
    });
    expect(only(t, 'decision-end')).toMatchObject({ from: '2027-06-30', kind: 'deadline', services: ['continuation-b'] });
  });

  it('a renewal window that falls on closed days moves to open ones (end 2027-07-03: 2027-04-05 to 2027-05-06)', () => {
    // 3 months before is Saturday 2027-04-03; 2 months before is Monday 2027-05-03 (憲法記念日).
    const t = planOf({ history: { current: ['continuation-b'], decisionEnds: '2027-07-03' } });
    expect(only(t, 'renewal')).toMatchObject({ from: '2027-04-05', to: '2027-04-30' });
  });

  it('no renewal step or end without a decision end date, nor for one already past', () => {
    expect(planOf({ history: { current: ['continuation-b'] } }).some((e) => e.step === 'renewal' || e.step === 'decision-end')).toBe(false);
    expect(planOf({ history: { current: ['continuation-b'], decisionEnds: '2026-11-30' } }).some((e) => e.step === 'decision-end')).toBe(false);
  });

  it('移行 with 10 months used (asOf 2026-12-01): 24 months end 2028-02-01; 就労選択支援 first, then renewal 2027-11-01 to 2027-12-01', () => {
    const t = planOf({ history: { current: ['employment-transition'], transitionMonthsUsed: 10 } });
    expect(only(t, 'transition-period-end')).toMatchObject({ from: '2028-02-01', estimated: false });
    expect(only(t, 'renewal')).toMatchObject({ from: '2027-11-01', to: '2027-12-01', services: ['employment-transition'] });
    expect(only(t, 'renewal').questions).toEqual(expect.arrayContaining(['extension', 'choice-provider']));
    const choice = t.find((e) => e.step === 'choice-apply' && e.services.includes('employment-transition'))!;
    expect(choice.to < only(t, 'renewal').from).toBe(true);
  });

  it('移行 in its extension (30 months used): the extension ends 2027-06-01, renewal not a choice step', () => {
    const t = planOf({ history: { current: ['employment-transition'], transitionMonthsUsed: 30 } });
    expect(only(t, 'transition-extension-end')).toMatchObject({ from: '2027-06-01' });
    expect(t.some((e) => e.step === 'choice-apply' && e.services.includes('employment-transition'))).toBe(false);
  });
});
