/** Turning questions and case values into words (the question page and the check-answers page share these). */
import { formatDate, formatNumber, formatYen, has, t } from '../i18n';
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

/** The answer as the check-answers page shows it. */
export function formatAnswer(q: Question, value: unknown, visited: boolean): { text: string; muted: boolean } {
  if (value === undefined) {
    if (!visited) return { text: t('wizard:check.notAnswered'), muted: true };
    return { text: q.optional ? t('wizard:answers.skipped') : dontKnowLabel(q), muted: false };
  }
  switch (q.kind) {
    case 'radio': {
      const o = q.options.find((x) => x.value === value);
      return { text: o ? optionLabel(q, o) : String(value), muted: false };
    }
    case 'checkbox': {
      const list = Array.isArray(value) ? value : [];
      if (list.length === 0) return { text: noneLabel(q), muted: false };
      const labels = list.map((v) => {
        const o = q.options.find((x) => x.value === v);
        return o ? optionLabel(q, o) : String(v);
      });
      return { text: labels.join(t('common:list.separator')), muted: false };
    }
    case 'number':
      return { text: tq(q, 'value', 'wizard:answers.number', { count: value, value: formatNumber(Number(value)) }), muted: false };
    case 'date':
      return { text: formatDate(String(value)), muted: false };
    case 'yen':
      return { text: formatYen(Number(value)), muted: false };
  }
}
