/**
 * Share link, QR code and case file in Chromium: a link opens the same results in a fresh browser; a damaged
 * link is refused and saved answers stay; other saved answers are asked about first; the QR library is
 * fetched only when asked; a saved file opens again. axe on each new view, no request to another host.
 */
import type { Browser, Page } from '@playwright/test';
import { axeViolations, expect, test } from './helpers';
import { JAPAN_NOON, answerFromStart, resultSummary } from './support/answer-flow';

test.use({ locale: 'ja-JP', permissions: ['clipboard-read', 'clipboard-write'] });
// Each test answers the whole flow (about 15 s on this machine), some twice.
test.describe.configure({ timeout: 90_000 });

async function copyLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'リンクをコピーする' }).click();
  await expect(page.getByText('リンクをコピーしました。')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await page.clock.setFixedTime(JAPAN_NOON);
  return page;
}

const savedAge = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('shuro-check:state') ?? 'null')?.case?.age as number | undefined);

test('a share link opens the same verdicts and cap in a fresh browser, and leaves no fragment behind', async ({ page, browser }) => {
  await answerFromStart(page);
  const before = await resultSummary(page);
  expect(before.copay).toContain('37,200円');
  await expect(page.getByText('リンクとファイルには、答えがそのまま入っています')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const link = await copyLink(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#case=1\.[A-Za-z0-9_-]+$/);

  const other = await freshPage(browser);
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();
  expect(await resultSummary(other)).toEqual(before);
  expect(new URL(other.url()).hash).toBe('');
  expect(await savedAge(other)).toBe(28);
  // A reload shows the saved answers; nothing is imported again.
  await other.reload();
  await expect(other.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();
  await other.context().close();
});

test('a damaged link is refused with a message, and the saved answers stay', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').first().fill('45');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect.poll(() => savedAge(page)).toBe(45);

  await page.goto('/#case=1.VY5Ba0IxEIT_y5wjVU8lp7ZQeip4sCfxsL6sJpiXDdl9VJH330tEhB5nmPn4bjhK');
  await expect(page.getByRole('heading', { level: 1, name: '共有されたリンクを開けませんでした' })).toBeVisible();
  await expect(page.getByText('リンクが途中で切れているか、一部が変わっています。')).toBeVisible();
  await expect(page.getByText('この端末に残っている答えは、そのままです。')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '続ける' }).click();
  expect(new URL(page.url()).hash).toBe('');
  expect(await savedAge(page)).toBe(45);
});

test('opening a link when other answers are saved asks first; keeping them changes nothing', async ({ page, browser }) => {
  await answerFromStart(page);
  const link = await copyLink(page);

  const other = await freshPage(browser);
  await other.goto('/');
  await other.getByRole('button', { name: 'はじめる' }).click();
  await other.getByRole('textbox').first().fill('52');
  await other.getByRole('button', { name: '次へ', exact: true }).click();
  await expect.poll(() => savedAge(other)).toBe(52);

  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1, name: '今の答えを、共有された答えに置きかえますか' })).toBeVisible();
  expect(await axeViolations(other)).toEqual([]);
  await other.getByRole('button', { name: '今の答えを残す' }).click();
  expect(await savedAge(other)).toBe(52);
  expect(new URL(other.url()).hash).toBe('');

  await other.goto(link);
  await other.getByRole('button', { name: '共有された答えを開く' }).click();
  await expect(other.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();
  expect(await savedAge(other)).toBe(28);
  await other.context().close();
});

test('a saved file opens again from the start page', async ({ page, browser }, info) => {
  await answerFromStart(page);
  const before = await resultSummary(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ファイルに保存する' }).click()]);
  expect(download.suggestedFilename()).toBe('shuro-check-2026-11-22.json');
  const file = info.outputPath('case.json');
  await download.saveAs(file);

  const other = await freshPage(browser);
  await other.goto('/');
  await other.getByRole('button', { name: '相談員モード・ファイルの読み込み' }).click();
  await expect(other.getByRole('heading', { level: 1, name: '相談員モード・ファイルの読み込み' })).toBeFocused();
  expect(await axeViolations(other)).toEqual([]);

  // A broken file is refused, naming the field.
  await other
    .getByLabel('読み込むファイル')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"shuro-check/case@1","age":-1}') });
  await expect(other.getByRole('alert')).toContainText('「年齢」の答え（age） は 0 以上にしてください');
  expect(await axeViolations(other)).toEqual([]);

  await other.getByLabel('読み込むファイル').setInputFiles(file);
  await expect(other.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();
  expect(await resultSummary(other)).toEqual(before);
  await other.context().close();
});

test.describe('QR code', () => {
  // Without the service worker, whose precache would fetch every chunk: what the page itself asks for.
  test.use({ serviceWorkers: 'block' });

  test('the QR library is fetched only when asked, and the code is an SVG with a name', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await answerFromStart(page);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((p) => /\/QrCode-/.test(p))).toEqual([]);
    await page.getByRole('button', { name: 'QRコードを表示する' }).click();
    const qr = page.getByRole('img', { name: 'この結果を開くQRコード' });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((e) => e.tagName.toLowerCase())).toBe('svg');
    expect(scripts.filter((p) => /\/QrCode-/.test(p))).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
