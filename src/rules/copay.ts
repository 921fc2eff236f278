/** 利用者負担 (copay): reference.md §7–§9. */
import { rule } from './rule';

export const copayCaps = rule({
  id: 'copay.category',
  decides: 'The monthly copay cap by category: 生活保護 0, 低所得 (住民税非課税) 0, 一般1 9,300 yen, 一般2 37,200 yen.',
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
  decides: 'Group-home residents, and facility residents aged 20+, in a taxed household go to 一般2 (37,200 yen) even under the 160,000-yen line.',
  kind: 'requirement',
  values: { '2024-04-01': { facilityFromAge: 20 } },
  sources: [{ id: 'S7', section: '※3「入所施設利用者(20歳以上)、グループホーム利用者は、市町村民税課税世帯の場合、37,200円」' }, 'A8', 'S9'],
  refs: ['7.3'],
  confidence: 'high',
});

/** 18+: the person and spouse only; under 18, and 18–19 in a facility: the guardian's household. */
export const copayHousehold = rule({
  id: 'copay.household',
  decides: "Whose tax status counts: from 18, the person and spouse only; under 18, and 18–19 in a facility, the guardian's household.",
  kind: 'info',
  values: { '2024-04-01': { adult: 18, facilityAdult: 20 } },
  sources: [
    { id: 'A8', section: '「18歳以上の障害者(施設に入所する18、19歳を除く) 障害のある方とその配偶者」' },
    'A9',
    'S7',
    'S8',
    'S9',
    'P-oyanakiato',
    'P-guide-ss',
  ],
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
    "The children's tables for a guardian's household: 所得割 280,000 yen line, caps 4,600 (children's services) and 9,300 (under 20 in a facility). Which applies to a 15–17-year-old on adult services is asked, not guessed.",
  kind: 'discretion',
  values: { '2024-04-01': { line: 280000, childCap: 4600, facilityCap: 9300 } },
  sources: [{ id: 'S7', section: '障害児の欄「市民税所得割額28万円未満 4,600」' }, { id: 'A8', section: '18・19歳の施設等入所者 9,300円' }, 'S8', 'S9'],
  refs: ['7.9'],
  confidence: 'medium',
});

export const copayIncomeSplit = rule({
  id: 'copay.income-split',
  decides: "The line between 一般1 and 一般2: the household's total 市町村民税所得割 under 160,000 yen, counted before the housing-loan and donation credits.",
  kind: 'parameter',
  values: { '2024-04-01': { incomeLevy: 160000 } },
  sources: [
    { id: 'S7', section: '所得割16万円未満の判定' },
    { id: 'A6', section: '注釈1「「住宅借入金等特別税額控除」及び「寄附金税額控除」による税額控除前の市民税所得割額で判定」' },
    { id: 'A7', section: '「市民税の所得割額が、「世帯」合計で16万円未満の方」' },
  ],
  refs: ['7.2', '7.6', '7.7'],
  confidence: 'high',
});

/** The tax status is not known; from January to June last year's pay does not tell the tax in force [7.10]. */
export const copayUnknown = rule({
  id: 'copay.unknown',
  decides: "When the household's tax status is not known, the category (and so the cap) is not known either.",
  kind: 'info',
  values: { '2024-04-01': true },
  sources: [
    { id: 'S7', section: '負担上限月額の表（区分は世帯の市町村民税の課税状況で決まる）' },
    { id: 'A7', section: '「1月から6月までの申請の場合は、前々年中の収入に係る市民税の課税状況を確認」' },
  ],
  refs: ['7.2', '7.10'],
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
    "Pay below which no 市町村民税 is due (by 生活保護 級地; single, with one dependant, or the person's own 障害者 status), to estimate the tax status from pay when it is not known.",
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
  sources: [
    { id: 'S15', section: '非課税の基準（3級地の算式、障害者等は前年の合計所得金額135万円以下）' },
    { id: 'T1', section: '非課税の基準（1級地の算式）' },
    'calc',
  ],
  valueSources: {
    '2024-06-01': [{ id: 'S14', section: '見直し前の給与所得控除（令和7年度分まで）' }],
    '2026-06-01': [{ id: 'S14', section: '「給与収入額110万円までの場合は非課税となります」、令和8年度から最低保障控除額が最大10万円引き上げ' }],
  },
  refs: ['8.1', '8.2', '8.3', '8.4', '8.5'],
  confidence: 'medium',
});

/**
 * 給与所得控除 (employment income deduction), keyed by the fiscal year of the tax it decides (June of the
 * year after the pay was earned): deduction = pay × rate + add in the first bracket the pay is up to, the
 * cap above the last bracket, never below the minimum. 令和7年度税制改正 raises the minimum from 550,000 to
 * 650,000 from FY2026 (令和8年度) and leaves the table above 1,900,000 unchanged [8.1, 8.5].
 */
export interface DeductionBracket {
  upTo: number;
  rate: number;
  add: number;
}
const EMPLOYMENT_BRACKETS: readonly DeductionBracket[] = [
  { upTo: 1_800_000, rate: 0.4, add: -100_000 },
  { upTo: 3_600_000, rate: 0.3, add: 80_000 },
  { upTo: 6_600_000, rate: 0.2, add: 440_000 },
  { upTo: 8_500_000, rate: 0.1, add: 1_100_000 },
];
export const taxEmploymentDeduction = rule({
  id: 'copay.employment-deduction',
  decides: 'The 給与所得控除 table used to turn pay into income for the tax estimate, with its minimum by fiscal year.',
  kind: 'parameter',
  values: {
    '2024-06-01': { minimum: 550_000, brackets: EMPLOYMENT_BRACKETS, cap: 1_950_000 },
    '2026-06-01': { minimum: 650_000, brackets: EMPLOYMENT_BRACKETS, cap: 1_950_000 },
  },
  sources: ['S14'],
  valueSources: {
    '2024-06-01': [{ id: 'S14', section: '見直し前の給与所得控除（令和7年度分まで）' }],
    '2026-06-01': [{ id: 'S14', section: '令和8年度から給与所得控除の最低保障額が最大10万円引き上げ' }],
  },
  refs: ['8.1', '8.5'],
  confidence: 'medium',
});

/**
 * Rough 所得割 (city part) from pay, to place a taxed household against the 160,000 yen line [8.8].
 * Our arithmetic: 給与所得 − 基礎控除 430,000 − social insurance ≈ 15% of pay, × 6%. It follows the rules of
 * the test itself: no 住宅借入金等特別控除 or 寄附金税額控除 is taken off [7.6], and the rate is the 6% standard
 * rate at which 指定都市 residents are judged too [7.8]. A single earner crosses 160,000 at about 5.3–5.5
 * million yen, as [8.8] estimates. Inside the margin the category stays unknown.
 */
export const taxIncomeLevyModel = rule({
  id: 'copay.income-levy-estimate',
  decides: 'A rough 所得割 from pay, only to place a taxed household against the 160,000-yen line; inside its margin the category stays unknown.',
  kind: 'parameter',
  values: {
    '2024-06-01': { basic: 430000, insuranceRate: 0.15, cityRate: 0.06, margin: 0.15 },
  },
  sources: [{ id: 'S7', section: '※2「収入が概ね600万円以下の世帯が対象」' }, 'sakai-copay', 'calc'],
  refs: ['7.6', '7.8', '8.1', '8.8'],
  confidence: 'low',
});

/**
 * How the 所得割 of the 160,000 yen test is counted [7.6, 7.8]: before 住宅借入金等特別控除 (住宅ローン控除) and
 * 寄附金税額控除 (ふるさと納税 and other donations), which are added back; for a resident of a 指定都市 (city rate
 * 8%), recomputed at the 6% standard rate (one municipal page, 堺市, states this, so: medium). With the case's
 * municipality the engine says which applies: the 指定都市 wording (about 3/4 of the notice's city 所得割), or none.
 */
export const copayTaxBasis = rule({
  id: 'copay.tax-basis',
  decides: 'Which 所得割 the 160,000-yen line is tested on: before the housing-loan and donation credits, and at the 6% rate for residents of a 指定都市.',
  kind: 'info',
  values: { '2024-04-01': { standardRatePercent: 6, designatedCityRatePercent: 8 } },
  sources: [
    { id: 'A6', section: '注釈1「「住宅借入金等特別税額控除」及び「寄附金税額控除」による税額控除前の市民税所得割額で判定」' },
    { id: 'S7', section: '所得割額の注記（税額控除前の額で判定）' },
    'sakai-copay',
  ],
  refs: ['7.6', '7.8'],
  confidence: 'medium',
});

/** The June/July switch of the tax year [7.10]; in its own zod-free file for the wizard. */
export { copayReview } from './copay-year';

export const copayOutsideCap = rule({
  id: 'copay.outside-cap',
  decides: 'What is paid outside the cap (実費): meals, utilities, daily items, own transport.',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: [{ id: 'A15', section: '「食費・光熱水費・日用品費等については、実費負担となります」' }, 'S17', 'P-oyanakiato'],
  refs: ['7.14', '7.16'],
  confidence: 'medium',
});

/**
 * 食事提供体制加算 (the user pays only for ingredients) is kept until 2027-03-31; after that it is unconfirmed
 * [7.14, 7.15]. It follows the 所得割 line, not the cap category: 生活保護, 非課税, or a household 所得割 under
 * `incomeLevy`, so a group-home resident who is 一般2 for the cap still has it under 160,000 [7.3, 7.14].
 */
export const copayMeals = rule({
  id: 'copay.meals',
  decides: 'Meal support (食事提供体制加算) for 一般1 and below, kept until 2027-03-31; after that not confirmed.',
  kind: 'info',
  values: { '2024-04-01': { until: '2027-03-31', incomeLevy: 160000 }, '2027-04-01': null },
  sources: [{ id: 'S17', section: '令和6年度からの算定の要件' }, 'P-kabudata-meals'],
  refs: ['7.14', '7.15'],
  confidence: 'medium',
});

/**
 * Several services in one month: one provider manages the cap (上限額管理) so the total charged stays within
 * it; the 受給者証 shows which provider [7.12].
 */
export const copayCapManagement = rule({
  id: 'copay.cap-management',
  decides: 'Several services in one month: one provider (上限額管理事業所) keeps the total charged within the cap.',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: ['yashio-cap-management', 'P-okabase'],
  refs: ['7.12'],
  confidence: 'medium',
});

/**
 * 高額障害福祉サービス等給付費: when the household combines two or more kinds of service in one month
 * (障害福祉サービス, 補装具, 介護保険, 障害児支援) and the household's total copays exceed the household's 基準額
 * (37,200 yen for a taxed household), the excess is refunded on application; claims lapse after 5 years.
 * Not a refund of everything above the person's own cap [7.13, corrected 2026-12].
 */
export const copayRefund = rule({
  id: 'copay.refund',
  decides: "The household refund (高額障害福祉サービス等給付費) when two or more kinds of service together pass the household's 基準額.",
  kind: 'info',
  values: { '2024-04-01': { householdBase: 37200, claimYears: 5 } },
  sources: [
    { id: 'A10', section: '「世帯における同一の月に利用した利用者負担の合計が世帯の基準額を超える時に償還払い」、5年の請求期限' },
    { id: 'A11', section: '「いずれか2つ以上のサービスを利用する場合 … 37,200円」' },
    'S9',
  ],
  refs: ['7.13'],
  confidence: 'medium',
});

/** Fee levels are low-confidence [9], so the estimate never shows less than the cap. */
export const copayFeeLevels = rule({
  id: 'copay.fee-levels',
  decides: 'Service fees are too weakly sourced to estimate less than the cap, so the estimate never shows less than the cap.',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: ['G1', 'G2', 'calc'],
  refs: ['9.6', '9.11'],
  confidence: 'low',
});

export const dayLimit = rule({
  id: 'copay.day-limit',
  decides: 'The usual monthly day limit: the days of the month minus 8 (原則の日数).',
  kind: 'parameter',
  values: { '2024-04-01': { minus: 8 } },
  sources: [{ id: 'S6', section: '支給量（原則の日数）' }],
  refs: ['1.14', '4.5'],
  confidence: 'high',
});
