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
  /**
   * The result's municipality, compared as a subset (nested objects too): `{ "code": "141003", "designatedCity":
   * true }` matches whatever else the result says of it. null: the result names no municipality.
   */
  municipality?: Record<string, unknown> | null;
}

export interface Fixture {
  file: string;
  title: string;
  case: unknown;
  expect: Expectation;
}

/**
 * Where an example's expectation contradicts ../shared/rules/reference.md, the reference wins (verdicts.md: "the
 * disagreement is a bug to report"). Each entry is narrow (one file, one service), says why, and is reported
 * upstream; the example as written is still checked with the answer it lacks (tests/engine/eligibility-gaps).
 */
export const REFERENCE_OVERRIDES: Record<string, { services: Record<string, string | string[]>; why: string }> = {
  'over-65-continuing-a.json': {
    services: { 'continuation-a': 'possible' },
    why:
      'reference.md 1.10(a)/2.2: from 65, A型 also needs 支給決定 held without a break for the 5 years before 65. ' +
      'The title says so, but a version 1 case cannot: history.continuousBefore65 is unanswered, and an ' +
      'unanswered requirement is "possible", never "likely" (issue 11).',
  },
};

export function loadSharedCases(): Fixture[] {
  return readdirSync(SHARED_CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const j = JSON.parse(readFileSync(join(SHARED_CASES_DIR, file), 'utf8'));
      const o = REFERENCE_OVERRIDES[file];
      const expect = o ? { ...j.expect, services: { ...j.expect?.services, ...o.services } } : j.expect;
      return { file, title: j.title, case: j.case, expect };
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
  if (e.copay?.category !== undefined && e.copay.category !== r.copay.category)
    out.push(`copay.category: expected ${e.copay.category}, got ${r.copay.category}`);
  if (e.copay && 'monthlyCap' in e.copay && e.copay.monthlyCap !== r.copay.monthlyCap)
    out.push(`copay.monthlyCap: expected ${e.copay.monthlyCap}, got ${r.copay.monthlyCap}`);
  for (const d of e.timelineDates ?? []) {
    if (!r.timeline.some((t) => t.from === d || t.to === d)) out.push(`timeline: no entry from or to ${d}`);
  }
  if (e.municipality === null && r.municipality !== undefined) out.push(`municipality: expected none, got ${JSON.stringify(r.municipality)}`);
  if (e.municipality) out.push(...subsetMismatches('municipality', r.municipality, e.municipality));
  return out;
}

/** Where `actual` differs from `want` as a subset: every key of `want` (recursively for plain objects) equal. */
export function subsetMismatches(path: string, actual: unknown, want: unknown): string[] {
  if (want !== null && typeof want === 'object' && !Array.isArray(want)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return [`${path}: expected an object like ${JSON.stringify(want)}, got ${JSON.stringify(actual)}`];
    return Object.entries(want).flatMap(([k, v]) => subsetMismatches(`${path}.${k}`, (actual as Record<string, unknown>)[k], v));
  }
  return JSON.stringify(actual) === JSON.stringify(want) ? [] : [`${path}: expected ${JSON.stringify(want)}, got ${JSON.stringify(actual)}`];
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
