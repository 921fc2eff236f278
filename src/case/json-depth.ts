/**
 * How deep a JSON text nests, found by one pass over its characters: no recursion and no parsing, so a
 * hostile file of ten thousand "[" cannot overflow a stack in here, nor in the parser or schema run after it.
 * The CLI, case files and saved state check it before JSON.parse.
 */

/** Deeper than any case needs (a case nests 3 levels, a test fixture 4), shallow enough for every reader. */
export const MAX_JSON_DEPTH = 20;

/** True when `text` opens more than `max` arrays or objects inside each other (strings are skipped). */
export function nestsDeeperThan(text: string, max: number = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: the next character is escaped
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}
