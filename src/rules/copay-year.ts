/**
 * Which year's 住民税 sets the copay category [7.10]. Kept free of zod (a plain typed record, no `rule()`)
 * so the wizard's tax question can name the fiscal year without loading the rules' schema.
 */
import { rule } from './rule';

export interface CopayYear {
  /** The month the new fiscal year's 市町村民税 is set (June), on the previous calendar year's income. */
  taxSetMonth: number;
  /**
   * The month the category switches to that tax (July): from July of year N to June of N+1 the tax of
   * fiscal year N applies, so April–June still use the previous fiscal year's tax.
   */
  reviewMonth: number;
}

export const copayReview = rule<'copay.review', CopayYear>({
  id: 'copay.review',
  kind: 'info',
  values: { '2024-04-01': { taxSetMonth: 6, reviewMonth: 7 } },
  sources: ['S18'],
  refs: ['7.10'],
  confidence: 'medium',
});
