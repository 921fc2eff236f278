/** Rules shared by all five services: who counts as 障害者 under 障害者総合支援法. */
import type { Contact } from '../case/schema';
import { rule } from './rule';

export const disabilityBasis = rule({
  id: 'disability.basis',
  decides:
    "Whether the person counts as 障害者 under 障害者総合支援法: a handbook, a 自立支援医療受給者証(精神通院) or a disease on the 対象疾病 list (the list's size is stored by date).",
  kind: 'requirement',
  // The count of designated diseases is stored with its date; whether it grew in 2026 is unconfirmed [1.4].
  values: { '2024-04-01': { designatedDiseases: 369 }, '2025-04-01': { designatedDiseases: 376 } },
  sources: [
    { id: 'S10', section: '「障害者手帳の所持の有無に関わらず」、難病の証明は「特定疾患疾患医療受給者証又は診断書」' },
    { id: 'S13', section: '対象（身体障害者、知的障害者、精神障害者、発達障害者、難病等障害者）' },
    'S11',
    'S12',
  ],
  valueSources: {
    '2024-04-01': [{ id: 'S10', section: '「…対象となる疾病が、369から376へ拡大されます」（令和7年3月までは369疾病）' }],
    '2025-04-01': [{ id: 'S10', section: '「令和7年4月1日から…対象となる疾病が、369から376へ拡大されます」' }],
  },
  refs: ['1.2', '1.3', '1.5'],
  confidence: 'high',
  note: 'A handbook, a 自立支援医療受給者証(精神通院) or a listed disease establishes the basis.',
});

export const disabilityDoctor = rule({
  id: 'disability.doctor',
  decides:
    "Without a handbook or certificate, whether a doctor's opinion can establish the disability: left to the municipality. A physical disability without a 身体障害者手帳 normally counts only through the disease list.",
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: [
    { id: 'A22', section: '第2条第1号「身体障害者福祉法第15条に規定する身体障害者手帳の交付を受けた18歳以上の者をいう」' },
    'P-manaby-no-handbook',
    'seed-001',
  ],
  refs: ['1.6', '1.7'],
  confidence: 'medium',
  note: "Without a handbook or certificate the municipality decides on the doctor's opinion; a physical disability without a 身体障害者手帳 normally qualifies only through the disease list.",
});

/**
 * 15–17-year-olds reach adult services only through a 児童相談所長 notice, which mainly concerns children in
 * residential homes (reference.md 1.9, medium since 2026-12): so always "ask".
 */
export const youthRoute = rule({
  id: 'age.youth-route',
  decides:
    'Whether a 15–17-year-old can use adult services: only when a 児童相談所長 notifies the municipality (児童福祉法 第63条の2・第63条の3), so the app always says "ask".',
  kind: 'discretion',
  values: { '2024-04-01': { from: 15, adult: 18 } },
  sources: ['kanagawa-youth'],
  refs: ['1.9'],
  confidence: 'medium',
});

/**
 * 65+ for 就労移行支援 and A型, condition (a): a 障害福祉サービス 支給決定 held without a break during the years
 * before turning 65 (gaps for hospitalisation or other unavoidable reasons are ignored). Condition (b), a decision
 * for that very service on the day before the 65th birthday, is transition.over-65 / type-a.over-65; the years
 * and the age are in those rules' values. Both must hold: the official wording joins them with 「であって」.
 * No official text was found (official-sources.md 1.10, 2.2), only pages quoting MHLW.
 */
export const over65Continuous = rule({
  id: 'age.over-65-continuous',
  decides: 'For 就労移行支援 and A型 at 65 and over: whether a 障害福祉サービス decision was held without a break during the 5 years before turning 65.',
  kind: 'requirement',
  values: { '2024-04-01': true },
  sources: ['P-shougaishacube', 'P-kaigosupport', 'P-sugahara'],
  refs: ['1.10', '2.2'],
  confidence: 'medium',
});

/**
 * On leave (休職中), returning to work: the first resource is 地域障害者職業センター's リワーク支援 (JEED; needs
 * the agreement of employer, person and doctor; no 手帳 needed). A municipality approving a welfare service
 * for the return may ask for a letter saying that centre's support is hard to use (廿日市市, per an MHLW
 * 事務連絡 of 2024-10-25), besides the employer's and the doctor's letters (中野区, S13 = official-sources A18).
 * `contact` and `documents` are ids the plan and its locale texts use.
 */
const rework: { contact: Contact; documents: string[] } = {
  contact: 'vocational-center',
  documents: ['employer-letter', 'leave-doctor-letter', 'rework-difficulty-letter'],
};

export const leaveRework = rule({
  id: 'leave.rework',
  decides:
    "On leave (休職中): 地域障害者職業センター's リワーク支援 comes first, and which letters a municipality may ask for before a welfare service is used for the return.",
  kind: 'info',
  values: { '2024-04-01': rework },
  sources: [
    { id: 'S13', section: '会社と主治医の書類（復職支援が困難であること）' },
    { id: 'A19', section: '「障害者職業センターによる復職支援の利用が困難であること」' },
    'P-medi-em',
  ],
  refs: ['1.17', '1.18', '11.5'],
  confidence: 'medium',
});
