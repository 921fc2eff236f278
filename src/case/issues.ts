/**
 * Turns zod issues into field-named, translatable problems. zod's own messages never reach a user:
 * each issue becomes a key in locales/{lang}/errors.json plus the values its text needs.
 */
import type * as z from 'zod/mini';
import { quoteText } from './quote';

export interface CaseProblem {
  /** Dotted path of the field, e.g. "work.startedOn"; "" for the whole file. */
  field: string;
  /** Key under errors.case.* in the locale files. */
  key: string;
  params: Record<string, string | number>;
}

type Issue = z.core.$ZodIssue;

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** A value from the file as quoted in a message: its JSON, control characters escaped, at most 40 characters. */
function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  return quoteText(JSON.stringify(v) ?? String(v));
}

/** Maps one zod issue to one or more problems (an unknown-keys issue names each key). */
export function toProblems(issue: Issue): CaseProblem[] {
  const field = pathOf(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ field: field ? `${field}.${k}` : k, key: 'unknown-field', params: {} }));
    case 'invalid_type':
      if (issue.input === undefined) return [{ field, key: 'required', params: {} }];
      return [{ field, key: `type-${issue.expected}`, params: { got: describe(issue.input) } }];
    case 'invalid_value':
      return [{ field, key: 'one-of', params: { allowed: issue.values.map((v) => String(v)).join(', '), got: describe(issue.input) } }];
    case 'invalid_format':
      return [{ field, key: issue.format === 'date' ? 'date' : 'format', params: { got: describe(issue.input) } }];
    case 'too_small':
      return [{ field, key: 'too-small', params: { min: Number(issue.minimum), got: describe(issue.input) } }];
    case 'too_big':
      return [{ field, key: 'too-big', params: { max: Number(issue.maximum), got: describe(issue.input) } }];
    case 'custom': {
      // A cross-field check sends its own message key and the values its text needs.
      const { key = 'invalid', ...params } = (issue.params ?? {}) as Record<string, string | number>;
      return [{ field, key: String(key), params: { got: describe(issue.input), ...params } }];
    }
    default:
      return [{ field, key: 'invalid', params: { got: describe(issue.input) } }];
  }
}

export function toProblemList(issues: readonly Issue[]): CaseProblem[] {
  return issues.flatMap(toProblems);
}
