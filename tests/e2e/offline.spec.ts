/** After the first visit the app works offline, served by the service worker, and talks to no other host. */
import { test as base } from '@playwright/test';
import { expect, guardForeignRequests, test } from './helpers';

test.describe('offline', () => {
  test.use({ locale: 'ja-JP' });

  test('after the first visit, reloads offline from the service worker and goes on answering, with no foreign requests', async ({ page, context, foreignRequests }) => {
    await page.goto('/');
    // The service worker registers once the first question is on screen (the first page stays light).
    await page.getByRole('button', { name: 'はじめる' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '年齢を教えてください' })).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
    await context.setOffline(true);
    const resp = await page.reload();
    expect(resp?.fromServiceWorker(), 'the offline reload is answered by the service worker').toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: '年齢を教えてください' })).toBeVisible();
    // The later chunks (the case reader, the other questions) come from the precache too.
    await page.getByRole('textbox').fill('30');
    await page.getByRole('button', { name: '次へ', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: '障害者手帳を持っていますか' })).toBeVisible();
    expect(foreignRequests).toEqual([]);
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
