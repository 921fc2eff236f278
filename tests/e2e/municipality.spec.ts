/**
 * The municipality question in Chromium (issue 15): type "よこはま", choose 横浜市, see it on the check page and in
 * the share link; axe clean in each state and at 320 px with the largest text; its field and data load only when
 * the question is reached, come from the service worker offline, and a chunk that cannot load is a connection
 * problem, never a wrong answer.
 */
import type { Page } from '@playwright/test';
import { decodeFragment } from '../../src/share/codec';
import { answerAll, axeViolations, expect, MUNICIPALITY, test } from './helpers';
import { HOME_USER, JAPAN_NOON } from './support/answer-flow';

test.use({ locale: 'ja-JP', permissions: ['clipboard-read', 'clipboard-write'] });

const STATE_KEY = 'shuro-check:state';
const BEFORE = [
  'age',
  'handbooks',
  'pension',
  'work-status',
  'experience',
  'hard-to-be-employed',
  'transition-months',
  'current-services',
  'assessed',
  'residence',
];
const AT_HOME = {
  age: 28,
  disability: { handbooks: ['mental'] },
  pensionGrade1: false,
  work: { status: 'not-working', experience: true, hardToBeEmployed: false },
  history: { transitionMonthsUsed: 0, current: [], assessed: false },
  residence: 'home',
};
const saved = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ v: 1, case: { format: 'shuro-check/case@1', ...AT_HOME, ...extra }, step: 'municipality', visited: BEFORE, savedAt: '' });

/** Opens the app at the municipality question, from answers saved on the device. */
async function openAtQuestion(page: Page, extra: Record<string, unknown> = {}): Promise<void> {
  await page.goto('/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STATE_KEY, saved(extra)]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${MUNICIPALITY} 任意`);
}

const box = (page: Page) => page.getByRole('combobox', { name: new RegExp(MUNICIPALITY) });
/** The combobox's options (the prefecture <select> has options too). */
const options = (page: Page) => page.getByRole('listbox', { name: '市区町村の候補' }).getByRole('option');
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('type よこはま, choose 横浜市: the check page shows 神奈川県 横浜市, and the share link carries its code', async ({ page }) => {
  test.setTimeout(90_000);
  await page.clock.setFixedTime(JAPAN_NOON);
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await answerAll(page, { ...HOME_USER, [MUNICIPALITY]: { place: 'よこはま', choose: '横浜市' }, '1か月に何日くらい通う予定ですか': { text: '20' } });
  // answerAll went through the check page to the results: back to the check page to read the row.
  await page.getByRole('button', { name: '答えを直す' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('答えを確かめてください');
  const row = page.locator('.summary-list__row').filter({ hasText: 'お住まいの市区町村' });
  await expect(row.getByRole('definition').first()).toHaveText('神奈川県 横浜市');
  expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).case.municipality, STATE_KEY)).toBe('141003');
  await page.getByRole('button', { name: 'この答えで結果を見る' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();

  await page.getByRole('button', { name: 'リンクをコピーする' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const decoded = await decodeFragment(new URL(link).hash);
  expect(decoded.ok && decoded.case.municipality).toBe('141003');
});

test('the question is axe clean empty, with the list open, with a place chosen and with an error; keyboard only', async ({ page }) => {
  test.setTimeout(90_000); // four axe runs
  await openAtQuestion(page);
  await expect(box(page)).toBeVisible();
  expect(await axeViolations(page), 'empty').toEqual([]);

  await box(page).focus();
  await page.keyboard.type('ちゅうおうく');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('listbox', { name: '市区町村の候補' });
  await expect(list.getByRole('option').first()).toBeVisible();
  // Each option is a 44 px target.
  for (const h of await list.getByRole('option').evaluateAll((os) => os.map((o) => o.getBoundingClientRect().height))) expect(h).toBeGreaterThanOrEqual(44);
  await page.keyboard.press('ArrowDown');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', /option-0$/);
  await expect(page.getByRole('status').filter({ hasText: '件' })).toHaveText(/^候補が\d+件あります。/);
  expect(await axeViolations(page), 'list open, an option active').toEqual([]);

  // Narrow to 北海道 by keyboard: Shift+Tab to the prefecture list, pick it, back to the field.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('combobox', { name: '都道府県でしぼりこむ（任意）' })).toBeFocused();
  await page.getByRole('combobox', { name: '都道府県でしぼりこむ（任意）' }).selectOption('1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(options(page)).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(box(page)).toHaveValue('札幌市中央区');
  await expect(page.getByText('札幌市は政令指定都市です。窓口は、札幌市中央区の区役所です。')).toBeVisible();
  expect(await axeViolations(page), 'a ward chosen').toEqual([]);

  // Typed, not chosen: the error names the question and says what to do; the text stays.
  await box(page).fill('さっぽろ');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('候補の中から市区町村を選んでください');
  await expect(page).toHaveTitle(/^エラー：/);
  await expect(box(page)).toHaveValue('さっぽろ');
  expect(await axeViolations(page), 'error').toEqual([]);
});

test('at 320 px with the largest text: no sideways scrolling with the list open or a place chosen', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await openAtQuestion(page);
  await page.getByRole('button', { name: '特大' }).click();
  await box(page).fill('かごしま');
  await expect(options(page).first()).toBeVisible();
  expect(await sideways(page), 'list open').toBe(0);
  // The option and its reading fit the screen.
  const right = await options(page)
    .first()
    .evaluate((o) => o.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(320);
  await options(page)
    .filter({ hasText: /^鹿児島市 / })
    .click();
  await expect(page.getByText('選んだ市区町村：')).toBeVisible();
  expect(await sideways(page), 'chosen').toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'reports/municipality-320.png', fullPage: true });
});

test('"わからない・あとで答える" leaves it unanswered', async ({ page }) => {
  await openAtQuestion(page, { municipality: '131016' });
  await expect(box(page)).toHaveValue('千代田区');
  await page.getByRole('button', { name: 'わからない・あとで答える' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('生活保護を受けていますか');
  const state = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), STATE_KEY);
  expect(state.case.municipality).toBeUndefined();
  expect(state.visited).toContain('municipality');
});

test.describe('loading', () => {
  test.use({ serviceWorkers: 'block' });

  test("the field's chunk is fetched only when the question is reached", async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/');
    await page.getByRole('button', { name: 'はじめる' }).click();
    await page.getByRole('textbox', { name: '年齢を教えてください' }).fill('30');
    await page.getByRole('button', { name: '次へ', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => /PlaceField-/.test(p))).toEqual([]);
    await openAtQuestion(page);
    await expect(box(page)).toBeVisible();
    expect(fetched.filter((p) => /PlaceField-[\w-]+\.js$/.test(p))).toHaveLength(1);
  });

  test('a field that cannot load is a connection problem, never "この答えは使えません"; skipping still works', async ({ page }) => {
    await page.route(/\/assets\/PlaceField-[\w-]+\.js$/, (r) => r.abort('internetdisconnected'));
    await openAtQuestion(page);
    await expect(page.getByText('インターネットにつながっていないため、次に進めませんでした。').first()).toBeVisible();
    await expect(page.getByText('この答えは使えません')).toHaveCount(0);
    await page.getByRole('button', { name: 'わからない・あとで答える' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('生活保護を受けていますか');
  });
});

test('offline after a first visit: the question, its field and the data come from the service worker', async ({ page, context }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STATE_KEY, saved()]);
  await context.setOffline(true);
  const resp = await page.reload();
  expect(resp?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${MUNICIPALITY} 任意`);
  await box(page).fill('ﾖｺﾊﾏ');
  await page.getByRole('option', { name: /^横浜市 / }).click();
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('生活保護を受けていますか');
  expect(await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).case.municipality, STATE_KEY)).toBe('141003');
});
