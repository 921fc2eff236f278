/**
 * The first-question budget (issue 6): every script the browser fetches from opening the app until the first
 * question is on screen, gzip-compressed as a server would send it, is at most 30 KiB. What comes later (the
 * other questions, the case reader, the engine, the service worker's helper) must wait until then.
 */
import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { expect, test } from './helpers';

test.use({ locale: 'ja-JP', serviceWorkers: 'block' });

const BUDGET_KIB = 30;

/** Records each script as it arrives: path → gzip size in bytes. */
function recordScripts(page: Page): Map<string, number> {
  const scripts = new Map<string, number>();
  page.on('response', async (r) => {
    if (r.request().resourceType() !== 'script') return;
    const body = await r.body().catch(() => Buffer.alloc(0));
    scripts.set(new URL(r.url()).pathname, gzipSync(body, { level: 9 }).length);
  });
  return scripts;
}

/** Paths of the scripts whose download started before the first question was on screen. */
async function scriptsBeforeFirstQuestion(page: Page): Promise<string[]> {
  await page.waitForFunction(() => performance.getEntriesByName('shuro:first-question').length > 0);
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('shuro:first-question')[0]!.startTime;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === 'script' || e.initiatorType === 'link' || /\.js$/.test(new URL(e.name).pathname))
      .filter((e) => e.startTime < mark && /\.js$/.test(new URL(e.name).pathname))
      .map((e) => new URL(e.name).pathname);
  });
}

const kib = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0) / 1024;
const list = (m: Map<string, number>) => [...m].map(([p, b]) => `${p.replace(/^.*\//, '')} ${(b / 1024).toFixed(1)}`).join(', ');

test(`the first question needs at most ${BUDGET_KIB} KiB of gzipped JavaScript`, async ({ page }, info) => {
  const scripts = recordScripts(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '年齢を教えてください' })).toBeVisible();
  const before = await scriptsBeforeFirstQuestion(page);
  await page.waitForLoadState('networkidle');
  const atFirstQuestion = new Map(before.map((p) => [p, scripts.get(p) ?? Number.NaN]));
  info.annotations.push({ type: 'first-question-js', description: `${kib(atFirstQuestion).toFixed(1)} KiB gzip: ${list(atFirstQuestion)}` });
  console.log(`first question: ${kib(atFirstQuestion).toFixed(1)} KiB gzip (${list(atFirstQuestion)})`);
  expect(kib(atFirstQuestion), list(atFirstQuestion)).toBeLessThanOrEqual(BUDGET_KIB);
  // Nothing for later steps came before the first question.
  expect([...atFirstQuestion.keys()].filter((p) => /\/(engine|reader|Results|questions|reasons|timeline)-/.test(p))).toEqual([]);
});

test('negative control: the measurement sees the entry chunk, and the deferred chunks arrive afterwards', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '年齢を教えてください' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...scripts.keys()].some((p) => /\/assets\/index-[\w-]+\.js$/.test(p))).toBe(true);
  expect(kib(scripts)).toBeGreaterThan(20);
  // Once the first question is shown and the browser is idle, the engine and the reader load.
  await expect.poll(() => [...scripts.keys()].some((p) => /\/engine-/.test(p)), { timeout: 10_000 }).toBe(true);
  await expect.poll(() => [...scripts.keys()].some((p) => /\/reader-/.test(p))).toBe(true);
  // The later texts arrive too. No i18next: the app has one reader of the locale files (src/i18n/lookup.ts).
  await expect.poll(() => [...scripts.keys()].some((p) => /\/questions-/.test(p))).toBe(true);
  expect([...scripts.keys()].filter((p) => /i18next/.test(p))).toEqual([]);
});
