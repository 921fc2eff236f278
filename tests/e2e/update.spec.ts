/**
 * A new version deployed while someone is mid-flow: the service worker finds it, the app asks, nothing reloads
 * until the person agrees, and after the reload they are on the same question with every answer kept.
 * Two real builds (VITE_BUILD_ID a and b) are served from one origin that switches between them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { buildOf, useTwoBuilds } from './support/two-builds';

test.use({ locale: 'ja-JP' });
const twoBuilds = useTwoBuilds(7);

/** Build "a", controlled by its service worker, two answers in, on the third question. */
async function midFlowOnA(page: Page): Promise<void> {
  twoBuilds().use('a');
  await page.goto(twoBuilds().url);
  expect(await buildOf(page)).toBe('a');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
  await page.getByRole('textbox').fill('30');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByRole('checkbox', { name: '精神障害者保健福祉手帳', exact: true }).check();
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '障害基礎年金の1級を受け取っていますか' })).toBeVisible();
}

async function deployB(page: Page): Promise<void> {
  twoBuilds().use('b');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect(page.getByText('新しい版があります')).toBeVisible({ timeout: 20_000 });
}

test('the update waits: "later" keeps the person on the old version, on the same question', async ({ page }) => {
  await midFlowOnA(page);
  await deployB(page);
  await page.getByRole('button', { name: 'あとで' }).click();
  await expect(page.getByText('新しい版があります')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: '障害基礎年金の1級を受け取っていますか' })).toBeVisible();
  expect(await buildOf(page)).toBe('a');
});

test('agreeing reloads into the new version on the same question, with every answer kept', async ({ page }) => {
  await midFlowOnA(page);
  await deployB(page);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '再読み込みする' }).click()]);
  await expect.poll(() => buildOf(page)).toBe('b');
  await expect(page.getByRole('heading', { level: 1, name: '障害基礎年金の1級を受け取っていますか' })).toBeVisible();
  await page.getByRole('button', { name: /戻る/ }).or(page.getByRole('link', { name: /戻る/ })).first().click();
  await expect(page.getByRole('checkbox', { name: '精神障害者保健福祉手帳', exact: true })).toBeChecked();
  await page.getByRole('button', { name: /戻る/ }).or(page.getByRole('link', { name: /戻る/ })).first().click();
  await expect(page.getByRole('textbox')).toHaveValue('30');
});

test('negative control: without a new deployment no update is offered', async ({ page }) => {
  await midFlowOnA(page);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await page.waitForTimeout(2000);
  await expect(page.getByText('新しい版があります')).toHaveCount(0);
});
