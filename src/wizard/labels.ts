/** Turning questions and options into words (the question page, and answers.ts for the pages after it). */
import { has, t } from '../i18n';
import type { Option, Question } from './questions';
import { voiced } from './voice';

export const DONT_KNOW = 'dont-know';
export const NONE = 'none';

/** A question-specific key when it exists, else the shared one. */
export function tq(q: Question, suffix: string, fallback: string, params?: Record<string, unknown>): string {
  const own = voiced(`wizard:q.${q.id}.${suffix}`);
  return has(own) ? t(own, params) : t(fallback, params);
}

export function optionLabel(q: Question, o: Option): string {
  return tq(q, `options.${o.key}`, `wizard:answers.${o.key}`);
}

export function optionHint(q: Question, o: Option): string | undefined {
  const key = voiced(`wizard:q.${q.id}.optionHints.${o.key}`);
  return has(key) ? t(key) : undefined;
}

export const noneLabel = (q: Question) => tq(q, 'options.none', 'wizard:answers.none');
export const dontKnowLabel = (q: Question) => tq(q, 'options.dont-know', 'wizard:answers.dontKnow');
