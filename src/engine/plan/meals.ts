/** The end of 食事提供体制加算 (meal support) as now decided [7.14; after it, unknown 7.15], for the services that have it. */
import type { Copay } from '../../case/schema';
import { copay as copayRules, timeline, valueAt } from '../../rules';
import type { PlanCtx } from './context';
import { concerned } from './copay-review';
import { marker, type Entry } from './entry';

/**
 * Whether the meal support may apply to this household: the copay result decides it on the 所得割 line, not the
 * cap category (a group-home resident under 160,000 is 一般2 for the cap and still has it) [7.14]. Unknown
 * (null) may apply, so its end is shown; so is a July estimate that gives it.
 */
export function mealsApply(copay: Copay): boolean {
  return copay.meals?.eligible !== false || copay.fromJuly?.meals === true;
}

export function mealsEnd(p: PlanCtx): Entry[] {
  const meals = valueAt(copayRules.copayMeals, p.asOf);
  if (!meals || !mealsApply(p.copay)) return [];
  const withMeals = valueAt(timeline.timelineMealsServices, p.asOf) ?? [];
  const svc = concerned(p).filter((id) => (withMeals as readonly string[]).includes(id));
  if (!svc.length || meals.until < p.asOf) return [];
  return [marker('meals-review', meals.until, meals.until, 'deadline', 'provider', copayRules.copayMeals.id, svc, { questions: ['meals-transport'] })];
}
