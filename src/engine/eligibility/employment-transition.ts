/** 就労移行支援: basis, age (65+ exception), work situation, the 24-month standard period, re-use. */
import type { ServiceResult } from '../../case/schema';
import { transition, valueAt } from '../../rules';
import { effectiveFrom } from '../../rules/effective';
import { uses, type Ctx } from '../context';
import { ServiceBuilder } from '../reasons';
import { addAge, addDisabilityBasis, addLeave, addWork } from './shared';

export function evaluateTransition(ctx: Ctx): ServiceResult {
  const s = new ServiceBuilder('employment-transition');
  addDisabilityBasis(s, ctx);
  addAge(s, ctx, { age: transition.transitionAge, over65: transition.transitionOver65 }, 'employment-transition');
  addWork(s, ctx, { work: transition.transitionWork, student: transition.transitionStudent, finalYearOnly: true });
  addLeave(s, ctx);

  const period = valueAt(transition.transitionPeriod, ctx.asOf);
  const used = ctx.c.history?.transitionMonthsUsed;
  const current = uses(ctx, 'employment-transition');
  if (period) {
    const max = period.standardMonths + period.extensionMonths;
    const params = { standard: period.standardMonths, extension: period.extensionMonths };
    if (used === undefined) {
      // Not answered: most people have not used it; say so, and what answering would change.
      s.add(transition.transitionPeriod, 'met', { ...params, assumed: true }, ['field:history.transitionMonthsUsed']);
    } else if (used < period.standardMonths) {
      s.add(transition.transitionPeriod, 'met', { ...params, used, remaining: period.standardMonths - used });
    } else if (used < max) {
      s.add(transition.transitionPeriod, 'ask', { ...params, used, remaining: max - used }, ['fact:extension-review']);
      const needsChoice = valueAt(transition.transitionExtensionChoice, ctx.asOf);
      s.add(transition.transitionExtensionChoice, 'info', { from: effectiveFrom(transition.transitionExtensionChoice), inForce: needsChoice === true });
    } else {
      s.add(transition.transitionPeriod, 'not-met', { ...params, used }, ['field:history.transitionMonthsUsed']);
    }
    // Coming back after an earlier period: no once-only rule was found; the municipality decides [1.15].
    if (used !== undefined && used > 0 && used < max && !current) {
      s.add(transition.transitionReuse, 'ask', { used }, ['fact:municipality-judgement']);
    }
  }
  const provisional = valueAt(transition.transitionProvisional, ctx.asOf);
  if (!current && provisional) s.add(transition.transitionProvisional, 'info', { months: provisional.months });
  return s.build();
}
