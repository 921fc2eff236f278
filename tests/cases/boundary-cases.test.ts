/**
 * Our own cases in the shared shape ({ title, case, expect }) in tests/cases/boundaries, each on one side of a rule
 * (65+ continuation, the assessment's kind, on leave, copay, citations): through the CLI as the hidden cases are run. Cases with the optional fields added after version 1 must load like any other.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/case/schema';
import { mismatches, type Expectation, type Fixture } from '../support/cases';

const ROOT = resolve(__dirname, '../..');
const DIR = resolve(__dirname, 'boundaries');
const fixtures: (Fixture & { expect: Expectation & { rules?: string[] } })[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => {
    const j = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    return { file, title: j.title, case: j.case, expect: j.expect };
  });

describe('boundary cases (tests/cases/boundaries) through the command line', () => {
  // The engine run of each case (verdicts, caps and the rules it must name) is in shared-cases.test.ts.
  it('gives the same verdicts through the command line as the hidden cases are run', () => {
    const p = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/evaluate.ts', DIR], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    const lines = p.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; result: Result });
    expect(lines.length).toBeGreaterThanOrEqual(10);
    expect(lines).toHaveLength(fixtures.length);
    for (const f of fixtures) expect(mismatches(lines.find((l) => l.file.endsWith(f.file))!.result, f.expect), f.file).toEqual([]);
  }, 150_000);
});
