/**
 * On leave (休職中): the 地域障害者職業センター's リワーク支援 first [11.5; A19]; then the municipality, which
 * decides whether a welfare service (就労移行支援) may be used during leave [1.17]; letters from the employer and
 * the doctor who ordered the leave [1.18]; and only where the municipality agrees, the application for 移行.
 */
import { laterOf } from '../../case/dates';
import { timeline, valueAt } from '../../rules';
import { openQuestions, type PlanCtx } from './context';
import { decisionSteps } from './decision';
import { officeStep, type Entry } from './entry';
import { addWorkingDays } from './office-days';

export function onLeaveTrack(p: PlanCtx): Entry[] {
  if (p.c.work?.status !== 'on-leave') return [];
  const svc = p.applying;
  if (!svc.length) return [];
  const est = valueAt(timeline.timelineEstimates, p.asOf)!;
  const rework = timeline.timelineRework.id;
  const letters = valueAt(timeline.timelineReturnToWork, p.asOf)!.documents;

  const center = officeStep(p.asOf, 'rework', p.asOf, addWorkingDays(p.asOf, est.reworkWorkingDays), svc, { rule: rework });
  const consult = officeStep(p.asOf, 'consult', center.to, addWorkingDays(center.to, est.consultWorkingDays), svc, {
    questions: ['in-work-use', 'municipality-agrees', ...openQuestions(p)],
    rule: rework,
  });
  const ask = officeStep(p.asOf, 'return-to-work-letters', consult.to, addWorkingDays(consult.to, est.lettersWorkingDays), svc, {
    documents: letters,
    rule: timeline.timelineReturnToWork.id,
  });
  const visit = officeStep(p.asOf, 'visit', consult.to, addWorkingDays(consult.to, est.compareWorkingDays), svc);
  const applyFrom = laterOf(ask.to, visit.to);
  const apply = officeStep(p.asOf, 'apply-on-leave', applyFrom, addWorkingDays(applyFrom, est.applyWorkingDays), svc, { documents: letters, rule: rework });
  return [center, consult, ask, visit, apply, ...decisionSteps(p, apply.from, apply.to, svc).entries];
}
