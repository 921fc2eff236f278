/** Rules shared by all five services: who counts as 障害者 under 障害者総合支援法. */
import { rule } from './rule';

export const disabilityBasis = rule({
  id: 'disability.basis',
  kind: 'requirement',
  // The count of designated diseases is stored with its date; whether it grew in 2026 is unconfirmed [1.4].
  values: { '2024-04-01': { designatedDiseases: 369 }, '2025-04-01': { designatedDiseases: 376 } },
  sources: ['S10', 'S11', 'S12'],
  refs: ['1.2', '1.3', '1.5'],
  confidence: 'high',
  note: 'A handbook, a 自立支援医療受給者証(精神通院) or a listed disease establishes the basis.',
});

export const disabilityDoctor = rule({
  id: 'disability.doctor',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: ['P-manaby-no-handbook', 'seed-001'],
  refs: ['1.6', '1.7'],
  confidence: 'medium',
  note: 'Without a handbook or certificate the municipality decides on the doctor\'s opinion; a physical disability without a 身体障害者手帳 normally qualifies only through the disease list.',
});

/** 15–17-year-olds reach adult services only through a 児童相談所長 notice: unconfirmed, so always "ask". */
export const youthRoute = rule({
  id: 'age.youth-route',
  kind: 'discretion',
  values: { '2024-04-01': { from: 15, adult: 18 } },
  sources: ['unconfirmed'],
  refs: ['1.9'],
  confidence: 'low',
});
