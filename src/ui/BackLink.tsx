/** The "back" link above a page: a button, since it changes the step rather than the URL. */
export function BackLink({ label, onClick }: { label: string; onClick(): void }) {
  return (
    <button type="button" class="back-link" onClick={onClick}>
      {label}
    </button>
  );
}
