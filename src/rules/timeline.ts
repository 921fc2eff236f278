/**
 * The application steps (reference.md §10–§11): who to contact, what to bring, what to ask.
 * Durations are typical ranges, so every date they produce is marked as estimated.
 */
import type { Contact } from '../case/schema';
import { rule } from './schema';

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
  kind: 'parameter',
  values: {
    '2024-04-01': {
      consult: { contact: 'municipality', documents: ['handbook-or-proof'], questions: ['which-services', 'which-office', 'plan-writer'] },
      visit: { contact: 'provider', documents: [], questions: ['trial', 'meals-transport', 'provider-support'] },
      compare: { contact: 'provider', documents: [], questions: ['trial', 'meals-transport', 'provider-support'] },
      'choice-apply': { contact: 'municipality', documents: ['application-form', 'id-mynumber', 'handbook-or-proof'], questions: ['choice-provider', 'choice-wait'] },
      'choice-use': { contact: 'choice-provider', documents: ['recipient-certificate'], questions: ['choice-result'] },
      apply: { contact: 'municipality', documents: ['application-form', 'id-mynumber', 'handbook-or-proof', 'tax-consent'], questions: ['how-long', 'copay-category'] },
      'apply-chosen': { contact: 'municipality', documents: ['application-form', 'id-mynumber', 'handbook-or-proof', 'tax-consent'], questions: ['how-long', 'copay-category'] },
      'apply-on-leave': { contact: 'municipality', documents: ['application-form', 'id-mynumber', 'handbook-or-proof', 'tax-consent'], questions: ['municipality-agrees', 'how-long', 'copay-category'] },
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
  sources: ['S16', 'P-okabase', 'seed-001'],
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
  kind: 'parameter',
  values: {
    '2024-04-01': { decisionMinWeeks: 2, decisionMaxMonths: 2, provisionalMonths: 2 },
  },
  sources: ['P-e-fukushi-card', 'P-shigyo'],
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
  kind: 'parameter',
  values: {
    '2024-04-01': { consultWorkingDays: 10, compareWorkingDays: 15, applyWorkingDays: 5, lettersWorkingDays: 15, reworkWorkingDays: 10, retentionApplyMonthsBefore: 1 },
  },
  sources: ['unconfirmed'],
  refs: ['10.1'],
  confidence: 'low',
  note: 'Not from a source: the project\'s estimate of typical time, so every date it yields is shown as "about".',
});

/** Renewal: apply before the 支給決定期間 ends; starting 2–3 months before is the common advice [10.9]. */
export const timelineRenewal = rule({
  id: 'timeline.renewal',
  kind: 'info',
  values: { '2024-04-01': { monthsBefore: 3, monthsBeforeLatest: 2 } },
  sources: ['P-lagurus', 'P-okabase'],
  refs: ['10.9'],
  confidence: 'medium',
});

export const timelineReturnToWork = rule({
  id: 'timeline.return-to-work',
  kind: 'info',
  values: { '2024-04-01': { documents: ['employer-letter', 'leave-doctor-letter'] } },
  sources: ['S13', 'P-note-nishiyama'],
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
  kind: 'info',
  values: { '2024-04-01': { firstContact: 'vocational-center' as const, serviceOnlyIfAgreed: ['employment-transition'] as const } },
  sources: ['S13', 'P-note-nishiyama', 'P-medi-em'],
  refs: ['1.18', '11.5', '1.17'],
  confidence: 'medium',
});

/** Services with 食事提供体制加算 until its end date (copay.meals) [7.14]: 就労選択支援, 移行, A型, B型 (not 定着). */
export const timelineMealsServices = rule({
  id: 'timeline.meals-services',
  kind: 'info',
  values: { '2024-04-01': ['employment-choice', 'employment-transition', 'continuation-a', 'continuation-b'] as const },
  sources: ['S17', 'P-kabudata-meals'],
  refs: ['7.14'],
  confidence: 'high',
});

export const timelineStartDate = rule({
  id: 'timeline.start',
  kind: 'info',
  // A provider may let people attend before the decision, but the service is covered only from its start date [12.9].
  values: { '2024-04-01': true },
  sources: ['S16'],
  refs: ['10.1'],
  confidence: 'high',
});
