/** After the first visit the app works offline, served by the service worker, and talks to no other host. */
import { expect, test } from '@playwright/test';
import { guardForeignRequests } from './helpers';

test('reloads offline from the service worker after the first visit, with no foreign requests', async ({ page, context }) => {
  const foreign = guardForeignRequests(context);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
  await context.setOffline(true);
  const resp = await page.reload();
  expect(resp?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('serves an installable manifest with PNG icons', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.ok()).toBe(true);
  const m = await res.json();
  expect(m.display).toBe('standalone');
  const sizes = m.icons.filter((i: { type: string }) => i.type === 'image/png').map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of m.icons) expect((await request.get(`/${icon.src}`)).ok(), icon.src).toBe(true);
});
