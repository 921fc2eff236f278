import { useEffect, useRef } from 'preact/hooks';

export interface ErrorItem {
  /** id of the field to focus (for radios and checkboxes: the first input). */
  targetId: string;
  text: string;
}

/**
 * The GOV.UK error summary: takes focus when it appears (so screen readers announce it), and each link
 * moves focus to its field, scrolling the field's label or legend into view rather than the bare input.
 */
export function ErrorSummary({ title, errors, focusKey }: { title: string; errors: ErrorItem[]; focusKey?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div class="error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">
          {title}
        </h2>
        <ul class="error-summary__list">
          {errors.map((e) => (
            <li key={e.targetId}>
              <a href={`#${e.targetId}`} onClick={(ev) => focusField(ev, e.targetId)}>
                {e.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function focusField(ev: Event, id: string): void {
  const input = document.getElementById(id);
  if (!input) return;
  ev.preventDefault();
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${id}"]`);
  (legend ?? label ?? input).scrollIntoView?.();
  input.focus({ preventScroll: true });
}
