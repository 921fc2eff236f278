/**
 * Counselor mode on a shared tablet: larger text, nothing written to the device, and "next person" that, after
 * one confirmation, leaves no answers, no saved state and no share link behind.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './helpers';
import { answerFromStart, HOME_USER, JAPAN_NOON } from './support/answer-flow';

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
  // (The "offline ready was shown" flag may be there from before the mode was on: it says nothing of anyone.)
  expect(Object.keys(s.local).filter((k) => k.startsWith('shuro-check:') && !k.startsWith('shuro-check:flag:'))).toEqual([]);
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

/** Turns counselor mode on from the start page and comes back to it. */
async function counselorOn(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '相談員モード・ファイルの読み込み' }).click();
  await page.getByRole('checkbox', { name: '相談員モードを使う' }).check();
  await page.getByRole('button', { name: '戻る' }).click();
}
const bar = (page: Page) => page.getByRole('region', { name: '相談員モード中' });

test('"次の方へ" clears the share link this page copied, and says that a downloaded file stays in the downloads', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await counselorOn(page);
  await answerFromStart(page, HOME_USER);
  await page.getByRole('button', { name: 'リンクをコピーする' }).click();
  await expect(page.getByText('リンクをコピーしました。')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#case=1.');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'ファイルに保存する' }).click();
  await download;

  await bar(page).getByRole('button', { name: '次の方へ' }).click();
  await expect(page.getByText('この端末のダウンロード（ファイルの保存先）に残ります。アプリからは消せないので、そこで消してください。')).toBeVisible();
  await page.getByRole('button', { name: 'はい、すべて消して次の方へ' }).click();
  await expect(page.getByRole('button', { name: 'はじめる' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText()), "the clipboard no longer holds the last person's link").toBe('');
});

test('the reset leaves the clipboard alone when this page did not copy the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await counselorOn(page);
  await page.evaluate(() => navigator.clipboard.writeText("the counselor's own note"));
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').first().fill('40');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await bar(page).getByRole('button', { name: '次の方へ' }).click();
  // Always said in counselor mode: the app cannot know what was saved before it was opened.
  await expect(page.getByText('この端末のダウンロード（ファイルの保存先）に残ります。', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'はい、すべて消して次の方へ' }).click();
  await expect(page.getByRole('button', { name: 'はじめる' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("the counselor's own note");
});

test('"次の方へ" pressed while the first answer still waits for the case reader stays open; the answer is kept', async ({ page }) => {
  await counselorOn(page);
  // A slow connection: the case reader (its own chunk, fetched after the first question is shown) is held back.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/reader-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').first().fill('40');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await bar(page).getByRole('button', { name: '次の方へ' }).click();
  const confirm = page.getByRole('heading', { level: 1, name: '次の方のために、すべて消しますか' });
  await expect(confirm).toBeVisible();
  const arrived = page.waitForResponse(/\/reader-[^/]+\.js$/);
  release();
  await arrived;
  await page.waitForTimeout(500);
  await expect(confirm).toBeVisible();
  // "No": back on the question, with the answer given.
  await page.getByRole('button', { name: 'いいえ、戻る' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('年齢を教えてください');
  await expect(page.getByRole('textbox').first()).toHaveValue('40');
});

test('in counselor mode the start page, the footer and the bar all say that nothing is kept', async ({ page }) => {
  await page.goto('/');
  // The ordinary mode says the answers stay on the device.
  await expect(page.getByText('答えはこの端末に残るので')).toBeVisible();
  await counselorOn(page);
  await expect(page.getByText('答えはこの端末に残るので')).toHaveCount(0);
  await expect(page.getByText('答えはこの端末の中だけに保存されます')).toHaveCount(0);
  await expect(page.getByRole('main').getByText('相談員モードでは、答えをこの端末に残しません。')).toBeVisible();
  await expect(page.getByRole('contentinfo').getByText('相談員モードでは、答えをこの端末にも保存しません。')).toBeVisible();
  await expect(bar(page).getByText('答えはこの端末に保存されません')).toBeVisible();
});

test('in counselor mode, leaving mid-interview (a reload, a pull-to-refresh) asks first; with no answers it does not', async ({ page }) => {
  await counselorOn(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.dismiss();
  });
  // No answers yet: a reload goes without asking.
  await page.reload();
  await expect(bar(page)).toBeVisible();
  expect(dialogs).toEqual([]);

  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').first().fill('40');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');
  await page.reload({ timeout: 2_000 }).catch(() => undefined); // dismissed: the reload does not happen
  expect(dialogs).toEqual(['beforeunload']);
  // Still the same interview.
  await page.getByRole('button', { name: '戻る' }).click();
  await expect(page.getByRole('textbox').first()).toHaveValue('40');
});

test('in counselor mode, an optional clear after inactivity warns with a countdown first, and "続ける" stops it', async ({ page }) => {
  await page.clock.install({ time: JAPAN_NOON });
  await page.goto('/');
  await page.getByRole('button', { name: '相談員モード・ファイルの読み込み' }).click();
  await page.getByRole('checkbox', { name: '相談員モードを使う' }).check();
  // Off by default.
  await expect(page.getByRole('radio', { name: '消さない' })).toBeChecked();
  await page.getByRole('radio', { name: '5分間、操作がなければ消す' }).check();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '戻る' }).click();
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').first().fill('40');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');

  const warning = page.getByRole('alertdialog', { name: 'しばらく操作がありません' });
  await page.clock.runFor('03:30');
  await expect(warning).toHaveCount(0);
  await page.clock.runFor('00:40'); // 4 min 10 s: the warning, with the seconds left
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('あと50秒で');
  await warning.getByRole('button', { name: '続ける' }).click();
  await expect(warning).toHaveCount(0);
  await page.clock.runFor('03:30');
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');

  // Nobody comes back: warned, then cleared as by "次の方へ".
  await page.clock.runFor('00:40');
  await expect(warning).toBeVisible();
  await page.clock.runFor('01:00');
  await expect(page.getByRole('button', { name: 'はじめる' })).toBeVisible();
  await expect(warning).toHaveCount(0);
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('textbox').first()).toHaveValue('');
  expect(await storages(page)).toEqual({ local: {}, session: {} });
});

test('the file picker is a real button of at least 44 px, and larger in counselor mode', async ({ page }) => {
  const pickerHeight = () =>
    page.getByLabel('読み込むファイル').evaluate((el) => {
      const s = getComputedStyle(el, '::file-selector-button');
      return Math.max(parseFloat(s.minHeight) || 0, parseFloat(s.height) || 0);
    });
  await page.goto('/');
  await page.getByRole('button', { name: '相談員モード・ファイルの読み込み' }).click();
  expect(await pickerHeight()).toBeGreaterThanOrEqual(44);
  await page.getByRole('checkbox', { name: '相談員モードを使う' }).check();
  expect(await pickerHeight()).toBeGreaterThanOrEqual(56);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('at 320 px with the largest text', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the header and the counselor bar leave the question in the first screen, every target still 44 px or more', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '特大' }).click();
    const questionTop = async () => {
      await page.getByRole('button', { name: 'はじめる' }).click();
      // The heading's first line at least (at this size the question takes three).
      const top = await page
        .getByRole('heading', { level: 1, name: '年齢を教えてください' })
        .evaluate((h) => h.getBoundingClientRect().top + parseFloat(getComputedStyle(h).lineHeight));
      await page.getByRole('button', { name: '戻る' }).click();
      return top;
    };
    expect(await questionTop()).toBeLessThan(640);
    await page.getByRole('button', { name: '相談員モード・ファイルの読み込み' }).click();
    await page.getByRole('checkbox', { name: '相談員モードを使う' }).check();
    await page.getByRole('button', { name: '戻る' }).click();
    expect(await questionTop()).toBeLessThan(640);
    const small = await page.locator('header button').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height < 56).map((e) => e.textContent));
    expect(small).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
