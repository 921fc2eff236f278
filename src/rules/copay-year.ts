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
  decides: 'When the category is re-determined: each July, on the new tax year (January–June use the tax on income of two years before).',
  kind: 'info',
  values: { '2024-04-01': { taxSetMonth: 6, reviewMonth: 7 } },
  sources: [
    { id: 'A7', section: '「1月から6月までの申請の場合は、前々年中の収入に係る市民税の課税状況を確認」' },
    { id: 'A6', section: '「毎年7月を基準に」年度を切り替え' },
    { id: 'S18', section: '4月から6月までは前年度（障害児についての規定）' },
  ],
  refs: ['7.10'],
  confidence: 'medium',
});
