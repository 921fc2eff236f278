import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { BackLink } from './BackLink';
import { Details } from './Details';
import { ErrorMessage } from './ErrorMessage';
import { ErrorSummary, type ErrorItem } from './ErrorSummary';
import { Hint } from './Hint';
import { Tag } from './Tag';

interface Props {
  /** "fieldset": radios or checkboxes, the legend is the h1; "field": one input, its label is the h1. */
  layout: 'fieldset' | 'field';
  heading: string;
  /** The input the label points to (layout "field"). */
  inputId: string;
  /** "Question 3 of about 12". */
  caption?: string;
  /** 必須 / 任意. */
  badge?: string;
  hint?: string;
  hintId: string;
  details?: { summary: string; body: string };
  error?: { id: string; prefix: string; text: string };
  errorSummary?: { title: string; items: ErrorItem[]; focusKey: unknown };
  back?: { label: string; onClick(): void };
  submitLabel: string;
  onSubmit(): void;
  /** A second way on, e.g. "I don't know – skip". */
  secondary?: { label: string; onClick(): void };
  /** Focus the h1 on mount (after a step change; not on the first page load). */
  focusHeading?: boolean;
  children: ComponentChildren;
}

/** One question per page (GOV.UK pattern): back link, error summary, the question as h1, hint, field, continue. */
export function QuestionPage(p: Props) {
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (p.focusHeading) h1.current?.focus();
  }, []);
  const describedBy = [p.hint ? p.hintId : '', p.error ? p.error.id : ''].filter(Boolean).join(' ') || undefined;
  const headingText = (
    <>
      {p.heading}
      {p.badge && (
        <>
          {' '}
          <Tag text={p.badge} />
        </>
      )}
    </>
  );
  const below = (
    <>
      {p.hint && <Hint id={p.hintId} text={p.hint} />}
      {p.details && <Details summary={p.details.summary} body={p.details.body} />}
      {p.error && <ErrorMessage {...p.error} />}
    </>
  );
  return (
    <>
      {p.back && <BackLink {...p.back} />}
      {p.errorSummary && <ErrorSummary title={p.errorSummary.title} errors={p.errorSummary.items} focusKey={p.errorSummary.focusKey} />}
      {p.caption && <p class="caption">{p.caption}</p>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          p.onSubmit();
        }}
      >
        <div class={`form-group${p.error ? ' form-group--error' : ''}`}>
          {p.layout === 'fieldset' ? (
            <fieldset class="fieldset" aria-describedby={describedBy}>
              <legend class="fieldset__legend">
                <h1 class="heading-l" tabIndex={-1} ref={h1}>
                  {headingText}
                </h1>
              </legend>
              {below}
              {p.children}
            </fieldset>
          ) : (
            <>
              <h1 class="heading-l" tabIndex={-1} ref={h1}>
                <label for={p.inputId}>{headingText}</label>
              </h1>
              {below}
              {p.children}
            </>
          )}
        </div>
        <div class="button-group">
          <button type="submit" class="button button--primary">
            {p.submitLabel}
          </button>
          {p.secondary && (
            <button type="button" class="button button--secondary" onClick={p.secondary.onClick}>
              {p.secondary.label}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
