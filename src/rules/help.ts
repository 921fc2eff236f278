/**
 * Other help besides the municipality (reference.md §11): ハローワーク's disability section (専門援助部門) [11.3],
 * 障害者就業・生活支援センター (なかぽつ) [11.4] and 地域障害者職業センター (JEED) [11.5]: when the results name
 * each, what each does, and where the official list of them is published.
 *
 * `when` maps the person's situation, as the engine reads it from the answers, to the wording of the text (the
 * first situation of the list that applies wins; none: the contact is not named). Situations: `not-working`,
 * `student-final-year`, `working`, `on-leave`, and `retention` (working, with 就労定着支援 used or open: it ends
 * after at most 3 years, and なかぽつ is the usual next contact [5.4, 11.4]).
 *
 * `list`: the source that publishes the official list of these offices. The lists (MHLW's ハローワーク and
 * なかぽつ lists, JEED's list of centres) were searched for on 2026-12-01 and not found, so null: the app says to
 * ask the municipality where the nearest one is. No counts of offices are shown [11.7].
 */
import type { Contact } from '../case/schema';
import type { SourceId } from './sources';
import { rule } from './rule';

export type HelpSituation = 'not-working' | 'student-final-year' | 'working' | 'on-leave' | 'retention';

export interface HelpValue {
  contact: Extract<Contact, 'hello-work' | 'nakapotsu' | 'vocational-center'>;
  /** Situation → the text's wording (Reason.variant), in order of precedence. */
  when: readonly (readonly [HelpSituation, string])[];
  /** The source that publishes the official list of these offices; null: not found, ask the municipality. */
  list: SourceId | null;
}

/** A value, checked as a HelpValue and typed as one (every help rule has the same value type). */
const help = (v: HelpValue): HelpValue => v;

export const helpHelloWork = rule({
  id: 'help.hello-work',
  decides:
    "When the results name ハローワーク's disability section (専門援助部門): for someone not working or in the last school year (a job search), or working (a change of job, keeping the job).",
  kind: 'info',
  values: {
    '2024-04-01': help({
      contact: 'hello-work',
      when: [
        ['not-working', 'job-search'],
        ['student-final-year', 'job-search'],
        ['working', 'working'],
      ],
      list: null,
    }),
  },
  sources: [{ id: 'jeed-glossary', section: '「ハローワーク」：障害者を対象とした求人、専門の職員・相談員による職業相談、就職後の職場定着の支援' }],
  refs: ['11.3'],
  confidence: 'medium',
});

export const helpNakapotsu = rule({
  id: 'help.nakapotsu',
  decides:
    'When the results name the 障害者就業・生活支援センター (なかぽつ): for someone working, where work and daily life go together, and especially when 就労定着支援 is used or open (it ends after at most 3 years).',
  kind: 'info',
  values: {
    '2024-04-01': help({
      contact: 'nakapotsu',
      when: [
        ['retention', 'after-retention'],
        ['working', 'working'],
      ],
      list: null,
    }),
  },
  sources: [
    { id: 'jeed-glossary', section: '「障害者就業・生活支援センター」：就業面における支援とあわせて生活面における支援を、身近な地域で' },
    'muroran-nakapotsu',
    'P-hirono-office',
  ],
  refs: ['11.4'],
  confidence: 'medium',
});

export const helpVocationalCenter = rule({
  id: 'help.vocational-center',
  decides:
    'When the results name the 地域障害者職業センター (JEED): on leave, for its return-to-work support (リワーク支援); working, for support that also involves the employer (ジョブコーチ).',
  kind: 'info',
  values: {
    '2024-04-01': help({
      contact: 'vocational-center',
      when: [
        ['on-leave', 'rework'],
        ['working', 'job-coach'],
      ],
      list: null,
    }),
  },
  sources: [
    {
      id: 'jeed-glossary',
      section: '「地域障害者職業センター」：各都道府県の中核的な職業リハビリテーション機関。事業主への支援（新規雇入れ、職場適応、休職者の職場復帰）',
    },
    { id: 'A19', section: '「障害者職業センターによる復職支援の利用が困難であること」' },
    'P-medi-em',
  ],
  refs: ['11.5'],
  confidence: 'medium',
});
