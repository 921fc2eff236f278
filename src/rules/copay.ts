/** 利用者負担 (copay): reference.md §7–§9. */
import { rule } from './schema';

export const copayCaps = rule({
  id: 'copay.category',
  decides:
    'The monthly copay cap by category: 生活保護 0, 低所得 (住民税非課税) 0, 一般1 9,300 yen, 一般2 37,200 yen.',
  kind: 'parameter',
  // No change to the four amounts was found for 2024–2026 [7.19].
  values: { '2024-04-01': { 'public-assistance': 0, 'low-income': 0, 'general-1': 9300, 'general-2': 37200 } },
  sources: [{ id: 'S7', section: '負担上限月額の表' }, { id: 'A9', section: '「市町村民税課税世帯(所得割16万円未満) 9,300円」' }, 'A8', 'S8', 'S9'],
  refs: ['7.1', '7.2', '7.19'],
  confidence: 'high',
});

/** Group-home residents, and facility residents aged 20+, in a taxed household go to 一般2 even under 160,000 yen. */
export const copayResidence = rule({
  id: 'copay.residence',
  decides:
    'Group-home residents, and facility residents aged 20+, in a taxed household go to 一般2 (37,200 yen) even under the 160,000-yen line.',
  kind: 'requirement',
  values: { '2024-04-01': { facilityFromAge: 20 } },
  sources: [{ id: 'S7', section: '※3「入所施設利用者(20歳以上)、グループホーム利用者は、市町村民税課税世帯の場合、37,200円」' }, 'A8', 'S9'],
  refs: ['7.3'],
  confidence: 'high',
});

/** 18+: the person and spouse only; under 18, and 18–19 in a facility: the guardian's household. */
export const copayHousehold = rule({
  id: 'copay.household',
  decides:
    'Whose tax status counts: from 18, the person and spouse only; under 18, and 18–19 in a facility, the guardian\'s household.',
  kind: 'info',
  values: { '2024-04-01': { adult: 18, facilityAdult: 20 } },
  sources: [{ id: 'A8', section: '「18歳以上の障害者(施設に入所する18、19歳を除く) 障害のある方とその配偶者」' }, 'A9', 'S7', 'S8', 'S9', 'P-oyanakiato', 'P-guide-ss'],
  refs: ['7.4', '7.5'],
  confidence: 'high',
});

/**
 * A guardian's household is judged on other lines than the adult 160,000 one: for children's services the
 * line is 所得割 280,000 (cap 4,600), and under 20 in a facility 280,000 (cap 9,300) [7.9]. Which table a
 * 15–17-year-old on adult services falls under is not in the reference, so the engine asks rather than guesses.
 */
export const copayGuardianCaps = rule({
  id: 'copay.guardian-caps',
  decides:
    'The children\'s tables for a guardian\'s household: 所得割 280,000 yen line, caps 4,600 (children\'s services) and 9,300 (under 20 in a facility). Which applies to a 15–17-year-old on adult services is asked, not guessed.',
  kind: 'discretion',
  values: { '2024-04-01': { line: 280000, childCap: 4600, facilityCap: 9300 } },
  sources: [{ id: 'S7', section: '障害児の欄「市民税所得割額28万円未満 4,600」' }, { id: 'A8', section: '18・19歳の施設等入所者 9,300円' }, 'S8', 'S9'],
  refs: ['7.9'],
  confidence: 'medium',
});

export const copayIncomeSplit = rule({
  id: 'copay.income-split',
  decides:
    'The line between 一般1 and 一般2: the household\'s total 市町村民税所得割 under 160,000 yen, counted before the housing-loan and donation credits.',
  kind: 'parameter',
  values: { '2024-04-01': { incomeLevy: 160000 } },
  sources: [{ id: 'S7', section: '所得割16万円未満の判定' }, { id: 'A6', section: '注釈1「「住宅借入金等特別税額控除」及び「寄附金税額控除」による税額控除前の市民税所得割額で判定」' }, { id: 'A7', section: '「市民税の所得割額が、「世帯」合計で16万円未満の方」' }],
  refs: ['7.2', '7.6', '7.7'],
  confidence: 'high',
});

export const copayUnknown = rule({
  id: 'copay.unknown',
  decides:
    'When the household\'s tax status is not known, the category (and so the cap) is not known either.',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: [{ id: 'S7', section: '負担上限月額の表（区分は世帯の市町村民税の課税状況で決まる）' }],
  refs: ['7.2'],
  confidence: 'high',
});

/**
 * Pay (給与収入) below which a member pays no 市町村民税 at all, by 生活保護 級地 (3級地, 2級地, 1級地),
 * keyed by the fiscal year of the tax it decides (June of the year after the pay was earned).
 * single: no dependants [8.3]; withDependant: one dependant (e.g. the spouse), from the formula in [8.2];
 * disabled: the person's own 障害者 status, 合計所得 ≤ 1,350,000 → pay under 2,044,000 [8.4, 8.5].
 */
export const taxNonTaxPay = rule({
  id: 'copay.estimate',
  decides:
    'Pay below which no 市町村民税 is due (by 生活保護 級地; single, with one dependant, or the person\'s own 障害者 status), to estimate the tax status from pay when it is not known.',
  kind: 'parameter',
  values: {
    '2024-06-01': {
      single: [930000, 965000, 1000000],
      withDependant: [1378000, 1469000, 1560000],
      disabledUnder: 2044000,
    },
    // 令和7年度税制改正: the minimum 給与所得控除 rises to 650,000 from FY2026 (令和8年度) [8.1].
    '2026-06-01': {
      single: [1030000, 1065000, 1100000],
      withDependant: [1478000, 1569000, 1660000],
      disabledUnder: 2044000,
    },
  },
  sources: [{ id: 'S15', section: '非課税の基準（3級地の算式、障害者等は前年の合計所得金額135万円以下）' }, { id: 'T1', section: '非課税の基準（1級地の算式）' }, 'calc'],
  valueSources: {
    '2024-06-01': [{ id: 'S14', section: '見直し前の給与所得控除（令和7年度分まで）' }],
    '2026-06-01': [{ id: 'S14', section: '「給与収入額110万円までの場合は非課税となります」、令和8年度から最低保障控除額が最大10万円引き上げ' }],
  },
  refs: ['8.1', '8.2', '8.3', '8.4', '8.5'],
  confidence: 'medium',
});

/**
 * Rough 所得割 (city part, 6%) from pay, to place a taxed household against the 160,000 yen line [8.8].
 * Our arithmetic: 給与所得 − 基礎控除 430,000 − social insurance ≈ 15% of pay, × 6%. A single earner crosses
 * 160,000 at about 5.3–5.5 million yen, as [8.8] estimates. Inside the margin the category stays unknown.
 */
export const taxIncomeLevyModel = rule({
  id: 'copay.income-levy-estimate',
  decides:
    'A rough 所得割 from pay, only to place a taxed household against the 160,000-yen line; inside its margin the category stays unknown.',
  kind: 'parameter',
  values: {
    '2024-06-01': { basic: 430000, insuranceRate: 0.15, cityRate: 0.06, margin: 0.15, minEmploymentDeduction: 550000 },
    '2026-06-01': { basic: 430000, insuranceRate: 0.15, cityRate: 0.06, margin: 0.15, minEmploymentDeduction: 650000 },
  },
  sources: [{ id: 'S7', section: '※2「収入が概ね600万円以下の世帯が対象」' }, 'calc'],
  valueSources: {
    '2024-06-01': [{ id: 'S14', section: '見直し前の給与所得控除（令和7年度分まで）' }],
    '2026-06-01': [{ id: 'S14', section: '令和8年度から給与所得控除の最低保障額が最大10万円引き上げ' }],
  },
  refs: ['8.1', '8.8'],
  confidence: 'low',
});

export const copayReview = rule({
  id: 'copay.review',
  decides:
    'When the category is re-determined: each July, on the new tax year (January–June use the tax on income of two years before).',
  kind: 'info',
  values: { '2024-04-01': { month: 7 } },
  sources: [{ id: 'A7', section: '「1月から6月までの申請の場合は、前々年中の収入に係る市民税の課税状況を確認」' }, { id: 'A6', section: '「毎年7月を基準に」年度を切り替え' }, { id: 'S18', section: '4月から6月までは前年度（障害児についての規定）' }],
  refs: ['7.10'],
  confidence: 'medium',
});

export const copayOutsideCap = rule({
  id: 'copay.outside-cap',
  decides:
    'What is paid outside the cap (実費): meals, utilities, daily items, own transport.',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: [{ id: 'A15', section: '「食費・光熱水費・日用品費等については、実費負担となります」' }, 'S17', 'P-oyanakiato'],
  refs: ['7.14', '7.16'],
  confidence: 'medium',
});

/** 食事提供体制加算 (meals for 一般1 and below) is kept until 2027-03-31; after that it is unconfirmed [7.15]. */
export const copayMeals = rule({
  id: 'copay.meals',
  decides:
    'Meal support (食事提供体制加算) for 一般1 and below, kept until 2027-03-31; after that not confirmed.',
  kind: 'info',
  values: { '2024-04-01': { until: '2027-03-31' }, '2027-04-01': null },
  sources: [{ id: 'S17', section: '令和6年度からの算定の要件' }, 'P-kabudata-meals'],
  refs: ['7.14', '7.15'],
  confidence: 'medium',
});

export const copayRefund = rule({
  id: 'copay.refund',
  decides:
    'The household refund (高額障害福祉サービス等給付費) when two or more kinds of services together pass the household\'s 基準額; and one provider manages the cap across providers (上限額管理).',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: [{ id: 'A10', section: '「世帯における同一の月に利用した利用者負担の合計が世帯の基準額を超える時に償還払い」、5年の請求期限' }, { id: 'A11', section: '「いずれか2つ以上のサービスを利用する場合 … 37,200円」' }, 'yashio-cap-management', 'S9'],
  refs: ['7.12', '7.13'],
  confidence: 'high',
});

/** Fee levels are low-confidence [9], so the estimate never shows less than the cap. */
export const copayFeeLevels = rule({
  id: 'copay.fee-levels',
  decides:
    'Service fees are too weakly sourced to estimate less than the cap, so the estimate never shows less than the cap.',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: ['G1', 'G2', 'calc'],
  refs: ['9.6', '9.11'],
  confidence: 'low',
});

export const dayLimit = rule({
  id: 'copay.day-limit',
  decides:
    'The usual monthly day limit: the days of the month minus 8 (原則の日数).',
  kind: 'parameter',
  values: { '2024-04-01': { minus: 8 } },
  sources: [{ id: 'S6', section: '支給量（原則の日数）' }],
  refs: ['1.14', '4.5'],
  confidence: 'high',
});
