/**
 * The household's tax from last year's pay (給与収入), when the tax status is not known [8.1–8.5, 8.8].
 * Last calendar year's pay decides the 住民税 of the fiscal year set in June of the date's year, so the
 * estimate describes the category from 1 July of that year [7.10]: the caller says whether that is in force.
 */
import type { Reason } from '../../case/schema';
import { copay as rules, valueAt } from '../../rules';
import type { DeductionBracket } from '../../rules/copay';
import type { Ctx } from '../context';
import { reason } from '../reasons';
import type { TaxPicture } from './picture';
import type { TaxYear } from './year';

type MemberTax = 'nontax' | 'taxed' | 'uncertain';

/** 給与所得控除 from the table in force for that tax year [8.1]. */
export function employmentDeduction(pay: number, t: { minimum: number; brackets: readonly DeductionBracket[]; cap: number }): number {
  const b = t.brackets.find((x) => pay <= x.upTo);
  return Math.max(t.minimum, b ? pay * b.rate + b.add : t.cap);
}

export interface PayEstimate {
  picture: TaxPicture;
  reasons: Reason[];
}

/**
 * undefined when no pay was given (or the tax year is before the rules' first lines). `withReasons: false`
 * gives the picture alone (the chart asks for it at a few hundred pays, and the reasons are most of the cost).
 */
export function estimateFromPay(ctx: Ctx, guardian: boolean, year: TaxYear, withReasons = true): PayEstimate | undefined {
  const h = ctx.c.household ?? {};
  const income = h.income;
  if (!income || (income.self === undefined && income.spouse === undefined)) return undefined;
  // The lines and the deduction of the fiscal year that last year's pay decides [8.1, 8.3].
  const t = valueAt(rules.taxNonTaxPay, year.paySetOn);
  const m = valueAt(rules.taxIncomeLevyModel, year.paySetOn);
  const d = valueAt(rules.taxEmploymentDeduction, year.paySetOn);
  const split = valueAt(rules.copayIncomeSplit, year.paySetOn);
  if (!t || !m || !d || !split) return undefined;

  const spouse = h.spouse;
  // A tax 障害者 is in practice a handbook holder [8.4, 8.6]; for a guardian's household the members are the parents.
  const selfDisabled = !guardian && (ctx.c.disability?.handbooks?.length ?? 0) > 0;
  const lowest = t.single[0]!;
  const highest = (spouse === false ? t.single : t.withDependant).at(-1)!;
  const status = (pay: number | undefined, disabled: boolean): MemberTax => {
    if (pay === undefined) return 'uncertain';
    if (disabled && pay < t.disabledUnder) return 'nontax';
    if (pay <= lowest) return 'nontax';
    return pay > highest ? 'taxed' : 'uncertain';
  };
  const members: { pay: number | undefined; status: MemberTax }[] = [{ pay: income.self, status: status(income.self, selfDisabled) }];
  if (spouse !== false)
    members.push({ pay: spouse === true ? income.spouse : undefined, status: spouse === true ? status(income.spouse, false) : 'uncertain' });

  const anyTaxed = members.some((x) => x.status === 'taxed');
  const allNontax = members.every((x) => x.status === 'nontax');
  // Our rough 所得割 at the 6% standard rate, before housing-loan and donation credits [7.6, 7.8, 8.8].
  const levy = (pay: number) => Math.max(0, Math.floor((pay - employmentDeduction(pay, d) - m.basic - pay * m.insuranceRate) * m.cityRate));
  const levies = members.map((x) => (x.pay === undefined ? undefined : levy(x.pay)));
  const known = levies.every((l) => l !== undefined);
  const total = levies.reduce<number>((a, l) => a + (l ?? 0), 0);
  // The 160,000 yen test, with a margin because the levy model is rough; undefined = too close to call.
  const levyUnder = total > split.incomeLevy * (1 + m.margin) ? false : known && total < split.incomeLevy * (1 - m.margin) ? true : undefined;

  const picture: TaxPicture = allNontax ? { exempt: true, levyUnder: true } : { exempt: anyTaxed ? false : undefined, levyUnder };
  if (!withReasons) return { picture, reasons: [] };

  const params = {
    // A pay not given is left out of the params rather than marked.
    ...(income.self !== undefined ? { self: income.self } : {}),
    ...(spouse === true && income.spouse !== undefined ? { spouse: income.spouse } : {}),
    singleLow: lowest,
    singleHigh: t.single.at(-1)!,
    withDependantHigh: t.withDependant.at(-1)!,
    disabledUnder: t.disabledUnder,
    selfDisabled,
    levy: total,
    appliesFrom: year.payAppliesFrom,
    inForce: year.payInForce,
  };
  const reasons = [reason(rules.taxNonTaxPay, allNontax ? 'met' : anyTaxed ? 'not-met' : 'unknown', params)];
  if (allNontax) return { picture, reasons };
  reasons.push(reason(rules.taxIncomeLevyModel, levyUnder === undefined ? 'unknown' : 'info', { levy: total, line: split.incomeLevy }));
  return { picture, reasons };
}
