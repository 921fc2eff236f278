/**
 * The cap-against-pay chart in the browser (issue 15, item 5): folded in the copay section, drawn from its own
 * chunk, one accessible image with a text equivalent, no axe violation, no sideways scrolling at 320 px with the
 * largest text in やさしい日本語 (and no kanji in the drawing there, which cannot show furigana), the forced-colours
 * and print styles, and the what-if view showing it for a changed pay.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './helpers';
import { NOW, STATE_KEY, openResults, sharedCase } from './seed';

test.use({ locale: 'ja-JP' });

const ESTIMATED = sharedCase('tax-unknown-estimated-from-pay');

async function openChart(page: Page): Promise<void> {
  await page.getByText('グラフ：給料が変わると上限は？').click();
  await expect(page.getByRole('img', { name: '去年の給料と、1か月の上限（目安）' })).toBeVisible();
}

const SHOTS = process.env.PAYCHART_SHOTS; // not law: a folder to save screenshots in while reviewing the drawing

test('folded in the copay section; opened, one named and described image with its table, and no axe violation', async ({ page }) => {
  test.slow(); // axe over the whole results page
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await openResults(page, ESTIMATED);
  const fold = page.locator('.copay .paychart-fold');
  await expect(fold).toHaveCount(1);
  await expect(fold).not.toHaveAttribute('open');
  // Its own chunk, fetched with the results (ready before the fold is opened or the page printed).
  await expect.poll(() => scripts.some((p) => /\/PayChart-[\w-]+\.js$/.test(p))).toBe(true);
  await openChart(page);
  const img = page.getByRole('img', { name: '去年の給料と、1か月の上限（目安）' });
  await expect(img).toHaveAttribute('aria-describedby', /paychart-desc/);
  const description = await page.locator('#paychart-desc').textContent();
  // A 手帳 holder paid 1,500,000 yen: under the 2,044,000 line, 0 yen [8.4, 8.5].
  expect(description).toContain('あなたの2025年の給料は150万円で、上限は0円です（目安）');
  expect(description).toContain('2025年の給料で、2026年7月1日からの上限が決まります');
  // The text equivalent: one row per step, the person's row marked in words.
  const rows = page.locator('.paychart__table tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('204.4万円まで');
  await expect(rows.nth(0)).toContainText('0円');
  await expect(rows.nth(0)).toContainText('あなたはここ');
  await expect(rows.nth(1)).toContainText('204.4万円を超えて');
  await expect(rows.nth(1)).toContainText('9,300円（一般1）');
  await expect(rows.nth(2)).toContainText('9,300円か37,200円（市区町村に確認');
  await expect(rows.nth(3)).toContainText('37,200円（一般2）');
  // The picture: the person's dot and label, a "?" over the band.
  await expect(page.locator('.paychart__svg .paychart__you-label')).toHaveText('あなた');
  await expect(page.locator('.paychart__svg .paychart__ask')).toHaveCount(1);
  if (SHOTS) await page.locator('.paychart').screenshot({ path: `${SHOTS}/paychart-ja.png` });
  expect(await axeViolations(page)).toEqual([]);
});

test('a family member answering sees "ご本人" on the dot, the summary and the table', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('shuro-check:respondent', 'family'));
  await openResults(page, ESTIMATED);
  await openChart(page);
  await expect(page.locator('.paychart__svg .paychart__you-label')).toHaveText('ご本人');
  await expect(page.locator('#paychart-desc')).toContainText('ご本人の2025年の給料は150万円');
  await expect(page.locator('.paychart__row--you')).toContainText('ご本人はここ');
});

test('no chart for 生活保護', async ({ page }) => {
  await openResults(page, sharedCase('public-assistance-50'));
  await expect(page.locator('.copay__box')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.paychart-fold')).toHaveCount(0);
});

test("no chart for a guardian's household (17: the parents' tax decides)", async ({ page }) => {
  await openResults(page, { ...ESTIMATED, age: 17 });
  await expect(page.locator('.copay__box')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.paychart-fold')).toHaveCount(0);
});

test('320 px, the largest text, やさしい日本語: no sideways scrolling, the drawing fits, and it holds no kanji', async ({ browser }) => {
  test.slow(); // a new context, the largest text, axe
  const context = await browser.newContext({ viewport: { width: 320, height: 740 }, locale: 'ja-JP' });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  const saved = JSON.stringify({ v: 1, case: ESTIMATED, step: 'results', visited: [], savedAt: '2026-11-22T00:00:00.000Z' });
  await page.addInitScript(
    ([k, v]) => {
      localStorage.setItem(k!, v!);
      localStorage.setItem('shuro-check:lang', 'ja-easy');
      localStorage.setItem('shuro-check:text-size', '150');
    },
    [STATE_KEY, saved],
  );
  await page.goto('/');
  await page.locator('.paychart-fold > summary').click();
  const svg = page.locator('.paychart__svg');
  await expect(svg).toBeVisible();
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = (await svg.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  // Every text of the drawing inside the page, and none in kanji (the svg cannot carry readings).
  const texts = await svg.locator('text').evaluateAll((els) =>
    els.map((e) => ({
      text: e.textContent ?? '',
      ...(() => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right };
      })(),
    })),
  );
  for (const t of texts) {
    expect(t.left, t.text).toBeGreaterThanOrEqual(0);
    expect(t.right, t.text).toBeLessThanOrEqual(320);
    expect(t.text).not.toMatch(/\p{Script=Han}/u);
  }
  // The words around it carry readings, and the table is there in full.
  await expect(page.locator('.paychart__title rt').first()).toBeAttached();
  await expect(page.locator('.paychart__table tbody tr')).toHaveCount(4);
  if (SHOTS) {
    await page.locator('.paychart').screenshot({ path: `${SHOTS}/paychart-320-easy-150.png` });
    await svg.screenshot({ path: `${SHOTS}/paychart-320-easy-150-svg.png` });
  }
  expect(await axeViolations(page, { include: '.copay' })).toEqual([]);
  await context.close();
});

test('forced colours: the drawing takes system colours; print: black lines (print-results.spec prints the opened fold)', async ({ page }) => {
  await openResults(page, ESTIMATED);
  await openChart(page);
  await page.emulateMedia({ forcedColors: 'active' });
  const line = page.locator('.paychart__svg .paychart__line').first();
  const forced = await line.evaluate((el) => getComputedStyle(el).stroke);
  await page.emulateMedia({ forcedColors: 'none' });
  const normal = await line.evaluate((el) => getComputedStyle(el).stroke);
  expect(forced).not.toBe(normal);
  if (SHOTS) {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.locator('.paychart').screenshot({ path: `${SHOTS}/paychart-forced.png` });
    await page.emulateMedia({ forcedColors: 'none' });
  }
  await page.emulateMedia({ media: 'print' });
  expect(await line.evaluate((el) => getComputedStyle(el).stroke)).toBe('rgb(0, 0, 0)');
  await page.emulateMedia({ media: null });
});

test('what-if: a changed pay shows the chart for the what-if answers, the dot at the new pay', async ({ page }) => {
  test.slow(); // the what-if view, then axe over it
  await openResults(page, ESTIMATED);
  await page.getByRole('button', { name: '答えを変えて比べる' }).click();
  await page.getByRole('checkbox', { name: '世帯の住民税・配偶者・給料' }).check();
  await page.getByRole('textbox', { name: /去年の給料（あなた）/ }).fill('700万');
  await page.getByRole('button', { name: '比べる', exact: true }).click();
  const fold = page.locator('#whatif-paychart-fold');
  await expect(fold).toBeVisible();
  await fold.locator('summary').click();
  await expect(page.locator('#whatif-paychart-desc')).toContainText('700万円で、上限は37,200円');
  await expect(page.locator('.whatif .paychart__row--you')).toContainText('37,200円');
  expect(await axeViolations(page)).toEqual([]);
});
