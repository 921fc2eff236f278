// `npm test`: typecheck, build, unit + component tests (vitest), browser tests (Playwright + Debian Chromium),
// then one line "N passed, N failed" counted from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const env = { ...process.env, npm_config_loglevel: 'error' };
const bin = (name) => `node_modules/.bin/${name}`;
const run = (label, cmd, args) => {
  console.log(`\n── ${label} ──`);
  const t = Date.now();
  const ok = spawnSync(cmd, args, { stdio: 'inherit', env }).status === 0;
  console.log(`── ${label}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return ok;
};

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const steps = {};

steps.chromium = ensureChromium();
steps.typecheck =
  run('typecheck (app)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']) &&
  run('typecheck (engine: no DOM)', bin('tsc'), ['--noEmit', '-p', 'src/engine/tsconfig.json']);
steps.build = run('build', bin('vite'), ['build', '--logLevel', 'warn']);
steps.unit = run('unit and component tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
// Browser tests need the build and Chromium; without them they count as failed, never as skipped.
steps.browser = steps.build && steps.chromium ? run('browser tests (playwright)', bin('playwright'), ['test']) : false;

writeFileSync('reports/steps.json', JSON.stringify(steps, null, 2));
const summary = spawnSync('node', ['scripts/test-summary.mjs'], { stdio: 'inherit', env }).status;
process.exit(Object.values(steps).every(Boolean) && summary === 0 ? 0 : 1);
