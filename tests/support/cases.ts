/** Loads the example cases from ../shared/cases (run from there, never copied) and builds cases for tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Case } from '../../src/case/schema';
import type { Result } from '../../src/case/schema';

export const SHARED_CASES_DIR = resolve(__dirname, '../../../shared/cases');

export interface Expectation {
  services?: Record<string, string | string[]>;
  copay?: { category?: string; monthlyCap?: number | null };
  timelineDates?: string[];
}

export interface Fixture {
  file: string;
  title: string;
  case: unknown;
  expect: Expectation;
}

export function loadSharedCases(): Fixture[] {
  return readdirSync(SHARED_CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const j = JSON.parse(readFileSync(join(SHARED_CASES_DIR, file), 'utf8'));
      return { file, title: j.title, case: j.case, expect: j.expect };
    });
}

/** Every way a result can miss an expectation, as readable lines (empty = matches). */
export function mismatches(r: Result, e: Expectation): string[] {
  const out: string[] = [];
  for (const [id, want] of Object.entries(e.services ?? {})) {
    const got = r.services.find((s) => s.id === id)?.verdict;
    const ok = Array.isArray(want) ? want.includes(got as string) : want === got;
    if (!ok) out.push(`${id}: expected ${JSON.stringify(want)}, got ${got}`);
  }
  if (e.copay?.category !== undefined && e.copay.category !== r.copay.category) out.push(`copay.category: expected ${e.copay.category}, got ${r.copay.category}`);
  if (e.copay && 'monthlyCap' in e.copay && e.copay.monthlyCap !== r.copay.monthlyCap) out.push(`copay.monthlyCap: expected ${e.copay.monthlyCap}, got ${r.copay.monthlyCap}`);
  for (const d of e.timelineDates ?? []) {
    if (!r.timeline.some((t) => t.from === d || t.to === d)) out.push(`timeline: no entry from or to ${d}`);
  }
  return out;
}

/** A baseline adult case; tests override what they are about. */
export function baseCase(over: Partial<Case> = {}): Case {
  return {
    format: 'shuro-check/case@1',
    asOf: '2026-11-22',
    age: 30,
    disability: { handbooks: ['mental'] },
    work: { status: 'not-working', experience: true },
    household: { publicAssistance: false, spouse: false, residentTax: 'exempt' },
    residence: 'home',
    ...over,
  };
}

export function verdicts(r: Result): Record<string, string> {
  return Object.fromEntries(r.services.map((s) => [s.id, s.verdict]));
}
