/**
 * The dated timeline: application steps from asOf (durations are typical, so those dates are estimates),
 * and the dates that matter — 就労定着支援 window, end of the 24-month period, the 65th birthday,
 * the July copay review, the 2027-04-01 change.
 */
import type { Copay, ServiceResult, TimelineEntry } from '../case/schema';
import type { ServiceId } from '../case/enums';
import { addDays, addMonths, birthday } from '../case/dates';
import { choice, timeline as rules, transition, typeA, valueAt, copay as copayRules } from '../rules';
import type { StepId } from '../rules/timeline';
import { uses, type Ctx } from './context';
import { retentionWindow } from './eligibility/job-retention';

type Entry = TimelineEntry;

const APPLY_SERVICES: ServiceId[] = ['employment-choice', 'employment-transition', 'continuation-a', 'continuation-b'];

export function buildTimeline(ctx: Ctx, services: readonly ServiceResult[], copay: Copay): Entry[] {
  const { c, asOf, age } = ctx;
  const steps = valueAt(rules.timelineSteps, asOf)!;
  const d = valueAt(rules.timelineDurations, asOf)!;
  const out: Entry[] = [];
  const verdict = (id: ServiceId) => services.find((s) => s.id === id)!.verdict;
  const open = (id: ServiceId) => verdict(id) !== 'unlikely';

  const step = (id: StepId, from: string, to: string, svc: ServiceId[], extra: { documents?: string[]; questions?: string[] } = {}): Entry => {
    const def = steps[id];
    return {
      step: id,
      from,
      to,
      kind: 'step',
      contact: def.contact,
      documents: [...def.documents, ...(extra.documents ?? [])],
      questions: [...def.questions, ...(extra.questions ?? [])],
      services: svc,
      estimated: from !== asOf || to !== asOf,
      rule:
        id === 'provisional' ? (svc.includes('employment-transition') ? transition.transitionProvisional.id : typeA.typeAProvisional.id)
        : id.startsWith('choice') ? choice.choiceDuration.id
        : rules.timelineSteps.id,
    };
  };
  const marker = (stepId: string, from: string, to: string, kind: Entry['kind'], contact: Entry['contact'], rule: string, svc: ServiceId[], estimated = false, questions: string[] = []): Entry => ({
    step: stepId, from, to, kind, contact, documents: [], questions, services: svc, estimated, rule,
  });

  const work = c.work?.status;
  const onLeave = work === 'on-leave';
  // New services to apply for: not used now, not ruled out. Someone in an ordinary job uses them only in
  // narrow in-work patterns [1.17], so their track is 就労定着支援 and a question at the first consultation.
  const targets = work === 'working' ? [] : APPLY_SERVICES.filter((id) => open(id) && !uses(ctx, id) && id !== 'employment-choice');
  const choiceFirst = services.find((s) => s.id === 'employment-choice')?.requiredBefore?.filter((id) => targets.includes(id)) ?? [];

  if (targets.length) {
    const extraQ: string[] = [];
    const reasons = services.flatMap((s) => s.reasons);
    const has = (rule: string, status?: string) => reasons.some((r) => r.rule === rule && (!status || r.status === status));
    if (has('disability.doctor')) extraQ.push('doctor-enough');
    if (has('age.youth-route')) extraQ.push('youth');
    if (has('transition.over-65') || has('type-a.over-65')) extraQ.push('over-65');
    if (has('transition.student', 'ask')) extraQ.push('student');
    if (work === 'working' || onLeave) extraQ.push('in-work-use');
    if (has('transition.reuse')) extraQ.push('reuse');
    if (has('transition.period', 'ask')) extraQ.push('extension');
    const leaveDocs = onLeave ? valueAt(rules.timelineReturnToWork, asOf)!.documents : [];

    const consultTo = addDays(asOf, d.consultDays);
    out.push(step('consult', asOf, consultTo, targets, { questions: extraQ }));
    if (onLeave) out.push({ ...marker('return-to-work-letters', asOf, consultTo, 'step', 'employer-and-doctor', rules.timelineReturnToWork.id, targets, true), documents: leaveDocs });
    const visitTo = addDays(consultTo, d.visitDays);
    out.push(step('visit', consultTo, visitTo, targets));

    // Applying, the plan, the decision and the start, for one group of services applied for together.
    const track = (svc: ServiceId[], applyFrom: string, applyTo: string) => {
      out.push(step('apply', applyFrom, applyTo, svc, { documents: leaveDocs }));
      const decidedFrom = addDays(applyFrom, d.decisionMinDays);
      const decidedTo = addMonths(applyTo, d.decisionMaxMonths);
      out.push(step('plan', applyFrom, decidedTo, svc));
      out.push(step('decision', decidedFrom, decidedTo, svc));
      out.push(step('start', decidedFrom, decidedTo, svc));
      const provisional = svc.filter((id) => id === 'employment-transition' || id === 'continuation-a');
      if (provisional.length) out.push(step('provisional', decidedFrom, addMonths(decidedTo, d.provisionalMonths), provisional));
      for (const id of svc) startOf.set(id, decidedFrom);
    };
    const startOf = new Map<ServiceId, string>();

    const applyTo = addDays(visitTo, d.applyDays);
    // Services that need 就労選択支援 first wait for it; the others are applied for straight away.
    const waiting = open('employment-choice') ? choiceFirst : [];
    const direct = targets.filter((id) => !waiting.includes(id));
    if (direct.length) track(direct, visitTo, applyTo);
    if (waiting.length) {
      const cd = valueAt(choice.choiceDuration, asOf) ?? { months: 1, maxMonths: 2 };
      out.push(step('choice-apply', visitTo, applyTo, ['employment-choice']));
      const choiceFrom = addDays(visitTo, d.decisionMinDays);
      const usedTo = addMonths(addMonths(applyTo, d.decisionMaxMonths), cd.maxMonths);
      out.push(step('choice-use', choiceFrom, usedTo, ['employment-choice', ...waiting]));
      track(waiting, addMonths(choiceFrom, cd.months), usedTo);
    }

    const decidedFrom = startOf.get('employment-transition');
    if (decidedFrom) {
      const p = valueAt(transition.transitionPeriod, asOf)!;
      const left = p.standardMonths - (c.history?.transitionMonthsUsed ?? 0);
      if (left > 0) {
        const end = addMonths(decidedFrom, left);
        out.push(marker('job-search', decidedFrom, end, 'window', 'hello-work', transition.transitionPeriod.id, ['employment-transition'], true));
        out.push(marker('transition-period-end', end, end, 'deadline', 'municipality', transition.transitionPeriod.id, ['employment-transition'], true, ['extension']));
      }
    }
  }

  if (work === 'working' && open('job-retention') && !uses(ctx, 'job-retention')) {
    const svc: ServiceId[] = ['job-retention'];
    const inWork = APPLY_SERVICES.some((id) => id !== 'employment-choice' && open(id)) ? ['in-work-use'] : [];
    out.push(step('consult', asOf, addDays(asOf, d.consultDays), svc, { questions: ['retention-provider', ...inWork] }));
  }

  // Someone in 就労移行支援 now: the standard period (or the extension) ends on a date we can compute.
  const used = c.history?.transitionMonthsUsed;
  if (uses(ctx, 'employment-transition') && used !== undefined) {
    const p = valueAt(transition.transitionPeriod, asOf)!;
    const limit = used < p.standardMonths ? p.standardMonths : p.standardMonths + p.extensionMonths;
    if (used < limit) {
      const end = addMonths(asOf, limit - used);
      const renew = addMonths(end, -valueAt(rules.timelineRenewal, asOf)!.monthsBefore);
      const q = valueAt(transition.transitionExtensionChoice, end) && used < p.standardMonths ? ['extension', 'choice-provider'] : ['extension'];
      if (renew > asOf) out.push(marker('renewal', renew, end, 'step', 'municipality', rules.timelineRenewal.id, ['employment-transition'], false, q));
      out.push(marker(used < p.standardMonths ? 'transition-period-end' : 'transition-extension-end', end, end, 'deadline', 'municipality', transition.transitionPeriod.id, ['employment-transition'], false, q));
    }
  }

  // 就労定着支援: the sending provider's first 6 months, then the window of up to 3 years [1.20, 5.3, 5.4].
  const win = retentionWindow(ctx);
  if (win && open('job-retention')) {
    const started = c.work!.startedOn!;
    const aftercareRule = c.work?.viaService === 'employment-transition' ? transition.transitionAftercare.id : 'retention.window';
    out.push(marker('aftercare', started, win.opens, 'window', 'provider', aftercareRule, ['job-retention']));
    out.push(marker('retention-window', win.opens, win.ends, 'window', 'municipality', 'retention.window', ['job-retention'], false, ['retention-provider']));
    out.push(marker('after-retention', win.ends, win.ends, 'deadline', 'nakapotsu', 'retention.window', ['job-retention']));
  }

  // The 65th birthday matters for 移行 and A型: a decision must be held the day before it [1.10, 2.2].
  if (c.birthDate && age !== undefined && age >= 60 && age < 65) {
    const svc = (['employment-transition', 'continuation-a'] as const).filter(open);
    if (svc.length) {
      const b = birthday(c.birthDate, 65);
      out.push(marker('turn-65', addDays(b, -1), b, 'deadline', 'municipality', svc[0] === 'continuation-a' ? typeA.typeAOver65.id : transition.transitionOver65.id, [...svc], false, ['over-65']));
    }
  }

  // Before 2027-04-01: mark the day new A型 users (and 移行 extensions) start to need 就労選択支援 [1.13, 2.5].
  const change = '2027-04-01';
  if (asOf < change && targets.includes('continuation-a') && c.history?.assessed !== true) {
    out.push(marker('choice-rule-2027', change, change, 'deadline', 'municipality', typeA.typeAChoiceFirst.id, ['continuation-a', 'employment-choice'], false, ['choice-provider']));
  }

  out.push(marker('copay-review', copay.reviewOn, copay.reviewOn, 'review', 'municipality', copayRules.copayReview.id, [], false, ['copay-category']));
  const meals = valueAt(copayRules.copayMeals, asOf);
  if (meals && copay.category !== 'general-2' && targets.length) {
    out.push(marker('meals-review', meals.until, meals.until, 'deadline', 'provider', copayRules.copayMeals.id, [], false, ['meals-transport']));
  }

  const order: Record<Entry['kind'], number> = { step: 0, window: 1, deadline: 2, review: 3 };
  return out
    .filter((e) => e.to >= asOf)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : order[a.kind] - order[b.kind]));
}
