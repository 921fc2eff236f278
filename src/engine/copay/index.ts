/**
 * The copay: the category and monthly cap in force in the month of asOf, the one expected from the next
 * 1 July when only an estimate from pay says it, the meal support, and what else to know [7.1–7.19, 8].
 */
import type { Copay, Reason } from '../../case/schema';
import { daysInMonthOf } from '../../case/dates';
import { copay as rules, lastKnownValue, valueAt } from '../../rules';
import { designatedCityOf, type Ctx } from '../context';
import { withTopics } from './topics';
import { reason } from '../reasons';
import { estimateFromPay } from './estimate';
import { householdOf, settle, type Settled, type TaxPicture } from './picture';
import { taxYearOn } from './year';

export { taxYearOn, type TaxYear } from './year';

/** What the answers say of the tax in force on asOf (an answer describes that tax); undefined = not answered. */
function answeredPicture(ctx: Ctx): TaxPicture | undefined {
  const h = ctx.c.household ?? {};
  if (h.publicAssistance === true) return { publicAssistance: true, exempt: undefined, levyUnder: undefined };
  switch (h.residentTax) {
    case 'exempt':
      return { exempt: true, levyUnder: true };
    case 'taxed-under-160k':
      return { exempt: false, levyUnder: true };
    case 'taxed-160k-or-more':
      return { exempt: false, levyUnder: false };
    default:
      return undefined;
  }
}

/**
 * With the case's municipality, which wording of the 6% rule applies [7.8]: a 指定都市 (named, with its reading),
 * or another municipality (the rule does not concern it). Without one: the general wording.
 */
function cityOf(ctx: Ctx): Record<string, string> {
  if (!ctx.place) return {};
  const city = designatedCityOf(ctx.place);
  return city ? { city: 'designated', place: city.name, placeKana: city.kana } : { city: 'other' };
}

const OPEN: TaxPicture = { exempt: undefined, levyUnder: undefined, open: true };
const zeroCap = (s: Settled) => s.category === 'public-assistance' || s.category === 'low-income';

export function evaluateCopay(ctx: Ctx): Copay {
  const { c, age, asOf } = ctx;
  const year = taxYearOn(asOf);
  const { guardian, child } = householdOf(ctx);
  const reasons: Reason[] = [
    reason(rules.copayHousehold, 'info', { household: guardian ? 'guardian' : 'self-and-spouse', ...(age !== undefined ? { age } : {}) }),
  ];

  const answered = answeredPicture(ctx);
  const est = c.household?.publicAssistance === true ? undefined : estimateFromPay(ctx, guardian, year);
  // Last year's pay sets the tax from July of this year: from July it is the category in force; from January
  // to June the category in force comes from the pay of the year before, which the app does not know [7.10].
  const estimatedNow = !answered && est !== undefined && year.payInForce;
  // January to June with a pay estimate: nothing is known of the tax in force, but 生活保護 answered "no" and
  // the residence still narrow the caps it could be (a group home: 0 or 37,200).
  const before = est && !year.payInForce && c.household?.publicAssistance === false ? { exempt: undefined, levyUnder: undefined } : OPEN;
  const now = settle(ctx, answered ?? (estimatedNow ? est.picture : before), asOf);
  const july = !year.payInForce && est ? settle(ctx, est.picture, year.payAppliesFrom) : undefined;

  if (est && (estimatedNow || july)) reasons.push(...est.reasons);
  if (!answered && !estimatedNow) {
    // January to June with only last year's pay: the tax in force is on the pay of the year before [7.10].
    if (july) reasons.push(reason(rules.copayUnknown, 'ask', { fiscalYear: year.fiscalYear, payYear: year.fiscalYear - 1, appliesFrom: year.payAppliesFrom }));
    else reasons.push(reason(rules.copayUnknown, 'unknown', {}));
  }
  const ask = now.guardianAsk ?? july?.guardianAsk;
  if (ask) {
    const g = valueAt(rules.copayGuardianCaps, asOf)!;
    reasons.push(reason(rules.copayGuardianCaps, 'ask', { group: ask, age: age!, line: g.line, cap: child ? g.childCap : g.facilityCap }));
  }
  if (now.category !== 'unknown')
    reasons.push(reason(rules.copayCaps, 'met', { category: now.category, cap: now.monthlyCap ?? 0, ...(estimatedNow ? { estimated: true } : {}) }));

  const res = valueAt(rules.copayResidence, asOf)!;
  const residence = c.residence;
  const inGeneral2 = (s: Settled | undefined) => s !== undefined && (s.category === 'general-2' || s.candidates?.includes('general-2') === true);
  const groupRule =
    (inGeneral2(now) || inGeneral2(july)) && (residence === 'group-home' || (residence === 'facility' && (age === undefined || age >= res.facilityFromAge)));
  if (groupRule && c.household?.residentTax !== 'taxed-160k-or-more')
    reasons.push(reason(rules.copayResidence, 'met', { residence: residence!, facilityFromAge: res.facilityFromAge }));
  // The 所得割 of the test: before the housing-loan and donation credits, and at 6% in a 指定都市 [7.6, 7.8].
  if (!zeroCap(now) || (july && !zeroCap(july))) {
    const b = valueAt(rules.copayTaxBasis, asOf)!;
    reasons.push(reason(rules.copayTaxBasis, 'info', { standardRate: b.standardRatePercent, cityRate: b.designatedCityRatePercent, ...cityOf(ctx) }));
  }

  reasons.push(reason(rules.copayReview, 'info', { reviewOn: year.nextReview, fiscalYear: year.fiscalYear }));
  reasons.push(reason(rules.copayOutsideCap, 'info'));

  // 食事提供体制加算 follows the 所得割 line, not the cap category [7.14].
  const mealsRule = valueAt(rules.copayMeals, asOf);
  const mealsEligible = mealsRule ? now.meals : null;
  if (mealsRule) {
    const status = mealsEligible === true ? 'met' : mealsEligible === false ? 'not-met' : 'ask';
    reasons.push(reason(rules.copayMeals, status, { until: mealsRule.until, line: mealsRule.incomeLevy }));
  } else {
    const last = lastKnownValue(rules.copayMeals, asOf);
    reasons.push(reason(rules.copayMeals, 'unknown', last ? { unknownAfter: last.until } : {}));
  }

  if (ctx.current.length > 1) reasons.push(reason(rules.copayCapManagement, 'info'));
  // The household refund applies only when two or more kinds of service are combined, above the household's
  // 基準額 [7.13]: said as a condition wherever the household may pay something.
  if (!zeroCap(now) || (july && !zeroCap(july))) {
    const r = valueAt(rules.copayRefund, asOf)!;
    reasons.push(reason(rules.copayRefund, 'info', { line: r.householdBase, years: r.claimYears }));
  }

  let estimate: Copay['estimate'];
  const days = c.plan?.daysPerMonth;
  const cap = now.monthlyCap;
  if (days !== undefined && cap !== null) {
    const dl = valueAt(rules.dayLimit, asOf)!;
    const dayLimit = daysInMonthOf(asOf) - dl.minus;
    estimate = { monthly: cap, basis: cap === 0 ? 'zero' : 'cap', daysPerMonth: days, dayLimit };
    if (cap > 0) reasons.push(reason(rules.copayFeeLevels, 'info', { cap }));
    if (days > dayLimit) reasons.push(reason(rules.dayLimit, 'ask', { days, dayLimit }));
  }

  const unknownBecause: Copay['unknownBecause'] =
    now.category !== 'unknown' ? undefined : now.guardianAsk ? 'guardian' : estimatedNow ? 'estimate' : july ? 'before-july' : 'not-answered';
  const julyMeals = july && valueAt(rules.copayMeals, year.payAppliesFrom) ? july.meals : null;

  return {
    category: now.category,
    monthlyCap: now.monthlyCap,
    estimated: estimatedNow,
    ...(now.candidates ? { candidates: now.candidates } : {}),
    ...(now.possibleCaps ? { possibleCaps: now.possibleCaps } : {}),
    ...(unknownBecause ? { unknownBecause } : {}),
    household: guardian ? 'guardian' : 'self-and-spouse',
    reasons: withTopics(reasons),
    ...(estimate ? { estimate } : {}),
    reviewOn: year.nextReview,
    taxYear: year.fiscalYear,
    meals: { eligible: mealsEligible, until: mealsRule ? mealsRule.until : null },
    ...(july
      ? {
          fromJuly: {
            on: year.payAppliesFrom,
            category: july.category,
            monthlyCap: july.monthlyCap,
            estimated: true,
            ...(july.candidates ? { candidates: july.candidates } : {}),
            ...(july.possibleCaps ? { possibleCaps: july.possibleCaps } : {}),
            meals: julyMeals,
          },
        }
      : {}),
  };
}
