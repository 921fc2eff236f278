/** An inline error: the hidden prefix ("エラー：") tells screen-reader users it is an error. */
export function ErrorMessage({ id, prefix, text }: { id: string; prefix: string; text: string }) {
  return (
    <p id={id} class="error-message">
      <span class="visually-hidden">{prefix}</span>
      {text}
    </p>
  );
}
