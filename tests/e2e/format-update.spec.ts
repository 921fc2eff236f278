/**
 * An update that changes the case format, in the browser with two builds: build "a" is this checkout, build "b"
 * the same sources with the next format rehearsed (support/next-format.ts: case format 2, saved-state version 2,
 * an upgrade step from format 1). Someone mid-flow on "a" takes the update: their saved answers are upgraded,
 * not lost; a link made before the change still opens; and going back to "a" keeps the newer save aside.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { resultSummary } from './support/answer-flow';
import { NEXT_CASE_FORMAT, NEXT_FORMAT_EDITS } from './support/next-format';
import { PENSION_QUESTION as PENSION, buildOf, midFlowOnA, offerUpdate, useTwoBuilds } from './support/two-builds';

test.use({ locale: 'ja-JP' });
const twoBuilds = useTwoBuilds(8, NEXT_FORMAT_EDITS);
const saved = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('shuro-check:state') ?? 'null'));

/** The verdicts, the cap and the dated plan (not the whole page: its lazily loaded parts arrive when they do). */
const shown = async (page: Page) => ({ ...(await resultSummary(page)), timeline: await page.locator('.timeline').textContent() });

/** Deploys a build and takes its update through the app's own prompt. */
async function deploy(page: Page, build: 'a' | 'b'): Promise<void> {
  await offerUpdate(page, twoBuilds(), build);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '再読み込みする' }).click()]);
  await expect.poll(() => buildOf(page)).toBe(build);
}

test('mid-flow answers saved in format 1 are upgraded by the new version, and kept aside if it is rolled back', async ({ page }) => {
  await midFlowOnA(page, twoBuilds());
  const before = await saved(page);
  expect(before).toMatchObject({ v: 1, step: 'pension', case: { format: 'shuro-check/case@1', age: 30, disability: { handbooks: ['mental'] } } });

  await deploy(page, 'b');
  // Same question, nothing to repair, every answer there.
  await expect(page.getByRole('heading', { level: 1, name: PENSION })).toBeVisible();
  await expect(page.getByText('前回の答えを、一部読み込めませんでした')).toHaveCount(0);
  await page.getByRole('radio', { name: 'いいえ', exact: true }).check();
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  const after = await saved(page);
  expect(after).toMatchObject({ v: 2, case: { format: NEXT_CASE_FORMAT, age: 30, disability: { handbooks: ['mental'] }, pensionGrade1: false } });
  expect(after.visited).toEqual(expect.arrayContaining(before.visited));

  // Rolled back to "a": it cannot read format 2, says so, and keeps the newer save untouched beside its own.
  await deploy(page, 'a');
  await expect(page.getByText('前回の答えは、このアプリの新しい版で保存されていたため、読み込めませんでした。')).toBeVisible();
  await expect(page.getByText('元のデータは消さずに、この端末に別に残してあります。')).toBeVisible();
  const kept = await page.evaluate(() => localStorage.getItem('shuro-check:state:unreadable'));
  expect(JSON.parse(kept!)).toEqual(after);
});

test('a link made before the format change opens in the new version with the same result', async ({ page }) => {
  twoBuilds().use('a');
  // A format-1 link (tests/share keeps it as the first release's link).
  const link = `${twoBuilds().url}#case=1.q1ZKyy_KTSxRslIqzigtytdNzkhNztZPTixOdTBU0lFKTE9VsjI21lEqSi3OTEnNS05VslLKyM9NVaoFAA`;
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
  const onA = await shown(page);

  await deploy(page, 'b');
  // Nothing saved: what shows can only come from the link.
  await page.evaluate(() => localStorage.clear());
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await shown(page)).toEqual(onA);
});
