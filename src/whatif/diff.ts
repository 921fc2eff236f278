/**
 * What differs between two results (the person's answers and a what-if): verdicts, the copay cap and the
 * timeline dates. Pure: it compares what the engine decided and decides nothing itself.
 */
import type { Case, Reason, Result, TimelineEntry } from '../case/schema';
import type { CopayCategory, ServiceId, Verdict } from '../case/enums';

/** One value before and after; `changed` says whether they differ. */
export interface Change<T> {
  before: T;
  after: T;
  changed: boolean;
}

export interface ServiceDiff {
  id: ServiceId;
  verdict: Change<Verdict>;
  /** The date the service opens (就労定着支援), when there is one. */
  opensOn: Change<string | undefined>;
  changed: boolean;
}

export interface CopayDiff {
  category: Change<CopayCategory>;
  /** null: not known (the category is unknown). */
  monthlyCap: Change<number | null>;
  estimated: Change<boolean>;
  /** The caps it could be when the category is unknown (empty otherwise). */
  possibleCaps: Change<NonNullable<Result['copay']['possibleCaps']>>;
  household: Change<Result['copay']['household']>;
  reviewOn: Change<string>;
  /** The category expected from 1 July (January to June, from last year's pay); null when there is none. */
  fromJuly: Change<NonNullable<Result['copay']['fromJuly']> | null>;
  /** after − before in yen when both caps are known; null otherwise. */
  capDelta: number | null;
  changed: boolean;
}

/** When one timeline entry happens, as the diff compares it. */
export interface When {
  from: string;
  to: string;
  estimated: boolean;
  kind: TimelineEntry['kind'];
}

export interface TimelineDiff {
  /** The step id (locale key timeline:steps.<step>); `key` also tells repeated steps apart. */
  step: string;
  key: string;
  /** Absent when the entry is only in the other result. */
  before?: When;
  after?: When;
  changed: boolean;
}

/**
 * One service that must be used before another (the result's `requiredBefore`), present in one result and
 * not in the other: e.g. from a date on, 就労選択支援 first for a new A型 user.
 */
export interface RequirementDiff {
  /** The service to use first. */
  first: ServiceId;
  /** The service it comes before (as the engine names it in requiredBefore). */
  service: ServiceId;
  before: boolean;
  after: boolean;
}

/**
 * A service's reason whose status or wording (variant) differs, or that is only in one result: what the rule
 * says changed, read from the results, never from rule ids.
 */
export interface ReasonDiff {
  service: ServiceId;
  rule: string;
  before?: Reason;
  after?: Reason;
}

export interface ResultDiff {
  asOf: Change<string>;
  rulesVersion: Change<string>;
  services: ServiceDiff[];
  requirements: RequirementDiff[];
  reasons: ReasonDiff[];
  copay: CopayDiff;
  timeline: TimelineDiff[];
  /** True when anything above differs. */
  changed: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function change<T>(before: T, after: T): Change<T> {
  return { before, after, changed: !same(before, after) };
}

/** Timeline entries keyed by step id, with a counter for a step that occurs more than once. */
function keyed(entries: readonly TimelineEntry[]): Map<string, TimelineEntry> {
  const seen = new Map<string, number>();
  const out = new Map<string, TimelineEntry>();
  for (const e of entries) {
    const n = seen.get(e.step) ?? 0;
    seen.set(e.step, n + 1);
    out.set(n === 0 ? e.step : `${e.step}#${n + 1}`, e);
  }
  return out;
}

const when = (e: TimelineEntry | undefined): When | undefined => (e ? { from: e.from, to: e.to, estimated: e.estimated, kind: e.kind } : undefined);

/** Both timelines as one list in date order (the what-if's date first, else the original's). */
function diffTimeline(before: readonly TimelineEntry[], after: readonly TimelineEntry[]): TimelineDiff[] {
  const a = keyed(before);
  const b = keyed(after);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const rows = keys.map((key, i) => {
    const x = when(a.get(key));
    const y = when(b.get(key));
    const step = (b.get(key) ?? a.get(key))!.step;
    return { row: { step, key, ...(x ? { before: x } : {}), ...(y ? { after: y } : {}), changed: !same(x, y) }, date: (y ?? x)!.from, i };
  });
  rows.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : p.i - q.i));
  return rows.map((r) => r.row);
}

/** "first>service" for every requiredBefore of a result. */
function requirementPairs(r: Result): string[] {
  return r.services.flatMap((s) => (s.requiredBefore ?? []).map((x) => `${s.id}>${x}`));
}

/** requiredBefore pairs that appear or vanish, in the after result's order, then the ones that vanish. */
export function diffRequirements(before: Result, after: Result): RequirementDiff[] {
  const a = new Set(requirementPairs(before));
  const b = new Set(requirementPairs(after));
  return [...new Set([...b, ...a])]
    .filter((k) => a.has(k) !== b.has(k))
    .map((k) => {
      const [first, service] = k.split('>') as [ServiceId, ServiceId];
      return { first, service, before: a.has(k), after: b.has(k) };
    });
}

/** Reasons of each service whose status or variant differ between the results, or that only one has. */
export function diffReasons(before: Result, after: Result): ReasonDiff[] {
  const out: ReasonDiff[] = [];
  const ids = [...new Set([...after.services.map((s) => s.id), ...before.services.map((s) => s.id)])];
  for (const id of ids) {
    const p = before.services.find((s) => s.id === id)?.reasons ?? [];
    const q = after.services.find((s) => s.id === id)?.reasons ?? [];
    const rules = [...new Set([...q.map((r) => r.rule), ...p.map((r) => r.rule)])];
    for (const rule of rules) {
      const x = p.find((r) => r.rule === rule);
      const y = q.find((r) => r.rule === rule);
      if (x && y && x.status === y.status && x.variant === y.variant) continue;
      out.push({ service: id, rule, ...(x ? { before: x } : {}), ...(y ? { after: y } : {}) });
    }
  }
  return out;
}

export function diffResults(before: Result, after: Result): ResultDiff {
  const services: ServiceDiff[] = after.services.map((s) => {
    const b = before.services.find((x) => x.id === s.id);
    const verdict = change(b?.verdict ?? s.verdict, s.verdict);
    const opensOn = change(b?.opensOn, s.opensOn);
    return { id: s.id, verdict, opensOn, changed: verdict.changed || opensOn.changed };
  });
  const p = before.copay;
  const q = after.copay;
  const monthlyCap = change(p.monthlyCap, q.monthlyCap);
  const copayParts = {
    category: change(p.category, q.category),
    monthlyCap,
    estimated: change(p.estimated, q.estimated),
    possibleCaps: change(p.possibleCaps ?? [], q.possibleCaps ?? []),
    household: change(p.household, q.household),
    reviewOn: change(p.reviewOn, q.reviewOn),
    fromJuly: change(p.fromJuly ?? null, q.fromJuly ?? null),
  };
  const copay: CopayDiff = {
    ...copayParts,
    capDelta: monthlyCap.before !== null && monthlyCap.after !== null ? monthlyCap.after - monthlyCap.before : null,
    changed: Object.values(copayParts).some((c) => c.changed),
  };
  const timeline = diffTimeline(before.timeline, after.timeline);
  const asOf = change(before.asOf, after.asOf);
  const rulesVersion = change(before.rulesVersion, after.rulesVersion);
  const requirements = diffRequirements(before, after);
  const reasons = diffReasons(before, after);
  return {
    asOf,
    rulesVersion,
    services,
    requirements,
    reasons,
    copay,
    timeline,
    changed:
      asOf.changed ||
      rulesVersion.changed ||
      services.some((s) => s.changed) ||
      requirements.length > 0 ||
      reasons.length > 0 ||
      copay.changed ||
      timeline.some((t) => t.changed),
  };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function leaves(v: unknown, prefix: string, out: Map<string, unknown>): void {
  if (!isObj(v)) {
    out.set(prefix, v);
    return;
  }
  for (const [k, x] of Object.entries(v)) leaves(x, prefix ? `${prefix}.${k}` : k, out);
}

/** The case paths whose answers differ between two sets of answers ("residence", "household.income.spouse"). */
export function changedFields(before: Case, after: Case): string[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  leaves(before, '', a);
  leaves(after, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths.filter((p) => !same(a.get(p), b.get(p)));
}

/**
 * How an answer differs in the what-if: "user" when the person changed it in the form; "dropped" when the
 * question no longer applies after their change (e.g. last year's pay once the tax status is known), so the
 * what-if does not use it; "follows" when it moved with another answer (the age with the date).
 */
export interface AnswerChange {
  field: string;
  before: unknown;
  after: unknown;
  by: 'user' | 'dropped' | 'follows';
}

/**
 * The answers that differ between the person's answers and the what-if's, each with who changed it. `edited`
 * holds the case paths the person set in the form (a path covers the paths below it); only those whose value
 * differs count as the person's changes.
 */
export function answerChanges(before: Case, after: Case, edited: readonly string[]): AnswerChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  leaves(before, '', a);
  leaves(after, '', b);
  const byUser = (p: string) => edited.some((f) => p === f || p.startsWith(`${f}.`));
  return changedFields(before, after).map((field) => {
    const x = a.get(field);
    const y = b.get(field);
    const by = byUser(field) ? 'user' : y === undefined ? 'dropped' : 'follows';
    return { field, before: x, after: y, by };
  });
}
