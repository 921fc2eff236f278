/** 就労選択支援: exists from 2025-10-01; basis, age, work situation; marks where it is required first. */
import type { ServiceResult } from '../../case/schema';
import type { ServiceId } from '../../case/enums';
import { choice, common, transition, valueAt } from '../../rules';
import { effectiveFrom } from '../../rules/effective';
import { uses, type Ctx } from '../context';
import { ServiceBuilder } from '../reasons';
import { addDisabilityBasis, addWork } from './shared';
import { typeANeedsChoice } from './continuation-a';
import { typeBRoute } from './continuation-b';

/** The services (and the 移行 extension) for which 就労選択支援 is required first on asOf [4.3]. */
export function choiceRequiredBefore(ctx: Ctx): ServiceId[] {
  const req = valueAt(choice.choiceRequired, ctx.asOf);
  if (!req) return [];
  const out: ServiceId[] = [];
  if (req['continuation-b'] && typeBRoute(ctx) === undefined) out.push('continuation-b');
  if (req['continuation-a'] && typeANeedsChoice(ctx, ctx.asOf)) out.push('continuation-a');
  const used = ctx.c.history?.transitionMonthsUsed;
  const period = valueAt(transition.transitionPeriod, ctx.asOf);
  if (req['employment-transition-extension'] && period && used !== undefined && used >= period.standardMonths) {
    out.push('employment-transition');
  }
  return out;
}

export function evaluateChoice(ctx: Ctx): ServiceResult {
  const s = new ServiceBuilder('employment-choice');
  const from = effectiveFrom(choice.choiceExists);
  if (valueAt(choice.choiceExists, ctx.asOf) !== true) {
    s.add(choice.choiceExists, 'not-met', { from }, ['field:asOf']);
    return s.build();
  }
  s.add(choice.choiceExists, 'met', { from });
  addDisabilityBasis(s, ctx);

  const p = valueAt(choice.choiceAge, ctx.asOf);
  const youth = valueAt(common.youthRoute, ctx.asOf);
  const age = ctx.age;
  if (p && youth) {
    if (age === undefined) s.add(choice.choiceAge, 'unknown', { min: p.min }, ['field:age']);
    else if (age < p.youth) s.add(choice.choiceAge, 'not-met', { age, min: p.youth }, ['field:age']);
    // From 特別支援学校高等部 [4.6]; for 65+ the reference sets no rule, so the municipality decides.
    else if (age < p.min || age >= p.senior) s.add(choice.choiceAge, 'ask', { age, min: p.min, senior: p.senior }, ['fact:municipality-judgement']);
    else s.add(choice.choiceAge, 'met', { age, min: p.min });
  }
  addWork(s, ctx, { work: choice.choiceWork, student: choice.choiceWork });

  const required = choiceRequiredBefore(ctx);
  if (required.length) {
    s.requiredBefore = required;
    s.add(choice.choiceRequired, 'info', { before: required.join(',') });
  }
  if (uses(ctx, 'employment-choice')) s.add(choice.choiceDuration, 'info', valueAt(choice.choiceDuration, ctx.asOf) ?? {});
  return s.build();
}
