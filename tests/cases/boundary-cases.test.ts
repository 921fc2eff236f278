/**
 * Our own cases in the shared shape ({ title, case, expect }) in tests/cases/boundaries, each on one side of a rule
 * (65+ continuation, the assessment's kind, on leave): through the engine, and through the CLI as the hidden
 * cases are run. Cases with the optional fields added after version 1 must load like any other.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/case/schema';
import { parseCase } from '../../src/case/parse';
import { evaluate } from '../../src/engine';
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

describe('boundary cases (tests/cases/boundaries)', () => {
  it('finds them', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));

  it.each(fixtures.map((f) => [`${f.title} (${f.file})`, f] as const))('%s', (_name, f) => {
    const parsed = parseCase(f.case);
    if (!parsed.ok) throw new Error(`${f.file} does not parse: ${JSON.stringify(parsed.problems)}`);
    const r = evaluate(parsed.case, { asOf: parsed.case.asOf! });
    expect(mismatches(r, f.expect)).toEqual([]);
    // expect.rules: rules a reason or a timeline entry must name (so the rule is what some user really sees).
    const named = new Set([...r.services.flatMap((s) => s.reasons.map((x) => x.rule)), ...r.timeline.map((t) => t.rule)]);
    expect((f.expect.rules ?? []).filter((id) => !named.has(id))).toEqual([]);
  });

  it('gives the same verdicts through the command line', () => {
    const p = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/evaluate.ts', DIR], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(0);
    const lines = p.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; result: Result });
    expect(lines).toHaveLength(fixtures.length);
    for (const f of fixtures) expect(mismatches(lines.find((l) => l.file.endsWith(f.file))!.result, f.expect), f.file).toEqual([]);
  });
});
