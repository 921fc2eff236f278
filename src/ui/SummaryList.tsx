export interface SummaryRow {
  key: string;
  label: string;
  value: string;
  /** The change action; `changeText` is visible, `changeHidden` completes it for screen readers. */
  onChange(): void;
  changeText: string;
  changeHidden: string;
  /** Shows the value muted (e.g. "not answered yet"). */
  muted?: boolean;
}

/** The check-answers list: question, answer, and a change link per row. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl class="summary-list">
      {rows.map((r) => (
        <div class="summary-list__row" key={r.key}>
          <dt class="summary-list__key">{r.label}</dt>
          <dd class={`summary-list__value${r.muted ? ' summary-list__value--muted' : ''}`}>{r.value}</dd>
          <dd class="summary-list__actions">
            <button type="button" class="link-button" onClick={r.onChange}>
              {r.changeText}
              <span class="visually-hidden">{r.changeHidden}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}
