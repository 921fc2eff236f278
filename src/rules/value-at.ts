/** Reading a rule's values on a date, beyond rule.ts's valueAt. No zod, so the wizard may use it. */
import type { Rule } from './schema';

export { valueAt } from './rule';

/** The latest value that was not null on or before `asOf` (e.g. the last known end date of a rule now unknown). */
export function lastKnownValue<T>(r: Rule<T>, asOf: string): T | undefined {
  let best: string | undefined;
  for (const [d, v] of Object.entries(r.values)) if (d <= asOf && v !== null && (best === undefined || d > best)) best = d;
  return best === undefined ? undefined : (r.values[best] as T);
}
