/** Turns a rule and how it came out into a cited reason, and reasons into a verdict. */
import type { Reason, ServiceResult } from '../case/schema';
import type { ReasonStatus, ServiceId, Verdict } from '../case/enums';
import { ALL_RULES, type Rule } from '../rules';
import { citationsOn, resolveCite } from '../rules/citations';
import { variantOf } from './variants';

type Params = NonNullable<Reason['params']>;

/**
 * The sources a reason cites: the rule's own, plus those of the value in force on `asOf` (a value from
 * 2027-04-01 cites its own notice). Without `asOf`, the rule's own sources only; evaluate() passes every
 * reason through citeOn() with its date, so results always carry the dated citations.
 */
function citation(r: Rule, asOf?: string): Reason['sources'] {
  const cites = asOf ? citationsOn(r, asOf) : r.sources.map(resolveCite);
  return cites.map((c) => ({
    id: c.id,
    title: c.title ?? c.topic,
    ...(c.url ? { url: c.url } : {}),
    publisher: c.publisher,
    ...(c.section ? { section: c.section } : {}),
    kind: c.kind,
    ...(c.authority ? { authority: c.authority } : {}),
    titleFromPage: c.title !== undefined,
  }));
}

function sourceLine(sources: Reason['sources']): string {
  return sources
    .map((s) => {
      const name = `${s.publisher ?? ''}${s.titleFromPage ? `「${s.title}」` : `（${s.title}）`}${s.section ? ` ${s.section}` : ''}`;
      return s.url ? `${name} <${s.url}>` : name;
    })
    .join('; ');
}

/**
 * A rule's citation on a date, worked out once: the rule data never changes while the app runs, and every
 * evaluate() cites each reason twice (when made, then for its date in citeOn), so this is the engine's hot path.
 */
const CITED = new WeakMap<Rule, Map<string, { sources: Reason['sources']; line: string }>>();
function cited(r: Rule, asOf?: string): { sources: Reason['sources']; source: string } {
  let byDate = CITED.get(r);
  if (!byDate) CITED.set(r, (byDate = new Map()));
  const key = asOf ?? '';
  let c = byDate.get(key);
  if (!c) {
    const sources = citation(r, asOf);
    byDate.set(key, (c = { sources, line: sourceLine(sources) }));
  }
  // A fresh array each time: a result's sources can be changed by its holder without touching the cache.
  return { sources: c.sources.map((x) => ({ ...x })), source: c.line };
}

export function reason(r: Rule, status: ReasonStatus, params?: Params, asOf?: string): Reason {
  const { sources, source } = cited(r, asOf);
  return {
    rule: r.id,
    status,
    source,
    sources,
    refs: r.refs,
    confidence: r.confidence,
    ...(params && Object.keys(params).length ? { params } : {}),
    ...withVariant(r, status, params),
  };
}

function withVariant(r: Rule, status: ReasonStatus, params?: Params): { variant?: string } {
  const variant = variantOf(r, status, params ?? {});
  return variant ? { variant } : {};
}

const BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

/** Re-cites reasons for their date: the sources of the value in force on `asOf` (see citation()). */
export function citeOn<T extends Reason>(reasons: readonly T[], asOf: string): T[] {
  return reasons.map((x) => {
    const r = BY_ID.get(x.rule);
    if (!r) return x;
    return { ...x, ...cited(r, asOf) };
  });
}

const RANK: Record<Verdict, number> = { unlikely: 0, possible: 1, likely: 2 };
const BY_STATUS: Record<ReasonStatus, Verdict> = {
  met: 'likely',
  info: 'likely',
  unknown: 'possible',
  ask: 'possible',
  'not-met': 'unlikely',
};

/** The weakest requirement decides: unlikely < possible < likely. */
export function verdictOf(reasons: readonly Reason[]): Verdict {
  let v: Verdict = 'likely';
  for (const r of reasons) {
    const w = BY_STATUS[r.status];
    if (RANK[w] < RANK[v]) v = w;
  }
  return v;
}

/** Collects a service's reasons and the answers or facts that would change its verdict. */
export class ServiceBuilder {
  readonly reasons: Reason[] = [];
  private readonly changes = new Set<string>();
  opensOn?: string;
  requiredBefore?: ServiceId[];

  constructor(readonly id: ServiceId) {}

  add(r: Rule, status: ReasonStatus, params?: Params, changes: readonly string[] = []): this {
    this.reasons.push(reason(r, status, params));
    for (const c of changes) this.changes.add(c);
    return this;
  }

  build(): ServiceResult {
    return {
      id: this.id,
      verdict: verdictOf(this.reasons),
      reasons: this.reasons,
      changes: [...this.changes],
      ...(this.opensOn ? { opensOn: this.opensOn } : {}),
      ...(this.requiredBefore?.length ? { requiredBefore: this.requiredBefore } : {}),
    };
  }
}
