/** 就労定着支援 (job-retention): reference.md §5. */
import { rule } from './rule';

export const retentionWork = rule({
  id: 'retention.work',
  kind: 'requirement',
  values: { '2024-04-01': true },
  sources: ['P-hirono-office', 'P-persol-diverse', 'P-ot-study'],
  refs: ['5.2'],
  confidence: 'medium',
});

export const retentionVia = rule({
  id: 'retention.via',
  kind: 'requirement',
  values: {
    '2024-04-01': ['employment-transition', 'continuation-a', 'continuation-b', 'life-care', 'independence-training'],
  },
  sources: ['P-hirono-office', 'P-persol-diverse', 'P-ot-study'],
  refs: ['5.2'],
  confidence: 'medium',
});

/** Opens after 6 months in the job (the sending provider supports the first 6) and lasts at most 3 years. */
export const retentionWindow = rule({
  id: 'retention.window',
  kind: 'requirement',
  values: { '2024-04-01': { opensAfterMonths: 6, maxYears: 3 } },
  sources: ['P-hirono-office', 'P-persol-diverse', 'P-ot-study'],
  refs: ['5.2', '5.3', '5.4'],
  confidence: 'medium',
});

/** No age limit was found in the target definition, so age is never decided on [5.6]. */
export const retentionAge = rule({
  id: 'retention.age',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: ['P-hirono-office'],
  refs: ['5.6'],
  confidence: 'low',
});
