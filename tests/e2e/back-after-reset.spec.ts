/**
 * After "start again" or "next person", the browser's Back button must not open the last person's pages with
 * no answers behind them (every service "up to the municipality", the cap unknown), and nothing empty may be
 * saved and come back on reload. Back, reload, storage and the clipboard hold nothing of the last person.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { answerFromStart, HOME_USER } from './support/answer-flow';

test.use({ locale: 'ja-JP' });

const startHeading = (page: Page) => page.getByRole('heading', { level: 1, name: '就労支援セルフチェック' });
const appKeys = (page: Page) =>
  page.evaluate(() => ({
    local: Object.keys(localStorage).filter((k) => k.startsWith('shuro-check:') && k !== 'shuro-check:flag:offline-ready-shown'),
    session: Object.keys(sessionStorage),
  }));

test('"最初からやり直す", then Back: the start page, and a reload still shows it with nothing saved', async ({ page }) => {
  await answerFromStart(page, HOME_USER);
  await page.getByRole('button', { name: '最初からやり直す' }).first().click();
  await page.getByRole('button', { name: 'はい、答えを消して最初から' }).click();
  await expect(startHeading(page)).toBeVisible();
  expect((await appKeys(page)).local).toEqual([]);

  // Back, several times: the last person's results, check page and questions are gone.
  for (let i = 0; i < 3; i++) {
    await page.goBack();
    await expect(startHeading(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'はじめる' })).toBeVisible();
    await expect(page.getByText('市区町村の判断しだいです')).toHaveCount(0);
  }
  expect((await appKeys(page)).local, 'nothing empty is saved').toEqual([]);
  await page.reload();
  await expect(startHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'はじめる' })).toBeVisible();
  expect((await appKeys(page)).local).toEqual([]);
  // Back after the reload leads to the start page too (the entries remember that they are the last person's).
  await page.goBack();
  await expect(startHeading(page)).toBeVisible();
  expect((await appKeys(page)).local).toEqual([]);
});

// This failed now and then in full runs (issue 13): a page's history entry was added by a render effect, which runs
// after the next frame, so a Back pressed before then skipped the page before. Entries are now written with the page
// (src/state/navigation.ts); the next test presses Back in that very moment, every time.
test('a new person after a reset: Back goes through their own questions, then to the start page', async ({ page }) => {
  await answerFromStart(page, HOME_USER);
  await page.getByRole('button', { name: '最初からやり直す' }).first().click();
  await page.getByRole('button', { name: 'はい、答えを消して最初から' }).click();
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').first().fill('40');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('年齢を教えてください');
  await expect(page.getByRole('textbox').first()).toHaveValue('40');
  await page.goBack();
  await expect(startHeading(page)).toBeVisible();
  await page.goBack();
  await expect(startHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '続きから答える' })).toBeVisible();
});

test('a new person after a reset: Back pressed the moment a question appears goes to the one before it', async ({ page }) => {
  await answerFromStart(page, HOME_USER);
  await page.getByRole('button', { name: '最初からやり直す' }).first().click();
  await page.getByRole('button', { name: 'はい、答えを消して最初から' }).click();
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').first().fill('40');
  // "次へ", and Back as soon as the next question is in the page, before the browser has drawn a frame (as on a
  // busy phone): from inside the page, in the same task as the change.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        new MutationObserver((_, watch) => {
          if (document.querySelector('h1')?.textContent !== '障害者手帳を持っていますか') return;
          watch.disconnect();
          history.back();
          done();
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
        [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === '次へ')!.click();
      }),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('年齢を教えてください');
  await expect(page.getByRole('textbox').first()).toHaveValue('40');
  await page.goBack();
  await expect(startHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '続きから答える' })).toBeVisible();
});

test('Back on "start again?" closes it with nothing forgotten; Forward opens it again', async ({ page }) => {
  await answerFromStart(page, HOME_USER);
  const results = page.getByRole('heading', { level: 1, name: 'チェックの結果' });
  const confirm = page.getByRole('heading', { level: 1, name: '最初からやり直しますか' });
  await expect(results).toBeVisible();
  await page.getByRole('button', { name: '最初からやり直す' }).first().click();
  await expect(confirm).toBeVisible();
  await page.goBack();
  await expect(results).toBeVisible();
  await page.goForward();
  await expect(confirm).toBeVisible();
  await page.getByRole('button', { name: 'いいえ、戻る' }).click();
  await expect(results).toBeVisible();
  // "No" took its entry away too: Back goes on to the check page, not to the results again.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: '答えを確かめてください' })).toBeVisible();
  expect((await appKeys(page)).local).toContain('shuro-check:state');
});

test('Back on the tools page shows the page it was opened from', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').first().fill('40');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');
  await page.getByRole('button', { name: '戻る' }).click();
  await page.getByRole('button', { name: '戻る' }).click();
  await expect(startHeading(page)).toBeVisible();
  await page.getByRole('button', { name: '相談員モード・ファイルの読み込み' }).click();
  const tools = page.getByRole('heading', { level: 1, name: '相談員モード・ファイルの読み込み' });
  await expect(tools).toBeVisible();
  await page.goBack();
  await expect(startHeading(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '続きから答える' })).toBeVisible();
  await page.goForward();
  await expect(tools).toBeVisible();
});

test("counselor mode: a reload keeps no answers, so Back then shows the start page, not the client's pages", async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '相談員モード・ファイルの読み込み' }).click();
  await page.getByRole('checkbox', { name: '相談員モードを使う' }).check();
  await page.getByRole('button', { name: '戻る' }).click();
  await answerFromStart(page, HOME_USER);
  await expect(page.getByRole('heading', { level: 1, name: 'チェックの結果' })).toBeVisible();
  await page.reload();
  await expect(startHeading(page)).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await page.goBack();
    await expect(startHeading(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'はじめる' })).toBeVisible();
  }
  expect(await appKeys(page)).toEqual({ local: [], session: [] });
});

test('counselor "次の方へ", then Back and reload: the start page, nothing in storage', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '相談員モード・ファイルの読み込み' }).click();
  await page.getByRole('checkbox', { name: '相談員モードを使う' }).check();
  await page.getByRole('button', { name: '戻る' }).click();
  await answerFromStart(page, HOME_USER);
  const bar = page.getByRole('region', { name: '相談員モード中' });
  await bar.getByRole('button', { name: '次の方へ' }).click();
  await page.getByRole('button', { name: 'はい、すべて消して次の方へ' }).click();
  await expect(startHeading(page)).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await page.goBack();
    await expect(startHeading(page)).toBeVisible();
    await expect(page.getByText('市区町村の判断しだいです')).toHaveCount(0);
  }
  await page.reload();
  await expect(startHeading(page)).toBeVisible();
  expect(await appKeys(page)).toEqual({ local: [], session: [] });
});
