/**
 * The copay findings of issue 11 besides the year: meal support on the 所得割 line [7.14], the refund for
 * several kinds of service above the household's 基準額 [7.12, 7.13], the add-backs and the 6% rule [7.6, 7.8],
 * and the legal figures kept in src/rules rather than in the engine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import { employmentDeduction } from '../../src/engine/copay/estimate';
import { copay as rules, valueAt } from '../../src/rules';
import { baseCase } from '../support/cases';

const copayOf = (c: Case) => evaluate(c, { asOf: c.asOf! }).copay;
const taxed = (residentTax: NonNullable<Case['household']>['residentTax'], over: Partial<Case> = {}) =>
  baseCase({ household: { publicAssistance: false, spouse: false, residentTax }, ...over });

describe('meal support (食事提供体制加算) follows the 所得割 line, not the cap category', () => {
  it('keeps it for a group-home resident under 160,000 who is 一般2 for the cap', () => {
    const c = copayOf(taxed('taxed-under-160k', { residence: 'group-home' }));
    expect(c.category).toBe('general-2');
    expect(c.meals).toEqual({ eligible: true, until: '2027-03-31' });
    expect(c.reasons.find((r) => r.rule === 'copay.meals')).toMatchObject({ status: 'met', params: { until: '2027-03-31', line: 160000 } });
  });

  it('keeps it for a facility resident aged 30 under 160,000', () => {
    const c = copayOf(taxed('taxed-under-160k', { residence: 'facility' }));
    expect([c.category, c.meals?.eligible]).toEqual(['general-2', true]);
  });

  it('gives it to 生活保護 and 非課税, not to 160,000 or more, and leaves it open when the tax is unknown', () => {
    expect(copayOf(baseCase({ household: { publicAssistance: true } })).meals?.eligible).toBe(true);
    expect(copayOf(taxed('exempt')).meals?.eligible).toBe(true);
    const high = copayOf(taxed('taxed-160k-or-more'));
    expect(high.meals?.eligible).toBe(false);
    expect(high.reasons.find((r) => r.rule === 'copay.meals')?.status).toBe('not-met');
    const open = copayOf(taxed('unknown'));
    expect(open.meals?.eligible).toBeNull();
    expect(open.reasons.find((r) => r.rule === 'copay.meals')?.status).toBe('ask');
  });

  it('is no longer confirmed from 2027-04-01: not known, and the last known end date is said', () => {
    const before = copayOf(taxed('exempt', { asOf: '2027-03-31' }));
    const after = copayOf(taxed('exempt', { asOf: '2027-04-01' }));
    expect(before.meals).toEqual({ eligible: true, until: '2027-03-31' });
    expect(after.meals).toEqual({ eligible: null, until: null });
    expect(after.reasons.find((r) => r.rule === 'copay.meals')).toMatchObject({ status: 'unknown', params: { unknownAfter: '2027-03-31' } });
  });
});

describe('several services and the household refund', () => {
  it('says 上限額管理 for several welfare services, and the refund only as the household 基準額 condition', () => {
    const c = copayOf(taxed('taxed-under-160k', { history: { current: ['continuation-b', 'job-retention'] } }));
    expect(c.reasons.find((r) => r.rule === 'copay.cap-management')?.status).toBe('info');
    expect(c.reasons.find((r) => r.rule === 'copay.refund')).toMatchObject({ status: 'info', params: { line: 37200, years: 5 }, refs: ['7.13'] });
  });

  it('does not tie the refund to using several welfare services (it needs two kinds: 補装具, 介護保険, 障害児支援…)', () => {
    const one = copayOf(taxed('taxed-under-160k', { history: { current: ['continuation-b'] } }));
    expect(one.reasons.some((r) => r.rule === 'copay.cap-management')).toBe(false);
    expect(one.reasons.some((r) => r.rule === 'copay.refund')).toBe(true);
    // A household with a 0-yen cap pays nothing above a 基準額 for these services.
    expect(copayOf(taxed('exempt', { history: { current: ['continuation-b', 'job-retention'] } })).reasons.some((r) => r.rule === 'copay.refund')).toBe(false);
  });
});

describe('how the 所得割 of the test is counted', () => {
  it('names the add-backs and the 6% rule for a taxed or unknown household, not for an exempt one', () => {
    expect(copayOf(taxed('taxed-under-160k')).reasons.find((r) => r.rule === 'copay.tax-basis')).toMatchObject({
      params: { standardRate: 6, cityRate: 8 },
      refs: ['7.6', '7.8'],
    });
    expect(copayOf(taxed('unknown')).reasons.some((r) => r.rule === 'copay.tax-basis')).toBe(true);
    expect(copayOf(taxed('exempt')).reasons.some((r) => r.rule === 'copay.tax-basis')).toBe(false);
  });

  it('estimates at the 6% standard rate with no credit taken off [7.6, 7.8]', () => {
    const m = valueAt(rules.taxIncomeLevyModel, '2026-06-01')!;
    expect(m.cityRate).toBe(0.06);
    expect(rules.taxIncomeLevyModel.refs).toEqual(expect.arrayContaining(['7.6', '7.8']));
  });
});

describe('legal figures live in src/rules', () => {
  it('keeps the 給与所得控除 table as dated rule data (minimum 550,000 → 650,000 from FY2026) [8.1]', () => {
    const fy2025 = valueAt(rules.taxEmploymentDeduction, '2025-06-01')!;
    const fy2026 = valueAt(rules.taxEmploymentDeduction, '2026-06-01')!;
    expect(employmentDeduction(1_000_000, fy2025)).toBe(550_000);
    expect(employmentDeduction(1_000_000, fy2026)).toBe(650_000);
    // Above 1,900,000 the table is unchanged [8.1].
    expect(employmentDeduction(2_000_000, fy2025)).toBe(680_000);
    expect(employmentDeduction(2_000_000, fy2026)).toBe(680_000);
    expect(employmentDeduction(5_000_000, fy2026)).toBe(1_440_000);
    expect(employmentDeduction(9_000_000, fy2026)).toBe(1_950_000);
  });

  it('keeps the June/July switch as rule data', () => {
    expect(valueAt(rules.copayReview, '2026-11-22')).toEqual({ taxSetMonth: 6, reviewMonth: 7 });
  });

  it('has no yen figure, rate table or switch date written in the copay engine', () => {
    const dir = resolve(__dirname, '../../src/engine/copay');
    for (const f of readdirSync(dir)) {
      const code = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, f).not.toMatch(/\b\d{1,3}_\d{3}\b|\b\d{4,}\b/);
      expect(code, f).not.toMatch(/-0\d-\d\d|'\d{4}-\d\d/);
      expect(code, f).not.toMatch(/0\.\d/);
    }
  });
});
