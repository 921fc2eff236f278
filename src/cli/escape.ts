/** Text on its way to a terminal: the shared quoting rules (src/case/quote.ts), and JSON made terminal-safe. */
export { escapeControls, shorten } from '../case/quote';

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A JSON text made safe for a terminal: JSON.stringify already escapes C0 inside strings, but not DEL, C1 or
 * the bidi controls; as a \uXXXX escape each stays the same JSON value. Outside strings JSON has only
 * spaces, tabs and newlines, which are kept.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, hex);
}
