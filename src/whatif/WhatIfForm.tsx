/**
 * The what-if form: choose what to change (topics), then change those answers. It only collects values;
 * WhatIfView checks them and asks the state for the result.
 */
import type { Case } from '../case/schema';
import { has, t } from '../i18n';
import { Checkboxes, ErrorMessage, Hint, Radios, TextInput } from '../ui';
import { DONT_KNOW, INPUT_WIDTH, dontKnowLabel, optionHint, optionLabel, type ChoiceQuestion, type InputQuestion, type Question } from '../wizard';
import { AS_OF_ID, TOPICS, shownQuestions, whatIfFieldId, type FieldValue, type FormValues, type Topic } from './fields';

export const TOPICS_ID = 'whatif-topics';

export interface FormState {
  topics: readonly Topic['id'][];
  values: FormValues;
  asOf: string;
}

interface Props {
  state: FormState;
  /** The answers with the form's readable values applied: decides which questions show. */
  preview: Case;
  today: string;
  currentAsOf: string;
  /** Error text by field id. */
  errors: Readonly<Record<string, string>>;
  onChange(next: FormState): void;
  onSubmit(): void;
}

export function WhatIfForm({ state, preview, today, currentAsOf, errors, onChange, onSubmit }: Props) {
  const setValue = (id: string, v: Partial<FieldValue>) => onChange({ ...state, values: { ...state.values, [id]: { ...state.values[id]!, ...v } } });
  const chosen = TOPICS.filter((tp) => state.topics.includes(tp.id));
  return (
    <form
      class="whatif-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div class={`form-group${errors[TOPICS_ID] ? ' form-group--error' : ''}`}>
        <fieldset class="fieldset" aria-describedby={`${TOPICS_ID}-hint${errors[TOPICS_ID] ? ` ${TOPICS_ID}-error` : ''}`}>
          <legend class="fieldset__legend">
            <h2 class="heading-m whatif-form__legend">{t('whatif:topics.legend')}</h2>
          </legend>
          <Hint id={`${TOPICS_ID}-hint`} text={t('whatif:topics.hint')} />
          {errors[TOPICS_ID] && <ErrorMessage id={`${TOPICS_ID}-error`} prefix={t('common:error.prefix')} text={errors[TOPICS_ID]} />}
          <Checkboxes
            name={TOPICS_ID}
            options={TOPICS.map((tp) => ({ value: tp.id, label: t(`whatif:topics.${tp.id}`) }))}
            values={state.topics}
            onChange={(v) => onChange({ ...state, topics: TOPICS.filter((tp) => v.includes(tp.id)).map((tp) => tp.id) })}
            invalid={!!errors[TOPICS_ID]}
          />
        </fieldset>
      </div>

      {chosen.map((tp) => (
        <section key={tp.id} class="whatif-form__topic" aria-labelledby={`whatif-topic-${tp.id}`}>
          <h3 class="whatif-form__topic-heading" id={`whatif-topic-${tp.id}`}>
            {t(`whatif:topics.${tp.id}`)}
          </h3>
          {tp.id === 'money' && <p class="hint">{t('whatif:moneyHint')}</p>}
          {shownQuestions(tp, preview, today).map((q) => (
            <QuestionField key={q.id} q={q} value={state.values[q.id]!} error={errors[whatIfFieldId(q.id)]} onChange={(v) => setValue(q.id, v)} />
          ))}
          {tp.asOf && (
            <DateField
              id={AS_OF_ID}
              label={t('whatif:asOf.label')}
              hint={t('whatif:asOf.hint', { date: currentAsOf })}
              value={state.asOf}
              error={errors[AS_OF_ID]}
              onInput={(v) => onChange({ ...state, asOf: v })}
            />
          )}
        </section>
      ))}

      <div class="button-group whatif-form__actions">
        <button type="submit" class="button button--primary">
          {t('whatif:compare')}
        </button>
      </div>
    </form>
  );
}

function QuestionField({ q, value, error, onChange }: { q: Question; value: FieldValue; error?: string; onChange(v: Partial<FieldValue>): void }) {
  const id = whatIfFieldId(q.id);
  const label = t(`wizard:q.${q.id}.label`);
  if (q.kind === 'radio' || q.kind === 'checkbox') {
    const cq = q as ChoiceQuestion;
    return (
      <div class={`form-group whatif-form__field${error ? ' form-group--error' : ''}`}>
        <fieldset class="fieldset" aria-describedby={error ? `${id}-error` : undefined}>
          <legend class="fieldset__legend whatif-form__label">{label}</legend>
          {error && <ErrorMessage id={`${id}-error`} prefix={t('common:error.prefix')} text={error} />}
          <Radios
            name={id}
            options={cq.options.map((o) => ({ value: o.key, label: optionLabel(cq, o), hint: optionHint(cq, o) }))}
            after={cq.dontKnow ? [{ value: DONT_KNOW, label: dontKnowLabel(cq) }] : []}
            dividerText={t('wizard:answers.or')}
            value={value.choice}
            onChange={(v) => onChange({ choice: v })}
            invalid={!!error}
          />
        </fieldset>
      </div>
    );
  }
  const suffixKey = `wizard:q.${q.id}.suffix`;
  return (
    <div class={`form-group whatif-form__field${error ? ' form-group--error' : ''}`}>
      <label class="whatif-form__label" for={id}>
        {label}
      </label>
      {error && <ErrorMessage id={`${id}-error`} prefix={t('common:error.prefix')} text={error} />}
      <TextInput
        id={id}
        value={value.text}
        onInput={(v) => onChange({ text: v })}
        inputMode={q.kind === 'date' ? 'text' : 'numeric'}
        describedBy={error ? `${id}-error` : undefined}
        invalid={!!error}
        width={(q as InputQuestion).width}
        suffix={has(suffixKey) ? t(suffixKey) : undefined}
      />
    </div>
  );
}

function DateField({
  id,
  label,
  hint,
  value,
  error,
  onInput,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  onInput(v: string): void;
}) {
  return (
    <div class={`form-group whatif-form__field${error ? ' form-group--error' : ''}`}>
      <label class="whatif-form__label" for={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`} text={hint} />
      {error && <ErrorMessage id={`${id}-error`} prefix={t('common:error.prefix')} text={error} />}
      <TextInput id={id} value={value} onInput={onInput} describedBy={`${id}-hint${error ? ` ${id}-error` : ''}`} invalid={!!error} width={INPUT_WIDTH.long} />
    </div>
  );
}
