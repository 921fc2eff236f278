/** After the first visit the app works offline, served by the service worker, and talks to no other host. */
import { test as base } from '@playwright/test';
import { expect, guardForeignRequests, test } from './helpers';

test('reloads offline from the service worker after the first visit, with no foreign requests', async ({ page, context, foreignRequests }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
  await context.setOffline(true);
  const resp = await page.reload();
  expect(resp?.fromServiceWorker(), 'the offline reload is answered by the service worker').toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(foreignRequests).toEqual([]);
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
  const context = await browser.newContext();
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
