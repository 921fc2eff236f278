/**
 * The monthly cost (目安) of each service that may fit (likely or possible): the 1割 for the planned days, from
 * the official fee tables where one exists for the service (none has been read yet: fees.tables), else from the
 * fee the person says the provider quoted; then what is paid in the month, at most the cap. Meals and transport
 * are outside the cap and stated, never added [7.1, 7.2, 7.16, 9].
 */
import type { Copay, ServiceCost, ServiceResult } from '../case/schema';
import type { ServiceId } from '../case/enums';
import { daysInMonthOf } from '../case/dates';
import { copay as copayRules, fees, gradeFor, valueAt } from '../rules';
import { hasOfficial } from '../rules/citations';
import type { FeeTables, Grade, SenPerUnit, UnitRange } from '../rules/fees';
import type { Ctx } from './context';
import { reason } from './reasons';

type Range = { min: number; max: number };
type Share = { shareNumerator: number; shareDenominator: number };

/** 1 yen is 100 銭 (the unit prices are kept in 銭). */
const SEN_PER_YEN = 100;

/** The share (1割) of a whole fee in yen, rounded up to the yen so an estimate never shows less. */
export function shareOf(fee: number, s: Share): number {
  return Math.ceil((fee * s.shareNumerator) / s.shareDenominator);
}

/**
 * The 1割 for the month from a table: units × yen per unit × days (the fee in whole yen, fractions dropped),
 * then the share of it; the lowest units at the lowest price up to the highest at the highest.
 */
export function tableShare(units: UnitRange, sen: Range, times: number, s: Share): Range {
  const fee = (u: number, p: number) => Math.floor((u * p * times) / SEN_PER_YEN);
  return { min: shareOf(fee(units.min, sen.min), s), max: shareOf(fee(units.max, sen.max), s) };
}

/**
 * What is paid in the month: the smaller of the 1割 and the cap. Over several possible caps, the lowest and
 * highest payment; with no cap known, anything from 0 up to the 1割.
 */
export function paymentOf(share: Range, caps: readonly number[]): Range {
  if (caps.length === 0) return { min: 0, max: share.max };
  return { min: Math.min(...caps.map((c) => Math.min(share.min, c))), max: Math.max(...caps.map((c) => Math.min(share.max, c))) };
}

/** Everything one service's cost depends on, gathered by evaluateCost; a table only when its source is official. */
export interface CostInput {
  per: 'day' | 'month';
  plannedDays: number | undefined;
  dayLimit: number;
  quotedFee: number | undefined;
  table: { units: UnitRange; senPerUnit: SenPerUnit } | undefined;
  grade: Grade | undefined;
  share: Share;
  caps: readonly number[];
  cap: NonNullable<ServiceCost['cap']>;
}

/** One service's cost, without its reasons (the numbers only). */
export function costFigures(i: CostInput): Omit<ServiceCost, 'reasons'> {
  const basis: ServiceCost['basis'] = i.table ? 'table' : i.quotedFee !== undefined ? 'quoted' : 'none';
  const out: Omit<ServiceCost, 'reasons'> = { basis, per: i.per, ...(basis === 'quoted' ? { quotedFee: i.quotedFee! } : {}) };
  if (basis === 'none') return out;
  let times = 1;
  if (i.per === 'day') {
    if (i.plannedDays === undefined) return { ...out, needs: ['days'] };
    times = Math.min(i.plannedDays, i.dayLimit);
    out.days = times;
    if (i.plannedDays > i.dayLimit) out.daysLimited = true;
  }
  let share: Range;
  if (i.table) {
    const byGrade = i.grade !== undefined ? i.table.senPerUnit.byGrade?.[i.grade] : undefined;
    const sen = byGrade !== undefined ? { min: byGrade, max: byGrade } : i.table.senPerUnit;
    share = tableShare(i.table.units, sen, times, i.share);
    out.region = byGrade !== undefined ? 'grade' : 'national';
  } else {
    const one = shareOf(i.quotedFee! * times, i.share);
    share = { min: one, max: one };
  }
  return { ...out, share, payment: paymentOf(share, i.caps), cap: i.cap };
}

/** The caps to apply: the one in force, else those the category could have (none when no table applies). */
function capsOf(copay: Copay): { caps: number[]; cap: NonNullable<ServiceCost['cap']> } {
  if (copay.category !== 'unknown' && copay.monthlyCap !== null) return { caps: [copay.monthlyCap], cap: 'known' };
  const caps = [...new Set((copay.possibleCaps ?? []).map((c) => c.monthlyCap))];
  return { caps, cap: caps.length ? 'possible' : 'unknown' };
}

/**
 * The municipality's 地域区分, where the case names the municipality (an optional case field added beside this
 * one) and an official list is encoded (none yet: rules/fee-grades.ts).
 */
function gradeOf(ctx: Ctx): Grade | undefined {
  const code = (ctx.c as { municipality?: unknown }).municipality;
  return typeof code === 'string' ? gradeFor(code) : undefined;
}

/** Adds `cost` to every service that may fit. */
export function evaluateCost(ctx: Ctx, services: readonly ServiceResult[], copay: Copay): ServiceResult[] {
  const { asOf, c } = ctx;
  const tables: FeeTables | null | undefined = valueAt(fees.feeTables, asOf);
  // A range only from a table with an official source (fees.tables cites none today: no service gets one).
  const official = tables ? hasOfficial(fees.feeTables, asOf) : false;
  const share = valueAt(fees.feeQuoted, asOf)!;
  const dayLimit = daysInMonthOf(asOf) - valueAt(copayRules.dayLimit, asOf)!.minus;
  const { caps, cap } = capsOf(copay);
  const grade = gradeOf(ctx);

  const costOf = (id: ServiceId): ServiceCost => {
    const units = tables?.units[id];
    const senPerUnit = tables?.senPerUnit[id];
    const per = tables?.perMonth.includes(id) ? 'month' : 'day';
    const figures = costFigures({
      per,
      plannedDays: c.plan?.daysPerMonth,
      dayLimit,
      quotedFee: c.plan?.quotedFee?.[id],
      table: official && units && senPerUnit ? { units, senPerUnit } : undefined,
      grade,
      share,
      caps,
      cap,
    });
    const reasons = [];
    if (figures.basis === 'table') {
      reasons.push(reason(fees.feeTables, 'met', { per, region: figures.region!, ...(figures.days !== undefined ? { days: figures.days } : {}) }, asOf));
    } else {
      reasons.push(reason(fees.feeTables, 'unknown', { per }, asOf));
    }
    if (figures.basis === 'quoted') {
      reasons.push(
        reason(
          fees.feeQuoted,
          figures.share ? 'info' : 'ask',
          {
            per,
            fee: figures.quotedFee!,
            ...(figures.days !== undefined ? { days: figures.days } : {}),
            ...(figures.share ? { share: figures.share.max } : {}),
          },
          asOf,
        ),
      );
    }
    // What is paid outside the cap (meals, transport): the view shows it once for all services.
    reasons.push({ ...reason(copayRules.copayOutsideCap, 'info', undefined, asOf), topic: 'outside' as const });
    return { ...figures, reasons };
  };

  return services.map((s) => (s.verdict === 'unlikely' ? s : { ...s, cost: costOf(s.id) }));
}
