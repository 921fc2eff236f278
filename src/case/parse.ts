/**
 * The one door into the engine: any JSON value → a valid, current-version case, or field-named problems.
 * Used by the CLI, import, share links and saved state alike.
 */
import { CASE_FORMAT, CaseSchema, type Case } from './schema';
import { dateProblems } from './date-checks';
import { toProblemList, type CaseProblem } from './issues';

export type ParseOutcome = { ok: true; case: Case } | { ok: false; problems: CaseProblem[] };

type Raw = Record<string, unknown>;

/**
 * Each older format → a case in the format after it. When CASE_FORMAT changes, the format before it gets a step
 * here, so every file, link and saved state ever written keeps loading (case-format.md: migrate, never break).
 */
const UPGRADES: Record<string, (raw: Raw) => Raw> = {
  // For example: [CASE_FORMAT_V1]: (raw) => ({ ...raw, format: CASE_FORMAT_V2 }),
};

/** The case brought up to CASE_FORMAT, or null when its format is not one this version knows. */
export function upgradeCase(raw: Raw): Raw | null {
  let current = raw;
  for (let steps = 0; current.format !== CASE_FORMAT; steps++) {
    const step = typeof current.format === 'string' && steps < 100 ? UPGRADES[current.format] : undefined;
    if (!step) return null;
    try {
      current = step(current);
    } catch {
      return null; // a step meets input it was not written for: refused like an unknown format, never thrown
    }
  }
  return current;
}

export interface ParseOptions {
  /**
   * Today's date in Japan (YYYY-MM-DD), from the caller's clock: a case without asOf is evaluated for today, so
   * its dates are checked against today as a case's dates are against its asOf. Without it (and without asOf)
   * the dates are checked only for form.
   */
  today?: string;
}

export function parseCase(input: unknown, opts: ParseOptions = {}): ParseOutcome {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ field: '', key: 'not-an-object', params: {} }] };
  }
  const raw = input as Record<string, unknown>;
  const format = raw.format;
  if (format === undefined) return { ok: false, problems: [{ field: 'format', key: 'required', params: {} }] };
  const upgraded = upgradeCase(raw);
  if (!upgraded) {
    return { ok: false, problems: [{ field: 'format', key: 'format-version', params: { got: String(format), expected: CASE_FORMAT } }] };
  }
  // The schema checks the dates against asOf when the case has one (CaseSchema's cross-field rules).
  const parsed = CaseSchema.safeParse(upgraded, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: toProblemList(parsed.error.issues) };
  const c = parsed.data;
  if (!c.asOf && opts.today) {
    const problems = dateProblems(c, opts.today, 'today');
    if (problems.length) return { ok: false, problems };
  }
  return { ok: true, case: c };
}
