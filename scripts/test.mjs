// `npm test`: Chromium check, typecheck, format and lint, build, unit + component tests (vitest), browser tests (Playwright +
// Debian's Chromium), Lighthouse, then one line "N passed, N failed" counted from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const env = { ...process.env, npm_config_loglevel: 'error' };
/** @type {Record<string, boolean>} step → ok; scripts/test-summary.mjs counts a failed step as a failure. */
const steps = {};
const saveSteps = () => writeFileSync('reports/steps.json', `${JSON.stringify(steps, null, 2)}\n`);

/** Runs one step with its output streamed; returns whether it exited 0. */
function run(/** @type {string} */ label, /** @type {string} */ cmd, /** @type {string[]} */ args) {
  console.log(`\n── ${label} ──`);
  const t = Date.now();
  const ok = spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
  console.log(`── ${label}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return ok;
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

steps.chromium = ensureChromium();
if (!steps.chromium) {
  saveSteps();
  process.exit(1);
}
steps.typecheck = run('typecheck (app, engine without DOM, node)', 'npm', ['run', '--silent', 'typecheck']);
// Formatting and lint, checked, never rewritten here (npm run format fixes the layout): docs/decisions/008.
steps.lint = run('format and lint (biome ci)', 'node_modules/.bin/biome', ['ci', '--error-on-warnings', '.']);
steps.build = run('build', 'node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
// The runners' reports are the source of the counts, not their exit codes.
run('unit and component tests (vitest)', 'node_modules/.bin/vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
// Browser tests run against the build; without it, the missing report counts as a failure, never as a skip.
if (steps.build) {
  run('browser tests (playwright)', 'node_modules/.bin/playwright', ['test']);
  // Each gate (performance ≥ 95, accessibility and best practices 100) is counted from its report.
  run('lighthouse (mobile preset)', 'node', ['scripts/lighthouse.mjs']);
} else console.error('\nbrowser tests and lighthouse not run: the build failed');
saveSteps();

// .ci/run prints the line itself, last (so it is there even when this script dies); here it would be said twice.
const byCi = process.env.SHURO_SUMMARY_BY === 'ci';
if (!byCi) console.log('');
const summary = spawnSync('node', ['scripts/test-summary.mjs'], { stdio: byCi ? 'ignore' : 'inherit', env });
process.exit(summary.status === 0 && Object.values(steps).every(Boolean) ? 0 : 1);
