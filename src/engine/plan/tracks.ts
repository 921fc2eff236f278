/**
 * The application track for someone not in a job: consult, (就労選択支援 first where a service needs it), visit and
 * compare the possible services, then apply for the one chosen — one application, not one per service — and the
 * decision that follows [10.1]. For 移行, the training and job-search period and the end of its 24 months.
 */
import { addMonths } from '../../case/dates';
import { timeline, transition, valueAt } from '../../rules';
import { choiceSteps, needingChoice } from './choice-first';
import { openQuestions, type PlanCtx } from './context';
import { decisionSteps } from './decision';
import { marker, officeStep, type Entry } from './entry';
import { addWorkingDays } from './office-days';

export function applicationTrack(p: PlanCtx): Entry[] {
  const work = p.c.work?.status;
  if (!p.targets.length || work === 'working' || work === 'on-leave') return [];
  const est = valueAt(timeline.timelineEstimates, p.asOf)!;
  const svc = p.targets;
  const out: Entry[] = [];

  const consult = officeStep(p.asOf, 'consult', p.asOf, addWorkingDays(p.asOf, est.consultWorkingDays), svc, { questions: openQuestions(p) });
  out.push(consult);

  // 就労選択支援 first when a service applied for on the usual date would need it: a dependency, not a parallel line.
  const usualApply = addWorkingDays(consult.to, est.compareWorkingDays + est.applyWorkingDays);
  const waiting = needingChoice(p, usualApply);
  let compareFrom = consult.to;
  if (waiting.length) {
    const c = choiceSteps(p, consult.to, waiting);
    out.push(...c.entries);
    compareFrom = c.resultFrom;
  }

  // Several possible services: visit and compare them, then apply for the one chosen.
  const several = svc.length > 1;
  const compare = officeStep(p.asOf, several ? 'compare' : 'visit', compareFrom, addWorkingDays(compareFrom, est.compareWorkingDays), svc);
  out.push(compare);
  const apply = officeStep(p.asOf, several ? 'apply-chosen' : 'apply', compare.to, addWorkingDays(compare.to, est.applyWorkingDays), svc);
  out.push(apply);
  const decided = decisionSteps(p, apply.from, apply.to, svc);
  out.push(...decided.entries);

  if (svc.includes('employment-transition')) out.push(...transitionWindow(p, decided.from));
  return out;
}

/** 移行 from its start: training and job search, and the day its standard period (less months used) ends [1.11]. */
export function transitionWindow(p: PlanCtx, startFrom: string): Entry[] {
  const period = valueAt(transition.transitionPeriod, p.asOf)!;
  const left = period.standardMonths - (p.c.history?.transitionMonthsUsed ?? 0);
  if (left <= 0) return [];
  const end = addMonths(startFrom, left);
  return [
    marker('job-search', startFrom, end, 'window', 'hello-work', transition.transitionPeriod.id, ['employment-transition'], { estimated: true }),
    marker('transition-period-end', end, end, 'deadline', 'municipality', transition.transitionPeriod.id, ['employment-transition'], {
      estimated: true,
      questions: ['extension'],
    }),
  ];
}
