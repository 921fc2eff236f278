/** The wizard in a real browser: keyboard only, axe on every question page, and resuming after a reload. */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './helpers';

const STATE_KEY = 'shuro-check:state';

// A browser set to Japanese (the app follows navigator.languages); ?lang=en is tested on its own.
test.use({ locale: 'ja-JP' });

/** Presses Tab until the focused element's accessible text matches, like a keyboard user looking for it. */
async function tabTo(page: Page, name: string | RegExp, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const input = el as HTMLInputElement;
      if (input.labels?.length) return input.labels[0]!.textContent ?? '';
      return el.textContent ?? '';
    });
    if (typeof name === 'string' ? text.trim() === name : name.test(text)) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}

/** Selects a radio by keyboard: Tab into the group, arrow keys to the option, Space to check it. */
async function chooseRadio(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) break;
  }
  for (let i = 0; i < 10; i++) {
    const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent ?? '');
    if (current === label) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no radio "${label}"`);
}

async function continueOn(page: Page, button = '次へ'): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

async function expectQuestion(page: Page, title: string): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(title);
  await expect(h1).toBeFocused();
}

function saved(c: Record<string, unknown>, step: string, visited: string[] = []): string {
  return JSON.stringify({ v: 1, case: { format: 'shuro-check/case@1', ...c }, step, visited, savedAt: '' });
}

async function openAt(page: Page, state: string): Promise<void> {
  await page.goto('/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STATE_KEY, state]);
  await page.reload();
}

test('a keyboard-only user completes the questions and reaches the results', async ({ page }) => {
  // The tax question names the fiscal year of the date: fix the date.
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+09:00'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('就労支援セルフチェック');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '本文へ移動する' })).toBeFocused();

  await continueOn(page, 'はじめる');
  await expectQuestion(page, '年齢を教えてください');
  await tabTo(page, '年齢を教えてください');
  await page.keyboard.type('３４');
  await page.keyboard.press('Enter');

  await expectQuestion(page, '障害者手帳を持っていますか');
  await tabTo(page, '精神障害者保健福祉手帳');
  await page.keyboard.press('Space');
  await continueOn(page);

  const yesNo: [string, string][] = [['障害基礎年金の1級を受け取っていますか', 'いいえ']];
  for (const [q, a] of yesNo) {
    await expectQuestion(page, q);
    await chooseRadio(page, a);
    await continueOn(page);
  }
  await expectQuestion(page, '今の働き方に、いちばん近いものはどれですか');
  await chooseRadio(page, '働いていない（福祉サービスを利用中も含む）');
  await continueOn(page);
  for (const [q, a] of [
    ['今までに、働いたことはありますか', 'はい'],
    ['年齢や体力のために、会社などで働くのがむずかしくなっていますか', 'わからない'],
  ] as const) {
    await expectQuestion(page, q);
    await chooseRadio(page, a);
    await continueOn(page);
  }
  await expectQuestion(page, '就労移行支援を、今までに何か月使いましたか');
  await tabTo(page, '就労移行支援を、今までに何か月使いましたか');
  await page.keyboard.type('0');
  await page.keyboard.press('Enter');

  await expectQuestion(page, '今使っている就労支援のサービスはありますか');
  await tabTo(page, 'どれも使っていない');
  await page.keyboard.press('Space');
  await continueOn(page);

  for (const [q, a] of [
    ['「就労選択支援」か「就労アセスメント」を受けたことがありますか', 'いいえ'],
    ['今、どこで暮らしていますか', '自宅'],
  ] as const) {
    await expectQuestion(page, q);
    await chooseRadio(page, a);
    await continueOn(page);
  }
  // The municipality, keyboard only: type the reading, ↓ to 横浜市, Enter chooses it, Enter again goes on.
  await expectQuestion(page, 'お住まいの市区町村を教えてください 任意');
  await tabTo(page, /^お住まいの市区町村を教えてください/);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
  await page.keyboard.type('よこはま');
  // No option is selected until the first ↓; read the selection without waiting for one to appear.
  const selected = () => page.evaluate(() => document.querySelector('[role="option"][aria-selected="true"]')?.textContent ?? '');
  for (let i = 0; i < 5 && !/^横浜市\s*神奈川県/.test(await selected()); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: /お住まいの市区町村/ })).toHaveValue('横浜市');
  await page.keyboard.press('Enter');
  for (const [q, a] of [
    ['生活保護を受けていますか', 'いいえ'],
    ['配偶者（夫または妻）はいますか', 'いいえ'],
    ['2026年度の、世帯の住民税（市町村民税）は、どれにあてはまりますか', '非課税（住民税がかからない）'],
  ] as const) {
    await expectQuestion(page, q);
    await chooseRadio(page, a);
    await continueOn(page);
  }
  await expectQuestion(page, '1か月に何日くらい通う予定ですか 任意');
  await tabTo(page, '1か月に何日くらい通う予定ですか 任意');
  await page.keyboard.type('20');
  await page.keyboard.press('Enter');

  await expectQuestion(page, '答えを確かめてください');
  await expect(page.getByRole('definition').filter({ hasText: '34歳' })).toBeVisible();
  await continueOn(page, 'この答えで結果を見る');

  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('答えを確かめてください');
  const state = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), STATE_KEY);
  expect(state.step).toBe('results');
  expect(state.case).toEqual({
    format: 'shuro-check/case@1',
    age: 34,
    disability: { handbooks: ['mental'] },
    pensionGrade1: false,
    work: { status: 'not-working', experience: true },
    history: { transitionMonthsUsed: 0, current: [], assessed: false },
    residence: 'home',
    municipality: '141003',
    household: { publicAssistance: false, spouse: false, residentTax: 'exempt' },
    plan: { daysPerMonth: 20 },
  });
});

/** A saved case that makes each question appear, so axe can check every question page. */
const PAGES: [string, Record<string, unknown>][] = [
  ['age', {}],
  ['birth-date', { age: 63 }],
  ['granted-before-65', { age: 66 }],
  ['continuous-before-65', { age: 66, history: { grantedBefore65: ['continuation-a'] } }],
  ['handbooks', { age: 30 }],
  ['certificate', { age: 30, disability: { handbooks: [] } }],
  ['designated-disease', { age: 30, disability: { handbooks: [] } }],
  ['doctor', { age: 30, disability: { handbooks: [] } }],
  ['pension', { age: 30 }],
  ['work-status', { age: 30 }],
  ['final-year', { age: 21, work: { status: 'student' } }],
  ['started-on', { age: 30, work: { status: 'working' } }],
  ['via-service', { age: 30, work: { status: 'working' } }],
  ['experience', { age: 30, work: { status: 'not-working' } }],
  ['hard-to-be-employed', { age: 30, work: { status: 'not-working', experience: true } }],
  ['transition-months', { age: 30 }],
  ['current-services', { age: 30 }],
  ['assessed', { age: 30 }],
  ['assessed-by', { age: 30, history: { assessed: true } }],
  ['residence', { age: 30 }],
  ['municipality', { age: 30 }],
  ['public-assistance', { age: 30 }],
  ['spouse', { age: 30 }],
  ['resident-tax', { age: 30 }],
  ['income-self', { age: 30, household: { residentTax: 'unknown', spouse: true } }],
  ['income-spouse', { age: 30, household: { residentTax: 'unknown', spouse: true } }],
  ['days-per-month', { age: 30 }],
];

for (const [id, c] of PAGES) {
  test(`question page "${id}" has no axe violations, with and without an error, at 320 px wide`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openAt(page, saved(c, id));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('shuro-check:state')!).step)).toBe(id);
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'sideways scrolling at 320 px').toBe(0);
    // The error state: continue with nothing chosen or typed (optional questions just move on).
    if (!['birth-date', 'municipality', 'income-self', 'income-spouse', 'days-per-month'].includes(id)) {
      await page.getByRole('button', { name: '次へ', exact: true }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await expect(page).toHaveTitle(/^エラー：/);
      expect(await axeViolations(page)).toEqual([]);
    }
  });
}

test('the start, check-answers, start-again and English pages have no axe violations', async ({ page }) => {
  await page.goto('/');
  expect(await axeViolations(page)).toEqual([]);
  await openAt(
    page,
    saved({ age: 30, work: { status: 'working', startedOn: '2026-04-01' }, household: { residentTax: 'unknown' } }, 'check', [
      'age',
      'work-status',
      'started-on',
    ]),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('答えを確かめてください');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '最初からやり直す' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('最初からやり直しますか');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'いいえ、戻る' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await axeViolations(page)).toEqual([]);
});

test('a damaged save is reported (and the page stays accessible)', async ({ page }) => {
  await openAt(page, saved({ age: 34, work: { status: 'working', startedOn: '2026-02-30' } }, 'via-service', ['age', 'work-status', 'started-on']));
  await expect(page.getByRole('region', { name: '前回の答えを、一部読み込めませんでした' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('shuro-check:state:unreadable'))).toContain('2026-02-30');
});

test('reloading resumes at the same step with the answers kept', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox', { name: '年齢を教えてください' }).fill('45');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByRole('checkbox', { name: '療育手帳' }).check();
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害基礎年金の1級を受け取っていますか');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害基礎年金の1級を受け取っていますか');
  await page.getByRole('button', { name: '戻る' }).click();
  await expect(page.getByRole('checkbox', { name: '療育手帳' })).toBeChecked();
  await page.getByRole('button', { name: '戻る' }).click();
  await expect(page.getByRole('textbox', { name: '年齢を教えてください' })).toHaveValue('45');
});

test('the browser back button goes to the previous step', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox', { name: '年齢を教えてください' }).fill('45');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('年齢を教えてください');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');
});

test('?lang=en starts in English', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
});
