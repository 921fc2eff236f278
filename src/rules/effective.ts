/**
 * When a dated rule starts to hold. The engine reads dates such as "就労選択支援 starts on …" from here, so
 * the law's dates live only in the rule records (their `values` keys), never as literals in the engine.
 */
import type { Rule } from './schema';

/** The first effective date whose value passes `test` (by default: the value is `true`); undefined if none does. */
export function firstDateWhen<T>(r: Rule<T>, test: (v: T | null) => boolean = (v) => v === true): string | undefined {
  return Object.keys(r.values)
    .sort()
    .find((d) => test(r.values[d] as T | null));
}

/** Like firstDateWhen, for a rule the engine knows does take effect: a rule record without that date is a data bug. */
export function effectiveFrom<T>(r: Rule<T>, test?: (v: T | null) => boolean): string {
  const d = firstDateWhen(r, test);
  if (d === undefined) throw new Error(`rule ${r.id} never takes effect`);
  return d;
}
