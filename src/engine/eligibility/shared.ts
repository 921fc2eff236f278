/** Requirements several services share: the disability basis, age bands and the work situation. */
import type { ServiceId } from '../../case/enums';
import { common, valueAt, type Rule } from '../../rules';
import type { Ctx } from '../context';
import type { ServiceBuilder } from '../reasons';

/**
 * 障害者 under 障害者総合支援法: a handbook, a certificate or a listed disease; else the doctor route [1.2–1.7].
 * `pending`: an unanswered question that could still establish the basis another way (a change id).
 */
export function addDisabilityBasis(s: ServiceBuilder, ctx: Ctx, pending?: string): void {
  const d = ctx.c.disability ?? {};
  const handbooks = d.handbooks;
  const diseases = valueAt(common.disabilityBasis, ctx.asOf)?.designatedDiseases ?? 0;
  if (handbooks?.length || d.mentalOutpatientCertificate || d.designatedDisease) {
    s.add(common.disabilityBasis, 'met', {
      handbooks: (handbooks ?? []).join(','),
      certificate: d.mentalOutpatientCertificate === true,
      disease: d.designatedDisease === true,
      designatedDiseases: diseases,
    });
    return;
  }
  if (d.doctorConfirmed === true) {
    s.add(common.disabilityDoctor, 'ask', {}, ['field:disability.handbooks', 'fact:municipality-judgement']);
    return;
  }
  // Firmly out only when every basis question was answered "no": an unanswered one could still be "yes".
  const allAnsweredNo = handbooks !== undefined && d.doctorConfirmed === false && d.mentalOutpatientCertificate === false && d.designatedDisease === false;
  if (allAnsweredNo && pending) {
    s.add(common.disabilityBasis, 'unknown', { designatedDiseases: diseases }, [pending, 'field:disability.doctorConfirmed']);
    return;
  }
  if (allAnsweredNo) {
    s.add(common.disabilityBasis, 'not-met', { designatedDiseases: diseases }, ['field:disability.doctorConfirmed', 'field:disability.handbooks']);
    return;
  }
  const unanswered: string[] = [];
  if (handbooks === undefined) unanswered.push('field:disability.handbooks');
  if (d.mentalOutpatientCertificate === undefined) unanswered.push('field:disability.mentalOutpatientCertificate');
  if (d.designatedDisease === undefined) unanswered.push('field:disability.designatedDisease');
  if (d.doctorConfirmed === undefined) unanswered.push('field:disability.doctorConfirmed');
  s.add(common.disabilityBasis, 'unknown', { designatedDiseases: diseases }, unanswered);
}

interface AgeRules {
  /** The service's own age rule (min 18). */
  age: Rule<{ min: number; under?: number }>;
  /** For 移行 and A型: the 65+ continuation exception [1.10, 2.2]. */
  over65?: Rule<{ age: number; continuousYears: number }>;
}

/** Age bands: under 15 no; 15–17 only via the 児童相談所長 route (unconfirmed, ask); 18+ by the service's rule. */
export function addAge(s: ServiceBuilder, ctx: Ctx, rules: AgeRules, service: ServiceId): void {
  const age = ctx.age;
  const p = valueAt(rules.age, ctx.asOf);
  const youth = valueAt(common.youthRoute, ctx.asOf);
  if (!p || !youth) return;
  if (age === undefined) {
    s.add(rules.age, 'unknown', { min: p.min }, ['field:age']);
  } else if (age < youth.from) {
    s.add(rules.age, 'not-met', { age, min: youth.from }, ['field:age']);
  } else if (age < p.min) {
    s.add(common.youthRoute, 'ask', { age, min: p.min }, ['fact:child-guidance-centre']);
  } else if (p.under === undefined || age < p.under) {
    s.add(rules.age, 'met', { age, min: p.min, ...(p.under ? { under: p.under } : {}) });
  } else if (rules.over65) {
    addOver65(s, ctx, rules.over65, service, age);
  }
}

/**
 * 65 and over, 移行 and A型 [1.10, 2.2]: both (b) a decision for this very service on the day before the 65th
 * birthday (history.grantedBefore65) and (a) decisions held without a break during the years before 65
 * (history.continuousBefore65). Each unanswered part is "possible" with the question that settles it.
 */
function addOver65(s: ServiceBuilder, ctx: Ctx, over65: NonNullable<AgeRules['over65']>, service: ServiceId, age: number): void {
  const o = valueAt(over65, ctx.asOf);
  if (!o) return;
  const h = ctx.c.history;
  const params = { age, limit: o.age, years: o.continuousYears };
  const granted = h?.grantedBefore65;
  if (granted === undefined) s.add(over65, 'unknown', params, ['field:history.grantedBefore65']);
  else if (granted.includes(service)) s.add(over65, 'met', params);
  else {
    // (b) is not met: (a) cannot open the service on its own, so it is not asked.
    s.add(over65, 'not-met', params, ['field:history.grantedBefore65']);
    return;
  }
  if (valueAt(common.over65Continuous, ctx.asOf) !== true) return;
  const continuous = h?.continuousBefore65;
  if (continuous === undefined) s.add(common.over65Continuous, 'unknown', params, ['field:history.continuousBefore65']);
  else if (continuous) s.add(common.over65Continuous, 'met', params);
  else s.add(common.over65Continuous, 'not-met', params, ['field:history.continuousBefore65']);
}

/**
 * On leave (休職中): the return-to-work route [1.17, 1.18, 11.5]. 地域障害者職業センター's リワーク支援 comes
 * first; a municipality may ask for evidence that it is hard to use, besides the employer's and doctor's letters.
 */
export function addLeave(s: ServiceBuilder, ctx: Ctx): void {
  if (ctx.c.work?.status !== 'on-leave') return;
  const v = valueAt(common.leaveRework, ctx.asOf);
  if (v) s.add(common.leaveRework, 'info', { contact: v.contact }, ['fact:rework']);
}

interface WorkRules {
  /** While working or on leave: the 2024 in-work routes, decided case by case [1.17, 1.18]. */
  work: Rule;
  /** Students: 移行 in the final year only [1.16]; A型/B型 ask the municipality. */
  student: Rule;
  /** 移行 only: a student not in the final year is firmly out. */
  finalYearOnly?: boolean;
}

export function addWork(s: ServiceBuilder, ctx: Ctx, rules: WorkRules): void {
  const w = ctx.c.work ?? {};
  switch (w.status) {
    case undefined:
      s.add(rules.work, 'unknown', {}, ['field:work.status']);
      return;
    case 'not-working':
      s.add(rules.work, 'met', { status: w.status });
      return;
    case 'working':
    case 'on-leave':
      s.add(rules.work, 'ask', { status: w.status }, ['field:work.status', 'fact:in-work-use']);
      return;
    case 'student':
      if (!rules.finalYearOnly) s.add(rules.student, 'ask', { status: w.status }, ['field:work.status']);
      else if (w.finalYear === true) s.add(rules.student, 'ask', { finalYear: true }, ['fact:student-conditions']);
      else if (w.finalYear === false) s.add(rules.student, 'not-met', { finalYear: false }, ['field:work.finalYear']);
      else s.add(rules.student, 'unknown', {}, ['field:work.finalYear']);
  }
}
