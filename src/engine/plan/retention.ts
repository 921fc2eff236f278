/**
 * Working: the first 6 months are the sending provider's (for 移行 an obligation [1.20]; otherwise [5.3]); 就労定着支援
 * from month 6 for up to 3 years [5.2–5.4], applied for at the municipality shortly before it opens; after it,
 * なかぽつ [11.4]. Without a start date: a consultation about 定着.
 */
import { addMonths, laterOf } from '../../case/dates';
import { retention, timeline, transition, valueAt } from '../../rules';
import { uses } from '../context';
import { retentionWindow } from '../eligibility/job-retention';
import type { PlanCtx } from './context';
import { marker, officeStep, type Entry } from './entry';
import { addWorkingDays } from './office-days';

/** Which rule says who supports the first 6 months: the 移行 provider's obligation, or the 定着 window's start. */
export function aftercareRule(p: PlanCtx): string {
  return p.c.work?.viaService === 'employment-transition' ? transition.transitionAftercare.id : retention.retentionWindow.id;
}

export function retentionPlan(p: PlanCtx): Entry[] {
  if (p.c.work?.status !== 'working' || !p.open('job-retention')) return [];
  const win = retentionWindow(p);
  const svc = ['job-retention'] as const;
  if (!win) {
    if (uses(p, 'job-retention')) return [];
    const est = valueAt(timeline.timelineEstimates, p.asOf)!;
    const inWork = p.services.some((s) => s.id !== 'employment-choice' && s.id !== 'job-retention' && s.verdict !== 'unlikely') ? ['in-work-use'] : [];
    return [officeStep(p.asOf, 'consult', p.asOf, addWorkingDays(p.asOf, est.consultWorkingDays), svc, { questions: ['retention-provider', ...inWork] })];
  }
  const est = valueAt(timeline.timelineEstimates, p.asOf)!;
  const started = p.c.work!.startedOn!;
  const out: Entry[] = [marker('aftercare', started, win.opens, 'window', 'provider', aftercareRule(p), svc)];
  if (!uses(p, 'job-retention') && win.ends > p.asOf) {
    // Shortly before it opens; once open, as soon as the office can see the person.
    const early = addMonths(win.opens, -est.retentionApplyMonthsBefore);
    const from = laterOf(early, p.asOf);
    const to = win.opens > from ? win.opens : addWorkingDays(from, est.consultWorkingDays);
    const inWork = p.services.some((s) => s.id !== 'employment-choice' && s.id !== 'job-retention' && s.verdict !== 'unlikely') ? ['in-work-use'] : [];
    out.push(officeStep(p.asOf, 'retention-apply', from, to, svc, { rule: retention.retentionWindow.id, questions: inWork }));
  }
  out.push(marker('retention-window', win.opens, win.ends, 'window', 'municipality', retention.retentionWindow.id, svc, { questions: ['retention-provider'] }));
  out.push(marker('after-retention', win.ends, win.ends, 'deadline', 'nakapotsu', retention.retentionWindow.id, svc));
  return out;
}
