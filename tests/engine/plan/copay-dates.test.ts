/** The July copay review and the end of meal support, each naming the services it concerns. */
import { describe, expect, it } from 'vitest';
import { mealsApply } from '../../../src/engine/plan/meals';
import { only, planOf } from './helpers';

describe('copay dates', () => {
  it('reviews the copay on 2027-07-01 for the services applied for', () => {
    expect(only(planOf({}), 'copay-review')).toMatchObject({
      from: '2027-07-01',
      kind: 'review',
      services: ['employment-transition', 'continuation-a', 'continuation-b'],
    });
  });

  it('reviews it for 定着 when working', () => {
    expect(only(planOf({ work: { status: 'working', startedOn: '2026-10-15', viaService: 'continuation-b' } }), 'copay-review').services).toEqual([
      'job-retention',
    ]);
  });

  it('marks the end of meal support on 2027-03-31 for the services that have it (not 定着)', () => {
    expect(only(planOf({}), 'meals-review')).toMatchObject({
      from: '2027-03-31',
      services: ['employment-transition', 'continuation-a', 'continuation-b'],
      rule: 'copay.meals',
    });
    expect(planOf({ work: { status: 'working', startedOn: '2026-10-15', viaService: 'continuation-b' } }).some((e) => e.step === 'meals-review')).toBe(false);
  });

  it('not for a 一般2 household, nor after it has ended', () => {
    expect(planOf({ household: { publicAssistance: false, spouse: false, residentTax: 'taxed-160k-or-more' } }).some((e) => e.step === 'meals-review')).toBe(
      false,
    );
    expect(planOf({}, '2027-04-05').some((e) => e.step === 'meals-review')).toBe(false);
    expect(mealsApply({ category: 'general-2', meals: { eligible: false, until: '2027-03-31' } } as never)).toBe(false);
    expect(mealsApply({ category: 'low-income', meals: { eligible: true, until: '2027-03-31' } } as never)).toBe(true);
  });

  it('for a group-home resident under 160,000 (一般2 for the cap, but meals follow the 所得割 line)', () => {
    const gh = planOf({ residence: 'group-home', household: { publicAssistance: false, spouse: false, residentTax: 'taxed-under-160k' } });
    expect(only(gh, 'meals-review')).toMatchObject({ from: '2027-03-31', rule: 'copay.meals' });
  });
});
