/**
 * Answers in words, as the check-answers page, the handout and the what-if comparison show them. Apart from
 * labels.ts so that the first question's chunk does not carry it (only pages after the questions use it).
 */
import { formatDate, formatNumber, formatYen, t } from '../i18n';
import type { Question } from './questions';
import { dontKnowLabel, noneLabel, optionLabel, tq } from './labels';
import { placeName } from './place/names';

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
    case 'place':
      return { text: placeName(String(value)), muted: false };
  }
}
