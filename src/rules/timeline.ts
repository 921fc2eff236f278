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
  decides:
    'The application steps and, for each, whom to contact, what to bring and what to ask.',
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
  sources: [{ id: 'S16', section: '「市役所障害福祉課又は相談支援事業者に相談してください」、サービス等利用計画案の提出依頼' }, { id: 'A21', section: '「セルフプランとして、自ら計画案を作成することも可能です」' }, 'P-okabase', 'seed-001'],
  refs: ['10.1', '10.3', '10.4', '11.1', '11.2'],
  confidence: 'high',
});

/** Typical durations in days or months; medium confidence at best [10.5, 10.6, 1.21]. */
export const timelineDurations = rule({
  id: 'timeline.durations',
  decides:
    'Typical durations between steps (all dates from them are estimates): 2 weeks to 2 months to a decision, a trial decision of up to 2 months.',
  kind: 'parameter',
  values: {
    '2024-04-01': { consultDays: 14, visitDays: 14, applyDays: 7, decisionMinDays: 14, decisionMaxMonths: 2, provisionalMonths: 2 },
  },
  sources: [{ id: 'A13', section: '暫定支給決定「2ヶ月以内」' }, { id: 'S3', section: '就労選択支援は「原則1か月」' }, { id: 'A4', section: '「就労選択支援事業所に連絡を行い、受け入れが可能か等を確認」' }, 'P-e-fukushi-card', 'P-shigyo'],
  refs: ['10.5', '10.6', '10.7'],
  confidence: 'medium',
});

export const timelineRenewal = rule({
  id: 'timeline.renewal',
  decides:
    'When to start the renewal of a 受給者証: about 3 months before it expires.',
  kind: 'info',
  values: { '2024-04-01': { monthsBefore: 3 } },
  sources: ['P-lagurus', 'P-okabase'],
  refs: ['10.9'],
  confidence: 'medium',
});

export const timelineReturnToWork = rule({
  id: 'timeline.return-to-work',
  decides:
    'What to bring for return-from-leave use: letters from the employer and from the doctor who ordered the leave.',
  kind: 'info',
  values: { '2024-04-01': { documents: ['employer-letter', 'leave-doctor-letter'] } },
  sources: [{ id: 'S13', section: '必要書類（企業と、休職を指示した主治医の書類）' }, { id: 'A19', section: '「障害者職業センターによる復職支援の利用が困難であること」' }, 'P-note-nishiyama', 'P-medi-em'],
  refs: ['1.18', '11.5'],
  confidence: 'high',
});

export const timelineStartDate = rule({
  id: 'timeline.start',
  decides:
    'The service is covered only from the start date of the 支給決定, even if a provider lets people attend earlier.',
  kind: 'info',
  // A provider may let people attend before the decision, but the service is covered only from its start date [12.9].
  values: { '2024-04-01': true },
  sources: [{ id: 'S16', section: '支給決定、受給者証の交付、利用の開始' }],
  refs: ['10.1'],
  confidence: 'high',
});
