/**
 * Which fiscal year's 住民税 sets the copay category on a date, and when the next one takes over [7.10].
 * Imports no zod (rules/copay-year, rules/value-at, case/dates only): the wizard's tax question uses it
 * through src/state to name the year on the date of the answers.
 */
import { addDays, addMonths, addYears, monthOf, yearOf } from '../../case/dates';
import { copayReview } from '../../rules/copay-year';
import { valueAt } from '../../rules/value-at';

export interface TaxYear {
  /** The fiscal year (年度) whose 市町村民税 sets the category in force on the date. */
  fiscalYear: number;
  /** The day that tax took over (1 July of its fiscal year). */
  inForceSince: string;
  /** The next day the category is re-determined on a new tax year (1 July, strictly after the date). */
  nextReview: string;
  /** The fiscal year of the tax that last calendar year's pay decides (the date's own year). */
  payFiscalYear: number;
  /** The day the tax on last year's pay is set (1 June of the date's year): its lines are keyed by it. */
  paySetOn: string;
  /** The day the tax on last year's pay starts to set the category (1 July of the date's year). */
  payAppliesFrom: string;
  /** True when last year's pay already sets the category on the date (July to December). */
  payInForce: boolean;
}

/** The first day of `month` in `year`, built from `asOf` by calendar arithmetic (no date literal). */
function monthStart(asOf: string, year: number, month: number): string {
  const first = addDays(asOf, 1 - Number(asOf.slice(-2)));
  return addYears(addMonths(first, month - monthOf(asOf)), year - yearOf(asOf));
}

export function taxYearOn(asOf: string): TaxYear {
  const { taxSetMonth, reviewMonth } = valueAt(copayReview, asOf)!;
  const y = yearOf(asOf);
  const payInForce = monthOf(asOf) >= reviewMonth;
  const fiscalYear = payInForce ? y : y - 1;
  const payAppliesFrom = monthStart(asOf, y, reviewMonth);
  return {
    fiscalYear,
    inForceSince: monthStart(asOf, fiscalYear, reviewMonth),
    nextReview: payInForce ? monthStart(asOf, y + 1, reviewMonth) : payAppliesFrom,
    payFiscalYear: y,
    paySetOn: monthStart(asOf, y, taxSetMonth),
    payAppliesFrom,
    payInForce,
  };
}
