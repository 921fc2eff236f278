/**
 * Near 65: 移行 and A型 continue after 65 only with a decision held on the day before the 65th birthday and 5 years of
 * decisions before it [1.10, 2.2]; B型 has no upper age [3.5]. The birthday, and a step at the municipality in the
 * months before it. "Near" is within those 5 years.
 */
import { addDays, addMonths, birthday, laterOf } from '../../case/dates';
import { timeline, transition, typeA, valueAt } from '../../rules';
import type { PlanCtx } from './context';
import { marker, officeStep, type Entry } from './entry';

export function turn65(p: PlanCtx): Entry[] {
  const rule = valueAt(transition.transitionOver65, p.asOf);
  if (!p.c.birthDate || p.age === undefined || !rule) return [];
  if (p.age < rule.age - rule.continuousYears || p.age >= rule.age) return [];
  const svc = (['employment-transition', 'continuation-a'] as const).filter(p.open);
  if (!svc.length) return [];
  const b = birthday(p.c.birthDate, rule.age);
  const ruleId = svc[0] === 'continuation-a' ? typeA.typeAOver65.id : transition.transitionOver65.id;
  const dayBefore = addDays(b, -1);
  const out: Entry[] = [];
  // Start as early as a renewal would (10.9): the decision must still be held on the day before the birthday.
  const from = addMonths(b, -valueAt(timeline.timelineRenewal, p.asOf)!.monthsBefore);
  if (dayBefore > p.asOf)
    out.push(
      officeStep(p.asOf, 'before-65', laterOf(from, p.asOf), laterOf(addDays(dayBefore, -1), p.asOf), svc, {
        rule: ruleId,
        questions: ['over-65'],
        firm: true,
      }),
    );
  out.push(marker('turn-65', dayBefore, b, 'deadline', 'municipality', ruleId, svc, { questions: ['over-65'] }));
  return out;
}
