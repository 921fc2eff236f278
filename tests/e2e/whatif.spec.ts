/**
 * What-if, side by side, in the browser: a family member tries "what if we move to a group home?" and
 * "what if my spouse's pay changes?", sees both caps in yen with the difference marked in words, and the
 * answers change only when they adopt the what-if.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './helpers';
import { openResults, savedCase, sharedCase } from './seed';

test.use({ locale: 'ja-JP' });

/** group-home-taxed.json (35, taxed under 160,000 yen), but living at home: the cap is 9,300 yen. */
const atHome = () => ({ ...sharedCase('group-home-taxed'), residence: 'home' });

async function compareGroupHome(page: Page): Promise<void> {
  await page.getByRole('button', { name: '答えを変えて比べる' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'もしも答えが変わったら' })).toBeFocused();
  await page.getByRole('checkbox', { name: '住まい（自宅・グループホーム・入所施設）' }).check();
  await page.getByRole('group', { name: '住まい' }).getByRole('radio', { name: 'グループホーム' }).check();
  await page.getByRole('button', { name: '比べる', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '比べた結果' })).toBeFocused();
}

const capRow = (page: Page) => page.getByRole('table', { name: '1か月に払うお金の上限（負担上限月額）' }).getByRole('row', { name: /上限額/ });

test('"what if we move to a group home?" shows 9,300円 now and 37,200円 with the group home, marked as changed', async ({ page }) => {
  await openResults(page, atHome());
  await expect(page.locator('.copay')).toContainText('9,300円');
  await compareGroupHome(page);

  const cells = capRow(page).getByRole('cell');
  await expect(cells.nth(0)).toContainText('9,300円');
  await expect(cells.nth(0)).not.toContainText('変わります');
  await expect(cells.nth(1)).toContainText('37,200円');
  await expect(cells.nth(1)).toContainText('変わります');
  // The difference in yen, in words.
  await expect(page.locator('.compare__cap')).toContainText('27,900円高くなります');
  // Why it changed: the group-home answer is listed as the changed answer, and the category moves to 一般2.
  const answers = page.getByRole('table', { name: '変えた答え' });
  await expect(answers.getByRole('row', { name: /住まい/ })).toContainText('自宅');
  await expect(answers.getByRole('row', { name: /住まい/ })).toContainText('グループホーム');
  await expect(page.getByRole('table', { name: '1か月に払うお金の上限（負担上限月額）' }).getByRole('row', { name: /区分/ })).toContainText('一般2');
  // Verdicts that did not change carry no mark.
  const services = page.getByRole('table', { name: 'サービスが使えそうか' });
  await expect(services.getByRole('row', { name: /就労移行支援/ })).not.toContainText('変わります');

  expect(await axeViolations(page)).toEqual([]);
});

test('closing the what-if leaves the answers as they were; adopting it replaces them and they are kept', async ({ page }) => {
  await openResults(page, atHome());
  const before = await savedCase(page);
  await compareGroupHome(page);
  await page.getByRole('button', { name: '比べるのをやめて結果に戻る' }).click();
  // Back on the results, at the button that opened the comparison.
  await expect(page.getByRole('button', { name: '答えを変えて比べる' })).toBeFocused();
  await expect(page.locator('.copay')).toContainText('9,300円');
  expect(await savedCase(page)).toEqual(before);

  await compareGroupHome(page);
  await page.getByRole('button', { name: 'この答えにする' }).click();
  await expect(page.getByRole('status').filter({ hasText: '答えを、比べた答えに置きかえました' })).toBeFocused();
  await expect(page.locator('.copay')).toContainText('37,200円');
  expect((await savedCase(page)).residence).toBe('group-home');
  await page.reload();
  await expect(page.locator('.copay')).toContainText('37,200円');
});

test("the browser's back button closes the what-if without changing anything", async ({ page }) => {
  await openResults(page, atHome());
  const before = await savedCase(page);
  await compareGroupHome(page);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'チェックの結果' })).toBeVisible();
  await expect(page.getByRole('button', { name: '答えを変えて比べる' })).toBeVisible();
  expect(await savedCase(page)).toEqual(before);
});

test('"what if my spouse\'s pay changes?": with the tax unknown, the pay decides the estimated cap', async ({ page }) => {
  // 45, physical handbook, tax unknown, single with 1,500,000 yen pay: estimated 0 yen.
  await openResults(page, sharedCase('tax-unknown-estimated-from-pay'));
  await page.getByRole('button', { name: '答えを変えて比べる' }).click();
  await page.getByRole('checkbox', { name: '世帯の住民税・配偶者・給料' }).check();
  await page.getByRole('group', { name: '配偶者' }).getByRole('radio', { name: 'はい' }).check();
  // Saying "yes, a spouse" asks for the spouse's pay, as the wizard does.
  await page.getByRole('textbox', { name: '去年の給料（配偶者）' }).fill('600万');
  await page.getByRole('button', { name: '比べる', exact: true }).click();
  const cells = capRow(page).getByRole('cell');
  await expect(cells.nth(0)).toContainText('0円');
  // 6,000,000 yen makes the household taxed with 所得割 over the 160,000 yen line: 一般2, as an estimate.
  await expect(cells.nth(1)).toContainText('37,200円');
  await expect(page.locator('.compare__cap')).toContainText('37,200円高くなります');
  await expect(cells.nth(1)).toContainText('変わります');
  await expect(page.getByRole('table', { name: '1か月に払うお金の上限（負担上限月額）' }).getByRole('row', { name: /決め方/ })).toContainText(
    '去年の給料から計算した目安',
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('a date outside the rules is refused with the covered period, and the answers stay', async ({ page }) => {
  await openResults(page, atHome());
  const before = await savedCase(page);
  await page.getByRole('button', { name: '答えを変えて比べる' }).click();
  await page.getByRole('checkbox', { name: '年齢・答えの日付' }).check();
  await page.getByRole('textbox', { name: '答えの日付（いつの時点で考えるか）' }).fill('2030/4/1');
  await page.getByRole('button', { name: '比べる', exact: true }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('2030年4月1日は、このアプリのルールが使える期間（2024年4月1日から2028年3月31日まで）の外です');
  await expect(page.getByRole('textbox', { name: '答えの日付（いつの時点で考えるか）' })).toHaveValue('2030/4/1');
  expect(await axeViolations(page)).toEqual([]);

  // A date inside the rules compares: the 2027 rule change moves 就労選択支援 before A型.
  await page.getByRole('textbox', { name: '答えの日付（いつの時点で考えるか）' }).fill('2027/4/1');
  await page.getByRole('button', { name: '比べる', exact: true }).click();
  await expect(page.getByRole('table', { name: '変えた答え' }).getByRole('row', { name: /答えの日付/ })).toContainText('2027年4月1日');
  expect(await savedCase(page)).toEqual(before);
});

test('a date across 2027-04-01 shows that 就労選択支援 is then needed before A型', async ({ page }) => {
  await openResults(page, atHome());
  await page.getByRole('button', { name: '答えを変えて比べる' }).click();
  await page.getByRole('checkbox', { name: '年齢・答えの日付' }).check();
  await page.getByRole('textbox', { name: '答えの日付（いつの時点で考えるか）' }).fill('2027/4/1');
  await page.getByRole('button', { name: '比べる', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '比べた結果' })).toBeFocused();
  // The requirement appears with the date, in the summary and as a marked row.
  await expect(page.locator('.compare__summary')).toContainText('就労選択支援を先に使う必要がある：就労継続支援A型 — 前：なし → 後：あり');
  const requirements = page.getByRole('table', { name: '先に必要なことと決まり' });
  const cells = requirements.getByRole('row', { name: /就労選択支援を先に使う必要がある：就労継続支援A型/ }).getByRole('cell');
  await expect(cells.nth(0)).toContainText('なし');
  await expect(cells.nth(0)).not.toContainText('変わります');
  await expect(cells.nth(1)).toContainText('あり');
  await expect(cells.nth(1)).toContainText('変わります');
  // The A型 rule's own text changes from "from 2027-04-01" to "now".
  await expect(
    requirements
      .getByRole('row', { name: /就労継続支援A型：2027年4月からの決まり/ })
      .getByRole('cell')
      .nth(1),
  ).toContainText('先に就労選択支援を使うのが原則です');
  expect(await axeViolations(page)).toEqual([]);
});

test('changing the tax answer from わからない marks the tax as changed, not the pay, which is no longer used', async ({ page }) => {
  // 45, physical handbook, tax unknown, pay 1,500,000 yen last year.
  await openResults(page, sharedCase('tax-unknown-estimated-from-pay'));
  await page.getByRole('button', { name: '答えを変えて比べる' }).click();
  await page.getByRole('checkbox', { name: '世帯の住民税・配偶者・給料' }).check();
  await page.getByRole('group', { name: '世帯の住民税' }).getByRole('radio', { name: '非課税（住民税がかからない）' }).check();
  await page.getByRole('button', { name: '比べる', exact: true }).click();
  const answers = page.getByRole('table', { name: '変えた答え' });
  const tax = answers.getByRole('row', { name: /世帯の住民税/ }).getByRole('cell');
  await expect(tax.nth(0)).toContainText('わからない');
  await expect(tax.nth(1)).toContainText('変わります');
  const pay = answers.getByRole('row', { name: /去年の給料（あなた）/ }).getByRole('cell');
  await expect(pay.nth(0)).toContainText('1,500,000円');
  await expect(pay.nth(1)).toContainText('使わなくなります');
  await expect(pay.nth(1)).not.toContainText('変わります');
  // Only the tax row carries the mark.
  await expect(answers.locator('.compare__row--changed')).toHaveCount(1);
  await expect(answers.locator('.compare__row--changed')).toContainText('世帯の住民税');
  expect(await axeViolations(page)).toEqual([]);
});

test('on a phone the two columns stack; on a tablet they sit side by side', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openResults(page, atHome());
  await compareGroupHome(page);
  const [now, after] = [capRow(page).getByRole('cell').nth(0), capRow(page).getByRole('cell').nth(1)];
  let a = (await now.boundingBox())!;
  let b = (await after.boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
  // The stacked values say which column they are.
  await expect(now).toContainText('いまの答え');
  expect(await axeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 820, height: 1000 });
  a = (await now.boundingBox())!;
  b = (await after.boundingBox())!;
  expect(Math.abs(b.y - a.y)).toBeLessThan(2);
  expect(b.x).toBeGreaterThan(a.x + a.width - 1);
});

test('the what-if view is its own chunk, loaded only when opened', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await openResults(page, atHome());
  expect(loaded.some((p) => /WhatIfView-.*\.js$/.test(p))).toBe(false);
  await page.getByRole('button', { name: '答えを変えて比べる' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'もしも答えが変わったら' })).toBeVisible();
  expect(loaded.some((p) => /WhatIfView-.*\.js$/.test(p))).toBe(true);
});
