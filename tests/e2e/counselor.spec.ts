/**
 * Counselor mode on a shared tablet: larger text, nothing written to the device, and "next person" that, after
 * one confirmation, leaves no answers, no saved state and no share link behind.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './helpers';
import { JAPAN_NOON } from './support/answer-flow';

test.use({ locale: 'ja-JP' });

/** Every key in both storages, with its value. */
const storages = (page: Page) =>
  page.evaluate(() => ({
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)])),
  }));

test('counselor mode keeps nothing, and "next person" clears answers, storage and the share link', async ({ page }) => {
  await page.clock.setFixedTime(JAPAN_NOON);
  await page.goto('/');
  // Someone used the tablet before: their answers are on the device.
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').first().fill('61');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect.poll(async () => Object.keys((await storages(page)).local)).toContain('shuro-check:state');

  // Back to the start page, where the counselor turns the mode on.
  await page.getByRole('button', { name: '戻る' }).click();
  await page.getByRole('button', { name: '戻る' }).click();
  await page.getByRole('button', { name: '相談員モード・ファイルの読み込み' }).click();
  const fontBefore = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  await page.getByRole('checkbox', { name: '相談員モードを使う' }).check();
  await expect(page.getByText('相談員モードになりました。')).toBeVisible();
  const bar = page.getByRole('region', { name: '相談員モード中' });
  await expect(bar.getByRole('button', { name: '次の方へ' })).toBeVisible();
  expect(parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(parseFloat(fontBefore));
  expect((await storages(page)).local['shuro-check:state']).toBeUndefined();
  expect(await axeViolations(page)).toEqual([]);

  // A client's answers, and a share link opened on the tablet: nothing reaches the device's storage.
  await page.getByRole('button', { name: '戻る' }).click();
  await page.getByRole('button', { name: /はじめる|続きから答える/ }).click();
  await page.getByRole('textbox').first().fill('33');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('年齢を教えてください');
  await page.goto('/#case=1.q1ZKyy_KTSxRslIqzigtytdNzkhNztZPTixOdTBU0lFKTE9VsjI21lEqSi3OTEnNS05VslLKyM9NVaoFAA');
  await expect(page.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  // Put a link back in the address, as if opened again, to see the reset remove it.
  await page.evaluate(() => history.replaceState(history.state, '', '#case=1.abc'));
  const s = await storages(page);
  expect(Object.keys(s.local).filter((k) => k.startsWith('shuro-check:'))).toEqual([]);
  expect(s.session).toEqual({});

  await bar.getByRole('button', { name: '次の方へ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '次の方のために、すべて消しますか' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'はい、すべて消して次の方へ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '就労支援セルフチェック' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'はじめる' })).toBeVisible();
  // Nothing left: no answers, no mode flag, no share link. The mode itself goes on for the next person.
  await expect(bar).toBeVisible();
  expect(await storages(page)).toEqual({ local: {}, session: {} });
  expect(new URL(page.url()).hash).toBe('');
  expect(await axeViolations(page)).toEqual([]);

  // A reload keeps the mode (and still keeps nothing).
  await page.reload();
  await expect(bar).toBeVisible();
  expect(await storages(page)).toEqual({ local: {}, session: {} });
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').first().fill('40');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('年齢を教えてください');
  expect(Object.keys((await storages(page)).local).filter((k) => k.startsWith('shuro-check:'))).toEqual([]);
});
