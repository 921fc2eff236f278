/**
 * Every example in ../shared/cases, and every boundary case in tests/cases/boundaries (same shape:
 * { title, case, expect }), through the engine: one test per case, named by its sentence. A boundary case may
 * also say which rules must appear (expect.rules: a reason's rule or a timeline entry's rule), which is how
 * tests/rules/emitted.test.ts knows that every rule is reached by some case.
 */
import { describe, expect, it } from 'vitest';
import { ResultSchemaCheck } from '../support/result-schema';
import { loadSharedCases, mismatches } from '../support/cases';
import { loadBoundaryCases, rulesOf, run } from './boundary-cases';

const shared = loadSharedCases();
const boundaries = loadBoundaryCases();

describe('shared example cases', () => {
  it('finds the example cases', () => {
    expect(shared.length).toBeGreaterThanOrEqual(8);
  });

  it.each(shared.map((f) => [`${f.title} (${f.file})`, f] as const))('%s', (_name, f) => {
    const r = run(f);
    expect(ResultSchemaCheck(r)).toEqual([]);
    expect(mismatches(r, f.expect)).toEqual([]);
  });
});

describe('boundary cases (tests/cases/boundaries)', () => {
  it('finds the boundary cases, each with an expectation', () => {
    expect(boundaries.length).toBeGreaterThanOrEqual(10);
    for (const f of boundaries) expect(Object.keys(f.expect ?? {}).length, f.file).toBeGreaterThan(0);
  });

  it.each(boundaries.map((f) => [`${f.title} (${f.file})`, f] as const))('%s', (_name, f) => {
    const r = run(f);
    expect(ResultSchemaCheck(r)).toEqual([]);
    expect(mismatches(r, f.expect)).toEqual([]);
    const named = rulesOf(r);
    expect((f.expect.rules ?? []).filter((id) => !named.has(id))).toEqual([]);
  });
});
