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
import * as fees from './fees';
import * as help from './help';

export { common, choice, transition, typeA, typeB, retention, copay, timeline, fees, help };
/** The 地域区分 of a municipality for fee ranges (none encoded yet: see fee-grades.ts). */
export { gradeFor } from './fee-grades';
export { SOURCES, type SourceId } from './sources';
/** Office closing days (law data, with its own citation; not a rule record of reference.md). */
export * as officeDays from './office-days';
export type { Rule } from './schema';

/**
 * Dates these rules can answer for. Before 2024-04-01 the in-work routes and 2024 fee rules did not exist;
 * after FY2027 (the 令和9年度 revision) the reference has nothing checked.
 */
export const COVERAGE = { from: '2024-04-01', to: '2028-03-31' } as const;

/** Every rule module, once: ALL_RULES and the RuleId type are both derived from this list. */
const MODULES = [common, choice, transition, typeA, typeB, retention, copay, timeline, fees, help] as const;

export const ALL_RULES: readonly Rule[] = MODULES.flatMap((m) => Object.values(m) as Rule[]);

/** The rules a module declares, for each module of a union (its other exports, such as types, are not values). */
type RulesOf<M> = M extends unknown ? Extract<M[keyof M], Rule<unknown, string>> : never;
/**
 * Every rule id, as a type derived from the rule records: a misspelt id in the engine or a view is a type
 * error. Reason.rule stays a string in the case schema (a result is parsed from outside); `isRuleId` narrows.
 */
export type RuleId = RulesOf<(typeof MODULES)[number]>['id'];

const RULE_IDS: ReadonlySet<string> = new Set(ALL_RULES.map((r) => r.id));
export function isRuleId(id: string): id is RuleId {
  return RULE_IDS.has(id);
}

export { valueAt } from './rule';
export { lastKnownValue } from './value-at';

/** The date of the rule set in force on `asOf`: the latest effective date of any rule on or before it. */
export function rulesVersion(asOf: string): string {
  let v: string = COVERAGE.from;
  for (const r of ALL_RULES) for (const d of Object.keys(r.values)) if (d <= asOf && d > v) v = d;
  return v;
}
