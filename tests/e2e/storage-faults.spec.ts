/**
 * Storage that fails (private mode, storage disabled by policy, a full quota) and dates outside the rules'
 * range: the app keeps working in memory, says the answers won't be kept, and never shows a blank page.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './helpers';

test.use({ locale: 'ja-JP' });

const AGE = '年齢を教えてください';

async function startAndAnswerAge(page: Page, age: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { level: 1, name: AGE })).toBeVisible();
  await page.getByRole('textbox').fill(age);
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '障害者手帳を持っていますか' })).toBeVisible();
}

test('storage disabled (reading localStorage throws): works in memory and says answers are not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await startAndAnswerAge(page, '30');
  await expect(page.getByText('答えがこの端末に保存されません')).toBeVisible();
  // The answer is held in memory: going back shows it.
  await page
    .getByRole('link', { name: /戻る/ })
    .or(page.getByRole('button', { name: /戻る/ }))
    .first()
    .click();
  await expect(page.getByRole('textbox')).toHaveValue('30');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a full quota (saving the answers throws QuotaExceededError): the failed save is reported, the flow goes on', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    // The small probe at start-up fits; the answers do not.
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'shuro-check:state') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await startAndAnswerAge(page, '30');
  await expect(page.getByText('答えを保存できませんでした')).toBeVisible();
  await page.getByRole('checkbox', { name: '精神障害者保健福祉手帳', exact: true }).check();
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('障害者手帳を持っていますか');
  expect(errors).toEqual([]);
});

test('storage full from the start (every write throws): treated as not available, said once', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await startAndAnswerAge(page, '30');
  await expect(page.getByText('答えがこの端末に保存されません')).toBeVisible();
  await expect(page.getByText('答えを保存できませんでした')).toHaveCount(0);
});

test('negative control: with working storage there is no warning and the answer survives a reload', async ({ page }) => {
  await startAndAnswerAge(page, '30');
  await expect(page.getByText('答えを保存できませんでした')).toHaveCount(0);
  await expect(page.getByText('答えがこの端末に保存されません')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '障害者手帳を持っていますか' })).toBeVisible();
});

/** Saved answers that are complete enough for results, resumed on the check-answers page. */
async function resumeAtCheck(page: Page, today: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00+09:00`));
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    const c = {
      format: 'shuro-check/case@1',
      age: 28,
      disability: { handbooks: ['mental'] },
      work: { status: 'not-working', experience: true, hardToBeEmployed: false },
      history: { transitionMonthsUsed: 0, current: [], assessed: false },
      household: { publicAssistance: false, spouse: false, residentTax: 'exempt' },
      residence: 'home',
    };
    localStorage.setItem('shuro-check:state', JSON.stringify({ v: 1, case: c, step: 'check', visited: [], savedAt: new Date().toISOString() }));
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'この答えで結果を見る' }).click();
}

test("a date after the rules' range (2028-05-01) gets a clear message, not a blank page or a guess", async ({ page }) => {
  await resumeAtCheck(page, '2028-05-01');
  await expect(page.getByRole('heading', { level: 1, name: 'この日付では判定できません' })).toBeVisible();
  await expect(page.getByText('2028年5月1日')).toBeVisible();
  await expect(page.getByRole('article', { name: '就労移行支援' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('the last covered day (2028-03-31) still gives results', async ({ page }) => {
  await resumeAtCheck(page, '2028-03-31');
  await expect(page.getByRole('article', { name: '就労移行支援' })).toBeVisible();
});

test('reading the saved answers throws: the app says so, works in memory, and never writes over them', async ({ page }) => {
  const saved = JSON.stringify({ v: 1, case: { format: 'shuro-check/case@1', age: 41 }, step: 'handbooks', visited: ['age'], savedAt: '' });
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('shuro-check:state', text);
    }
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key: string) {
      if (key === 'shuro-check:state' && this === window.localStorage) throw new DOMException('The operation is insecure.', 'SecurityError');
      return getItem.call(this, key);
    };
  }, saved);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await startAndAnswerAge(page, '30');
  await expect(page.getByText('保存した答えを読み込めませんでした')).toBeVisible();
  // Read past the patched getItem: the saved answers are as they were.
  expect(await page.evaluate(() => Object.entries(localStorage))).toContainEqual(['shuro-check:state', saved]);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a saved state too deep to read is kept aside, offered as a file, and survives the next answer', async ({ page }) => {
  const deep = `{"v":1,"case":{"format":"shuro-check/case@1","x":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}},"step":"age","visited":[]}`;
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('shuro-check:state', text);
  }, deep);
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  const notice = page.getByRole('region', { name: '前回の答えを、一部読み込めませんでした' });
  await expect(notice).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'こわれたデータをファイルに保存する' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file.saves).toEqual([deep]);
  await page.getByRole('textbox').fill('30');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '障害者手帳を持っていますか' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('shuro-check:state:unreadable'))).toBe(deep);
});
