/**
 * The what-if form as data: which answers can be tried out (grouped in topics), what the form starts with
 * (the person's answers), and how typed text becomes case values. The questions, their options and their
 * "is it asked?" rules are the wizard's, so a what-if holds the same answers the wizard would.
 */
import type { Case } from '../case/schema';
import { formatNumber } from '../i18n';
import { getField, setField } from '../state';
import { DONT_KNOW, parseDate, parseWholeNumber, parseYen, questionById, tooEarly, type Question } from '../wizard';

export interface Topic {
  id: 'residence' | 'money' | 'work' | 'age';
  /** Wizard question ids, in the wizard's order; each is shown only while the wizard would ask it. */
  questions: readonly string[];
  /** The topic also offers the date the answers describe (asOf). */
  asOf?: boolean;
}

export const TOPICS: readonly Topic[] = [
  { id: 'residence', questions: ['residence'] },
  { id: 'money', questions: ['public-assistance', 'spouse', 'resident-tax', 'income-self', 'income-spouse'] },
  { id: 'work', questions: ['work-status', 'started-on', 'via-service'] },
  { id: 'age', questions: ['age', 'birth-date'], asOf: true },
];

/** The form field id of a question (the error summary links to it). */
export const whatIfFieldId = (id: string) => `whatif-${id}`;
export const AS_OF_ID = whatIfFieldId('as-of');

/** What the form holds for one question: the chosen option key (radios) or the typed text. */
export interface FieldValue {
  choice: string | null;
  text: string;
}

export type FormValues = Record<string, FieldValue>;

/** A date as people type it here: 2026/11/22. */
export function dateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}/${m}/${d}`;
}

/** The form's starting value for one question: the current answer. */
export function initialValue(q: Question, value: unknown): FieldValue {
  if (q.kind === 'radio' || q.kind === 'checkbox') {
    const o = q.options.find((x) => x.value === value);
    return { choice: o ? o.key : value === undefined && q.dontKnow ? DONT_KNOW : null, text: '' };
  }
  if (value === undefined) return { choice: null, text: '' };
  if (q.kind === 'date') return { choice: null, text: dateText(String(value)) };
  return { choice: null, text: q.kind === 'yen' ? formatNumber(Number(value)) : String(value) };
}

/** Every question a topic can show, with the current answers as starting values. */
export function initialValues(d: Case): FormValues {
  const out: FormValues = {};
  for (const t of TOPICS) {
    for (const id of t.questions) {
      const q = questionById(id);
      if (q) out[id] = initialValue(q, getField(d, q.field));
    }
  }
  return out;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; key: string };

/** The case value for one field (undefined = not answered), or why the text cannot be used. */
export function parseValue(q: Question, v: FieldValue): Parsed {
  if (q.kind === 'radio' || q.kind === 'checkbox') {
    if (v.choice === null) return { ok: false, key: 'required' };
    const o = q.options.find((x) => x.key === v.choice);
    return { ok: true, value: o ? o.value : undefined };
  }
  const typed = v.text.trim();
  if (typed === '') return q.optional ? { ok: true, value: undefined } : { ok: false, key: 'required' };
  const p = q.kind === 'date' ? parseDate(typed) : q.kind === 'yen' ? parseYen(typed) : parseWholeNumber(typed);
  if (!p.ok) return { ok: false, key: p.key };
  if (q.kind === 'date' && tooEarly(String(p.value))) return { ok: false, key: 'too-early' };
  return { ok: true, value: p.value };
}

/**
 * The answers as the form currently has them, for deciding which questions to show: every value that can
 * be read is applied, anything else keeps the current answer.
 */
export function previewCase(base: Case, topics: readonly Topic[], values: FormValues): Case {
  let out = base;
  for (const t of topics) {
    for (const id of t.questions) {
      const q = questionById(id);
      const v = values[id];
      if (!q || !v) continue;
      const p = parseValue(q, v);
      if (p.ok) out = setField(out, q.field, p.value);
    }
  }
  return out;
}

/** The questions of a topic the wizard would ask for these answers. */
export function shownQuestions(t: Topic, d: Case, today: string): Question[] {
  return t.questions.map((id) => questionById(id)!).filter((q) => q.isActive(d, d.asOf ?? today));
}
