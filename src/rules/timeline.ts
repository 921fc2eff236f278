/**
 * The application steps (reference.md §10–§11): who to contact, what to bring, what to ask.
 * Durations are typical ranges, so every date they produce is marked as estimated.
 */
import type { Contact } from '../case/schema';
import { rule } from './rule';

export type StepId = 'consult' | 'visit' | 'choice-apply' | 'choice-use' | 'apply' | 'plan' | 'decision' | 'start' | 'provisional';

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
      'choice-apply': { contact: 'municipality', documents: ['application-form', 'id-mynumber', 'handbook-or-proof'], questions: ['choice-provider', 'choice-wait'] },
      'choice-use': { contact: 'choice-provider', documents: ['recipient-certificate'], questions: ['choice-result'] },
      apply: { contact: 'municipality', documents: ['application-form', 'id-mynumber', 'handbook-or-proof', 'tax-consent'], questions: ['how-long', 'copay-category'] },
      plan: { contact: 'consultation-support', documents: [], questions: ['self-plan', 'survey'] },
      decision: { contact: 'municipality', documents: [], questions: ['certificate-contents'] },
      start: { contact: 'provider', documents: ['recipient-certificate'], questions: ['start-date'] },
      provisional: { contact: 'provider', documents: [], questions: ['provisional'] },
    } satisfies Record<StepId, StepDef>,
  },
  sources: ['S16', 'P-okabase', 'seed-001'],
  refs: ['10.1', '10.3', '10.4', '11.1', '11.2'],
  confidence: 'high',
});

/** Typical durations in days or months; medium confidence at best [10.5, 10.6, 1.21]. */
export const timelineDurations = rule({
  id: 'timeline.durations',
  kind: 'parameter',
  values: {
    '2024-04-01': { consultDays: 14, visitDays: 14, applyDays: 7, decisionMinDays: 14, decisionMaxMonths: 2, provisionalMonths: 2 },
  },
  sources: ['P-e-fukushi-card', 'S16', 'P-shigyo'],
  refs: ['10.5', '10.6', '10.7'],
  confidence: 'medium',
});

export const timelineRenewal = rule({
  id: 'timeline.renewal',
  kind: 'info',
  values: { '2024-04-01': { monthsBefore: 3 } },
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

export const timelineStartDate = rule({
  id: 'timeline.start',
  kind: 'info',
  // A provider may let people attend before the decision, but the service is covered only from its start date [12.9].
  values: { '2024-04-01': true },
  sources: ['S16'],
  refs: ['10.1'],
  confidence: 'high',
});
