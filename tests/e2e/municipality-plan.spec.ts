/**
 * A case naming its municipality, in a real browser (issue 15): a 指定都市's results name the ward office on the
 * plan, link the city's official site (a link only: the app requests nothing from it), list the other help, and
 * pass axe with the plan open, in Japanese, やさしい日本語 and at the largest text size on a 320 px screen.
 */
import { axeViolations, expect, test } from './helpers';
import { openResults, sharedCase } from './seed';

test.use({ locale: 'ja-JP' });
// axe over the long results page with the plan open takes a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

const YOKOHAMA = { ...sharedCase('home-user-mental-handbook'), municipality: '141003' };

async function openPlan(page: import('@playwright/test').Page): Promise<void> {
  await page.locator('.timeline__more > summary').click();
  await expect(page.locator('.timeline__list')).toBeVisible();
}

test('a 指定都市 (横浜市): the ward-office wording and the official-site link on the plan, other help, axe clean', async ({ page, foreignRequests }) => {
  await openResults(page, YOKOHAMA);
  // The first step in the summary names the office already.
  await expect(page.locator('.results__next')).toContainText('お住まいの区の区役所（横浜市）の障害福祉の窓口');
  await openPlan(page);
  const plan = page.getByRole('region', { name: 'これからの予定' });
  await expect(plan.locator('.timeline__contact').first()).toContainText('お住まいの区の区役所（横浜市）の障害福祉の窓口');
  const site = plan.getByRole('link', { name: /^横浜市の公式サイト（2026年7月9日時点の情報）/ }).first();
  await expect(site).toHaveAttribute('href', 'https://www.city.yokohama.lg.jp/');
  await expect(site).toHaveAttribute('target', '_blank');
  await expect(plan).toContainText('「横浜市 障害福祉 就労移行支援」');
  await expect(plan).not.toContainText(/\d{2,4}-\d{2,4}-\d{4}/);
  // Other help for someone not working: ハローワーク, with where to find the nearest.
  const help = page.getByRole('region', { name: 'ほかの相談先' });
  await help.getByText('ハローワークについて見る').click();
  await expect(help.getByRole('heading', { level: 3 })).toHaveText(['ハローワークの障害者の窓口（専門援助部門）']);
  await expect(help).toContainText('近くの窓口がどこにあるかは、お住まいの区の区役所（横浜市）の障害福祉の窓口で聞いてください。');
  expect(await axeViolations(page)).toEqual([]);
  // Only links: nothing was fetched from the city's site.
  expect(foreignRequests).toEqual([]);
});

test('やさしい日本語 at the largest text size on a 320 px screen: readings on the name, no sideways scrolling, axe clean', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.addInitScript(() => {
    localStorage.setItem('shuro-check:lang', 'ja-easy');
    localStorage.setItem('shuro-check:text-size', '150');
  });
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+09:00'));
  await page.addInitScript(
    (saved) => localStorage.setItem('shuro-check:state', saved),
    JSON.stringify({ v: 1, case: YOKOHAMA, step: 'results', visited: [], savedAt: '2026-11-22T00:00:00.000Z' }),
  );
  await page.goto('/');
  await page.locator('.timeline__more > summary').click();
  await expect(page.locator('.timeline__contact ruby').filter({ hasText: '横浜市' }).first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The page as a whole is checked above and in easy.spec.ts; here the plan with the office's lines.
  expect(await axeViolations(page, { include: '.timeline' })).toEqual([]);
});
