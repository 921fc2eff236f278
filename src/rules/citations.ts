/**
 * Resolves a rule's citations for a date: the rule's own sources plus those of the value in force on that
 * date (Rule.valueSources), each with the section that states it. Data lookup only; the engine and the
 * catalogue (scripts/rules-catalogue.ts) both use it, so what users see and what reviewers read agree.
 */
import type { Rule } from './schema';
import { SOURCES, type Cite, type Source, type SourceId } from './sources';

export interface Citation extends Source {
  id: SourceId;
}

export function resolveCite(c: Cite): Citation {
  const id = typeof c === 'string' ? c : c.id;
  const rec: Source = SOURCES[id];
  const section = typeof c === 'string' ? rec.section : c.section;
  return { ...rec, id, ...(section ? { section } : {}) };
}

/** The effective date of the value in force on `asOf` (the latest on or before it), if any. */
export function valueDateAt(r: Rule, asOf: string): string | undefined {
  let best: string | undefined;
  for (const d of Object.keys(r.values)) if (d <= asOf && (best === undefined || d > best)) best = d;
  return best;
}

/** Official sources first, then secondary ones, then our own calculation; each source once. */
export function citationsOn(r: Rule, asOf: string): Citation[] {
  const date = valueDateAt(r, asOf);
  const cites = [...(date ? (r.valueSources?.[date] ?? []) : []), ...r.sources];
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const c of cites) {
    const cite = resolveCite(c);
    if (seen.has(cite.id)) continue;
    seen.add(cite.id);
    out.push(cite);
  }
  const rank = { official: 0, secondary: 1, calculation: 2 } as const;
  return out.sort((a, b) => rank[a.kind] - rank[b.kind]);
}

/** True when at least one official text (law, ministry, prefecture, municipality) is cited on that date. */
export function hasOfficial(r: Rule, asOf: string): boolean {
  return citationsOn(r, asOf).some((c) => c.kind === 'official');
}
