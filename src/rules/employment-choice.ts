/** 就労選択支援 (employment-choice): reference.md §4. */
import { rule } from './rule';

/** The service exists from 2025-10-01 (令和4年法律第104号). */
export const choiceExists = rule({
  id: 'choice.exists',
  kind: 'requirement',
  values: { '2024-04-01': false, '2025-10-01': true },
  sources: ['S1', 'S2', 'S3'],
  refs: ['4.1'],
  confidence: 'high',
});

export const choiceAge = rule({
  id: 'choice.age',
  kind: 'requirement',
  // Usable from 特別支援学校高等部 [4.6]; 65+ is not settled by the reference, so "ask".
  values: { '2025-10-01': { min: 18, youth: 15, senior: 65 } },
  sources: ['S3'],
  refs: ['4.2', '4.6'],
  confidence: 'high',
});

export const choiceWork = rule({
  id: 'choice.work',
  kind: 'discretion',
  values: { '2025-10-01': true },
  sources: ['S1', 'S2', 'S4', 'S5'],
  refs: ['4.2'],
  confidence: 'high',
});

/** Where it is required: new B型 users outside routes (a)–(c); from 2027-04-01 new A型 users and 移行 extensions. */
export const choiceRequired = rule({
  id: 'choice.required',
  kind: 'info',
  values: {
    '2025-10-01': { 'continuation-b': true, 'continuation-a': false, 'employment-transition-extension': false },
    '2027-04-01': { 'continuation-b': true, 'continuation-a': true, 'employment-transition-extension': true },
  },
  sources: ['S4', 'S3'],
  refs: ['4.3'],
  confidence: 'high',
});

export const choiceDuration = rule({
  id: 'choice.duration',
  kind: 'parameter',
  values: { '2025-10-01': { months: 1, maxMonths: 2 } },
  sources: ['S6', 'S3'],
  refs: ['4.4'],
  confidence: 'high',
});
