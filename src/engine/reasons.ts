/** Turns a rule and how it came out into a cited reason, and reasons into a verdict. */
import type { Reason, ServiceResult } from '../case/schema';
import type { ReasonStatus, ServiceId, Verdict } from '../case/enums';
import { SOURCES, type Rule } from '../rules';
import { variantOf } from './variants';

type Params = NonNullable<Reason['params']>;

export function reason(r: Rule, status: ReasonStatus, params?: Params): Reason {
  const sources = r.sources.map((id) => {
    const s: { title: string; url?: string } = SOURCES[id];
    return s.url ? { id, title: s.title, url: s.url } : { id, title: s.title };
  });
  return {
    rule: r.id,
    status,
    source: sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join('; '),
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
