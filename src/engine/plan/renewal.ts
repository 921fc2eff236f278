/**
 * Renewal: the end of the current 支給決定 (history.decisionEnds) and of 移行's 24 months (or its extension), each
 * with the renewal step 2 to 3 months before [10.9]. From 2027-04-01 a 移行 extension needs 就労選択支援 first
 * [1.13], so that comes before the renewal step.
 */
import type { ServiceId } from '../../case/enums';
import { addDays, addMonths, laterOf } from '../../case/dates';
import { timeline, transition, valueAt } from '../../rules';
import { uses } from '../context';
import { choiceSteps } from './choice-first';
import type { PlanCtx } from './context';
import { marker, officeStep, type Entry } from './entry';

/** The renewal step for something ending on `end`: from 3 to 2 months before, or from today if that has begun. */
export function renewalStep(p: PlanCtx, end: string, svc: readonly ServiceId[], questions: readonly string[]): Entry[] {
  const r = valueAt(timeline.timelineRenewal, p.asOf)!;
  const last = addDays(end, -1);
  if (last < p.asOf) return [];
  const from = addMonths(end, -r.monthsBefore);
  const latest = addMonths(end, -r.monthsBeforeLatest);
  const to = latest < p.asOf ? last : latest;
  return [officeStep(p.asOf, 'renewal', laterOf(from, p.asOf), to, svc, { questions, rule: timeline.timelineRenewal.id, firm: true })];
}

/** The current decision's end, from the answers. */
export function decisionEnd(p: PlanCtx): Entry[] {
  const end = p.c.history?.decisionEnds;
  const svc = p.current.filter((id) => id !== 'employment-choice');
  if (!end || end < p.asOf || !svc.length) return [];
  return [
    ...renewalStep(p, end, svc, ['renewal-how']),
    marker('decision-end', end, end, 'deadline', 'municipality', timeline.timelineRenewal.id, svc, { questions: ['renewal-how'] }),
  ];
}

/** Someone in 移行 now: the standard period (or the extension) ends on a date computed from the months used. */
export function transitionEnd(p: PlanCtx): Entry[] {
  const used = p.c.history?.transitionMonthsUsed;
  if (!uses(p, 'employment-transition') || used === undefined) return [];
  const period = valueAt(transition.transitionPeriod, p.asOf)!;
  const standard = used < period.standardMonths;
  const limit = standard ? period.standardMonths : period.standardMonths + period.extensionMonths;
  if (used >= limit) return [];
  const end = addMonths(p.asOf, limit - used);
  const choiceFirst = standard && valueAt(transition.transitionExtensionChoice, end) === true && p.open('employment-choice') && p.c.history?.assessed !== true;
  const q = choiceFirst ? ['extension', 'choice-provider'] : ['extension'];
  const out: Entry[] = [];
  if (choiceFirst) {
    // Early enough that its result (about a month of use after its own decision) is in before the renewal step.
    const r = valueAt(timeline.timelineRenewal, p.asOf)!;
    const d = valueAt(timeline.timelineDurations, p.asOf)!;
    const start = addMonths(end, -(r.monthsBefore + d.decisionMaxMonths + 1));
    out.push(...choiceSteps(p, laterOf(start, p.asOf), ['employment-transition']).entries);
  }
  out.push(...renewalStep(p, end, ['employment-transition'], q));
  out.push(
    marker(
      standard ? 'transition-period-end' : 'transition-extension-end',
      end,
      end,
      'deadline',
      'municipality',
      transition.transitionPeriod.id,
      ['employment-transition'],
      { questions: q },
    ),
  );
  return out;
}
