// `npm run bench`: one block of figures to compare runs over time (keep the format stable; bump "bench v1" if
// it changes). First-question JavaScript and render time are measured in Debian's Chromium against the build
// served by `vite preview`; engine throughput in Node. `--no-build` reuses dist/.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROMIUM, ensureChromium } from './ensure-chromium.mjs';
import { serveDist } from './serve-dist.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const env = { ...process.env, npm_config_loglevel: 'error' };
const fail = (/** @type {string} */ why) => {
  console.error(`bench: ${why}`);
  process.exit(1);
};

if (!ensureChromium()) process.exit(1);
if (!process.argv.includes('--no-build') && spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], { stdio: 'inherit', env }).status !== 0)
  fail('the build failed');

const { url: base, stop } = await serveDist();

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS });
/**
 * One cold visit (no cache, no service worker), 4× slower CPU when `throttle`: open the app, tap はじめる as soon
 * as it is there; returns the scripts fetched before the first question and the time it appeared.
 */
async function visit(/** @type {boolean} */ throttle) {
  const context = await browser.newContext({ locale: 'ja-JP', serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies = new Map();
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') bodies.set(new URL(r.url()).pathname, await r.body().catch(() => Buffer.alloc(0)));
  });
  if (throttle) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(base);
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('shuro:first-question').length > 0);
  const { ms, before } = await page.evaluate(() => {
    const mark = /** @type {PerformanceEntry} */ (performance.getEntriesByName('shuro:first-question')[0]).startTime;
    const before = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < mark && /\.js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname);
    return { ms: mark, before };
  });
  await page.waitForLoadState('networkidle');
  await context.close();
  const kib = before.reduce((a, p) => a + gzipSync(bodies.get(p) ?? Buffer.alloc(0), { level: 9 }).length, 0) / 1024;
  return { ms, kib, scripts: before.length };
}

const first = await visit(false);
const times = [];
for (let i = 0; i < RUNS; i++) times.push((await visit(true)).ms);
await browser.close();
stop();
times.sort((a, b) => a - b);
const [fastest = 0, slowest = 0, median = 0] = [times[0], times.at(-1), times[times.length >> 1]];

// The service worker's precache list: every URL in dist/sw.js's manifest, by file size.
const sw = readFileSync('dist/sw.js', 'utf8');
const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => /** @type {string} */ (m[1]));
const precacheKib = urls.reduce((a, u) => a + statSync(`dist/${u}`).size, 0) / 1024;

const engine = spawnSync('node_modules/.bin/tsx', ['scripts/bench-engine.ts'], { env, encoding: 'utf8' });
if (engine.status !== 0) fail(`engine bench failed: ${engine.stderr}`);
const e = JSON.parse(engine.stdout.trim().split('\n').pop() ?? '{}');

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || 'unknown';
const f1 = (/** @type {number} */ n) => n.toFixed(1);
const row = (/** @type {string} */ k, /** @type {string} */ v) => console.log(`${k.padEnd(25)}${v}`);
console.log(`bench v1  ${new Date().toISOString()}  commit ${commit}`);
row('first-load-js-gzip-kib', `${f1(first.kib)}  (${first.scripts} scripts before the first question)`);
row('precache-kib', `${f1(precacheKib)}  (${urls.length} entries)`);
row('first-question-ms-4xcpu', `median ${Math.round(median)} (n=${times.length}, min ${Math.round(fastest)}, max ${Math.round(slowest)})`);
row('engine-cases-per-sec', `${Math.round((e.cases / e.ms) * 1000)}  (n=${e.cases}: ${e.examples} examples + ${e.generated} generated)`);
