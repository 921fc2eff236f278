/** 就労継続支援A型: basis, age (65+ exception), work situation; 就労選択支援 first for new users from 2027-04-01. */
import type { ServiceResult } from '../../case/schema';
import { typeA, valueAt } from '../../rules';
import { uses, type Ctx } from '../context';
import { ServiceBuilder } from '../reasons';
import { addAge, addDisabilityBasis, addWork } from './shared';

/** True when a new A型 user must use 就労選択支援 first on `date` [2.5]. */
export function typeANeedsChoice(ctx: Ctx, date: string): boolean {
  return valueAt(typeA.typeAChoiceFirst, date) === true && !uses(ctx, 'continuation-a') && ctx.c.history?.assessed !== true;
}

export function evaluateTypeA(ctx: Ctx): ServiceResult {
  const s = new ServiceBuilder('continuation-a');
  addDisabilityBasis(s, ctx);
  addAge(s, ctx, { age: typeA.typeAAge, over65: typeA.typeAOver65 }, 'continuation-a');
  addWork(s, ctx, { work: typeA.typeAWork, student: typeA.typeAStudent });
  s.add(typeA.typeAContract, 'info');

  const isNew = !uses(ctx, 'continuation-a');
  if (isNew && ctx.c.history?.assessed !== true) {
    const inForce = valueAt(typeA.typeAChoiceFirst, ctx.asOf) === true;
    // Before the change, say it is coming: an application that slips past 2027-04-01 falls under it.
    s.add(typeA.typeAChoiceFirst, 'info', { from: '2027-04-01', inForce }, inForce ? ['field:history.assessed'] : []);
  }
  if (isNew) s.add(typeA.typeAProvisional, 'info', { months: valueAt(typeA.typeAProvisional, ctx.asOf)?.months ?? 2 });
  return s.build();
}
