/**
 * Issue 15, item 4: a monthly cost, honestly. Exact yen arithmetic worked out by hand in the comments; no
 * official fee table has been read (src/rules/fees.ts), so no example gets a range, and the table arithmetic is
 * checked on a made-up table that is plainly not law.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Case, ServiceResult } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import { costFigures, paymentOf, shareOf, tableShare, type CostInput } from '../../src/engine/cost';
import { fees } from '../../src/rules';
import type { FeeTables } from '../../src/rules/fees';
import { baseCase } from '../support/cases';

const TENTH = { shareNumerator: 1, shareDenominator: 10 };
const run = (c: Case) => evaluate(c, { asOf: c.asOf! });
const service = (c: Case, id: ServiceResult['id']) => run(c).services.find((s) => s.id === id)!;
const taxed = (residentTax: NonNullable<Case['household']>['residentTax'], plan: Case['plan'], over: Partial<Case> = {}) =>
  baseCase({ household: { publicAssistance: false, spouse: false, residentTax }, plan, ...over });

describe('the arithmetic', () => {
  it('takes 1割 of a whole fee, rounded up to the yen', () => {
    expect(shareOf(160_000, TENTH)).toBe(16_000); // 8,000 × 20 days = 160,000 → 16,000
    expect(shareOf(24_003, TENTH)).toBe(2_401); // 2,400.3 → 2,401 (never less)
    expect(shareOf(0, TENTH)).toBe(0);
  });

  it('works a table range: lowest units at the lowest price up to highest units at the highest', () => {
    // Made-up table (not law): 566–1,210 units, 10.00–11.14 yen per unit, 22 days.
    // min: 566 × 10.00 × 22 = 124,520 yen → 12,452; max: 1,210 × 11.14 × 22 = 296,546.8 → 296,546 yen → 29,654.6 → 29,655.
    expect(tableShare({ min: 566, max: 1210 }, { min: 1000, max: 1114 }, 22, TENTH)).toEqual({ min: 12_452, max: 29_655 });
  });

  it('pays the smaller of the 1割 and the cap, over every cap it could be', () => {
    expect(paymentOf({ min: 12_452, max: 29_655 }, [9300])).toEqual({ min: 9300, max: 9300 });
    expect(paymentOf({ min: 5_000, max: 5_000 }, [9300])).toEqual({ min: 5_000, max: 5_000 });
    expect(paymentOf({ min: 16_000, max: 16_000 }, [0, 9300, 37_200])).toEqual({ min: 0, max: 16_000 });
    expect(paymentOf({ min: 16_000, max: 16_000 }, [0])).toEqual({ min: 0, max: 0 });
    // No cap known at all: anything from 0 (a 0 cap) up to the 1割.
    expect(paymentOf({ min: 100, max: 200 }, [])).toEqual({ min: 0, max: 200 });
  });

  const input = (over: Partial<CostInput>): CostInput => ({
    per: 'day',
    plannedDays: 20,
    dayLimit: 22,
    quotedFee: undefined,
    table: undefined,
    grade: undefined,
    share: TENTH,
    caps: [9300],
    cap: 'known',
    ...over,
  });

  it('uses the national range, or the grade price where the municipality has one', () => {
    const table = { units: { min: 500, max: 1000 }, senPerUnit: { min: 1000, max: 1114, byGrade: { '3': 1086 } } };
    // National: 500 × 10.00 × 20 = 100,000 → 10,000; 1,000 × 11.14 × 20 = 222,800 → 22,280.
    expect(costFigures(input({ table }))).toMatchObject({
      basis: 'table',
      region: 'national',
      share: { min: 10_000, max: 22_280 },
      payment: { min: 9300, max: 9300 },
    });
    // Grade 3 (made up 10.86): 500 × 10.86 × 20 = 108,600 → 10,860; 1,000 × 10.86 × 20 = 217,200 → 21,720.
    expect(costFigures(input({ table, grade: '3' }))).toMatchObject({ region: 'grade', share: { min: 10_860, max: 21_720 } });
    // A grade with no price falls back to the national range.
    expect(costFigures(input({ table, grade: '1' }))).toMatchObject({ region: 'national', share: { min: 10_000, max: 22_280 } });
  });
});

describe('costs in results', () => {
  it('gives no range for any service: no official fee table has been read', () => {
    const r = run(taxed('taxed-under-160k', { daysPerMonth: 20 }));
    const fitting = r.services.filter((s) => s.verdict !== 'unlikely');
    expect(fitting.length).toBeGreaterThan(0);
    for (const s of fitting) {
      expect(s.cost, s.id).toMatchObject({ basis: 'none', per: s.id === 'job-retention' ? 'month' : 'day' });
      expect(s.cost!.share, s.id).toBeUndefined();
      expect(s.cost!.payment, s.id).toBeUndefined();
      expect(s.cost!.reasons.map((x) => [x.rule, x.status])).toEqual([
        ['fees.tables', 'unknown'],
        ['copay.outside-cap', 'info'],
      ]);
    }
    for (const s of r.services.filter((x) => x.verdict === 'unlikely')) expect(s.cost, s.id).toBeUndefined();
  });

  it('works the quoted fee: 1割 of fee × days, then at most the 一般1 cap of 9,300', () => {
    // 8,000 × 20 = 160,000 → 1割 16,000 → paid min(16,000, 9,300) = 9,300.
    const s = service(taxed('taxed-under-160k', { daysPerMonth: 20, quotedFee: { 'employment-transition': 8000 } }), 'employment-transition');
    expect(s.cost).toMatchObject({
      basis: 'quoted',
      per: 'day',
      quotedFee: 8000,
      days: 20,
      share: { min: 16_000, max: 16_000 },
      payment: { min: 9300, max: 9300 },
      cap: 'known',
    });
    expect(s.cost!.daysLimited).toBeUndefined();
    expect(s.cost!.reasons.find((x) => x.rule === 'fees.quoted')).toMatchObject({ status: 'info', params: { fee: 8000, days: 20, share: 16_000 } });
    // The figure cites the official text of the 1割 and the cap.
    expect(s.cost!.reasons.find((x) => x.rule === 'fees.quoted')!.sources.some((x) => x.kind === 'official')).toBe(true);
  });

  it('pays the whole 1割 when it is under the cap, and 0 with a 0 cap', () => {
    // B型 4,000 × 20 = 80,000 → 8,000 < 9,300.
    const b = { daysPerMonth: 20, quotedFee: { 'continuation-b': 4000 } };
    expect(service(taxed('taxed-under-160k', b), 'continuation-b').cost).toMatchObject({ share: { min: 8000, max: 8000 }, payment: { min: 8000, max: 8000 } });
    expect(service(taxed('exempt', b), 'continuation-b').cost).toMatchObject({ share: { min: 8000, max: 8000 }, payment: { min: 0, max: 0 }, cap: 'known' });
    // 一般2: 37,200 is above 8,000.
    expect(service(taxed('taxed-160k-or-more', b), 'continuation-b').cost).toMatchObject({ payment: { min: 8000, max: 8000 } });
  });

  it('counts at most the usual day limit (November 2026: 30 − 8 = 22 days)', () => {
    // 25 planned, 22 counted: 8,000 × 22 = 176,000 → 17,600; paid 9,300.
    const s = service(taxed('taxed-under-160k', { daysPerMonth: 25, quotedFee: { 'employment-transition': 8000 } }), 'employment-transition');
    expect(s.cost).toMatchObject({ days: 22, daysLimited: true, share: { min: 17_600, max: 17_600 }, payment: { min: 9300, max: 9300 } });
  });

  it('takes 就労定着支援 per month, without days', () => {
    // 30,001 a month → 3,000.1 → 3,001; under the cap.
    const c = taxed(
      'taxed-under-160k',
      { quotedFee: { 'job-retention': 30_001 } },
      { work: { status: 'working', startedOn: '2026-01-05', viaService: 'employment-transition' } },
    );
    const s = service(c, 'job-retention');
    expect(s.verdict).not.toBe('unlikely');
    expect(s.cost).toMatchObject({ basis: 'quoted', per: 'month', share: { min: 3001, max: 3001 }, payment: { min: 3001, max: 3001 } });
    expect(s.cost!.days).toBeUndefined();
    expect(s.cost!.reasons.find((x) => x.rule === 'fees.quoted')).toMatchObject({ variant: 'month' });
  });

  it('asks for the days before working a daily fee out', () => {
    const s = service(taxed('taxed-under-160k', { quotedFee: { 'employment-transition': 8000 } }), 'employment-transition');
    expect(s.cost).toMatchObject({ basis: 'quoted', needs: ['days'] });
    expect(s.cost!.share).toBeUndefined();
    expect(s.cost!.reasons.find((x) => x.rule === 'fees.quoted')?.status).toBe('ask');
  });

  it('spans the caps the category could have when the tax is not known, and says so', () => {
    const r = run(taxed('unknown', { daysPerMonth: 20, quotedFee: { 'employment-transition': 8000 } }));
    expect(r.copay.category).toBe('unknown');
    const caps = (r.copay.possibleCaps ?? []).map((x) => x.monthlyCap);
    expect(caps).toContain(0);
    const s = r.services.find((x) => x.id === 'employment-transition')!;
    expect(s.cost).toMatchObject({ share: { min: 16_000, max: 16_000 }, payment: { min: 0, max: 16_000 }, cap: 'possible' });
  });
});

describe('a range only from a table with an official source', () => {
  const original = fees.feeTables.values['2024-04-01']!;
  const sources = fees.feeTables.sources;
  afterEach(() => {
    fees.feeTables.values['2024-04-01'] = original;
    fees.feeTables.sources = sources;
  });
  // Made-up (not law): 移行 500–1,000 units a day at 10.00–11.14 yen per unit.
  const madeUp: FeeTables = {
    ...original,
    units: { 'employment-transition': { min: 500, max: 1000 } },
    senPerUnit: { 'employment-transition': { min: 1000, max: 1114 } },
  };
  // Each test its own date: the engine caches a rule's citation per date.
  const transitionOn = (asOf: string) => service(taxed('taxed-160k-or-more', { daysPerMonth: 20 }, { asOf }), 'employment-transition');

  it('shows no range while the table cites no official text, even with figures in it', () => {
    fees.feeTables.values['2024-04-01'] = madeUp;
    expect(transitionOn('2026-11-23').cost).toMatchObject({ basis: 'none' });
  });

  it('shows the range once the table cites an official text (here: a stand-in official source)', () => {
    fees.feeTables.values['2024-04-01'] = madeUp;
    fees.feeTables.sources = [...sources, 'A9'];
    // 10,000–22,280 (see the arithmetic above); 一般2 cap 37,200 is above both.
    const s = transitionOn('2026-11-24');
    expect(s.cost).toMatchObject({ basis: 'table', region: 'national', share: { min: 10_000, max: 22_280 }, payment: { min: 10_000, max: 22_280 } });
    expect(s.cost!.reasons[0]).toMatchObject({ rule: 'fees.tables', status: 'met' });
    expect(s.cost!.reasons[0]!.variant).toBeUndefined();
  });
});
