/** Every example in ../shared/cases, through the engine: one test per case, named by its sentence. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse';
import { evaluate } from '../../src/engine';
import { ResultSchemaCheck } from '../support/result-schema';
import { loadSharedCases, mismatches } from '../support/cases';

const fixtures = loadSharedCases();

describe('shared example cases', () => {
  it('finds the example cases', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtures.map((f) => [`${f.title} (${f.file})`, f] as const))('%s', (_name, f) => {
    const parsed = parseCase(f.case);
    if (!parsed.ok) throw new Error(`${f.file} does not parse: ${JSON.stringify(parsed.problems)}`);
    const r = evaluate(parsed.case, { asOf: parsed.case.asOf! });
    expect(ResultSchemaCheck(r)).toEqual([]);
    expect(mismatches(r, f.expect)).toEqual([]);
  });
});

/** Our own boundary cases in the same shape ({ title, case, expect }), in tests/cases/boundaries. */
const BOUNDARIES = resolve(__dirname, 'boundaries');
const boundaries = existsSync(BOUNDARIES)
  ? readdirSync(BOUNDARIES).filter((f) => f.endsWith('.json')).sort().map((file) => ({ file, ...JSON.parse(readFileSync(join(BOUNDARIES, file), 'utf8')) }))
  : [];

describe('boundary cases (tests/cases/boundaries)', () => {
  it.each(boundaries.map((f) => [`${f.title} (${f.file})`, f] as const))('%s', (_name, f) => {
    const parsed = parseCase(f.case);
    if (!parsed.ok) throw new Error(`${f.file} does not parse: ${JSON.stringify(parsed.problems)}`);
    const r = evaluate(parsed.case, { asOf: parsed.case.asOf! });
    expect(ResultSchemaCheck(r)).toEqual([]);
    expect(mismatches(r, f.expect)).toEqual([]);
  });
});
