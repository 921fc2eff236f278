/** Loads tests/cases/boundaries/*.json (the shared case shape, plus optional expect.rules) and runs cases. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCase } from '../../src/case/parse';
import type { Result } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import type { Expectation, Fixture } from '../support/cases';

export const BOUNDARY_CASES_DIR = resolve(__dirname, 'boundaries');

export interface CaseFixture extends Fixture {
  expect: Expectation & { rules?: string[] };
}

export function loadBoundaryCases(): CaseFixture[] {
  return readdirSync(BOUNDARY_CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const j = JSON.parse(readFileSync(join(BOUNDARY_CASES_DIR, file), 'utf8'));
      return { file: `boundaries/${file}`, title: j.title, case: j.case, expect: j.expect };
    });
}

/**
 * Every rule a result names: the reasons' rules (services, their costs, copay and other help), the timeline entries'
 * rules and the rule behind the municipality's office on them.
 */
export function rulesOf(r: Result): Set<string> {
  return new Set([
    ...r.services.flatMap((s) => [...s.reasons, ...(s.cost?.reasons ?? [])].map((x) => x.rule)),
    ...r.copay.reasons.map((x) => x.rule),
    ...(r.otherHelp ?? []).map((x) => x.rule),
    ...r.timeline.flatMap((t) => [t.rule, ...(t.office ? [t.office.rule] : [])]),
  ]);
}

export function run(f: Fixture): Result {
  const parsed = parseCase(f.case);
  if (!parsed.ok) throw new Error(`${f.file} does not parse: ${JSON.stringify(parsed.problems)}`);
  return evaluate(parsed.case, { asOf: parsed.case.asOf! });
}
