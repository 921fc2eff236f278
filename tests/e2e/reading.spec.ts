/**
 * Reading comfort in Chromium: the text size control (three steps, remembered) reflows the page with no
 * horizontal scrolling down to 320 px wide at the largest step, in every language and on every kind of page;
 * more contrast, forced colours and reduced motion are honoured; the header reads in a sensible order.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './helpers';
import { AT_HOME, AT_HOME_VISITED } from '../fixtures/person-at-home';

test.use({ locale: 'ja-JP' });

const STATE_KEY = 'shuro-check:state';

/** A saved case that reaches the results with most of the page's parts on it (timeline, copay, folded services). */
const SAVED = JSON.stringify({
  v: 1,
  case: { ...AT_HOME, age: 28, plan: { daysPerMonth: 20 } },
  step: 'results',
  visited: [...AT_HOME_VISITED, 'days-per-month'],
  savedAt: '',
});

/** How far the page is wider than the screen, in CSS px (0 = no horizontal scrolling). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Elements sticking out past the right edge (to say what overflows when the check fails). */
const wideElements = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('.visually-hidden'))
      .slice(0, 3)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${(e as HTMLElement).className}「${e.textContent?.slice(0, 30)}」 in .${(e.closest('[class]') as HTMLElement | null)?.className}`,
      ),
  );

async function openAt(page: Page, lang: string, saved?: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(
    ([k, v, lng]) => {
      localStorage.clear();
      if (v) localStorage.setItem(k!, v);
      localStorage.setItem('shuro-check:lang', lng!);
      localStorage.setItem('shuro-check:text-size', '150');
    },
    [STATE_KEY, saved ?? '', lang],
  );
  await page.reload();
}

test('the text size has three steps, reachable from the header, scales the page and is remembered', async ({ page }) => {
  await page.goto('/');
  const group = page.getByRole('group', { name: '文字の大きさ' });
  await expect(group.getByRole('button')).toHaveText(['標準', '大', '特大']);
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const base = await rootSize();
  await group.getByRole('button', { name: '大', exact: true }).click();
  await expect.poll(rootSize).toBeCloseTo(base * 1.25, 1);
  await group.getByRole('button', { name: '特大' }).click();
  await expect.poll(rootSize).toBeCloseTo(base * 1.5, 1);
  // The body text follows the root size (rem-based), not just the root.
  const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(bodySize).toBeCloseTo(base * 1.5 * 1.0625, 0);
  await page.reload();
  await expect(page.getByRole('button', { name: '特大' })).toHaveAttribute('aria-pressed', 'true');
  expect(await rootSize()).toBeCloseTo(base * 1.5, 1);
  // Reading order: skip link, the language, the text size, then the page's heading and its button.
  const order = await page.evaluate(() => [...document.querySelectorAll('a, button, h1')].slice(0, 9).map((e) => e.textContent?.trim()));
  expect(order).toEqual(['本文へ移動する', '日本語', 'English', 'やさしい にほんご', '標準', '大', '特大', '就労支援セルフチェック', 'はじめる']);
});

for (const lang of ['ja', 'en', 'ja-easy']) {
  test(`${lang}: at the largest text size and 320 px wide, no page scrolls sideways`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+09:00'));
    // The first question, with its error showing (the longest state of a question page).
    await openAt(page, lang);
    await page.locator('main .button--primary').first().click();
    await expect(page.locator('input#f-age')).toBeVisible();
    await page.locator('input#f-age').fill('200');
    await page.locator('main form .button--primary').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    expect(await overflow(page), `first question: ${await wideElements(page)}`).toBeLessThanOrEqual(0);

    // The check page and the results, with every disclosure open.
    await openAt(page, lang, SAVED.replace('"step":"results"', '"step":"check"'));
    await expect(page.locator('.summary-list')).toBeVisible();
    expect(await overflow(page), `check answers: ${await wideElements(page)}`).toBeLessThanOrEqual(0);
    await openAt(page, lang, SAVED);
    await expect(page.locator('.timeline')).toBeVisible();
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      }),
    );
    expect(await overflow(page), `results: ${await wideElements(page)}`).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).not.toBe('16px');

    // The views opened from the results: the what-if form and the print handout's preview.
    await page.locator('#results-open-whatif').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await overflow(page), `what-if: ${await wideElements(page)}`).toBeLessThanOrEqual(0);
    await openAt(page, lang, SAVED);
    await expect(page.locator('.timeline')).toBeVisible();
    await page.locator('#results-open-handout').click();
    await expect(page.locator('.handout-page__sheet')).toBeVisible();
    expect(await overflow(page), `handout: ${await wideElements(page)}`).toBeLessThanOrEqual(0);
  });
}

test('control: the sideways-scroll check sees a page that is too wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await page.evaluate(() => {
    const wide = document.createElement('div');
    wide.className = 'too-wide';
    wide.textContent = 'x';
    wide.setAttribute('data-w', '1');
    document.body.append(wide);
    wide.animate([{ width: '600px' }, { width: '600px' }], { duration: 100000, fill: 'forwards' });
  });
  expect(await overflow(page)).toBeGreaterThan(0);
});

test('more contrast: muted text becomes full black; forced colours: the chosen buttons still show; reduced motion: no animation time', async ({ page }) => {
  await page.emulateMedia({ contrast: 'more' });
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.locator('.hint').first()).toHaveCSS('color', 'rgb(0, 0, 0)');
  expect(await axeViolations(page)).toEqual([]);

  await page.emulateMedia({ contrast: 'no-preference', forcedColors: 'active' });
  const pressed = page.getByRole('button', { name: '日本語' });
  await expect(pressed).toHaveCSS('border-top-width', '4px');
  await expect(pressed).toHaveCSS('text-decoration-line', 'underline');
  await expect(page.getByRole('button', { name: 'English' })).toHaveCSS('border-top-width', '2px');

  await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('*')].map((e) => getComputedStyle(e).transitionDuration).filter((d) => d !== '0s' && d !== '1e-05s'),
  );
  expect(durations).toEqual([]);
});
