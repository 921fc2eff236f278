/**
 * The rule set: every rule record, the dates it covers, and lookup of the value in force on a date.
 * Data only; the engine decides.
 */
import type { Rule } from './schema';
import * as common from './common';
import * as choice from './employment-choice';
import * as transition from './employment-transition';
import * as typeA from './continuation-a';
import * as typeB from './continuation-b';
import * as retention from './job-retention';
import * as copay from './copay';
import * as timeline from './timeline';

export { common, choice, transition, typeA, typeB, retention, copay, timeline };
export { SOURCES, type SourceId } from './sources';
/** Office closing days (law data, with its own citation; not a rule record of reference.md). */
export * as officeDays from './office-days';
export type { Rule } from './schema';

/**
 * Dates these rules can answer for. Before 2024-04-01 the in-work routes and 2024 fee rules did not exist;
 * after FY2027 (the 令和9年度 revision) the reference has nothing checked.
 */
export const COVERAGE = { from: '2024-04-01', to: '2028-03-31' } as const;

export const ALL_RULES: readonly Rule[] = [common, choice, transition, typeA, typeB, retention, copay, timeline].flatMap(
  (m) => Object.values(m) as Rule[],
);

/** The value in force on `asOf`: the latest effective date on or before it; undefined before the first, null if repealed. */
export function valueAt<T>(r: Rule<T>, asOf: string): T | null | undefined {
  let best: string | undefined;
  for (const d of Object.keys(r.values)) if (d <= asOf && (best === undefined || d > best)) best = d;
  return best === undefined ? undefined : (r.values[best] as T | null);
}

/** The date of the rule set in force on `asOf`: the latest effective date of any rule on or before it. */
export function rulesVersion(asOf: string): string {
  let v: string = COVERAGE.from;
  for (const r of ALL_RULES) for (const d of Object.keys(r.values)) if (d <= asOf && d > v) v = d;
  return v;
}
