/** After the first visit the app works offline, served by the service worker, and talks to no other host. */
import { test as base } from '@playwright/test';
import { answerAll, expect, guardForeignRequests, test } from './helpers';
import { HOME_USER, JAPAN_NOON } from './support/answer-flow';

test.describe('offline', () => {
  test.use({ locale: 'ja-JP' });

  test('after the first visit, reloads offline from the service worker and goes on answering, with no foreign requests', async ({
    page,
    context,
    foreignRequests,
  }) => {
    await page.goto('/');
    // The service worker registers once the first question is on screen (the first page stays light).
    await page.getByRole('button', { name: 'はじめる' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '年齢を教えてください' })).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
    await context.setOffline(true);
    const resp = await page.reload();
    expect(resp?.fromServiceWorker(), 'the offline reload is answered by the service worker').toBe(true);
    // Nothing was answered yet, so nothing was saved: the reload shows the start page.
    await page.getByRole('button', { name: 'はじめる' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '年齢を教えてください' })).toBeVisible();
    // The later chunks (the case reader, the other questions) come from the precache too.
    await page.getByRole('textbox').fill('30');
    await page.getByRole('button', { name: '次へ', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '障害者手帳を持っていますか' })).toBeVisible();
    expect(foreignRequests).toEqual([]);
  });
});

test.describe('offline from the first visit of the start page', () => {
  test.use({ locale: 'ja-JP' });

  test('a person who opened only the start page, then lost the network, answers every question through to the results', async ({ page, context }) => {
    await page.clock.setFixedTime(JAPAN_NOON);
    await page.goto('/');
    // The service worker installs while the start page sits idle, and takes the page over.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
    await expect(page.getByRole('status').filter({ hasText: 'インターネットにつながっていなくても' })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'はじめる' }).click();
    await answerAll(page, HOME_USER);
    await expect(page.getByText('この答えは使えません')).toHaveCount(0);
    // A reload offline, from the results, comes back from the service worker with the answers.
    const resp = await page.reload();
    expect(resp?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();
  });
});

test.describe('a chunk that cannot load', () => {
  test.use({ locale: 'ja-JP', serviceWorkers: 'block' });

  test('is a connection problem, never "この答えは使えません", and the same answer goes through once it loads', async ({ page }) => {
    // The case reader's chunk, as when the network is gone and no service worker holds it yet. A retry asks for it
    // with a query (src/state/chunk.ts: Chromium does not fetch a failed module again), so that fails too.
    await page.route(/\/assets\/reader-[\w-]+\.js(\?.*)?$/, (r) => r.abort('internetdisconnected'));
    await page.goto('/');
    await page.getByRole('button', { name: 'はじめる' }).click();
    await page.getByRole('textbox', { name: '年齢を教えてください' }).fill('30');
    await page.getByRole('button', { name: '次へ', exact: true }).click();
    await expect(page.getByText('インターネットにつながっていないため、次に進めませんでした。').first()).toBeVisible();
    await expect(page.getByText('この答えは使えません')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: '年齢を教えてください' })).toHaveValue('30');
    // Back online: the same answer, sent again, is taken (the failed load is tried again).
    await page.unroute(/\/assets\/reader-[\w-]+\.js(\?.*)?$/);
    await page.getByRole('button', { name: '次へ', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '障害者手帳を持っていますか' })).toBeVisible();
  });
});

test.describe('at 320 px with the largest text', () => {
  test.use({ locale: 'ja-JP', viewport: { width: 320, height: 640 } });

  test('the "offline ready" news is a line in the footer, and the first question\'s heading is in the first screen', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '特大' }).click();
    const news = page.locator('footer').getByRole('status');
    await expect(news).toContainText('インターネットにつながっていなくても', { timeout: 15_000 });
    await page.getByRole('button', { name: 'はじめる' }).click();
    const heading = page.getByRole('heading', { level: 1, name: '年齢を教えてください' });
    await expect(heading).toBeVisible();
    // Nothing above the question: the news is in the footer only, said once (not again on this page).
    await expect(page.locator('main')).not.toContainText('インターネットにつながっていなくても');
    await expect(page.getByText('インターネットにつながっていなくても')).toHaveCount(1);
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeLessThan((await page.evaluate(() => innerHeight)) - 40);
  });
});

test('serves an installable manifest whose icons all load, with PNG 192 and 512 and a maskable one', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.ok()).toBe(true);
  const m = (await res.json()) as { display: string; icons: { src: string; sizes: string; type: string; purpose?: string }[] };
  expect(m.display).toBe('standalone');
  const png = m.icons.filter((i) => i.type === 'image/png');
  expect(png.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(png.some((i) => i.purpose === 'maskable')).toBe(true);
  for (const icon of m.icons) expect((await request.get(`/${icon.src}`)).ok(), icon.src).toBe(true);
});

// Controls: prove the two checks above can fail.
base('control: the foreign-request guard sees a request to another host', async ({ browser }) => {
  // The app's CSP would stop the request before it is made; this control tests the guard, so it bypasses it.
  const context = await browser.newContext({ bypassCSP: true });
  const foreign = guardForeignRequests(context);
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(() => fetch('https://example.com/x').catch(() => undefined));
  expect(foreign).toEqual(['https://example.com/x']);
  await context.close();
});

base.describe('control: without the service worker', () => {
  base.use({ serviceWorkers: 'block' });
  base('an offline reload fails', async ({ page, context }) => {
    await page.goto('/');
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});
