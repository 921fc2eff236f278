/** 就労継続支援B型: basis, age (no upper limit), work situation, and the routes in (from 2025-10-01: 就労選択支援). */
import type { ServiceResult } from '../../case/schema';
import { choice, typeB, valueAt } from '../../rules';
import { uses, type Ctx } from '../context';
import { ServiceBuilder } from '../reasons';
import { addAge, addDisabilityBasis, addLeave, addWork } from './shared';

export type TypeBRoute = 'renewal' | 'age-50' | 'pension' | 'experience' | 'assessed';

/**
 * What the answered assessment (history.assessed, .assessedBy) is worth on asOf for route (d) [3.1–3.3]:
 * - counts: done by the kind of provider the rule names on asOf (就労アセスメント by a 就労移行支援 provider
 *   before 2025-10-01, 就労選択支援 from then on);
 * - transitional: the older kind after the change: accepted only under the exceptions of 3.3, which the
 *   municipality judges (no reachable 就労選択支援 provider, or a wait);
 * - kind-unknown: assessed, but by whom was not answered while two kinds exist: ask, never assume;
 * - other-kind: a kind the rule on asOf does not know (a 就労選択支援 assessment on a date before the service
 *   existed, e.g. a what-if into the past): the assessment the rule names is still to come;
 * - none / not-answered.
 */
export type AssessmentStanding = 'counts' | 'transitional' | 'kind-unknown' | 'other-kind' | 'none' | 'not-answered';

export function assessmentStanding(ctx: Ctx): AssessmentStanding {
  const h = ctx.c.history;
  const r = valueAt(typeB.typeBRoute, ctx.asOf);
  if (h?.assessed === undefined) return 'not-answered';
  if (h.assessed === false || !r) return 'none';
  const by = h.assessedBy;
  if (by === r.assessment) return 'counts';
  // Before 就労選択支援 existed, the assessment the rule names was the only kind there was.
  if (by === undefined) return valueAt(choice.choiceExists, ctx.asOf) === true ? 'kind-unknown' : 'counts';
  const t = valueAt(typeB.typeBTransitional, ctx.asOf);
  return t && by === t.assessment ? 'transitional' : 'other-kind';
}

/** The route that opens B型 without a new assessment, if any [3.1–3.4]. */
export function typeBRoute(ctx: Ctx): TypeBRoute | undefined {
  const r = valueAt(typeB.typeBRoute, ctx.asOf);
  const { c, age } = ctx;
  if (uses(ctx, 'continuation-b')) return 'renewal';
  if (r && age !== undefined && age >= r.age) return 'age-50';
  if (c.pensionGrade1 === true) return 'pension';
  if (c.work?.experience === true && c.work.hardToBeEmployed === true) return 'experience';
  if (assessmentStanding(ctx) === 'counts') return 'assessed';
  return undefined;
}

export function evaluateTypeB(ctx: Ctx): ServiceResult {
  const s = new ServiceBuilder('continuation-b');
  addDisabilityBasis(s, ctx);
  addAge(s, ctx, { age: typeB.typeBAge }, 'continuation-b');
  addWork(s, ctx, { work: typeB.typeBWork, student: typeB.typeBStudent });
  addLeave(s, ctx);

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
    const standing = assessmentStanding(ctx);
    const params = { age: r.age, assessment: r.assessment };
    if (standing === 'transitional') {
      s.add(typeB.typeBRoute, 'ask', { route: 'assessed-transitional', ...params }, [...open, 'fact:choice-provider-reachable']);
    } else if (standing === 'kind-unknown') {
      s.add(typeB.typeBRoute, 'ask', { route: 'assessed-kind-unknown', ...params }, [...open, 'field:history.assessedBy', 'fact:choice-provider-reachable']);
    } else {
      if (standing === 'not-answered') open.push('field:history.assessed');
      if (standing === 'other-kind') open.push('field:history.assessedBy');
      s.add(typeB.typeBRoute, 'ask', { route: 'assessment', ...params }, [...open, 'fact:assessment']);
    }
    if (valueAt(choice.choiceExists, ctx.asOf) === true && valueAt(typeB.typeBTransitional, ctx.asOf)) {
      s.add(typeB.typeBTransitional, 'info');
    }
  }
  return s.build();
}
