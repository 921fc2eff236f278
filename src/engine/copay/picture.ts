/**
 * From what is known of a household's tax in one tax year to the copay category, its cap and the meal
 * support [7.2, 7.3, 7.9, 7.14]. Used for the category in force and for the one expected from 1 July.
 */
import type { CopayCategory } from '../../case/enums';
import { copay as rules, valueAt } from '../../rules';
import type { Ctx } from '../context';

/** What is known of the household's 市町村民税 in one tax year; undefined = not known. */
export interface TaxPicture {
  publicAssistance?: boolean;
  /** No member pays 市町村民税 (非課税). */
  exempt: boolean | undefined;
  /** The household's 所得割 total is under the 160,000 yen line (true for an exempt household). */
  levyUnder: boolean | undefined;
  /** Nothing at all is known (no answer, no pay): every cap is possible. */
  open?: boolean;
}

export interface Settled {
  category: CopayCategory;
  monthlyCap: number | null;
  candidates?: CopayCategory[];
  possibleCaps?: { category: CopayCategory; monthlyCap: number }[];
  /** 食事提供体制加算 applies on the 所得割 line: true, false, or null when not known [7.14]. */
  meals: boolean | null;
  /** The guardian's household is taxed and the adult table does not settle it: ask the municipality [7.9]. */
  guardianAsk?: 'child' | 'facility';
}

/** Who the copay household is, from the age and residence [7.4]. */
export function householdOf(ctx: Ctx): { guardian: boolean; child: boolean } {
  const hh = valueAt(rules.copayHousehold, ctx.asOf)!;
  const age = ctx.age;
  const child = age !== undefined && age < hh.adult;
  const guardian = child || (age !== undefined && ctx.c.residence === 'facility' && age < hh.facilityAdult);
  return { guardian, child };
}

/** Categories for a taxed household: the group-home / facility rule, then the 160,000 yen line [7.2, 7.3]. */
export function taxedCategories(ctx: Ctx, levyUnder: boolean | undefined): CopayCategory[] {
  if (levyUnder === false) return ['general-2'];
  const res = valueAt(rules.copayResidence, ctx.asOf)!;
  const { residence } = ctx.c;
  const age = ctx.age;
  const facilityAdult = residence === 'facility' ? (age === undefined ? undefined : age >= res.facilityFromAge) : false;
  if (residence === 'group-home' || facilityAdult === true) return ['general-2'];
  // Residence not answered could still mean a group home; a levy too close to call could fall either side.
  return levyUnder && residence !== undefined && facilityAdult !== undefined ? ['general-1'] : ['general-1', 'general-2'];
}

/** The meal support on the 所得割 line, whatever the cap category [7.14]. */
export function mealsOf(p: TaxPicture): boolean | null {
  if (p.publicAssistance === true || p.exempt === true || p.levyUnder === true) return true;
  if (p.levyUnder === false) return false;
  return null;
}

/**
 * The category for a tax picture. An open picture (nothing known about the tax) lists every cap; a guardian's
 * taxed household is not on the adult table, so it stays unknown with what it could be [7.9].
 */
export function settle(ctx: Ctx, p: TaxPicture, asOf: string): Settled {
  const caps = valueAt(rules.copayCaps, asOf)!;
  const { guardian, child } = householdOf(ctx);
  const meals = mealsOf(p);
  let candidates: CopayCategory[] | undefined;
  if (p.publicAssistance === true) candidates = ['public-assistance'];
  else if (p.exempt === true) candidates = ['low-income'];
  else if (p.exempt === false) candidates = taxedCategories(ctx, p.levyUnder);
  else if (!p.open) candidates = ['low-income', ...taxedCategories(ctx, p.levyUnder)];
  // else: nothing known, every cap is possible (candidates stay undefined).

  let category: CopayCategory = candidates?.length === 1 ? candidates[0]! : 'unknown';
  if (category !== 'unknown') candidates = undefined;
  let guardianAsk: Settled['guardianAsk'];
  // Under 18 a taxed household's cap is not known; 18–19 in a facility pays 9,300 under the 280,000 line,
  // which "160,000 or more" does not settle [7.9].
  const taxedGuardian = guardian && (category === 'general-1' || category === 'general-2' || candidates !== undefined);
  const settledAdult = !child && category === 'general-1';
  if ((taxedGuardian && !settledAdult) || (child && category === 'unknown')) {
    guardianAsk = child ? 'child' : 'facility';
    category = 'unknown';
    candidates = child ? undefined : [...(candidates?.includes('low-income') ? ['low-income' as const] : []), 'general-1', 'general-2'];
  }
  const known = Object.keys(caps) as Exclude<CopayCategory, 'unknown'>[];
  const possibleCaps =
    category !== 'unknown' ? undefined : child ? [] : (candidates ?? known).flatMap((k) => (k === 'unknown' ? [] : [{ category: k, monthlyCap: caps[k] }]));
  return {
    category,
    monthlyCap: category === 'unknown' ? null : caps[category],
    ...(candidates ? { candidates } : {}),
    ...(possibleCaps ? { possibleCaps } : {}),
    meals,
    ...(guardianAsk ? { guardianAsk } : {}),
  };
}
