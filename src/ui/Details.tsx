import { Hint } from './Hint';

/** A disclosure for a longer explanation (e.g. what 市町村民税非課税 means). */
export function Details({ summary, body }: { summary: string; body: string }) {
  return (
    <details class="details">
      <summary class="details__summary">{summary}</summary>
      <div class="details__body">
        <Hint text={body} />
      </div>
    </details>
  );
}
