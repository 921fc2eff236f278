/** Browser-test helpers for the views over the results: answers saved on the device, a fixed clock, the print call. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

export const STATE_KEY = 'shuro-check:state';
/** "Today" in these tests, in Japan. */
export const NOW = new Date('2026-11-22T10:00:00+09:00');

/** A shared example case (../shared/cases/<name>.json), without its asOf so it describes "today". */
export function sharedCase(name: string): Record<string, unknown> {
  const j = JSON.parse(readFileSync(fileURLToPath(new URL(`../../../shared/cases/${name}.json`, import.meta.url)), 'utf8')) as {
    case: Record<string, unknown>;
  };
  const { asOf: _asOf, ...c } = j.case;
  return c;
}

/**
 * Opens the app on the results page with these answers saved on the device (as if the person had answered
 * them all), the clock fixed, and window.print counted instead of opening a dialog.
 */
export async function openResults(page: Page, c: Record<string, unknown>, visited: string[] = []): Promise<void> {
  await page.clock.setFixedTime(NOW);
  const saved = JSON.stringify({ v: 1, case: c, step: 'results', visited, savedAt: '2026-11-22T00:00:00.000Z' });
  await page.addInitScript(
    ([key, value]) => {
      // Only once: a reload must find what the app saved since.
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
      (window as unknown as { __printCalls: number }).__printCalls = 0;
      window.print = () => {
        (window as unknown as { __printCalls: number }).__printCalls++;
      };
    },
    [STATE_KEY, saved],
  );
  await page.goto('/');
  await page.getByRole('heading', { level: 2, name: /サービスごとの結果|Results for each service/ }).waitFor();
  // The parts the results fetch once shown (the pay chart's fold) are in before anything is counted or measured.
  await page.waitForLoadState('networkidle');
}

/** The answers saved on the device right now. */
export async function savedCase(page: Page): Promise<Record<string, unknown>> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STATE_KEY);
  return (JSON.parse(raw ?? '{}') as { case?: Record<string, unknown> }).case ?? {};
}

export const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls);
