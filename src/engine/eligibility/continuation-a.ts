/** 就労継続支援A型: basis, age (65+ exception), work situation; 就労選択支援 first for new users from 2027-04-01. */
import type { ServiceResult } from '../../case/schema';
import { typeA, valueAt } from '../../rules';
import { effectiveFrom } from '../../rules/effective';
import { uses, type Ctx } from '../context';
import { ServiceBuilder } from '../reasons';
import { addAge, addDisabilityBasis, addLeave, addWork } from './shared';

/** Only an assessment by a 就労選択支援 provider stands in for using 就労選択支援 first [2.5, 4.3]. */
const assessedByChoice = (ctx: Ctx) => ctx.c.history?.assessed === true && ctx.c.history.assessedBy === 'choice-provider';

/** True when a new A型 user must use 就労選択支援 first on `date` [2.5]. */
export function typeANeedsChoice(ctx: Ctx, date: string): boolean {
  return valueAt(typeA.typeAChoiceFirst, date) === true && !uses(ctx, 'continuation-a') && !assessedByChoice(ctx);
}

export function evaluateTypeA(ctx: Ctx): ServiceResult {
  const s = new ServiceBuilder('continuation-a');
  addDisabilityBasis(s, ctx);
  addAge(s, ctx, { age: typeA.typeAAge, over65: typeA.typeAOver65 }, 'continuation-a');
  addWork(s, ctx, { work: typeA.typeAWork, student: typeA.typeAStudent });
  addLeave(s, ctx);
  s.add(typeA.typeAContract, 'info');

  const isNew = !uses(ctx, 'continuation-a');
  if (isNew && !assessedByChoice(ctx)) {
    const inForce = valueAt(typeA.typeAChoiceFirst, ctx.asOf) === true;
    // Assessed, but not (or not known to be) by a 就労選択支援 provider: who did it settles it.
    const settle = ctx.c.history?.assessed === true ? 'field:history.assessedBy' : 'field:history.assessed';
    // Before the change, say it is coming: an application that slips past the date falls under it.
    s.add(typeA.typeAChoiceFirst, 'info', { from: effectiveFrom(typeA.typeAChoiceFirst), inForce }, inForce ? [settle] : []);
  }
  if (isNew) {
    const p = valueAt(typeA.typeAProvisional, ctx.asOf);
    if (p) s.add(typeA.typeAProvisional, 'info', { months: p.months });
  }
  return s.build();
}
