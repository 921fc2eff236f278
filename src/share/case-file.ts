/**
 * A case as a file: exactly the JSON of ../shared/case-format.md (so `npm run evaluate` reads an exported file),
 * and the checks an imported file goes through. Pure: no DOM beyond Blob.
 */
import type { Case } from '../case/schema';
import type { CaseProblem } from '../case/issues';
import { parseCase } from '../case/parse';

/** Larger files are refused before they are read (a case file is about 1 KiB). */
export const MAX_FILE_BYTES = 256 * 1024;

export type FileErrorCode = 'too-large' | 'empty' | 'read' | 'bad-json' | 'invalid-case';

export type FileOutcome = { ok: true; case: Case } | { ok: false; code: FileErrorCode; problems?: CaseProblem[] };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text of a case file: the case, indented, one trailing newline. */
export function caseFileText(c: Case): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}

/** A file name that sorts by date: shuro-check-2026-11-22.json. */
export function caseFileName(date: string): string {
  return `shuro-check-${date}.json`;
}

/**
 * The text of a file → a valid, current-version case, or what is wrong with it. Like the command line, it also
 * takes a test fixture ({ "title", "case", "expect" }) and reads its case. `today` (in Japan) checks the dates
 * of a case without asOf, as the case's own asOf would.
 */
export function parseCaseText(text: string, today?: string): FileOutcome {
  if (text.length > MAX_FILE_BYTES) return { ok: false, code: 'too-large' };
  if (text.trim() === '') return { ok: false, code: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, code: 'bad-json' };
  }
  if (isObj(value) && value.format === undefined && isObj(value.case)) value = value.case;
  const parsed = parseCase(value, { today });
  return parsed.ok ? { ok: true, case: parsed.case } : { ok: false, code: 'invalid-case', problems: parsed.problems };
}

/** Reads a chosen file; the size is checked before a byte is read. Never rejects. */
export async function readCaseFile(file: Blob, today?: string): Promise<FileOutcome> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, code: 'too-large' };
  if (file.size === 0) return { ok: false, code: 'empty' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, code: 'read' };
  }
  return parseCaseText(text, today);
}

/** The same answers, whatever the order of the keys (zod returns them in schema order). */
export function sameCase(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObj(v)) {
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** True when a case holds any answer (more than its format line). */
export function hasAnswers(c: Case): boolean {
  return Object.keys(c).some((k) => k !== 'format');
}
