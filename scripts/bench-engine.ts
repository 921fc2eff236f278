/**
 * Engine throughput for `npm run bench`: evaluates the shared example cases and generated ones (fixed seed, so
 * runs compare) and prints one JSON line { cases, examples, generated, ms }.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { evaluate } from '../src/engine';
import type { Case } from '../src/case/schema';
import { arbCase } from '../tests/support/arbitraries';

const GENERATED = Number(process.env.BENCH_CASES ?? 5000);
const dir = '../shared/cases';
const examples: Case[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { case: Case }).case);
const generated = fc.sample(arbCase, { numRuns: GENERATED, seed: 20261123 });
const all = [...examples, ...generated];

const today = '2026-11-22';
// One pass to warm the JIT, then the timed pass.
for (const c of all.slice(0, 500)) evaluate(c, { asOf: c.asOf ?? today });
const t0 = performance.now();
for (const c of all) evaluate(c, { asOf: c.asOf ?? today });
const ms = performance.now() - t0;
console.log(JSON.stringify({ cases: all.length, examples: examples.length, generated: generated.length, ms }));
