/** The value of a rule in force on a date. No zod: the wizard's tax question reads a rule through it. */
import type { Rule } from './schema';

/** The value in force on `asOf`: the latest effective date on or before it; undefined before the first, null if repealed. */
export function valueAt<T>(r: Rule<T>, asOf: string): T | null | undefined {
  let best: string | undefined;
  for (const d of Object.keys(r.values)) if (d <= asOf && (best === undefined || d > best)) best = d;
  return best === undefined ? undefined : (r.values[best] as T | null);
}

/** The latest value that was not null on or before `asOf` (e.g. the last known end date of a rule now unknown). */
export function lastKnownValue<T>(r: Rule<T>, asOf: string): T | undefined {
  let best: string | undefined;
  for (const [d, v] of Object.entries(r.values)) if (d <= asOf && v !== null && (best === undefined || d > best)) best = d;
  return best === undefined ? undefined : (r.values[best] as T);
}
