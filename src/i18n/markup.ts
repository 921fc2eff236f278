/**
 * The furigana markup of the やさしい日本語 texts: `{漢字|かんじ}` is a base text and its reading. A base and a
 * reading are non-empty and hold no `{`, `}` or `|`, so i18next's `{{name}}` placeholders never match, and
 * anything that is not well-formed markup is ordinary text (shown as written, never dropped).
 */

/** One `{base|reading}` pair; a new RegExp per use, since a /g regex carries state between calls. */
export const RUBY_SOURCE = '\\{([^{}|]+)\\|([^{}|]+)\\}';

export type Segment = string | { base: string; reading: string };

/** Splits a text into plain runs and annotated words. A text without markup is one segment. */
export function parseRuby(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(new RegExp(RUBY_SOURCE, 'g'))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ base: m[1]!, reading: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The text without readings (for document.title, aria-label and other attributes that take plain text). */
export function plainText(text: string): string {
  return text.includes('{') ? text.replace(new RegExp(RUBY_SOURCE, 'g'), '$1') : text;
}
