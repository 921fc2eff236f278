/**
 * A new version deployed while someone is mid-flow: the service worker finds it, the app asks, nothing reloads
 * until the person agrees, and after the reload they are on the same question with every answer kept.
 * Two real builds (VITE_BUILD_ID a and b) are served from one origin that switches between them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { PENSION_QUESTION, buildOf, midFlowOnA, offerUpdate, useTwoBuilds } from './support/two-builds';

test.use({ locale: 'ja-JP' });
const twoBuilds = useTwoBuilds(7);

/** Build "a", controlled by its service worker, two answers in, on the third question. */
const midFlow = (page: Page) => midFlowOnA(page, twoBuilds());
const deployB = (page: Page) => offerUpdate(page, twoBuilds(), 'b');

test('the update waits: "later" keeps the person on the old version, on the same question', async ({ page }) => {
  await midFlow(page);
  await deployB(page);
  await page.getByRole('button', { name: 'あとで' }).click();
  await expect(page.getByText('新しい版があります')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: PENSION_QUESTION })).toBeVisible();
  expect(await buildOf(page)).toBe('a');
});

test('agreeing reloads into the new version on the same question, with every answer kept', async ({ page }) => {
  await midFlow(page);
  await deployB(page);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '再読み込みする' }).click()]);
  await expect.poll(() => buildOf(page)).toBe('b');
  await expect(page.getByRole('heading', { level: 1, name: PENSION_QUESTION })).toBeVisible();
  await page
    .getByRole('button', { name: /戻る/ })
    .or(page.getByRole('link', { name: /戻る/ }))
    .first()
    .click();
  await expect(page.getByRole('checkbox', { name: '精神障害者保健福祉手帳', exact: true })).toBeChecked();
  await page
    .getByRole('button', { name: /戻る/ })
    .or(page.getByRole('link', { name: /戻る/ }))
    .first()
    .click();
  await expect(page.getByRole('textbox')).toHaveValue('30');
});

test('negative control: without a new deployment no update is offered', async ({ page }) => {
  await midFlow(page);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await page.waitForTimeout(2000);
  await expect(page.getByText('新しい版があります')).toHaveCount(0);
});
