/**
 * "What if my answers change?": the person changes one or two answers and sees both results side by side.
 * The state checks and evaluates the what-if with the same engine; the person's answers change only when
 * they press "use these answers".
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Case } from '../case/schema';
import type { CaseProblem } from '../case/issues';
import { formatDate, pageTitle, t } from '../i18n';
import { useAppState } from '../state';
import { BackLink, ErrorSummary, PageHeading, useDocumentTitle, type ErrorItem } from '../ui';
import { answerMessage, parseDate, problemMessage, questionForField } from '../wizard';
import { Comparison } from './Comparison';
import { PayChartSection } from '../results/PayChartSection';
import { changedFields } from './diff';
import { AS_OF_ID, TOPICS, dateText, initialValues, parseValue, previewCase, shownQuestions, whatIfFieldId } from './fields';
import { TOPICS_ID, WhatIfForm, type FormState } from './WhatIfForm';
import './whatif.css';

export interface WhatIfViewProps {
  /** Back to the results, answers untouched. */
  onClose(): void;
  /** After the what-if's answers replaced the person's answers. */
  onAdopted(): void;
}

type Errors = Record<string, string>;

export function WhatIfView({ onClose, onAdopted }: WhatIfViewProps) {
  const app = useAppState();
  const base = app.draft.value;
  const today = app.today.value;
  const currentAsOf = app.asOf.value;
  useDocumentTitle(pageTitle(t('whatif:title')));

  const [form, setForm] = useState<FormState>(() => ({ topics: [], values: initialValues(base), asOf: dateText(currentAsOf) }));
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [variant, setVariant] = useState<Case | null>(null);
  /** The case paths the person set in the form for this what-if (only these are "their" changes). */
  const [edited, setEdited] = useState<readonly string[]>([]);
  const [shown, setShown] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const chosen = TOPICS.filter((tp) => form.topics.includes(tp.id));
  const preview = useMemo(() => previewCase(base, chosen, form.values), [base, form]);

  useEffect(() => {
    if (shown > 0) resultHeading.current?.focus();
  }, [shown]);

  function fail(errs: Errors): void {
    setErrors(errs);
    setAttempt((n) => n + 1);
  }

  /** A problem the state found, on the field it is about (or on the date when that field is not shown). */
  function placeProblem(p: CaseProblem, errs: Errors, fieldIds: Map<string, string>): void {
    const q = questionForField(p.field);
    const id = fieldIds.get(p.field);
    if (q && id) errs[id] = problemMessage(q, p, form.values[q.id]?.text ?? '');
    else if (p.key === 'after-as-of' && q) {
      const value = p.params.got ? String(p.params.got).replace(/"/g, '') : '';
      errs[form.topics.includes('age') ? AS_OF_ID : TOPICS_ID] = t('whatif:errors.afterAsOf', { label: t(`wizard:q.${q.id}.label`), date: formatDate(value) });
    } else errs[TOPICS_ID] = t('whatif:errors.other');
  }

  function submit(): void {
    if (chosen.length === 0) return fail({ [TOPICS_ID]: t('whatif:errors.noTopic') });
    const errs: Errors = {};
    const changes: Record<string, unknown> = {};
    const fieldIds = new Map<string, string>();
    for (const tp of chosen) {
      for (const q of shownQuestions(tp, preview, today)) {
        const id = whatIfFieldId(q.id);
        fieldIds.set(q.field, id);
        const parsed = parseValue(q, form.values[q.id]!);
        if (parsed.ok) changes[q.field] = parsed.value;
        else errs[id] = answerMessage(q, parsed.key, { typed: form.values[q.id]!.text.trim() });
      }
      if (tp.asOf) {
        const typed = form.asOf.trim();
        const d = typed === '' ? null : parseDate(typed);
        if (!d) errs[AS_OF_ID] = t('whatif:errors.asOfRequired');
        else if (!d.ok) errs[AS_OF_ID] = t('whatif:errors.asOfFormat');
        else if (d.value !== currentAsOf) changes.asOf = d.value;
      }
    }
    if (Object.keys(errs).length) return fail(errs);

    const outcome = app.whatIf(changes);
    if (!outcome.ok) {
      for (const p of outcome.problems) {
        if (p.field === 'asOf') errs[AS_OF_ID] = t('whatif:errors.asOfDate', { typed: form.asOf.trim() });
        else placeProblem(p, errs, fieldIds);
      }
      return fail(errs);
    }
    if (changedFields(base, outcome.case).length === 0) return fail({ [TOPICS_ID]: t('whatif:errors.noChange') });
    const state = app.evaluateCase(outcome.case);
    if (state.status === 'out-of-coverage') {
      return fail({ [AS_OF_ID]: t('whatif:errors.outOfCoverage', { asOf: formatDate(state.asOf), from: formatDate(state.from), to: formatDate(state.to) }) });
    }
    setErrors({});
    setVariant(outcome.case);
    setEdited(Object.keys(changes));
    setShown((n) => n + 1);
  }

  const errorItems: ErrorItem[] = Object.entries(errors).map(([targetId, text]) => ({ targetId, text }));
  const before = app.result.value;
  const after = variant ? app.evaluateCase(variant) : null;

  return (
    <div class="whatif">
      <BackLink label={t('whatif:back')} onClick={onClose} />
      {errorItems.length > 0 && <ErrorSummary title={t('common:error.summaryTitle')} errors={errorItems} focusKey={attempt} />}
      <PageHeading focus>{t('whatif:title')}</PageHeading>
      <p class="lead">{t('whatif:lead')}</p>
      <p class="inset">{t('whatif:untouched')}</p>

      <WhatIfForm
        state={form}
        preview={preview}
        today={today}
        currentAsOf={formatDate(currentAsOf)}
        errors={errors}
        onChange={(next) => setForm(next)}
        onSubmit={submit}
      />

      {variant && after && (
        <section class="whatif__result" aria-labelledby="whatif-result-heading">
          <h2 class="heading-m" id="whatif-result-heading" tabIndex={-1} ref={resultHeading}>
            {t('whatif:result.heading')}
          </h2>
          <p class="hint">{t('whatif:compareAgain')}</p>
          {before.status === 'ready' && after.status === 'ready' ? (
            <>
              <Comparison before={before.result} after={after.result} beforeCase={base} afterCase={variant} edited={edited} />
              {edited.some((f) => f.startsWith('household.')) && <PayChartSection of={variant} idBase="whatif-paychart" />}
              <section class="whatif__adopt" aria-labelledby="whatif-adopt-heading">
                <h2 class="heading-m" id="whatif-adopt-heading">
                  {t('whatif:adopt.heading')}
                </h2>
                <p>{t('whatif:adopt.body')}</p>
                <div class="button-group">
                  <button
                    type="button"
                    class="button button--primary"
                    onClick={() => {
                      app.adopt(variant);
                      onAdopted();
                    }}
                  >
                    {t('whatif:adopt.button')}
                  </button>
                  <button type="button" class="button button--secondary" onClick={onClose}>
                    {t('whatif:close')}
                  </button>
                </div>
              </section>
            </>
          ) : before.status === 'loading' || after.status === 'loading' ? (
            <p role="status">{t('whatif:loading')}</p>
          ) : (
            <p class="error-message">{t('whatif:errors.failed')}</p>
          )}
        </section>
      )}
      {!variant && (
        <div class="button-group">
          <button type="button" class="button button--secondary" onClick={onClose}>
            {t('whatif:close')}
          </button>
        </div>
      )}
    </div>
  );
}
