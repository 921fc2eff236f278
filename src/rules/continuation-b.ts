/** 就労継続支援B型 (continuation-b): reference.md §3. */
import { rule } from './rule';

export const typeBAge = rule({
  id: 'type-b.age',
  decides: 'Age for 就労継続支援B型: 18 or over, with no upper limit (the 65 rule of 移行 and A型 does not apply).',
  kind: 'requirement',
  // No upper age limit: the 65 rule of 移行 and A型 does not apply to B型 [3.5].
  values: { '2024-04-01': { min: 18 } },
  sources: [{ id: 'S1', section: '対象者（50歳に達している者などを含む。上限の年齢は書かれていない）' }, 'S2'],
  refs: ['3.1', '3.5'],
  confidence: 'medium',
});

export const typeBWork = rule({
  id: 'type-b.work',
  decides: 'Whether a person in work or on leave can use B型 temporarily (since 2024-04): decided case by case by the municipality.',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: [
    { id: 'S13', section: '必要書類（企業による復職支援の実施が困難であることなど）' },
    { id: 'A19', section: '休職からの復職を目指す場合（厚生労働省の事務連絡による）' },
    'P-syogaifukushi-osaka',
    'P-akita-rehacen',
  ],
  refs: ['1.17', '1.18'],
  confidence: 'medium',
});

export const typeBStudent = rule({
  id: 'type-b.student',
  decides: 'Whether a student can use B型: the municipality decides.',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: [{ id: 'S1', section: '対象者' }],
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
  decides:
    'The routes into B型: (a) work experience and now hard to employ, (b) aged 50+, (c) 障害基礎年金1級; otherwise (d) an assessment — by a 就労移行支援 provider before 2025-10-01, by a 就労選択支援 provider from then on.',
  kind: 'requirement',
  values: {
    '2024-04-01': { age: 50, assessment: 'transition-provider' },
    '2025-10-01': { age: 50, assessment: 'choice-provider' },
  },
  sources: [
    { id: 'S1', section: '対象者「50歳に達している者や障害基礎年金1級受給者、就労経験があり年齢や体力の面で一般企業に雇用されることが困難になった者等」' },
    { id: 'A4', section: '対象者' },
    'S2',
    'S3',
    'S5',
  ],
  valueSources: {
    '2025-10-01': [
      { id: 'S1', section: '「令和7年10月1日以降、新規で就労継続支援B型を利用する場合には、就労選択支援によるアセスメントが必要」' },
      { id: 'A4', section: '「令和7年10月1日以降、新規で就労継続支援B型を利用する場合には、就労選択支援によるアセスメントが必要」' },
    ],
  },
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
  decides: 'Where no 就労選択支援 provider is reachable, or the wait is long, the older assessment route is still accepted.',
  kind: 'info',
  values: { '2025-10-01': { assessment: 'transition-provider' } },
  sources: [
    { id: 'S1', section: '「最も近い就労選択支援事業所であっても通所することが困難である等」' },
    { id: 'A2', section: '「待機期間が生じる場合」' },
    'S2',
  ],
  refs: ['3.3'],
  confidence: 'high',
});

export const typeBRenewal = rule({
  id: 'type-b.renewal',
  decides: 'People already using B型 keep it on renewal; 就労選択支援 only if they wish.',
  kind: 'requirement',
  values: { '2024-04-01': true },
  sources: [{ id: 'A2', section: '表（就労継続支援B型の現在の利用者（更新時）：「希望に応じて利用」）' }, 'S4'],
  refs: ['3.4'],
  confidence: 'high',
});
