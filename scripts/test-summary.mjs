// Prints one line "N passed, N failed, N skipped" from the runners' JSON reports (reports/vitest.json,
// reports/playwright.json, reports/lighthouse.json: one check per gate) and the steps scripts/test.mjs records (reports/steps.json). A missing or broken
// report, a test file that failed to load, a runner error or a failed step (Chromium, typecheck, build) counts
// as a failure with a "problem:" line on stderr: the line never says "0 failed" for tests that did not run.
import { existsSync, readFileSync } from 'node:fs';
import { GATES, scores } from './lighthouse.mjs';

let passed = 0;
let failed = 0;
let skipped = 0;
/** Counts one failure that no test result shows. */
function problem(/** @type {string} */ msg) {
  console.error(`problem: ${msg}`);
  failed += 1;
}
/** @returns {any} the parsed report, or undefined after counting a problem */
function load(/** @type {string} */ file, required = true) {
  if (!existsSync(file)) return required ? problem(`${file} is missing (its runner did not finish)`) : undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return problem(`${file} is not readable JSON: ${e instanceof Error ? e.message : e}`);
  }
}
const firstLine = (/** @type {unknown} */ s) =>
  String(s ?? '')
    .trim()
    .split('\n')[0];

const v = load('reports/vitest.json');
if (v) {
  const before = failed;
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  // A test file that fails to load has a failed suite but no failed test.
  for (const s of v.testResults ?? [])
    if (s.status === 'failed' && !(s.assertionResults ?? []).some((/** @type {any} */ a) => a.status === 'failed'))
      problem(`vitest could not run ${s.name}: ${firstLine(s.message)}`);
  if ((v.numTotalTests ?? 0) === 0) problem('vitest ran no test');
  if (v.success === false && failed === before) problem('vitest reported failure without a failed test');
}

const p = load('reports/playwright.json');
if (p) {
  const st = p.stats ?? {};
  passed += (st.expected ?? 0) + (st.flaky ?? 0);
  failed += st.unexpected ?? 0;
  skipped += st.skipped ?? 0;
  for (const e of p.errors ?? []) problem(`playwright: ${firstLine(e.message ?? e)}`);
  if ((st.expected ?? 0) + (st.unexpected ?? 0) + (st.flaky ?? 0) === 0) problem('playwright ran no test');
}

// Written by scripts/test.mjs; absent when the runners were started by hand.
const steps = load('reports/steps.json', false) ?? {};
for (const [step, ok] of Object.entries(steps)) if (ok !== true) problem(`step "${step}" failed`);

// Lighthouse: one check per gated category. Required when npm test built the app (it runs it then).
const lh = load('reports/lighthouse.json', steps.build === true);
if (lh) {
  const got = scores(lh);
  for (const [category, min] of Object.entries(GATES)) {
    const s = got[category];
    if (s != null && s >= min) passed += 1;
    else problem(`lighthouse ${category} ${s ?? 'missing'} is below ${min}`);
  }
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
