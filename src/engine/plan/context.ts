/** What every part of the plan reads: the case, the verdicts and the services the person could newly apply for. */
import type { ServiceId } from '../../case/enums';
import type { Copay, ServiceResult } from '../../case/schema';
import { common, timeline, transition, typeA, valueAt } from '../../rules';
import { uses, type Ctx } from '../context';

export interface PlanCtx extends Ctx {
  services: readonly ServiceResult[];
  copay: Copay;
  verdict(id: ServiceId): ServiceResult['verdict'];
  /** Not ruled out ("likely" or "possible"). */
  open(id: ServiceId): boolean;
  /**
   * Services to apply for anew: not used now, not ruled out, not 就労選択支援 (a step before others, not a goal)
   * nor 就労定着支援 (its own track once working). Empty for someone in an ordinary job [1.17].
   */
  targets: ServiceId[];
  /** What the plan applies for: the targets, or on leave only the service the municipality may agree to (on-leave.ts). */
  applying: ServiceId[];
}

const APPLY: readonly ServiceId[] = ['employment-transition', 'continuation-a', 'continuation-b'];

export function planCtx(ctx: Ctx, services: readonly ServiceResult[], copay: Copay): PlanCtx {
  const verdict = (id: ServiceId) => services.find((s) => s.id === id)!.verdict;
  const open = (id: ServiceId) => verdict(id) !== 'unlikely';
  const targets = ctx.c.work?.status === 'working' ? [] : APPLY.filter((id) => open(id) && !uses(ctx, id));
  const applying = ctx.c.work?.status === 'on-leave' ? onLeaveServices(ctx.asOf, targets) : targets;
  return { ...ctx, services, copay, verdict, open, targets, applying };
}

/** On leave: 移行 when open (the rule's list) [1.17, 1.18], else what the verdicts leave open. */
export function onLeaveServices(asOf: string, targets: readonly ServiceId[]): ServiceId[] {
  const agreed = valueAt(timeline.timelineRework, asOf)!.serviceOnlyIfAgreed.filter((id) => targets.includes(id));
  return agreed.length ? [...agreed] : [...targets];
}

/** Questions the first consultation should carry, from what the verdicts left open. */
export function openQuestions(p: PlanCtx): string[] {
  const reasons = p.services.flatMap((s) => s.reasons);
  const has = (rule: string, status?: string) => reasons.some((r) => r.rule === rule && (!status || r.status === status));
  const q: string[] = [];
  if (has(common.disabilityDoctor.id)) q.push('doctor-enough');
  if (has(common.youthRoute.id)) q.push('youth');
  if (has(transition.transitionOver65.id) || has(typeA.typeAOver65.id)) q.push('over-65');
  if (has(transition.transitionStudent.id, 'ask')) q.push('student');
  if (has(transition.transitionReuse.id)) q.push('reuse');
  if (has(transition.transitionPeriod.id, 'ask')) q.push('extension');
  return q;
}
