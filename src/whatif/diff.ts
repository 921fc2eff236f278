/**
 * What differs between two results (the person's answers and a what-if): verdicts, the copay cap and the
 * timeline dates. Pure: it compares what the engine decided and decides nothing itself.
 */
import type { Case, Result, TimelineEntry } from '../case/schema';
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

export interface ResultDiff {
  asOf: Change<string>;
  rulesVersion: Change<string>;
  services: ServiceDiff[];
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
  return {
    asOf,
    rulesVersion,
    services,
    copay,
    timeline,
    changed: asOf.changed || rulesVersion.changed || services.some((s) => s.changed) || copay.changed || timeline.some((t) => t.changed),
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
