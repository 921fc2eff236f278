/** 就労継続支援B型: basis, age (no upper limit), work situation, and the routes in (from 2025-10-01: 就労選択支援). */
import type { ServiceResult } from '../../case/schema';
import { choice, typeB, valueAt } from '../../rules';
import { uses, type Ctx } from '../context';
import { ServiceBuilder } from '../reasons';
import { addAge, addDisabilityBasis, addWork } from './shared';

export type TypeBRoute = 'renewal' | 'age-50' | 'pension' | 'experience' | 'assessed';

/** The route that opens B型 without a new assessment, if any [3.1–3.4]. */
export function typeBRoute(ctx: Ctx): TypeBRoute | undefined {
  const r = valueAt(typeB.typeBRoute, ctx.asOf);
  const { c, age } = ctx;
  if (uses(ctx, 'continuation-b')) return 'renewal';
  if (r && age !== undefined && age >= r.age) return 'age-50';
  if (c.pensionGrade1 === true) return 'pension';
  if (c.work?.experience === true && c.work.hardToBeEmployed === true) return 'experience';
  if (c.history?.assessed === true) return 'assessed';
  return undefined;
}

export function evaluateTypeB(ctx: Ctx): ServiceResult {
  const s = new ServiceBuilder('continuation-b');
  addDisabilityBasis(s, ctx);
  addAge(s, ctx, { age: typeB.typeBAge }, 'continuation-b');
  addWork(s, ctx, { work: typeB.typeBWork, student: typeB.typeBStudent });

  const r = valueAt(typeB.typeBRoute, ctx.asOf);
  const route = typeBRoute(ctx);
  if (route === 'renewal') s.add(typeB.typeBRenewal, 'met');
  else if (route && r) s.add(typeB.typeBRoute, 'met', { route, age: r.age, assessment: r.assessment });
  else if (r) {
    const { c } = ctx;
    const open: string[] = [];
    if (c.pensionGrade1 === undefined) open.push('field:pensionGrade1');
    if (c.work?.experience === undefined) open.push('field:work.experience');
    else if (c.work.experience && c.work.hardToBeEmployed === undefined) open.push('field:work.hardToBeEmployed');
    if (c.history?.assessed === undefined) open.push('field:history.assessed');
    s.add(typeB.typeBRoute, 'ask', { route: 'assessment', age: r.age, assessment: r.assessment }, [...open, 'fact:assessment']);
    if (valueAt(choice.choiceExists, ctx.asOf) === true && valueAt(typeB.typeBTransitional, ctx.asOf)) {
      s.add(typeB.typeBTransitional, 'info');
    }
  }
  return s.build();
}
