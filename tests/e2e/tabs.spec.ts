/**
 * Two tabs of the app on one device: a change saved in one is noticed in the other and offered ("use the
 * other tab's answers" or "use and save mine"); neither overwrites the other silently.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

test.use({ locale: 'ja-JP' });

const savedAge = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('shuro-check:state') ?? '{}')?.case?.age as number | undefined);
const notice = (page: Page) => page.getByRole('region', { name: '別のタブで答えが変わりました' });

async function answerAge(page: Page, age: string) {
  await page.getByRole('textbox', { name: '年齢を教えてください' }).fill(age);
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');
}

/**
 * Tab A answered 30; tab B, opened after, finds the saved step and goes back to the age question (a step
 * change, saved, with the same answers).
 */
async function secondTab(page: Page) {
  const a = page;
  await a.goto('/');
  await a.getByRole('button', { name: 'はじめる' }).click();
  await answerAge(a, '30');
  const b = await a.context().newPage();
  await b.goto('/'); // a returning person: the saved step
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');
  await b.getByRole('button', { name: '戻る' }).click();
  await expect(b.getByRole('textbox', { name: '年齢を教えてください' })).toHaveValue('30');
  return { a, b };
}

/** … and then B changed the age to 40. */
async function twoTabs(page: Page) {
  const { a, b } = await secondTab(page);
  await answerAge(b, '40');
  expect(await savedAge(b)).toBe(40);
  return { a, b };
}

test("a change in another tab is offered, and this tab saves nothing until the person chooses: the other tab's answers", async ({ page }) => {
  const { a } = await twoTabs(page);
  await expect(notice(a)).toBeVisible();
  // A goes on answering: its change does not overwrite the other tab's answers while the choice is open.
  await a.getByRole('button', { name: '戻る' }).click();
  await a.getByRole('textbox', { name: '年齢を教えてください' }).fill('31');
  await a.getByRole('button', { name: '次へ', exact: true }).click();
  expect(await savedAge(a)).toBe(40);
  await notice(a).getByRole('button', { name: '別のタブの答えを使う' }).click();
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');
  await a.getByRole('button', { name: '戻る' }).click();
  await expect(a.getByRole('textbox', { name: '年齢を教えてください' })).toHaveValue('40');
  await expect(notice(a)).toHaveCount(0);
});

test("… or this screen's answers, saved over the other tab's (which is then told in turn)", async ({ page }) => {
  const { a, b } = await twoTabs(page);
  await expect(notice(a)).toBeVisible();
  await notice(a).getByRole('button', { name: 'この画面の答えを使って保存する' }).click();
  await expect(notice(a)).toHaveCount(0);
  expect(await savedAge(a)).toBe(30);
  // The other tab, in turn, is told rather than overwritten.
  await expect(notice(b)).toBeVisible();
});

test('a tab that only moved to another page does not raise the question', async ({ page }) => {
  const { a, b } = await secondTab(page);
  await a.bringToFront();
  await a.getByRole('checkbox', { name: '療育手帳' }).check();
  await a.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(notice(a)).toHaveCount(0);
  await expect(notice(b)).toBeVisible(); // A's new answer reaches B as a question, not silently
});
