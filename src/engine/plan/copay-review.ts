/** The July copay review (the category is re-set on the new tax year [7.10, 10.9]), for the services it concerns. */
import type { ServiceId } from '../../case/enums';
import { copay as copayRules } from '../../rules';
import type { PlanCtx } from './context';
import { marker, type Entry } from './entry';

/** The services the person uses or is about to apply for: what a copay date concerns. */
export function concerned(p: PlanCtx): ServiceId[] {
  const out = new Set<ServiceId>([...p.current, ...p.applying]);
  if (p.c.work?.status === 'working' && p.open('job-retention')) out.add('job-retention');
  return [...out];
}

export function copayReview(p: PlanCtx): Entry[] {
  const svc = concerned(p);
  if (!svc.length) return [];
  return [
    marker('copay-review', p.copay.reviewOn, p.copay.reviewOn, 'review', 'municipality', copayRules.copayReview.id, svc, { questions: ['copay-category'] }),
  ];
}
