/**
 * The one door into the engine: any JSON value → a valid, current-version case, or field-named problems.
 * Used by the CLI, import, share links and saved state alike.
 */
import { CASE_FORMAT_V1, CaseV1, type Case } from './schema';
import { ageOn } from './dates';
import { toProblemList, type CaseProblem } from './issues';

export type ParseOutcome = { ok: true; case: Case } | { ok: false; problems: CaseProblem[] };

/** Known format strings, oldest first. A later version adds a migration step here; v1 always loads. */
const MIGRATIONS: Record<string, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  [CASE_FORMAT_V1]: (raw) => raw,
};

export function parseCase(input: unknown): ParseOutcome {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ field: '', key: 'not-an-object', params: {} }] };
  }
  const raw = input as Record<string, unknown>;
  const format = raw.format;
  if (format === undefined) return { ok: false, problems: [{ field: 'format', key: 'required', params: {} }] };
  const migrate = typeof format === 'string' ? MIGRATIONS[format] : undefined;
  if (!migrate) {
    return { ok: false, problems: [{ field: 'format', key: 'format-version', params: { got: String(format), expected: CASE_FORMAT_V1 } }] };
  }
  const parsed = CaseV1.safeParse(migrate(raw), { reportInput: true });
  if (!parsed.success) return { ok: false, problems: toProblemList(parsed.error.issues) };
  const c = parsed.data;
  if (c.birthDate && c.asOf && c.age !== undefined && ageOn(c.birthDate, c.asOf) !== c.age) {
    return {
      ok: false,
      problems: [{ field: 'age', key: 'age-mismatch', params: { got: c.age, expected: ageOn(c.birthDate, c.asOf) } }],
    };
  }
  return { ok: true, case: c };
}
