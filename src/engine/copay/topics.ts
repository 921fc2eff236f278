/** Where each copay reason belongs on the page (Reason.topic), by rule: the views read the topic, never rule ids. */
import type { Reason } from '../../case/schema';
import { copay as rules, type Rule } from '../../rules';

type Topic = NonNullable<Reason['topic']>;

const TOPICS = new Map<Rule, Topic>([
  [rules.copayCaps, 'category'],
  [rules.copayHousehold, 'why'],
  [rules.copayResidence, 'why'],
  [rules.taxNonTaxPay, 'why'],
  [rules.taxIncomeLevyModel, 'why'],
  [rules.copayUnknown, 'why'],
  [rules.copayOutsideCap, 'outside'],
]);
const BY_ID = new Map([...TOPICS].map(([r, t]) => [r.id, t]));

/** The reasons with their topic set. */
export function withTopics(reasons: readonly Reason[]): Reason[] {
  return reasons.map((r) => {
    const topic = BY_ID.get(r.rule);
    return topic ? { ...r, topic } : r;
  });
}
