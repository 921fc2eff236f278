/** Building plan entries: office steps (snapped to open days, with the rules' contact, documents and questions) and dated markers. */
import type { ServiceId } from '../../case/enums';
import type { TimelineEntry } from '../../case/schema';
import { timeline, valueAt } from '../../rules';
import type { StepId } from '../../rules/timeline';
import { officeRange } from './office-days';

export type Entry = TimelineEntry;

export interface StepOptions {
  documents?: readonly string[];
  questions?: readonly string[];
  /** The rule the step comes from (default timeline.flow). */
  rule?: string;
  /** Dates from answers or the law, not from estimated durations. */
  firm?: boolean;
}

/** A step to do at an office or with a person: always on days the office is open. */
export function officeStep(asOf: string, id: StepId, from: string, to: string, services: readonly ServiceId[], o: StepOptions = {}): Entry {
  const def = valueAt(timeline.timelineSteps, asOf)![id];
  const r = officeRange(from, to);
  return {
    step: id,
    from: r.from,
    to: r.to,
    kind: 'step',
    contact: def.contact,
    documents: [...new Set([...def.documents, ...(o.documents ?? [])])],
    questions: [...new Set([...def.questions, ...(o.questions ?? [])])],
    services: [...services],
    estimated: !o.firm,
    rule: o.rule ?? timeline.timelineSteps.id,
  };
}

/** A date or period that matters (set by the law or the answers): shown as it is, never moved. */
export function marker(
  step: string,
  from: string,
  to: string,
  kind: Exclude<Entry['kind'], 'step'>,
  contact: Entry['contact'],
  rule: string,
  services: readonly ServiceId[],
  o: { estimated?: boolean; questions?: readonly string[] } = {},
): Entry {
  return { step, from, to, kind, contact, documents: [], questions: [...(o.questions ?? [])], services: [...services], estimated: o.estimated ?? false, rule };
}
