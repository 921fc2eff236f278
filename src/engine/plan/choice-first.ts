/**
 * 就労選択支援 as a dependency: new B型 users outside routes (a)–(c) [3.2], and from 2027-04-01 new A型 users [2.5]
 * (and 移行 extensions [1.13], see renewal.ts) use it before applying. It is its own application and decision,
 * 1 month in principle, at most 2 [4.4]; the result then informs which service to apply for.
 */
import type { ServiceId } from '../../case/enums';
import { addDays, addMonths } from '../../case/dates';
import { choice, timeline, typeA, valueAt, type Rule } from '../../rules';
import { typeANeedsChoice } from '../eligibility/continuation-a';
import type { PlanCtx } from './context';
import { marker, officeStep, type Entry } from './entry';
import { addWorkingDays } from './office-days';

/** The first date a true/false rule is true (e.g. the day 就労選択支援 becomes the rule for new A型 users). */
export function firstInForce(r: Rule<boolean>): string | undefined {
  return Object.entries(r.values)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .find(([, v]) => v === true)?.[0];
}

/** Of the services to apply for, those that need 就労選択支援 first when applied for on `applyOn`. */
export function needingChoice(p: PlanCtx, applyOn: string): ServiceId[] {
  if (!p.open('employment-choice')) return [];
  const required = p.services.find((s) => s.id === 'employment-choice')?.requiredBefore ?? [];
  return p.targets.filter((id) =>
    id === 'continuation-a' ? typeANeedsChoice(p, applyOn) || required.includes(id) : id === 'continuation-b' && required.includes(id),
  );
}

/** Applying for and using 就労選択支援; returns the steps and the day its result is expected (1 month in). */
export function choiceSteps(p: PlanCtx, from: string, forServices: readonly ServiceId[]): { entries: Entry[]; resultFrom: string } {
  const est = valueAt(timeline.timelineEstimates, p.asOf)!;
  const d = valueAt(timeline.timelineDurations, p.asOf)!;
  // Before 就労選択支援 existed it is never open, so this falls back only in theory: to its first value.
  const cd = valueAt(choice.choiceDuration, p.asOf) ?? Object.values(choice.choiceDuration.values)[0]!;
  const applyTo = addWorkingDays(from, est.applyWorkingDays);
  const apply = officeStep(p.asOf, 'choice-apply', from, applyTo, ['employment-choice', ...forServices]);
  const decidedFrom = addDays(apply.from, d.decisionMinWeeks * 7); // not law: days in a week
  const usedTo = addMonths(addMonths(apply.to, d.decisionMaxMonths), cd.maxMonths);
  const use = officeStep(p.asOf, 'choice-use', decidedFrom, usedTo, ['employment-choice', ...forServices], { rule: choice.choiceDuration.id });
  return { entries: [apply, use], resultFrom: addMonths(use.from, cd.months) };
}

/** Before the change date: the day new A型 users start to need 就労選択支援 (from the rules, not a literal). */
export function choiceRuleChange(p: PlanCtx): Entry[] {
  const change = firstInForce(typeA.typeAChoiceFirst);
  if (!change || p.asOf >= change || !p.applying.includes('continuation-a') || p.c.history?.assessed === true) return [];
  return [
    marker('choice-rule-2027', change, change, 'deadline', 'municipality', typeA.typeAChoiceFirst.id, ['continuation-a', 'employment-choice'], {
      questions: ['choice-provider'],
    }),
  ];
}
