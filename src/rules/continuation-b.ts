/** 就労継続支援B型 (continuation-b): reference.md §3. */
import { rule } from './rule';

export const typeBAge = rule({
  id: 'type-b.age',
  kind: 'requirement',
  // No upper age limit: the 65 rule of 移行 and A型 does not apply to B型 [3.5].
  values: { '2024-04-01': { min: 18 } },
  sources: ['S1', 'S2'],
  refs: ['3.1', '3.5'],
  confidence: 'medium',
});

export const typeBWork = rule({
  id: 'type-b.work',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: ['P-syogaifukushi-osaka', 'P-akita-rehacen', 'S13'],
  refs: ['1.17', '1.18'],
  confidence: 'medium',
});

export const typeBStudent = rule({
  id: 'type-b.student',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: ['S1'],
  refs: ['3.1'],
  confidence: 'medium',
});

/**
 * The routes into B型. Routes (a) work experience + hard to be employed, (b) 50+, (c) 障害基礎年金1級 start
 * B型 directly; otherwise (d) an assessment: by a 就労移行支援 provider (就労アセスメント) before 2025-10-01,
 * by a 就労選択支援 provider from then on.
 */
export const typeBRoute = rule({
  id: 'type-b.route',
  kind: 'requirement',
  values: {
    '2024-04-01': { age: 50, assessment: 'transition-provider' },
    '2025-10-01': { age: 50, assessment: 'choice-provider' },
  },
  sources: ['S1', 'S2', 'S3', 'S5'],
  refs: ['3.1', '3.2'],
  confidence: 'high',
});

/**
 * Where no 就労選択支援 provider is reachable, or the wait is long, the older assessment (by a 就労移行支援
 * provider etc.) is still accepted: `assessment` names that kind (history.assessedBy). Whether the exception
 * applies is the municipality's call, so such an assessment makes B型 "possible", never "likely".
 */
export const typeBTransitional = rule({
  id: 'type-b.transitional',
  kind: 'info',
  values: { '2025-10-01': { assessment: 'transition-provider' } },
  sources: ['S1', 'S2'],
  refs: ['3.3'],
  confidence: 'high',
});

export const typeBRenewal = rule({
  id: 'type-b.renewal',
  kind: 'requirement',
  values: { '2024-04-01': true },
  sources: ['S4'],
  refs: ['3.4'],
  confidence: 'high',
});
