/** 就労継続支援A型 (continuation-a): reference.md §2. */
import { rule } from './rule';

export const typeAAge = rule({
  id: 'type-a.age',
  kind: 'requirement',
  values: { '2024-04-01': { min: 18, under: 65 } },
  sources: ['P-sugahara'],
  refs: ['2.2'],
  confidence: 'medium',
});

export const typeAOver65 = rule({
  id: 'type-a.over-65',
  kind: 'requirement',
  values: { '2024-04-01': { age: 65, continuousYears: 5 } },
  sources: ['P-sugahara'],
  refs: ['2.2'],
  confidence: 'medium',
});

export const typeAWork = rule({
  id: 'type-a.work',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: ['P-syogaifukushi-osaka', 'P-akita-rehacen', 'S13'],
  refs: ['1.17', '1.18'],
  confidence: 'medium',
});

export const typeAStudent = rule({
  id: 'type-a.student',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: ['P-sugahara'],
  refs: ['2.1'],
  confidence: 'medium',
});

/** An employment contract: 労働基準法 and 最低賃金法 apply. */
export const typeAContract = rule({
  id: 'type-a.contract',
  kind: 'info',
  values: { '2024-04-01': true },
  sources: ['P-offe', 'P-sugahara'],
  refs: ['2.1', '2.3'],
  confidence: 'medium',
});

/** From 2027-04-01 new A型 users use 就労選択支援 first (renewals: optional). */
export const typeAChoiceFirst = rule({
  id: 'type-a.choice-first',
  kind: 'info',
  values: { '2024-04-01': false, '2027-04-01': true },
  sources: ['S3', 'S4'],
  refs: ['2.5'],
  confidence: 'high',
});

export const typeAProvisional = rule({
  id: 'type-a.provisional',
  kind: 'info',
  values: { '2024-04-01': { months: 2 } },
  sources: ['P-shigyo'],
  refs: ['2.6', '1.21'],
  confidence: 'medium',
});
