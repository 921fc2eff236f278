/**
 * The plan: dated steps for each service, in an order that fits the person, each step at an office on a day it is
 * open. Each part is a small function of the case, the verdicts and the copay; this composes them and orders the
 * result by date.
 */
import type { Copay, ServiceResult, TimelineEntry } from '../../case/schema';
import type { Ctx } from '../context';
import { choiceRuleChange } from './choice-first';
import { planCtx } from './context';
import { copayReview } from './copay-review';
import { mealsEnd } from './meals';
import { withOffice } from './office';
import { onLeaveTrack } from './on-leave';
import { decisionEnd, transitionEnd } from './renewal';
import { retentionPlan } from './retention';
import { applicationTrack } from './tracks';
import { turn65 } from './turn-65';

const KIND_ORDER: Record<TimelineEntry['kind'], number> = { step: 0, window: 1, deadline: 2, review: 3 }; // not law: display order of kinds

export function buildPlan(ctx: Ctx, services: readonly ServiceResult[], copay: Copay): TimelineEntry[] {
  const p = planCtx(ctx, services, copay);
  const all = [
    ...applicationTrack(p),
    ...onLeaveTrack(p),
    ...retentionPlan(p),
    ...transitionEnd(p),
    ...decisionEnd(p),
    ...turn65(p),
    ...choiceRuleChange(p),
    ...copayReview(p),
    ...mealsEnd(p),
  ];
  return withOffice(all, ctx.place, ctx.asOf)
    .filter((e) => e.to >= ctx.asOf)
    .map((e, i) => [e, i] as const)
    .sort(([a, i], [b, j]) => (a.from < b.from ? -1 : a.from > b.from ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || i - j))
    .map(([e]) => e);
}

export { isOfficeOpen } from './office-days';
