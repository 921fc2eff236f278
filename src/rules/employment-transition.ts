/** 就労移行支援 (employment-transition): reference.md §1. */
import { rule } from './rule';

export const transitionAge = rule({
  id: 'transition.age',
  kind: 'requirement',
  values: { '2024-04-01': { min: 18, under: 65 } },
  sources: ['P-manaby', 'seed-001'],
  refs: ['1.8'],
  confidence: 'medium',
});

/** 65+ may continue only with 5 years of decisions before 65 AND a 就労移行支援 decision the day before turning 65 (from 2018-04). */
export const transitionOver65 = rule({
  id: 'transition.over-65',
  kind: 'requirement',
  values: { '2024-04-01': { age: 65, continuousYears: 5 } },
  sources: ['P-shougaishacube', 'P-kaigosupport'],
  refs: ['1.10'],
  confidence: 'medium',
});

export const transitionWork = rule({
  id: 'transition.work',
  kind: 'discretion',
  // Since 2024-04 temporary use while employed or on leave is a defined route, decided case by case.
  values: { '2024-04-01': true },
  sources: ['P-syogaifukushi-osaka', 'P-akita-rehacen', 'S13'],
  refs: ['1.17', '1.18'],
  confidence: 'medium',
});

export const transitionStudent = rule({
  id: 'transition.student',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: ['P-kabudata-student'],
  refs: ['1.16'],
  confidence: 'medium',
  note: 'Final year only, and only if the university cannot support the job search, credits are on track and the municipality finds it effective.',
});

export const transitionPeriod = rule({
  id: 'transition.period',
  kind: 'requirement',
  values: { '2024-04-01': { standardMonths: 24, extensionMonths: 12 } },
  sources: ['P-e-fukushi', 'P-manaby', 'P-hama-shu'],
  refs: ['1.11', '1.12'],
  confidence: 'medium',
});

export const transitionReuse = rule({
  id: 'transition.reuse',
  kind: 'discretion',
  values: { '2024-04-01': true },
  sources: ['P-syuro-olive', 'P-foryourlife'],
  refs: ['1.15'],
  confidence: 'low',
  note: 'No statutory once-only rule was found; how earlier months count is the municipality\'s decision.',
});

/** From 2027-04-01 an extension beyond the standard period needs 就労選択支援 first. */
export const transitionExtensionChoice = rule({
  id: 'transition.extension-choice',
  kind: 'info',
  values: { '2024-04-01': false, '2027-04-01': true },
  sources: ['S4'],
  refs: ['1.13'],
  confidence: 'high',
});

export const transitionProvisional = rule({
  id: 'transition.provisional',
  kind: 'info',
  values: { '2024-04-01': { months: 2 } },
  sources: ['P-shigyo'],
  refs: ['1.21'],
  confidence: 'medium',
});

export const transitionAftercare = rule({
  id: 'transition.aftercare',
  kind: 'info',
  values: { '2024-04-01': { months: 6 } },
  sources: ['P-hirono-office', 'seed-001'],
  refs: ['1.20'],
  confidence: 'medium',
});
