/**
 * Text from a file on its way to a terminal: every control character is shown as an escape, never sent raw.
 * C0 (including ESC, which starts terminal commands), DEL, C1, and the bidirectional overrides and isolates
 * that make a line read in another order than it is written (U+202A–202E, U+2066–2069).
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `s` with each control character as \uXXXX (a message line: newlines and tabs are escaped too). */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, hex);
}

/**
 * A JSON text made safe for a terminal: JSON.stringify already escapes C0 inside strings, but not DEL, C1 or
 * the bidi controls; as a \uXXXX escape each stays the same JSON value. Outside strings JSON has only
 * spaces, tabs and newlines, which are kept.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, hex);
}

/** At most `max` characters of `s`, ending in "…" when cut. */
export function shorten(s: string, max = 40): string {
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}
