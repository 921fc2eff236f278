/** One question page, rendered from its declaration in questions.ts. */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getField, useAppState, type AnswerOutcome } from '../state';
import type { CaseProblem } from '../case/issues';
import { formatDate, formatNumber, has, loadDeferred, pageTitle, t } from '../i18n';
import { Checkboxes, QuestionPage, Radios, TextInput, useDocumentTitle, type ChoiceOption } from '../ui';
import { hintKey, questionById, type ChoiceQuestion, type Draft, type InputQuestion, type Question } from './questions';
import { DONT_KNOW, NONE, dontKnowLabel, noneLabel, optionHint, optionLabel, tq } from './labels';
import { parseDate, parseWholeNumber, parseYen, tooEarly } from './parse-input';
import { voiced } from './voice';

/** The id of the field the error summary links to. */
export const fieldId = (q: Question) => `f-${q.id}`;

/** What the page holds: a radio's option key (a place's code), the ticked boxes, the typed text. */
export type Local = { choice: string | null; checks: string[]; text: string };

function initial(q: Question, value: unknown, visited: boolean): Local {
  const local: Local = { choice: null, checks: [], text: '' };
  if (q.kind === 'radio') {
    const o = q.options.find((x) => x.value === value);
    local.choice = o ? o.key : value === undefined && visited && q.dontKnow ? DONT_KNOW : null;
  } else if (q.kind === 'checkbox') {
    if (Array.isArray(value)) local.checks = value.length ? value.map(String) : [NONE];
    else if (visited && q.dontKnow) local.checks = [DONT_KNOW];
  } else if (q.kind === 'place') local.choice = (value as string | undefined) ?? null;
  else if (value !== undefined) {
    if (q.kind === 'date') {
      const [y, m, d] = String(value).split('-').map(Number);
      local.text = `${y}/${m}/${d}`;
    } else local.text = q.kind === 'yen' ? formatNumber(Number(value)) : String(value);
  }
  return local;
}

/** The message for a refused answer: the question's own wording if it has one, else the kind's. */
export function message(q: Question, key: string, params: Record<string, unknown> = {}): string {
  const own = voiced(`wizard:q.${q.id}.errors.${key}`);
  if (has(own)) return t(own, params);
  const kind = `wizard:errors.${q.kind}.${key}`;
  return has(kind) ? t(kind, params) : t('wizard:errors.invalid', params);
}

/** The message for a problem the case schema found in an answer. */
export function problemMessage(q: Question, p: CaseProblem, typed: string): string {
  const params = { ...p.params, typed };
  if (p.key === 'after-as-of') return message(q, 'future', params);
  if (p.key === 'age-mismatch') return message(q, 'age-mismatch', params);
  if (p.key === 'type-int') return message(q, 'decimal', params);
  if (p.key === 'date') return message(q, 'date', params);
  return message(q, p.key, params);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A question's own values (e.g. the fiscal year of the tax question), dates formatted for the language. */
function questionParams(q: Question, draft: Parameters<NonNullable<Question['params']>>[0], today: string): Record<string, string | number> | undefined {
  const raw = q.params?.(draft, today);
  if (!raw) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(raw)) out[k] = typeof v === 'string' && ISO_DATE.test(v) ? formatDate(v) : v;
  return out;
}

/** The hint's paragraph about the answered municipality ({{cityRate}}), or an empty one (no paragraph then). */
function withNote(q: Question, params: Record<string, string | number> | undefined, d: Draft, designated: (code: string) => boolean | undefined) {
  if (!q.note) return params;
  const key = q.note(d, d.municipality === undefined ? undefined : designated(d.municipality));
  return { ...params, cityRate: key ? t(`wizard:q.${q.id}.${key}`) : '' };
}

/** A question page; the texts of the questions after the first arrive in their own chunk. */
export function QuestionStep(props: { id: string; focusHeading?: boolean }) {
  if (!has(`wizard:q.${props.id}.title`)) return <QuestionsLoading />;
  return <QuestionForm {...props} />;
}

function QuestionsLoading() {
  // The other questions' texts are a chunk: without a connection (and no service worker yet) it cannot come.
  const [failed, setFailed] = useState(false);
  useEffect(() => void loadDeferred().catch(() => setFailed(true)), []);
  return <Loading failed={failed} />;
}

const Loading = ({ failed }: { failed: boolean }) => (
  <p class="loading" role={failed ? 'alert' : 'status'}>
    {t(failed ? 'common:connectionProblem' : 'common:loading')}
  </p>
);

/** Marks when the first question is on screen (the budget test and `npm run bench` read it). */
const FIRST_QUESTION_MARK = 'shuro:first-question';

function QuestionForm({ id, focusHeading = false }: { id: string; focusHeading?: boolean }) {
  const app = useAppState();
  useEffect(() => {
    if (typeof performance !== 'undefined' && performance.getEntriesByName?.(FIRST_QUESTION_MARK).length === 0) performance.mark(FIRST_QUESTION_MARK);
  }, []);
  const q = questionById(id)!;
  const draft = app.draft.value;
  const today = app.asOf.value;
  const visited = app.visited.value.includes(id);
  const [local, setLocal] = useState<Local>(() => initial(q, getField(draft, q.field), visited));
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  const params = withNote(q, questionParams(q, draft, today), draft, app.designatedCity);
  const heading = t(voiced(`wizard:q.${q.id}.title`), params);
  useDocumentTitle(pageTitle(heading, error !== null));

  const fail = (text: string) => {
    setError(text);
    setAttempt((n) => n + 1);
  };
  const done = (outcome: AnswerOutcome, typed = '') => {
    if (outcome.ok) {
      setError(null);
      app.next();
    } else fail(problemMessage(q, outcome.problems[0]!, typed));
  };

  /** Stores an answer; the first one waits for the case reader, which the first page does not load. */
  const answer = (value: unknown, typed = '') => {
    const go = () => done(app.answer(q.id, value), typed);
    if (app.isReady.peek()) return go();
    // A failure here is a chunk that did not load (no connection), never a wrong answer. When the person has
    // opened another page meanwhile (the counselor's "next client?"), the answer is kept but does not move them.
    const here = app.page.peek();
    app.ready().then(
      () => (app.page.peek() === here ? go() : app.answer(q.id, value)),
      () => fail(t('common:connectionProblem')),
    );
  };

  function submit(): void {
    if (q.kind === 'radio') {
      if (local.choice === null) return fail(message(q, 'required'));
      const o = q.options.find((x) => x.key === local.choice);
      return answer(o ? o.value : undefined);
    }
    if (q.kind === 'checkbox') {
      if (local.checks.length === 0) return fail(message(q, 'required'));
      if (local.checks.includes(DONT_KNOW)) return answer(undefined);
      return answer(local.checks.includes(NONE) ? [] : local.checks);
    }
    // A place is chosen from the list; typed text alone is not an answer, nothing typed skips the question.
    if (q.kind === 'place') return local.choice ? answer(local.choice) : local.text.trim() ? fail(message(q, 'choose')) : answer(undefined);
    const typed = local.text.trim();
    if (typed === '') {
      if (q.optional) return answer(undefined);
      return fail(message(q, 'required'));
    }
    const parsed = q.kind === 'date' ? parseDate(typed) : q.kind === 'yen' ? parseYen(typed) : parseWholeNumber(typed);
    if (!parsed.ok) return fail(message(q, parsed.key, { typed }));
    if (q.kind === 'date' && tooEarly(String(parsed.value))) return fail(message(q, 'too-early', { typed }));
    answer(parsed.value, typed);
  }

  const hk = voiced(hintKey(q, draft, today));
  const hint = has(hk) ? t(hk, params) : undefined;
  const detailsKey = `wizard:q.${q.id}.details`;
  const progress = app.progress.value;
  const errorId = `${fieldId(q)}-error`;
  const hintId = `${fieldId(q)}-hint`;
  const skippable = q.kind !== 'radio' && q.kind !== 'checkbox' && q.id !== 'age';
  const Field = q.kind === 'place' ? PlaceField : InputField;

  return (
    <QuestionPage
      layout={q.kind === 'radio' || q.kind === 'checkbox' ? 'fieldset' : 'field'}
      heading={heading}
      inputId={fieldId(q)}
      caption={progress ? t('wizard:progress', { index: progress.index, total: progress.total }) : undefined}
      badge={q.optional ? t('common:badge.optional') : undefined}
      hint={hint}
      hintId={hintId}
      details={has(`${detailsKey}.summary`) ? { summary: t(`${detailsKey}.summary`), body: t(voiced(`${detailsKey}.body`)) } : undefined}
      error={error ? { id: errorId, prefix: t('common:error.prefix'), text: error } : undefined}
      errorSummary={error ? { title: t('common:error.summaryTitle'), items: [{ targetId: fieldId(q), text: error }], focusKey: attempt } : undefined}
      back={{ label: t('common:nav.back'), onClick: () => app.back() }}
      submitLabel={t('common:nav.continue')}
      onSubmit={submit}
      secondary={
        skippable
          ? {
              label: q.optional ? tq(q, 'skip', 'wizard:skip') : t('wizard:dontKnowSkip'),
              onClick: () => {
                setLocal((l) => ({ ...l, text: '', choice: null }));
                answer(undefined);
              },
            }
          : undefined
      }
      focusHeading={focusHeading}
    >
      {q.kind === 'radio' && <RadioField q={q} local={local} setLocal={setLocal} invalid={error !== null} />}
      {q.kind === 'checkbox' && <CheckboxField q={q} local={local} setLocal={setLocal} invalid={error !== null} />}
      {(q.kind === 'number' || q.kind === 'date' || q.kind === 'yen' || q.kind === 'place') && (
        <Field
          q={q}
          local={local}
          setLocal={setLocal}
          invalid={error !== null}
          describedBy={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ')}
        />
      )}
    </QuestionPage>
  );
}

export type FieldProps<Q> = { q: Q; local: Local; setLocal: (f: (l: Local) => Local) => void; invalid: boolean };
export type InputFieldProps = FieldProps<InputQuestion> & { describedBy: string };

function choiceOptions(q: ChoiceQuestion): ChoiceOption[] {
  return q.options.map((o) => ({ value: o.key, label: optionLabel(q, o), hint: optionHint(q, o) }));
}

function RadioField({ q, local, setLocal, invalid }: FieldProps<ChoiceQuestion>) {
  const after = q.dontKnow ? [{ value: DONT_KNOW, label: dontKnowLabel(q) }] : [];
  return (
    <Radios
      name={fieldId(q)}
      options={choiceOptions(q)}
      after={after}
      dividerText={t('wizard:answers.or')}
      value={local.choice}
      onChange={(v) => setLocal((l) => ({ ...l, choice: v }))}
      invalid={invalid}
    />
  );
}

function CheckboxField({ q, local, setLocal, invalid }: FieldProps<ChoiceQuestion>) {
  const exclusive = [...(q.none ? [{ value: NONE, label: noneLabel(q) }] : []), ...(q.dontKnow ? [{ value: DONT_KNOW, label: dontKnowLabel(q) }] : [])];
  return (
    <Checkboxes
      name={fieldId(q)}
      options={choiceOptions(q)}
      exclusive={exclusive}
      dividerText={t('wizard:answers.or')}
      values={local.checks}
      onChange={(v) => setLocal((l) => ({ ...l, checks: v }))}
      invalid={invalid}
    />
  );
}

let placeField: Promise<(p: InputFieldProps) => JSX.Element> | undefined;

/** The municipality field and the municipalities' data: a chunk of their own, loaded when the question is reached. */
function PlaceField(p: InputFieldProps) {
  const [field, setLoaded] = useState<{ F: (p: InputFieldProps) => JSX.Element } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    (placeField ??= import('./place/PlaceField').then((m) => m.loadPlaceField())).then(
      (F) => setLoaded({ F }),
      () => {
        placeField = undefined; // a failed load is tried again next time
        setFailed(true);
      },
    );
  }, []);
  return field ? <field.F {...p} /> : <Loading failed={failed} />;
}

function InputField({ q, local, setLocal, invalid, describedBy }: InputFieldProps) {
  const suffixKey = `wizard:q.${q.id}.suffix`;
  return (
    <TextInput
      id={fieldId(q)}
      value={local.text}
      onInput={(v) => setLocal((l) => ({ ...l, text: v }))}
      inputMode={q.kind === 'date' ? 'text' : 'numeric'}
      autocomplete={q.autocomplete}
      describedBy={describedBy}
      invalid={invalid}
      width={q.width}
      suffix={has(suffixKey) ? t(suffixKey) : undefined}
    />
  );
}
