/**
 * Text taken from a file or a link, made fit to quote: never longer than a short quotation, and with every
 * control character shown as an escape. C0 (including ESC, which starts terminal commands), DEL, C1, and the
 * bidirectional overrides and isolates that make a line read in another order than it is written
 * (U+202A–202E, U+2066–2069). Used by the command line and by the app's messages about a link or file.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `s` with each control character as \uXXXX (newlines and tabs too: a message is one line). */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, hex);
}

/** Longest quotation of a file's text in a message. */
export const MAX_QUOTE_CHARS = 40;

/** At most `max` characters of `s` (whole code points), ending in "…" when cut. */
export function shorten(s: string, max = MAX_QUOTE_CHARS): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

/** A file's text as quoted in a message: escaped, then shortened. */
export function quoteText(s: string, max = MAX_QUOTE_CHARS): string {
  return shorten(escapeControls(s), max);
}
