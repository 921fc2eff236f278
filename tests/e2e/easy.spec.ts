/**
 * The three languages in Chromium: the whole flow to the results in each, offline after the first visit, with
 * axe clean on the first question, the check page and the results; やさしい日本語 chosen on the first screen,
 * shown with <ruby> furigana, remembered after a reload; no locale key or furigana markup ever on screen.
 * Screenshots of the first question and the results in やさしい日本語 go to docs/screenshots/.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './helpers';

test.use({ locale: 'ja-JP' });

/**
 * A name as Playwright's role queries see it. Playwright computes names itself and puts a space around each
 * <ruby> (its display is not "inline"); Chromium's own accessibility tree does not (checked below), so the
 * query allows optional spaces between characters.
 */
function loose(text: string): RegExp {
  const chars = [...text.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*${chars.join('\\s*')}\\s*$`);
}

/** The names Chromium gives the page's headings and buttons in its accessibility tree (what a screen reader gets). */
async function chromiumNames(page: Page, roles: string[]): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored?: boolean }[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && roles.includes(n.role?.value ?? '')).map((n) => String(n.name?.value ?? ''));
}

/** A person at home: 28, mental-health handbook, not working, household not taxed. Keyed by question id. */
const ANSWERS: Record<string, string | string[]> = {
  age: '28',
  handbooks: ['mental'],
  pension: 'no',
  'work-status': 'not-working',
  experience: 'yes',
  'hard-to-be-employed': 'no',
  'transition-months': '0',
  'current-services': ['none'],
  assessed: 'no',
  residence: 'home',
  // The combobox: the reading typed, then the option chosen (its name starts with 横浜市 in every language).
  municipality: 'よこはま',
  'public-assistance': 'no',
  spouse: 'no',
  'resident-tax': 'exempt',
  'days-per-month': '20',
};

/** The words each language uses for what the test clicks. */
const WORDS = {
  ja: {
    label: '日本語',
    start: 'はじめる',
    next: '次へ',
    submit: 'この答えで結果を見る',
    check: '答えを確かめてください',
    services: 'サービスごとの結果',
    age: '年齢を教えてください',
  },
  en: {
    label: 'English',
    start: 'Start now',
    next: 'Continue',
    submit: 'See my results',
    check: 'Check your answers',
    services: 'Results for each service',
    age: 'How old are you?',
  },
  'ja-easy': {
    label: 'やさしい にほんご',
    start: 'はじめる',
    next: '次へ',
    submit: 'この 答えで 結果を 見る',
    check: '答えを 見直して ください',
    services: 'サービスごとの 結果',
    age: 'あなたは 何歳ですか',
  },
} as const;
type Lang = keyof typeof WORDS;

/**
 * Text on screen that is a locale key (results:verdict.likely, q.age.title) or furigana markup ({漢字|かんじ}),
 * or an i18next placeholder left unfilled: what a person must never see.
 */
async function rawTextOnScreen(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.textContent);
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) =>
        /^[a-z]+:[\w.-]+$/.test(l) ||
        /\b(?:common|wizard|questions|later|results|reasons|timeline|errors):[\w.-]+/.test(l) ||
        /^[a-z][\w-]*(\.[\w-]+){1,}$/.test(l) ||
        /\{[^{}]*\|[^{}]*\}|\{\{|\}\}/.test(l),
    );
}

/** Answers every question from ANSWERS by field, by value (the same in every language), until the check page. */
async function answerAll(page: Page, next: string | RegExp): Promise<void> {
  for (let i = 0; i < 30; i++) {
    // A question's texts or field still loading (a lazy chunk) is not the end of the questions.
    await expect(page.locator('main .loading')).toHaveCount(0);
    const input = page.locator('main form input').first();
    if (!(await input.count())) return;
    const id = (await input.getAttribute('name'))!.replace(/^f-/, '');
    const a = ANSWERS[id];
    if (a === undefined) throw new Error(`no answer for ${id}`);
    if (Array.isArray(a)) for (const v of a) await page.locator(`input[name="f-${id}"][value="${v}"]`).check();
    else if ((await input.getAttribute('type')) === 'radio') await page.locator(`input[name="f-${id}"][value="${a}"]`).check();
    else if ((await input.getAttribute('role')) === 'combobox') {
      await input.fill(a);
      await page.getByRole('option', { name: /^横浜市 / }).click();
      await expect(input).toHaveValue('横浜市');
    } else await input.fill(a);
    await page.getByRole('button', { name: next, exact: true }).click();
    await expect(page.locator(`input[name="f-${id}"]`)).toHaveCount(0);
  }
  throw new Error('did not reach the check page');
}

for (const lng of Object.keys(WORDS) as Lang[]) {
  test(`${lng}: the whole flow to the results, offline after the first visit, axe clean, no raw keys`, async ({ page, context }) => {
    test.setTimeout(120_000); // three axe runs, one of them on the long results page
    const w = WORDS[lng];
    await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+09:00'));
    await page.goto('/');
    // The language is chosen on the first screen.
    const name = (text: string) => (lng === 'ja-easy' ? loose(text) : text);
    if (lng !== 'ja') await page.getByRole('button', { name: w.label, exact: true }).click();
    await expect(page.getByRole('button', { name: w.label, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: name(w.start), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: name(w.age) })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lng === 'en' ? 'en' : 'ja');

    // The service worker is there once the first question shows; from now on, no network.
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    const reload = await page.reload();
    expect(reload?.fromServiceWorker()).toBe(true);
    // Nothing answered yet, so nothing was saved: the reload shows the start page again.
    await page.getByRole('button', { name: name(w.start), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: name(w.age) })).toBeVisible();
    expect(await axeViolations(page), 'first question').toEqual([]);
    expect(await rawTextOnScreen(page)).toEqual([]);

    await answerAll(page, name(w.next));
    await expect(page.getByRole('heading', { level: 1, name: name(w.check) })).toBeVisible();
    expect(await axeViolations(page), 'check answers').toEqual([]);
    expect(await rawTextOnScreen(page)).toEqual([]);

    await page.getByRole('button', { name: name(w.submit), exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: name(w.services) })).toBeVisible();
    // Open every disclosure, so the sources and the folded services are checked too.
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      }),
    );
    expect(await axeViolations(page), 'results').toEqual([]);
    expect(await rawTextOnScreen(page)).toEqual([]);
    if (lng === 'ja-easy') {
      expect(await page.locator('main ruby').count()).toBeGreaterThan(200);
      // Dates in digits with readings: the July copay review of 2027 (2027年7月1日, 1日 read ついたち).
      const dates = await page.locator('.timeline time').evaluateAll((els) =>
        els.map((e) => {
          const copy = e.cloneNode(true) as Element;
          for (const n of copy.querySelectorAll('rt, rp')) n.remove();
          return { text: copy.textContent ?? '', readings: [...e.querySelectorAll('rt')].map((r) => r.textContent) };
        }),
      );
      expect(dates.find((d) => d.text.includes('2027年7月1日'))?.readings).toEqual(['ねん', 'がつ', 'ついたち']);
    }
  });
}

test('やさしい日本語 is remembered after a reload, and the page is still Japanese for screen readers', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'やさしい にほんご' }).click();
  await expect(page.getByRole('heading', { level: 1 }).locator('rt')).toHaveText('しゅうろうしえん');
  await page.reload();
  await expect(page.getByRole('button', { name: 'やさしい にほんご' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByRole('button', { name: 'はじめる' }).click();
  const h1 = page.getByRole('heading', { level: 1, name: loose('あなたは 何歳ですか') });
  await expect(h1).toBeVisible();
  // Real <ruby> with the reading in <rt>, and a title without readings.
  await expect(h1.locator('ruby')).toHaveCount(2);
  await expect(h1.locator('rt')).toHaveText(['なん', 'さい']);
  await expect(page).toHaveTitle('あなたは 何歳ですか – 就労支援セルフチェック');
  // What a screen reader gets from Chromium: the words once, without the readings, in reading order.
  const names = await chromiumNames(page, ['heading', 'button']);
  expect(names).toEqual(expect.arrayContaining(['あなたは 何歳ですか', '次へ', 'もどる', 'やさしい にほんご', '大きい']));
  expect(names.join(' ')).not.toMatch(/なんさい|つぎへ/);
});

test('screenshots of the first question and the results in やさしい日本語 (docs/screenshots)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+09:00'));
  await page.goto('/?lang=ja-easy');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await expect(page.getByRole('heading', { level: 1, name: loose('あなたは 何歳ですか') })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/ja-easy-first-question.png', fullPage: true });
  await answerAll(page, loose('次へ'));
  await page.getByRole('button', { name: loose('この 答えで 結果を 見る') }).click();
  await expect(page.getByRole('heading', { level: 2, name: loose('サービスごとの 結果') })).toBeVisible();
  // The top of the results: the summary, the first service card with its verdict and reasons.
  await page.screenshot({ path: 'docs/screenshots/ja-easy-results.png', fullPage: true, clip: { x: 0, y: 0, width: 390, height: 2000 } });
});
