/** 就労定着支援: in an ordinary job, reached through a welfare service, from 6 months after hiring for up to 3 years. */
import type { ServiceResult } from '../../case/schema';
import { addMonths, addYears } from '../../case/dates';
import { retention, transition, valueAt } from '../../rules';
import type { Ctx } from '../context';
import { ServiceBuilder } from '../reasons';
import { addDisabilityBasis } from './shared';

/** The dates the retention window opens and closes, when the job's start date is known [5.3, 5.4]. */
export function retentionWindow(ctx: Ctx): { opens: string; ends: string } | undefined {
  const started = ctx.c.work?.startedOn;
  const w = valueAt(retention.retentionWindow, ctx.asOf);
  if (!started || !w) return undefined;
  const opens = addMonths(started, w.opensAfterMonths);
  return { opens, ends: addYears(opens, w.maxYears) };
}

export function evaluateRetention(ctx: Ctx): ServiceResult {
  const s = new ServiceBuilder('job-retention');
  const w = ctx.c.work ?? {};
  const services = valueAt(retention.retentionVia, ctx.asOf) ?? [];
  const viaService = w.viaService !== undefined && w.viaService !== 'none' && services.includes(w.viaService);

  // Having used a welfare service already establishes the disability basis; unanswered, it still might.
  const viaPending = w.viaService === undefined && w.status !== 'not-working' && w.status !== 'student';
  if (!viaService) addDisabilityBasis(s, ctx, viaPending ? 'field:work.viaService' : undefined);

  switch (w.status) {
    case undefined:
      s.add(retention.retentionWork, 'unknown', {}, ['field:work.status']);
      break;
    case 'working':
      s.add(retention.retentionWork, 'met', { status: w.status });
      break;
    case 'on-leave':
      s.add(retention.retentionWork, 'ask', { status: w.status }, ['field:work.status']);
      break;
    default:
      s.add(retention.retentionWork, 'not-met', { status: w.status }, ['field:work.status']);
  }
  if (w.status !== 'not-working' && w.status !== 'student') {
    if (w.viaService === undefined) s.add(retention.retentionVia, 'unknown', {}, ['field:work.viaService']);
    else if (viaService) s.add(retention.retentionVia, 'met', { via: w.viaService });
    else s.add(retention.retentionVia, 'not-met', { via: w.viaService }, ['field:work.viaService']);

    const win = retentionWindow(ctx);
    if (!win) s.add(retention.retentionWindow, 'unknown', {}, ['field:work.startedOn']);
    else if (ctx.asOf > win.ends) {
      // More than 3½ years after hiring: no extension was found, so only the municipality can say [5.4].
      s.add(retention.retentionWindow, 'ask', { opensOn: win.opens, endsOn: win.ends }, ['fact:municipality-judgement']);
    } else {
      s.add(retention.retentionWindow, 'met', { opensOn: win.opens, endsOn: win.ends, open: ctx.asOf >= win.opens });
      if (ctx.asOf < win.opens) s.opensOn = win.opens;
    }
  }
  // No age limit was found for 就労定着支援 [5.6]; from the age where 移行 and A型 close, say so (providers claim one).
  const senior = valueAt(transition.transitionAge, ctx.asOf)?.under;
  if (ctx.age !== undefined && senior !== undefined && ctx.age >= senior) s.add(retention.retentionAge, 'info', { age: ctx.age });
  return s.build();
}
