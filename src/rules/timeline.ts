/**
 * The application steps (reference.md §10–§11): who to contact, what to bring, what to ask.
 * Durations are typical ranges, so every date they produce is marked as estimated.
 */
import type { Contact } from '../case/schema';
import { rule } from './rule';

export type StepId =
  | 'consult'
  | 'visit'
  | 'compare'
  | 'choice-apply'
  | 'choice-use'
  | 'apply'
  | 'apply-chosen'
  | 'apply-on-leave'
  | 'plan'
  | 'decision'
  | 'start'
  | 'provisional'
  | 'rework'
  | 'return-to-work-letters'
  | 'renewal'
  | 'retention-apply'
  | 'before-65';

export interface StepDef {
  contact: Contact;
  documents: string[];
  questions: string[];
}

export const timelineSteps = rule({
  id: 'timeline.flow',
  decides: 'The application steps and, for each, whom to contact, what to bring and what to ask.',
  kind: 'parameter',
  values: {
    '2024-04-01': {
      consult: { contact: 'municipality', documents: ['handbook-or-proof'], questions: ['which-services', 'which-office', 'plan-writer'] },
      visit: { contact: 'provider', documents: [], questions: ['trial', 'meals-transport', 'provider-support'] },
      compare: { contact: 'provider', documents: [], questions: ['trial', 'meals-transport', 'provider-support'] },
      'choice-apply': {
        contact: 'municipality',
        documents: ['application-form', 'id-mynumber', 'handbook-or-proof'],
        questions: ['choice-provider', 'choice-wait'],
      },
      'choice-use': { contact: 'choice-provider', documents: ['recipient-certificate'], questions: ['choice-result'] },
      apply: {
        contact: 'municipality',
        documents: ['application-form', 'id-mynumber', 'handbook-or-proof', 'tax-consent'],
        questions: ['how-long', 'copay-category'],
      },
      'apply-chosen': {
        contact: 'municipality',
        documents: ['application-form', 'id-mynumber', 'handbook-or-proof', 'tax-consent'],
        questions: ['how-long', 'copay-category'],
      },
      'apply-on-leave': {
        contact: 'municipality',
        documents: ['application-form', 'id-mynumber', 'handbook-or-proof', 'tax-consent'],
        questions: ['municipality-agrees', 'how-long', 'copay-category'],
      },
      plan: { contact: 'consultation-support', documents: [], questions: ['self-plan', 'survey'] },
      decision: { contact: 'municipality', documents: [], questions: ['certificate-contents'] },
      start: { contact: 'provider', documents: ['recipient-certificate'], questions: ['start-date'] },
      provisional: { contact: 'provider', documents: [], questions: ['provisional'] },
      rework: { contact: 'vocational-center', documents: [], questions: ['rework-use', 'rework-hard'] },
      'return-to-work-letters': { contact: 'employer-and-doctor', documents: [], questions: [] },
      renewal: { contact: 'municipality', documents: ['recipient-certificate'], questions: ['renewal-how'] },
      'retention-apply': { contact: 'municipality', documents: ['recipient-certificate'], questions: ['retention-provider'] },
      'before-65': { contact: 'municipality', documents: ['recipient-certificate'], questions: ['over-65'] },
    } satisfies Record<StepId, StepDef>,
  },
  sources: [
    { id: 'S16', section: '「市役所障害福祉課又は相談支援事業者に相談してください」、サービス等利用計画案の提出依頼' },
    { id: 'A21', section: '「セルフプランとして、自ら計画案を作成することも可能です」' },
    'P-okabase',
    'seed-001',
  ],
  refs: ['10.1', '10.3', '10.4', '11.1', '11.2'],
  confidence: 'high',
});

/**
 * Durations a source gives: from application to 受給者証 "roughly 2 weeks to 2 months" [10.5]; the 暫定支給決定
 * "within about 2 months" [1.21, 10.7]. (就労選択支援's own 1 month, at most 2, is choice.duration [4.4].)
 * Dates made from them are ranges and always marked as estimates: the municipality sets the real ones.
 */
export const timelineDurations = rule({
  id: 'timeline.durations',
  decides: 'Typical durations between steps (all dates from them are estimates): 2 weeks to 2 months to a decision, a trial decision of up to 2 months.',
  kind: 'parameter',
  values: {
    '2024-04-01': { decisionMinWeeks: 2, decisionMaxMonths: 2, provisionalMonths: 2 },
  },
  sources: [{ id: 'A13', section: '暫定支給決定「2ヶ月以内」' }, 'P-e-fukushi-card', 'P-shigyo'],
  refs: ['10.5', '10.7', '1.21'],
  confidence: 'medium',
});

/**
 * Our own estimates, in office working days, for steps no source gives a duration for: a first consultation,
 * visiting and comparing providers, preparing an application, asking the employer and doctor for letters, a
 * first talk at the 地域障害者職業センター; and how early to apply for 就労定着支援 before it opens. No source:
 * the app labels every date made from these as "about" (目安), never as a firm date.
 */
export const timelineEstimates = rule({
  id: 'timeline.estimates',
  decides: 'Our own estimates, in working days, for steps no source gives a duration for; every date made from them is shown as "about".',
  kind: 'parameter',
  values: {
    '2024-04-01': {
      consultWorkingDays: 10,
      compareWorkingDays: 15,
      applyWorkingDays: 5,
      lettersWorkingDays: 15,
      reworkWorkingDays: 10,
      retentionApplyMonthsBefore: 1,
    },
  },
  sources: ['calc'],
  refs: ['10.1'],
  confidence: 'low',
  note: 'Not from a source: the project\'s estimate of typical time, so every date it yields is shown as "about".',
});

/** Renewal: apply before the 支給決定期間 ends; starting 2–3 months before is the common advice [10.9]. */
export const timelineRenewal = rule({
  id: 'timeline.renewal',
  decides: 'When to start the renewal of a 受給者証: about 3 months before it expires.',
  kind: 'info',
  values: { '2024-04-01': { monthsBefore: 3, monthsBeforeLatest: 2 } },
  sources: ['P-lagurus', 'P-okabase'],
  refs: ['10.9'],
  confidence: 'medium',
});

export const timelineReturnToWork = rule({
  id: 'timeline.return-to-work',
  decides: 'What to bring for return-from-leave use: letters from the employer and from the doctor who ordered the leave.',
  kind: 'info',
  values: { '2024-04-01': { documents: ['employer-letter', 'leave-doctor-letter'] } },
  sources: [
    { id: 'S13', section: '必要書類（企業と、休職を指示した主治医の書類）' },
    { id: 'A19', section: '「障害者職業センターによる復職支援の利用が困難であること」' },
    'P-note-nishiyama',
    'P-medi-em',
  ],
  refs: ['1.18', '11.5'],
  confidence: 'high',
});

/**
 * On leave: the 地域障害者職業センター's リワーク支援 (return-to-work support; agreement of employer, person and doctor,
 * no 手帳 needed) comes first [11.5]; a welfare service such as 就労移行支援 is used during leave only where the
 * municipality agrees, with evidence that the employer's own support and the centre's リワーク支援 are hard to use
 * [1.18, 1.17].
 */
export const timelineRework = rule({
  id: 'timeline.rework',
  decides: 'On leave: the plan starts at the 地域障害者職業センター (リワーク支援), and applies for 就労移行支援 only where the municipality agrees.',
  kind: 'info',
  values: { '2024-04-01': { firstContact: 'vocational-center' as const, serviceOnlyIfAgreed: ['employment-transition'] as const } },
  sources: [
    { id: 'S13', section: '会社と主治医の書類（復職支援が困難であること）' },
    { id: 'A19', section: '「障害者職業センターによる復職支援の利用が困難であること」' },
    'P-note-nishiyama',
    'P-medi-em',
  ],
  refs: ['1.18', '11.5', '1.17'],
  confidence: 'medium',
});

/** Services with 食事提供体制加算 until its end date (copay.meals) [7.14]: 就労選択支援, 移行, A型, B型 (not 定着). */
export const timelineMealsServices = rule({
  id: 'timeline.meals-services',
  decides: 'Which services the end of meal support (食事提供体制加算) concerns in the plan.',
  kind: 'info',
  values: { '2024-04-01': ['employment-choice', 'employment-transition', 'continuation-a', 'continuation-b'] as const },
  sources: [{ id: 'S17', section: '食事提供体制加算の対象サービス' }, 'P-kabudata-meals'],
  refs: ['7.14'],
  confidence: 'high',
});

export const timelineStartDate = rule({
  id: 'timeline.start',
  decides: 'The service is covered only from the start date of the 支給決定, even if a provider lets people attend earlier.',
  kind: 'info',
  // A provider may let people attend before the decision, but the service is covered only from its start date [12.9].
  values: { '2024-04-01': true },
  sources: [{ id: 'S16', section: '支給決定、受給者証の交付、利用の開始' }],
  refs: ['10.1'],
  confidence: 'high',
});

/**
 * Who the municipality's counter is, where the case names its municipality: its own 障害福祉 counter; in a 指定都市
 * the ward office (区役所) of the ward the person lives in (a city answered as a whole: "the ward you live in";
 * a ward answered: that ward's office) [11.1]. One 指定都市's page says so (横浜市: お住いの区の福祉保健センター
 * (区役所)), so: medium; the counter's department name and phone are not in the data and never shown.
 */
export const timelineOffice = rule({
  id: 'timeline.office',
  decides:
    "Where a step is at the municipality and the case names it: that municipality's 障害福祉 counter; in a 指定都市, the ward office (区役所) of the ward the person lives in.",
  kind: 'info',
  values: { '2024-04-01': { designatedCityCounter: 'ward-office' as const } },
  sources: ['yokohama-ward-office', { id: 'S16', section: '「市役所障害福祉課又は相談支援事業者に相談してください」' }],
  refs: ['11.1'],
  confidence: 'medium',
});
