/**
 * The cap-against-pay chart (issue 15, item 5): the steps are where the estimate from pay switches 非課税 →
 * 一般1 → 一般2 for this household, each checked against evaluate() itself on both sides of every boundary;
 * the bands where the estimate cannot tell; the person's point; and no chart where none can be drawn.
 */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema';
import { copayChart, evaluate, type CopayChart } from '../../src/engine';
import { copay as rules, valueAt } from '../../src/rules';
import { baseCase } from '../support/cases';

type Household = NonNullable<Case['household']>;
const AS_OF = '2026-11-22';

/** A person without a 手帳 (not a tax 障害者), at home, tax status not known, with this household. */
const person = (household: Household, over: Partial<Case> = {}): Case =>
  baseCase({ disability: { handbooks: [], designatedDisease: true }, household: { publicAssistance: false, residentTax: 'unknown', ...household }, ...over });
const single = (self?: number, over: Partial<Case> = {}) => person({ spouse: false, ...(self !== undefined ? { income: { self } } : {}) }, over);
const couple = (spouse: number, self?: number) => person({ spouse: true, income: { spouse, ...(self !== undefined ? { self } : {}) } });

const chartOf = (c: Case, asOf = c.asOf ?? AS_OF) => copayChart(c, { asOf });
/** The steps as readable lines: "from-to sure 9300" / "from-to depends 0|9300 city". */
const lines = (ch: CopayChart | null) => ch!.steps.map((s) => `${s.from}-${s.to} ${s.kind} ${s.caps.join('|')}${s.dependsOn ? ` ${s.dependsOn}` : ''}`);

/** What evaluate() says of the cap for this case with the person's pay set: one cap, or the caps it could be. */
function capsFromResult(c: Case, self: number, asOf: string): number[] {
  const h = c.household!;
  const r = evaluate({ ...c, household: { ...h, income: { ...h.income, self } } }, { asOf }).copay;
  const now = r.fromJuly ?? r; // January to June: the chart shows the caps from 1 July
  if (now.category !== 'unknown') return [now.monthlyCap!];
  return [...new Set((now.possibleCaps ?? []).map((p) => p.monthlyCap))].sort((a, b) => a - b);
}

/** Every step agrees with evaluate() at its first and last yen, and the steps tile the axis from 0. */
function expectMatchesEvaluate(c: Case, asOf = c.asOf ?? AS_OF): void {
  const ch = chartOf(c, asOf)!;
  expect(ch.steps[0]!.from).toBe(0);
  expect(ch.steps.at(-1)!.to).toBe(ch.xMax);
  ch.steps.forEach((s, i) => {
    if (i > 0) expect(s.from, `step ${i} starts right after the one before`).toBe(ch.steps[i - 1]!.to + 1);
    expect(capsFromResult(c, s.from, asOf), `first yen of step ${i} (${s.from})`).toEqual(s.caps);
    expect(capsFromResult(c, s.to, asOf), `last yen of step ${i} (${s.to})`).toEqual(s.caps);
    // Next to each other, two steps differ.
    if (i > 0) expect([s.kind, s.caps, s.dependsOn]).not.toEqual([ch.steps[i - 1]!.kind, ch.steps[i - 1]!.caps, ch.steps[i - 1]!.dependsOn]);
  });
}

describe('a single person', () => {
  it('steps at the no-tax line (1,030,000 yen in a 3級地, 1,100,000 in a 1級地, FY2026), then 9,300, then 37,200 past the 160,000 line [8.3, 8.8]', () => {
    const ch = chartOf(single(1_500_000))!;
    const [zero, city, g1, levy, g2] = ch.steps;
    expect(ch.steps).toHaveLength(5);
    expect(zero).toMatchObject({ from: 0, to: 1_030_000, kind: 'sure', category: 'low-income', caps: [0] });
    expect(city).toMatchObject({ from: 1_030_001, to: 1_100_000, kind: 'depends', category: 'unknown', caps: [0, 9300], dependsOn: 'city' });
    expect(g1).toMatchObject({ from: 1_100_001, kind: 'sure', category: 'general-1', caps: [9300] });
    expect(levy).toMatchObject({ kind: 'depends', caps: [9300, 37200], dependsOn: 'levy' });
    expect(g2).toMatchObject({ kind: 'sure', category: 'general-2', caps: [37200], to: ch.xMax });
    // The reference's single earner crosses 160,000 at about 5.3–5.5 million yen: inside the band we call uncertain.
    expect(levy!.from).toBeLessThan(5_300_000);
    expect(levy!.to).toBeGreaterThan(5_500_000);
    // The axis goes a little past the last step, and the levels are the caps of the rules in force.
    expect(ch.xMax).toBeGreaterThan(g2!.from);
    const caps = valueAt(rules.copayCaps, AS_OF)!;
    expect(ch.levels).toEqual([caps['low-income'], caps['general-1'], caps['general-2']]);
    expect(ch).toMatchObject({ household: 'single', payYear: 2025, appliesFrom: '2026-07-01', asOf: AS_OF });
  });

  it('agrees with evaluate() on both sides of every step', () => {
    expectMatchesEvaluate(single());
    expectMatchesEvaluate(single(undefined, { residence: 'group-home' }));
    expectMatchesEvaluate(single(undefined, { residence: undefined }));
  });

  it('a 手帳 holder (a tax 障害者) pays nothing under 2,044,000 yen, with no band there [8.4, 8.5]', () => {
    const c = baseCase({ household: { publicAssistance: false, spouse: false, residentTax: 'unknown', income: { self: 2_000_000 } } });
    expect(lines(chartOf(c)).slice(0, 2)).toEqual(['0-2043999 sure 0', `2044000-${chartOf(c)!.steps[1]!.to} sure 9300`]);
    expectMatchesEvaluate(c);
  });

  it('in a group home a taxed household is 一般2 at once: 0, then 0 or 37,200 near the line, then 37,200 [7.3]', () => {
    expect(lines(chartOf(single(undefined, { residence: 'group-home' }))).map((l) => l.replace(/^\d+-\d+ /, ''))).toEqual([
      'sure 0',
      'depends 0|37200 city',
      'sure 37200',
    ]);
  });

  it('uses the lines of the year the pay decides: FY2025 (930,000) in 2025, FY2026 (1,030,000) in 2026', () => {
    expect(chartOf(single(), '2025-11-22')!.steps[0]!.to).toBe(930_000);
    expect(chartOf(single(), '2026-11-22')!.steps[0]!.to).toBe(1_030_000);
  });

  it("from January to June, shows the caps from 1 July (last year's pay sets them then) [7.10]", () => {
    const c = single(1_500_000, { asOf: '2026-05-15' });
    const ch = chartOf(c)!;
    expect([ch.appliesFrom, ch.payYear, ch.steps[0]!.to]).toEqual(['2026-07-01', 2025, 1_030_000]);
    expectMatchesEvaluate(c);
  });
});

describe('a couple', () => {
  it('with a spouse paid nothing: not sure of the tax up to the line with one dependant (1,660,000 yen in a 1級地) [8.2]', () => {
    const c = couple(0, 1_500_000);
    const ch = chartOf(c)!;
    expect(lines(ch).slice(0, 3)).toEqual(['0-1030000 sure 0', '1030001-1660000 depends 0|9300 city', `1660001-${ch.steps[2]!.to} sure 9300`]);
    expect(ch).toMatchObject({ household: 'couple', spousePay: 0 });
    expectMatchesEvaluate(c);
  });

  it('with a taxed spouse: 9,300 from no pay at all, and the 160,000 line comes at a lower pay than for one earner', () => {
    const c = couple(3_000_000);
    const ch = chartOf(c)!;
    expect(ch.steps[0]).toMatchObject({ from: 0, kind: 'sure', caps: [9300] });
    expect(ch.steps.map((s) => s.kind)).toEqual(['sure', 'depends', 'sure']);
    expect(ch.steps[1]!.from).toBeLessThan(chartOf(single())!.steps[3]!.from);
    expect(ch.levels).toEqual([9300, 37200]);
    expectMatchesEvaluate(c);
  });

  it("with the spouse or the spouse's pay not answered: the steps say it depends on that answer", () => {
    for (const c of [person({}), person({ spouse: true })]) {
      const ch = chartOf(c)!;
      expect(ch.household).toBe('spouse-unknown');
      expect(ch.steps.filter((s) => s.kind === 'depends').every((s) => s.dependsOn === 'answers')).toBe(true);
      expect(ch.steps.at(-1)).toMatchObject({ kind: 'sure', caps: [37200] });
      expectMatchesEvaluate(c);
    }
  });
});

describe("the person's point", () => {
  it('is the step their pay falls in, or none when the pay is not known', () => {
    expect(chartOf(single(1_500_000))!.person).toEqual({ pay: 1_500_000, step: 2, beyond: false });
    expect(chartOf(single(1_030_000))!.person?.step).toBe(0);
    expect(chartOf(single(1_030_001))!.person?.step).toBe(1);
    expect(chartOf(single())!.person).toBeUndefined();
  });

  it('widens the axis to a higher pay, and far out it sits past the edge', () => {
    const near = chartOf(single(9_000_000))!;
    expect(near.xMax).toBeGreaterThanOrEqual(9_000_000);
    expect(near.person).toMatchObject({ step: near.steps.length - 1, beyond: false });
    const far = chartOf(single(90_000_000))!;
    expect(far.xMax).toBe(chartOf(single())!.xMax);
    expect(far.person).toMatchObject({ step: far.steps.length - 1, beyond: true });
  });
});

describe('a monthly cost lower than the cap', () => {
  it('lowers what is paid, never the cap', () => {
    const ch = copayChart(single(), { asOf: AS_OF, monthlyCost: 20_000 })!;
    expect(ch.monthlyCost).toBe(20_000);
    expect(ch.steps.map((s) => s.paid)).toEqual([[0], [0, 9300], [9300], [9300, 20_000], [20_000]]);
    expect(ch.steps.at(-1)!.caps).toEqual([37200]);
    expect(chartOf(single())!.steps.map((s) => s.paid)).toEqual(chartOf(single())!.steps.map((s) => s.caps));
  });
});

describe('no chart where it cannot honestly be drawn', () => {
  it('生活保護: the cap is 0 whatever the pay', () => {
    expect(chartOf(person({ publicAssistance: true, spouse: false, income: { self: 1_000_000 } }))).toBeNull();
  });

  it("a guardian's household (under 18, or 18–19 in a facility): the parents' tax decides [7.4]", () => {
    expect(chartOf(single(0, { age: 17 }))).toBeNull();
    expect(chartOf(single(0, { age: 19, residence: 'facility' }))).toBeNull();
    expect(chartOf(single(0, { age: 19, residence: 'home' }))).not.toBeNull();
  });

  it('a date with no rule table', () => {
    expect(chartOf(single(), '2023-11-22')).toBeNull();
  });
});
