// Prints one line "N passed, N failed, N skipped" from the runners' own JSON reports. A missing or broken
// report, a suite that failed to load or a failed step (typecheck, build, Chromium) counts as a failure:
// the line never says "0 failed" for tests that did not run.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const problem = (msg) => {
  console.error(`problem: ${msg}`);
  failed += 1;
};
const load = (file) => {
  if (!existsSync(file)) return problem(`${file} is missing (the runner did not finish)`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return problem(`${file} is not readable JSON: ${e.message}`);
  }
};

const v = load('reports/vitest.json');
if (v) {
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  // A file that fails to load has no failed tests but a failed suite.
  for (const s of v.testResults ?? []) if (s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed')) problem(`vitest could not run ${s.name}: ${(s.message ?? '').split('\n')[0]}`);
  if ((v.numTotalTests ?? 0) === 0) problem('vitest ran no test');
}

const p = load('reports/playwright.json');
if (p) {
  const st = p.stats ?? {};
  passed += (st.expected ?? 0) + (st.flaky ?? 0);
  failed += st.unexpected ?? 0;
  skipped += st.skipped ?? 0;
  for (const e of p.errors ?? []) problem(`playwright: ${(e.message ?? String(e)).split('\n')[0]}`);
  if ((st.expected ?? 0) + (st.unexpected ?? 0) + (st.flaky ?? 0) === 0) problem('playwright ran no test');
}

const steps = existsSync('reports/steps.json') ? JSON.parse(readFileSync('reports/steps.json', 'utf8')) : {};
for (const [step, ok] of Object.entries(steps)) if (!ok && step !== 'unit' && step !== 'browser') problem(`step "${step}" failed`);

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
