/**
 * After an application: the サービス等利用計画案 and interview, the 支給決定 and 受給者証 (2 weeks to 2 months
 * [10.5]), the start, and for 移行 and A型 the trial decision (about 2 months [1.21]).
 */
import type { ServiceId } from '../../case/enums';
import { addDays, addMonths } from '../../case/dates';
import { timeline, transition, typeA, valueAt } from '../../rules';
import type { PlanCtx } from './context';
import { officeStep, type Entry } from './entry';

export interface Decided {
  entries: Entry[];
  /** The earliest day the decision could come (and the service start). */
  from: string;
  to: string;
}

export function decisionSteps(p: PlanCtx, applyFrom: string, applyTo: string, svc: readonly ServiceId[]): Decided {
  const d = valueAt(timeline.timelineDurations, p.asOf)!;
  const from = addDays(applyFrom, d.decisionMinWeeks * 7); // not law: days in a week
  const to = addMonths(applyTo, d.decisionMaxMonths);
  const entries = [
    officeStep(p.asOf, 'plan', applyFrom, to, svc),
    officeStep(p.asOf, 'decision', from, to, svc, { rule: timeline.timelineDurations.id }),
    officeStep(p.asOf, 'start', from, to, svc),
  ];
  const trial = svc.filter((id) => id === 'employment-transition' || id === 'continuation-a');
  if (trial.length) {
    const rule = trial.includes('employment-transition') ? transition.transitionProvisional.id : typeA.typeAProvisional.id;
    entries.push(officeStep(p.asOf, 'provisional', from, addMonths(to, d.provisionalMonths), trial, { rule }));
  }
  return { entries, from: entries[1]!.from, to: entries[1]!.to };
}
