/** The copay category, monthly cap and estimate [7.1–7.19, 8]. */
import type { Copay, Reason } from '../case/schema';
import type { CopayCategory } from '../case/enums';
import { daysInMonthOf, monthOf, yearOf } from '../case/dates';
import { copay as rules, valueAt } from '../rules';
import type { Ctx } from './context';
import { reason } from './reasons';

type TaxStatus = 'nontax' | 'taxed' | 'uncertain';

/** 給与所得控除: the pre-2025 table, never below the year's minimum (550,000, or 650,000 from FY2026) [8.1]. */
function employmentDeduction(pay: number, minimum: number): number {
  const table =
    pay <= 1_800_000 ? pay * 0.4 - 100_000
    : pay <= 3_600_000 ? pay * 0.3 + 80_000
    : pay <= 6_600_000 ? pay * 0.2 + 440_000
    : pay <= 8_500_000 ? pay * 0.1 + 1_100_000
    : 1_950_000;
  return Math.max(minimum, table);
}

/** Our rough 所得割 (city part) for one earner; labelled low confidence wherever it is used [8.8]. */
function incomeLevy(pay: number, m: { basic: number; insuranceRate: number; cityRate: number; minEmploymentDeduction: number }): number {
  const taxable = pay - employmentDeduction(pay, m.minEmploymentDeduction) - m.basic - pay * m.insuranceRate;
  return Math.max(0, Math.floor(taxable * m.cityRate));
}

/** The tax year that last year's pay decides starts in June of asOf's year; from July it sets the cap [7.10]. */
function taxYearDate(asOf: string): string {
  return `${yearOf(asOf)}-06-01`;
}

/** The next 1 July strictly after asOf, when the category is re-determined [7.10]. */
export function nextReview(asOf: string): string {
  const y = yearOf(asOf);
  return monthOf(asOf) < 7 ? `${y}-07-01` : `${y + 1}-07-01`;
}

interface Estimate {
  category: CopayCategory;
  candidates?: CopayCategory[];
  reasons: Reason[];
}

/** Estimates the category from last year's pay when the tax status is not known [8.2–8.5, 8.8]. */
function estimateFromPay(ctx: Ctx, guardian: boolean, taxedCategory: (levyUnder: boolean | undefined) => CopayCategory[]): Estimate | undefined {
  const h = ctx.c.household ?? {};
  const income = h.income;
  if (!income || (income.self === undefined && income.spouse === undefined)) return undefined;
  const date = taxYearDate(ctx.asOf);
  const t = valueAt(rules.taxNonTaxPay, date);
  const m = valueAt(rules.taxIncomeLevyModel, date);
  const split = valueAt(rules.copayIncomeSplit, ctx.asOf);
  if (!t || !m || !split) return undefined;

  const spouse = h.spouse;
  // A tax 障害者 is in practice a handbook holder [8.4, 8.6]; for a guardian's household the members are the parents.
  const selfDisabled = !guardian && (ctx.c.disability?.handbooks?.length ?? 0) > 0;
  const upper = spouse === false ? t.single[2]! : t.withDependant[2]!;
  const status = (pay: number | undefined, disabled: boolean): TaxStatus => {
    if (pay === undefined) return 'uncertain';
    if (disabled && pay < t.disabledUnder) return 'nontax';
    if (pay <= t.single[0]!) return 'nontax';
    return pay > upper ? 'taxed' : 'uncertain';
  };
  const members: { pay: number | undefined; status: TaxStatus }[] = [{ pay: income.self, status: status(income.self, selfDisabled) }];
  if (spouse !== false) members.push({ pay: spouse === true ? income.spouse : undefined, status: spouse === true ? status(income.spouse, false) : 'uncertain' });

  const anyTaxed = members.some((x) => x.status === 'taxed');
  const allNontax = members.every((x) => x.status === 'nontax');
  // The 160,000 yen test, with a margin because the levy model is rough; undefined = too close to call.
  const levies = members.map((x) => (x.pay === undefined ? undefined : incomeLevy(x.pay, m)));
  const known = levies.every((l) => l !== undefined);
  const total = levies.reduce<number>((a, l) => a + (l ?? 0), 0);
  const levyUnder =
    total > split.incomeLevy * (1 + m.margin) ? false
    : known && total < split.incomeLevy * (1 - m.margin) ? true
    : undefined;

  const params = {
    // A pay not given is left out of the params rather than marked.
    ...(income.self !== undefined ? { self: income.self } : {}),
    ...(spouse === true && income.spouse !== undefined ? { spouse: income.spouse } : {}),
    singleLow: t.single[0]!,
    singleHigh: t.single[2]!,
    withDependantHigh: t.withDependant[2]!,
    disabledUnder: t.disabledUnder,
    selfDisabled,
    levy: total,
    appliesFrom: `${yearOf(ctx.asOf)}-07-01`,
  };
  const reasons = [reason(rules.taxNonTaxPay, allNontax ? 'met' : anyTaxed ? 'not-met' : 'unknown', params)];
  if (allNontax) return { category: 'low-income', reasons };
  reasons.push(reason(rules.taxIncomeLevyModel, levyUnder === undefined ? 'unknown' : 'info', { levy: total, line: split.incomeLevy }));
  const taxed = taxedCategory(levyUnder);
  const candidates = anyTaxed ? taxed : ['low-income' as const, ...taxed];
  return candidates.length === 1 ? { category: candidates[0]!, reasons } : { category: 'unknown', candidates, reasons };
}

export function evaluateCopay(ctx: Ctx): Copay {
  const { c, age, asOf } = ctx;
  const h = c.household ?? {};
  const caps = valueAt(rules.copayCaps, asOf)!;
  const res = valueAt(rules.copayResidence, asOf)!;
  const hh = valueAt(rules.copayHousehold, asOf)!;
  const residence = c.residence;
  const guardian = age !== undefined && (age < hh.adult || (residence === 'facility' && age < hh.facilityAdult));
  const reasons: Reason[] = [reason(rules.copayHousehold, 'info', { household: guardian ? 'guardian' : 'self-and-spouse', ...(age !== undefined ? { age } : {}) })];

  /** Categories for a taxed household: the group-home / facility rule, then the 160,000 yen line [7.2, 7.3]. */
  const taxedCategories = (levyUnder: boolean | undefined): CopayCategory[] => {
    if (levyUnder === false) return ['general-2'];
    const facilityAdult = residence === 'facility' ? (age === undefined ? undefined : age >= res.facilityFromAge) : false;
    if (residence === 'group-home' || facilityAdult === true) return ['general-2'];
    // Residence not answered could still mean a group home; a levy too close to call could fall either side.
    return levyUnder && residence !== undefined && facilityAdult !== undefined ? ['general-1'] : ['general-1', 'general-2'];
  };

  let category: CopayCategory;
  let candidates: CopayCategory[] | undefined;
  let estimated = false;
  if (h.publicAssistance === true) category = 'public-assistance';
  else if (h.residentTax === 'exempt') category = 'low-income';
  else if (h.residentTax === 'taxed-160k-or-more') category = 'general-2';
  else if (h.residentTax === 'taxed-under-160k') {
    const t = taxedCategories(true);
    if (t.length === 1) category = t[0]!;
    else [category, candidates] = ['unknown', t];
  } else {
    const est = estimateFromPay(ctx, guardian, taxedCategories);
    if (est) {
      estimated = true;
      reasons.push(...est.reasons);
      category = est.category;
      candidates = est.candidates;
    } else {
      category = 'unknown';
      reasons.push(reason(rules.copayUnknown, 'unknown', {}));
    }
  }
  // A guardian's household is not on the adult table [7.9]: under 18 a taxed household's cap is not known;
  // 18–19 in a facility pays 9,300 under the 280,000 line, which "160,000 or more" does not settle.
  const child = guardian && age! < hh.adult;
  const taxedGuardian = guardian && (category === 'general-1' || category === 'general-2' || candidates !== undefined);
  const settled = !child && category === 'general-1';
  if ((taxedGuardian && !settled) || (child && category === 'unknown')) {
    const g = valueAt(rules.copayGuardianCaps, asOf)!;
    reasons.push(reason(rules.copayGuardianCaps, 'ask', { group: child ? 'child' : 'facility', age: age!, line: g.line, cap: child ? g.childCap : g.facilityCap }));
    category = 'unknown';
    candidates = child ? undefined : [...(candidates?.includes('low-income') ? ['low-income' as const] : []), 'general-1', 'general-2'];
  }
  const capOf = (k: CopayCategory): number | null => (k === 'unknown' ? null : caps[k]);
  const monthlyCap = capOf(category);
  const known = (Object.keys(caps) as (keyof typeof caps)[]).filter((k) => (k as CopayCategory) !== 'unknown');
  const possibleCaps =
    category !== 'unknown' ? undefined
    : child ? []
    : (candidates ?? known).flatMap((k) => (k === 'unknown' ? [] : [{ category: k, monthlyCap: caps[k] }]));

  if (category !== 'unknown') reasons.push(reason(rules.copayCaps, 'met', { category, cap: monthlyCap ?? 0, ...(estimated ? { estimated: true } : {}) }));
  const groupRule = (category === 'general-2' || candidates?.includes('general-2')) && (residence === 'group-home' || (residence === 'facility' && (age === undefined || age >= res.facilityFromAge)));
  if (groupRule && h.residentTax !== 'taxed-160k-or-more') reasons.push(reason(rules.copayResidence, 'met', { residence: residence!, facilityFromAge: res.facilityFromAge }));

  const reviewOn = nextReview(asOf);
  reasons.push(reason(rules.copayReview, 'info', { reviewOn }));
  reasons.push(reason(rules.copayOutsideCap, 'info'));
  const meals = valueAt(rules.copayMeals, asOf);
  if (category !== 'general-2') reasons.push(reason(rules.copayMeals, meals ? 'info' : 'unknown', meals ? { until: meals.until } : { unknownAfter: '2027-03-31' }));
  if ((c.history?.current?.length ?? 0) > 1) reasons.push(reason(rules.copayRefund, 'info'));

  let estimate: Copay['estimate'];
  const days = c.plan?.daysPerMonth;
  if (days !== undefined && monthlyCap !== null) {
    const dl = valueAt(rules.dayLimit, asOf)!;
    const dayLimit = daysInMonthOf(asOf) - dl.minus;
    estimate = { monthly: monthlyCap, basis: monthlyCap === 0 ? 'zero' : 'cap', daysPerMonth: days, dayLimit };
    if (monthlyCap > 0) reasons.push(reason(rules.copayFeeLevels, 'info', { cap: monthlyCap }));
    if (days > dayLimit) reasons.push(reason(rules.dayLimit, 'ask', { days, dayLimit }));
  }

  return {
    category,
    monthlyCap,
    estimated,
    ...(candidates ? { candidates } : {}),
    ...(possibleCaps ? { possibleCaps } : {}),
    household: guardian ? 'guardian' : 'self-and-spouse',
    reasons,
    ...(estimate ? { estimate } : {}),
    reviewOn,
  };
}
