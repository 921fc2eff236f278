/**
 * Declaring a rule and reading its value on a date. Kept apart from schema.ts (zod) and sources.ts (the
 * citation registry): a rule module's only runtime import is this file, so the wizard can read rule values on
 * the first page (its "is this question needed" predicates) without loading zod or the citations.
 */
import type { Rule } from './schema';

/**
 * Declares a rule; a function so the value type is inferred per rule, and the id is kept as its literal type
 * (`'type-b.route'`, not `string`), from which the RuleId union is derived (index.ts).
 */
export function rule<const Id extends string, T>(r: Rule<T, Id>): Rule<T, Id> {
  return r;
}

/** The value in force on `asOf`: the latest effective date on or before it; undefined before the first, null if repealed. */
export function valueAt<T>(r: Pick<Rule<T>, 'values'>, asOf: string): T | null | undefined {
  let best: string | undefined;
  for (const d of Object.keys(r.values)) if (d <= asOf && (best === undefined || d > best)) best = d;
  return best === undefined ? undefined : (r.values[best] as T | null);
}
