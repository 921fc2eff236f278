/**
 * Other help besides the municipality (rules/help.ts): ハローワーク's disability section, 障害者就業・生活支援センター
 * and 地域障害者職業センター, each named where the person's situation calls for it, with what it does (the text)
 * and where the official list of them is (a cited source, or "ask the municipality") [11.3–11.5].
 */
import type { Reason, ServiceResult } from '../case/schema';
import { help, valueAt } from '../rules';
import type { HelpSituation, HelpValue } from '../rules/help';
import { uses, type Ctx } from './context';
import { reason } from './reasons';

/** In the order the results list them. */
const RULES = [help.helpHelloWork, help.helpNakapotsu, help.helpVocationalCenter] as const;

/** What the answers say of the person's situation, as the help rules name it. Unanswered: none. */
export function helpSituations(ctx: Ctx, services: readonly ServiceResult[]): Set<HelpSituation> {
  const work = ctx.c.work;
  const out = new Set<HelpSituation>();
  if (work?.status === 'not-working') out.add('not-working');
  if (work?.status === 'student' && work.finalYear === true) out.add('student-final-year');
  if (work?.status === 'on-leave') out.add('on-leave');
  if (work?.status === 'working') {
    out.add('working');
    const retention = services.find((s) => s.id === 'job-retention');
    if (uses(ctx, 'job-retention') || (retention && retention.verdict !== 'unlikely')) out.add('retention');
  }
  return out;
}

export function otherHelp(ctx: Ctx, services: readonly ServiceResult[]): Reason[] {
  const situations = helpSituations(ctx, services);
  const out: Reason[] = [];
  for (const r of RULES) {
    const v: HelpValue | null | undefined = valueAt(r, ctx.asOf);
    const hit = v?.when.find(([s]) => situations.has(s));
    if (!v || !hit) continue;
    out.push(reason(r, 'info', { contact: v.contact, situation: hit[1], list: v.list ?? 'ask' }));
  }
  return out;
}
