/**
 * The copay year [7.10]: a known tax status describes the tax in force on asOf; last year's pay sets the tax
 * from 1 July of asOf's year, so from January to June the category in force is not known and the estimate
 * is shown as the category from 1 July. Both sides of 1 January and 1 July, with pay only and with a known tax.
 */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import { taxYearOn } from '../../src/engine/copay';
import { baseCase } from '../support/cases';

const payOnly = (asOf: string, self = 1_000_000, over: Partial<Case> = {}) =>
  baseCase({
    asOf,
    disability: { handbooks: [], designatedDisease: true },
    household: { publicAssistance: false, spouse: false, residentTax: 'unknown', income: { self } },
    ...over,
  });
const known = (asOf: string, residentTax: NonNullable<Case['household']>['residentTax']) =>
  baseCase({ asOf, household: { publicAssistance: false, spouse: false, residentTax } });
const copayOf = (c: Case) => evaluate(c, { asOf: c.asOf! }).copay;

describe('the copay year from pay alone', () => {
  it('does not present a pay estimate as the cap in force on 2026-05-15 (the issue: 低所得 ¥0 was shown)', () => {
    const c = copayOf(payOnly('2026-05-15'));
    expect(c.category).toBe('unknown');
    expect(c.monthlyCap).toBeNull();
    expect(c.estimated).toBe(false);
    expect(c.unknownBecause).toBe('before-july');
    expect(c.taxYear).toBe(2025);
    expect(c.fromJuly).toEqual({ on: '2026-07-01', category: 'low-income', monthlyCap: 0, estimated: true, meals: true });
    // Not 生活保護 (answered "no"), at home: the caps the month could have.
    expect(c.possibleCaps?.map((x) => x.monthlyCap)).toEqual([0, 9300, 37200]);
    expect(copayOf(payOnly('2026-05-15', 1_000_000, { residence: 'group-home' })).possibleCaps?.map((x) => x.category)).toEqual(['low-income', 'general-2']);
    expect(c.reasons.find((r) => r.rule === 'copay.unknown')).toMatchObject({
      status: 'ask',
      params: { fiscalYear: 2025, payYear: 2024, appliesFrom: '2026-07-01' },
    });
    expect(c.reasons.find((r) => r.rule === 'copay.estimate')?.params).toMatchObject({ appliesFrom: '2026-07-01', inForce: false });
  });

  it('switches on 1 July: 2026-06-30 unknown (estimate from July), 2026-07-01 the estimate is in force', () => {
    const before = copayOf(payOnly('2026-06-30'));
    const after = copayOf(payOnly('2026-07-01'));
    expect([before.category, before.monthlyCap, before.fromJuly?.category]).toEqual(['unknown', null, 'low-income']);
    expect([after.category, after.monthlyCap, after.estimated, after.fromJuly]).toEqual(['low-income', 0, true, undefined]);
    expect([before.taxYear, after.taxYear]).toEqual([2025, 2026]);
  });

  it('switches on 1 January: 2026-12-31 the estimate is in force, 2027-01-01 it is the one from 2027-07-01', () => {
    const before = copayOf(payOnly('2026-12-31'));
    const after = copayOf(payOnly('2027-01-01'));
    expect([before.category, before.monthlyCap, before.estimated, before.fromJuly]).toEqual(['low-income', 0, true, undefined]);
    expect([after.category, after.monthlyCap, after.estimated, after.unknownBecause]).toEqual(['unknown', null, false, 'before-july']);
    expect(after.fromJuly).toMatchObject({ on: '2027-07-01', category: 'low-income', monthlyCap: 0 });
    expect([before.taxYear, after.taxYear]).toEqual([2026, 2026]);
  });

  it('keeps a close-to-the-line estimate as candidates in the July category', () => {
    const c = copayOf(payOnly('2026-03-10', 5_400_000));
    expect(c.category).toBe('unknown');
    expect(c.fromJuly).toMatchObject({ category: 'unknown', monthlyCap: null, candidates: ['general-1', 'general-2'] });
    expect(c.fromJuly?.possibleCaps?.map((x) => x.monthlyCap)).toEqual([9300, 37200]);
  });

  it('uses the tax lines of the fiscal year the pay decides (FY2026 lines for 2025 pay, asked in 2026-02)', () => {
    // 1,050,000 yen: taxed on the FY2025 lines, depends on the city on the FY2026 lines [8.3].
    expect(copayOf(payOnly('2026-02-01', 1_050_000)).fromJuly?.category).toBe('unknown');
    expect(copayOf(payOnly('2025-02-01', 1_050_000)).fromJuly?.category).toBe('general-1');
  });
});

describe('the copay year with a known tax status', () => {
  it.each([
    ['2026-06-30', 2025, '2026-07-01'],
    ['2026-07-01', 2026, '2027-07-01'],
    ['2026-12-31', 2026, '2027-07-01'],
    ['2027-01-01', 2026, '2027-07-01'],
  ] as const)('on %s the answer is the tax in force (fiscal year %i), re-checked on %s', (asOf, fy, review) => {
    const c = copayOf(known(asOf, 'taxed-under-160k'));
    expect([c.category, c.monthlyCap, c.estimated]).toEqual(['general-1', 9300, false]);
    expect(c.taxYear).toBe(fy);
    expect(c.reviewOn).toBe(review);
    expect(c.fromJuly).toBeUndefined();
  });

  it('keeps the answered category in force from January to June and gives the pay estimate from July beside it', () => {
    const c = copayOf(baseCase({ asOf: '2026-04-15', household: { spouse: false, residentTax: 'taxed-under-160k', income: { self: 9_000_000 } } }));
    expect([c.category, c.monthlyCap]).toEqual(['general-1', 9300]);
    expect(c.fromJuly).toMatchObject({ on: '2026-07-01', category: 'general-2', monthlyCap: 37200, estimated: true, meals: false });
  });
});

describe('taxYearOn', () => {
  it('names the fiscal year in force and the next review on both sides of 1 April, 1 July and 1 January', () => {
    expect(taxYearOn('2026-03-31')).toMatchObject({ fiscalYear: 2025, nextReview: '2026-07-01', payInForce: false });
    expect(taxYearOn('2026-04-01')).toMatchObject({ fiscalYear: 2025, nextReview: '2026-07-01', payInForce: false, paySetOn: '2026-06-01' });
    expect(taxYearOn('2026-06-30')).toMatchObject({ fiscalYear: 2025, inForceSince: '2025-07-01', payAppliesFrom: '2026-07-01' });
    expect(taxYearOn('2026-07-01')).toMatchObject({ fiscalYear: 2026, inForceSince: '2026-07-01', nextReview: '2027-07-01', payInForce: true });
    expect(taxYearOn('2026-12-31')).toMatchObject({ fiscalYear: 2026, nextReview: '2027-07-01' });
    expect(taxYearOn('2027-01-01')).toMatchObject({ fiscalYear: 2026, nextReview: '2027-07-01', payFiscalYear: 2027, payAppliesFrom: '2027-07-01' });
  });
});
