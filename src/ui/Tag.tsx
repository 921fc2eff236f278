/** A small badge next to a question (必須 / 任意). */
export function Tag({ text, tone = 'grey' }: { text: string; tone?: 'grey' | 'blue' }) {
  return <span class={`tag tag--${tone}`}>{text}</span>;
}
