/** Hint text under a question; blank lines in the text start new paragraphs. */
export function Hint({ id, text }: { id?: string; text: string }) {
  const paras = text.split(/\n{2,}/);
  return (
    <div id={id} class="hint">
      {paras.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
