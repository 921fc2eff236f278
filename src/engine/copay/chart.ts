/**
 * The data of the "cap against pay" chart: for the person's own pay (給与収入) from 0 to a little past the pay
 * where the household crosses the 160,000 yen 所得割 line, the monthly cap the estimate from pay gives, step by
 * step [7.2, 8.1–8.8]. Each pay is run through the same estimate and the same category rules as the result
 * (estimateFromPay, settle), with the spouse's pay held as answered, so the steps are where the estimate
 * switches 非課税 → 一般1 → 一般2 for this household. Where the estimate cannot tell (near a line, or an answer
 * missing) the step is "depends": the caps it could be, to ask the municipality about.
 *
 * Pure: no DOM, no clock. null where the chart cannot honestly be drawn: 生活保護 (the cap is 0 whatever the
 * pay), a guardian's household (the parents' tax, not the person's pay, decides [7.4, 7.9]), or no rule table
 * for the date.
 */
import type { Case } from '../../case/schema';
import type { CopayCategory } from '../../case/enums';
import { copay as rules, valueAt } from '../../rules';
import { makeCtx, type Ctx } from '../context';
import { estimateFromPay } from './estimate';
import { householdOf, settle } from './picture';
import { taxYearOn } from './year';

/** Why a step cannot be told from pay. */
export type DependsOn =
  /** Near the no-tax line: it depends on the city (生活保護 級地) and the dependants [8.2, 8.3]. */
  | 'city'
  /** Near the 160,000 yen 所得割 line: the estimate of the levy is rough [8.8]. */
  | 'levy'
  /** An answer is missing (the spouse or the spouse's pay, the residence). */
  | 'answers';

export interface ChartStep {
  /** First and last yen of the person's pay in this step (the last step ends at the chart's edge). */
  from: number;
  to: number;
  /** 'sure': the estimate gives one cap; 'depends': it could be any of `caps` (ask the municipality). */
  kind: 'sure' | 'depends';
  /** The category when sure; 'unknown' when it depends. */
  category: CopayCategory;
  /** The caps this step could have, lowest first (one when sure). */
  caps: number[];
  /** What is paid at most in a month: the cap, or the monthly cost when that is lower (lowest first). */
  paid: number[];
  dependsOn?: DependsOn;
}

export interface CopayChart {
  /** The date of the answers. */
  asOf: string;
  /** The 1 July from which last year's pay sets the cap (this year's; in force already from July) [7.10]. */
  appliesFrom: string;
  /** The calendar year whose pay the chart is about (last year). */
  payYear: number;
  /** Whose pay is on the x axis besides the person's: alone, with a spouse whose pay is known, or not known. */
  household: 'single' | 'couple' | 'spouse-unknown';
  /** The spouse's pay, held fixed, when known. */
  spousePay?: number;
  /** The right end of the pay axis, in yen. */
  xMax: number;
  steps: ChartStep[];
  /** The distinct caps the chart shows, lowest first. */
  levels: number[];
  /** The person's own point, when their pay is known: the step it falls in; `beyond` when past the axis. */
  person?: { pay: number; step: number; beyond: boolean };
  /** The monthly cost given by the caller (less than the cap lowers what is paid). */
  monthlyCost?: number;
}

export interface ChartOptions {
  asOf: string;
  /** What the services cost the person in a month (their share), when known: paid = min(cap, this). */
  monthlyCost?: number;
}

/** How many pay points the first pass looks at before each change is narrowed to the yen. */
const SCAN_POINTS = 100;
// not law: the search for the last change doubles the pay at most this many times
const MAX_DOUBLINGS = 8;
// not law: the axis ends a fifth past the last change (or the person's pay), on a round amount
const MARGIN = 1.2;
// not law: a pay further out than this many times the last change is shown at the edge with an arrow
const FAR = 3;

interface Point {
  key: string;
  step: Omit<ChartStep, 'from' | 'to' | 'paid'>;
}

export function copayChart(c: Case, opts: ChartOptions): CopayChart | null {
  const { asOf } = opts;
  const ctx = makeCtx(c, asOf);
  const h = c.household ?? {};
  if (h.publicAssistance === true || !valueAt(rules.copayReview, asOf)) return null;
  const year = taxYearOn(asOf);
  const lines = valueAt(rules.taxNonTaxPay, year.paySetOn);
  if (!valueAt(rules.copayCaps, asOf) || !valueAt(rules.copayHousehold, asOf) || !valueAt(rules.copayResidence, asOf) || !lines) return null;
  if (householdOf(ctx).guardian) return null;
  // The caps from pay apply from 1 July of this year; from July that is already the case [7.10].
  const on = year.payInForce ? asOf : year.payAppliesFrom;
  const spouseKnown = h.spouse === false || (h.spouse === true && h.income?.spouse !== undefined);

  const cache = new Map<number, Point>();
  const at = (pay: number): Point | null => {
    const hit = cache.get(pay);
    if (hit) return hit;
    const withPay: Ctx = { ...ctx, c: { ...c, household: { ...h, income: { ...h.income, self: pay } } } };
    const est = estimateFromPay(withPay, false, year, false);
    if (!est) return null;
    const s = settle(withPay, est.picture, on);
    let p: Point;
    if (s.category !== 'unknown' && s.monthlyCap !== null) {
      p = { key: `sure:${s.category}`, step: { kind: 'sure', category: s.category, caps: [s.monthlyCap] } };
    } else {
      const could = [...new Set((s.possibleCaps ?? []).map((x) => x.monthlyCap))].sort((a, b) => a - b);
      const dependsOn: DependsOn = !spouseKnown
        ? 'answers'
        : est.picture.exempt === undefined
          ? 'city'
          : est.picture.levyUnder === undefined
            ? 'levy'
            : 'answers';
      p = { key: `depends:${dependsOn}:${could.join(',')}`, step: { kind: 'depends', category: 'unknown', caps: could, dependsOn } };
    }
    cache.set(pay, p);
    return p;
  };

  // How far to look: until the household is surely 一般2 (the top step), doubling from the highest no-tax line.
  const final = (p: Point | null) => p?.step.kind === 'sure' && p.step.category === 'general-2';
  let hi = Math.max(lines.disabledUnder, ...lines.single, ...lines.withDependant);
  for (let i = 0; i < MAX_DOUBLINGS && !final(at(hi)); i++) hi *= 2;
  if (!at(0) || !at(hi)) return null;

  // A first pass on a grid (plus the estimate's own lines, where a narrow step could hide), then each
  // change narrowed to the yen.
  const marks = [...lines.single, ...lines.withDependant, lines.disabledUnder].flatMap((x) => [x, x + 1]);
  const grid = [...new Set([...Array.from({ length: SCAN_POINTS + 1 }, (_, i) => Math.round((hi * i) / SCAN_POINTS)), ...marks.filter((x) => x < hi)])].sort(
    (a, b) => a - b,
  );
  const starts: number[] = [0];
  const narrow = (a: number, b: number): void => {
    const ka = at(a)!.key;
    const kb = at(b)!.key;
    if (ka === kb) return;
    if (b - a <= 1) {
      starts.push(b);
      return;
    }
    const mid = Math.floor((a + b) / 2);
    narrow(a, mid);
    narrow(mid, b);
  };
  for (let i = 1; i < grid.length; i++) narrow(grid[i - 1]!, grid[i]!);

  const lastChange = starts.at(-1)!;
  const pay = h.income?.self;
  const base = Math.max(lastChange, ...lines.withDependant, lines.disabledUnder) * MARGIN;
  const reach = pay !== undefined && pay <= base * FAR ? Math.max(base, pay * MARGIN) : base;
  const xMax = roundUp(reach);

  const cost = opts.monthlyCost;
  const steps: ChartStep[] = starts.map((from, i) => {
    const p = at(from)!.step;
    const paid = cost === undefined ? p.caps : [...new Set(p.caps.map((x) => Math.min(x, cost)))];
    return { from, to: i + 1 < starts.length ? starts[i + 1]! - 1 : xMax, ...p, paid };
  });
  const levels = [...new Set(steps.flatMap((s) => s.caps))].sort((a, b) => a - b);

  const spousePay = h.spouse === true ? h.income?.spouse : undefined;
  return {
    asOf,
    appliesFrom: year.payAppliesFrom,
    payYear: year.payFiscalYear - 1,
    household: h.spouse === false ? 'single' : spousePay !== undefined ? 'couple' : 'spouse-unknown',
    ...(spousePay !== undefined ? { spousePay } : {}),
    xMax,
    steps,
    levels,
    ...(pay !== undefined ? { person: { pay, step: stepOf(steps, pay), beyond: pay > xMax } } : {}),
    ...(cost !== undefined ? { monthlyCost: cost } : {}),
  };
}

/** Up to a round amount: a multiple of half the amount's power of ten (7,2xx,xxx yen → 7,500,000). */
function roundUp(v: number): number {
  const unit = 10 ** Math.floor(Math.log10(v)) / 2;
  return Math.ceil(v / unit) * unit;
}

/** The index of the step a pay falls in (the last step past the axis). */
function stepOf(steps: readonly ChartStep[], pay: number): number {
  const i = steps.findIndex((s) => pay >= s.from && pay <= s.to);
  return i < 0 ? steps.length - 1 : i;
}
