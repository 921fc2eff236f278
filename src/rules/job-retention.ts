/** 就労定着支援 (job-retention): reference.md §5. */
import { rule } from './rule';

export const retentionWork = rule({
  id: 'retention.work',
  decides: '就労定着支援 is for people in ordinary employment (not for people out of work).',
  kind: 'requirement',
  values: { '2024-04-01': true },
  sources: [{ id: 'A15', section: '対象者「就労を継続している期間が6か月を経過した人」' }, 'P-hirono-office', 'P-persol-diverse', 'P-ot-study'],
  refs: ['5.2'],
  confidence: 'medium',
});

export const retentionVia = rule({
  id: 'retention.via',
  decides: 'Which services must have come before the job: 生活介護, 自立訓練, 就労移行支援 or 就労継続支援 (A/B).',
  kind: 'requirement',
  values: {
    '2024-04-01': ['employment-transition', 'continuation-a', 'continuation-b', 'life-care', 'independence-training'],
  },
  sources: [
    { id: 'A15', section: '「「就労移行支援等」とは、生活介護、自立訓練、就労移行支援、就労継続支援をいいます」' },
    'P-hirono-office',
    'P-persol-diverse',
    'P-ot-study',
  ],
  refs: ['5.2'],
  confidence: 'medium',
});

/** Opens after 6 months in the job (the sending provider supports the first 6) and lasts at most 3 years. */
export const retentionWindow = rule({
  id: 'retention.window',
  decides: 'When 就労定着支援 can be used: it opens after 6 months in the job and lasts at most 3 years.',
  kind: 'requirement',
  values: { '2024-04-01': { opensAfterMonths: 6, maxYears: 3 } },
  sources: [
    { id: 'A15', section: '対象者「就労を継続している期間が6か月を経過した人」（最長3年はこのページにはありません）' },
    'P-hirono-office',
    'P-persol-diverse',
    'P-ot-study',
  ],
  refs: ['5.2', '5.3', '5.4'],
  confidence: 'medium',
});

/** No age limit was found in the target definition, so age is never decided on [5.6]. */
export const retentionAge = rule({
  id: 'retention.age',
  decides: 'No age limit was found for 就労定着支援, so age never decides it (a note for people 65+).',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: ['P-hirono-office'],
  refs: ['5.6'],
  confidence: 'low',
});
