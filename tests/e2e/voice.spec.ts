/**
 * Texts that follow the answers, in a real browser (issue 13, item 8): the household hint after "no spouse",
 * where A型/B型 users answer the work questions, "who is answering" on the start page, and results that do not
 * say あなた.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './helpers';
import { NOW, STATE_KEY, openResults, sharedCase } from './seed';
import { personal } from '../support/personal';

test.use({ locale: 'ja-JP' });

const RESPONDENT_KEY = 'shuro-check:respondent';

function saved(c: Record<string, unknown>, step: string, visited: string[] = []): string {
  return JSON.stringify({ v: 1, case: { format: 'shuro-check/case@1', ...c }, step, visited, savedAt: '' });
}

/** Opens the app at a question with these answers saved (and, if given, who is answering). */
async function openAt(page: Page, state: string, who?: string): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  await page.evaluate(
    ([k, v, rk, r]) => {
      localStorage.setItem(k!, v!);
      if (r) localStorage.setItem(rk!, r);
    },
    [STATE_KEY, state, RESPONDENT_KEY, who ?? ''],
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const hint = (page: Page) => page.locator('#f-resident-tax-hint');
const taxStep = (spouse?: boolean) =>
  saved({ age: 30, household: { publicAssistance: false, ...(spouse === undefined ? {} : { spouse }) } }, 'resident-tax', ['age', 'spouse']);

test('the resident-tax hint says "あなただけ" after "no spouse", and "あなたと配偶者" after yes', async ({ page }) => {
  await openAt(page, taxStep(false));
  await expect(hint(page)).toContainText('ここでいう世帯は、あなただけです');
  await expect(hint(page)).not.toContainText('あなたと配偶者');
  await openAt(page, taxStep(true));
  await expect(hint(page)).toContainText('ここでいう世帯は、あなたと配偶者です');
});

test('the work-status question says A型 (with a job contract) and B型 users answer 働いていない; experience says who decides about A型/B型 work', async ({
  page,
}) => {
  await openAt(page, saved({ age: 30 }, 'work-status', ['age']));
  const notWorking = page.getByRole('radio', { name: '働いていない（福祉サービスを利用中も含む）', exact: true });
  await expect(notWorking).toBeVisible();
  await expect(page.getByText('就労継続支援A型の事業所で雇用契約を結んで働いている人や、B型の事業所に通っている人も、こちらを選んでください。')).toBeVisible();
  await expect(page.getByText(/A型の事業所での仕事は、ここにはふくみません/)).toBeVisible();

  await openAt(page, saved({ age: 30, work: { status: 'not-working' } }, 'experience', ['age', 'work-status']));
  await expect(page.getByText(/会社などで働いたことです/)).toBeVisible();
  await expect(page.getByText(/A型やB型の事業所で働いたことしかないときに、それを「働いたこと」に数えるかどうかは、市区町村が決めます/)).toBeVisible();
});

test('"who is answering" on the start page: 家族 turns the questions to ご本人, and it stays after a reload', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  const group = page.getByRole('group', { name: 'だれが答えますか（任意）' });
  await expect(group).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await group.getByRole('radio', { name: '家族', exact: true }).check();
  expect(await page.evaluate((k) => localStorage.getItem(k), RESPONDENT_KEY)).toBe('family');

  // Nothing about who answers goes into the saved answers (the case).
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').fill('30');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('障害者手帳を持っていますか');
  expect(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY)).not.toContain('family');

  // Seed the tax and pay questions: the family member reads ご本人, not あなた.
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STATE_KEY, taxStep(false)]);
  await page.reload();
  await expect(hint(page)).toContainText('ここでいう世帯は、ご本人だけです');
  await expect(page.locator('main')).not.toContainText('あなた');
  await page.evaluate(
    ([k, v]) => localStorage.setItem(k!, v!),
    [STATE_KEY, saved({ age: 30, household: { publicAssistance: false, spouse: false, residentTax: 'unknown' } }, 'income-self', ['age'])],
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ご本人の給料');
});

test('in English, a supporter reads "the person" instead of "you"', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await page.goto('/?lang=en');
  await page.getByRole('radio', { name: /A supporter/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How old is the person?');
});

test('the results do not say あなた (a parent may be reading them)', async ({ page }) => {
  await openResults(page, sharedCase('young-adult-living-with-parents'));
  const text = (await page.locator('main').textContent())!;
  expect(text).toContain('本人と配偶者');
  expect(personal('ja', text)).toEqual([]);
});

test('with a family member answering, the whole results page in Japanese and English speaks of the person: plan, questions to ask, share panel', async ({
  page,
}) => {
  await page.addInitScript((k) => localStorage.setItem(k, 'family'), RESPONDENT_KEY);
  await openResults(page, sharedCase('tax-unknown-estimated-from-pay'));
  const main = page.locator('main');
  await expect(main).toContainText('結果は、本人と市区町村、相談支援事業所に伝えられます');
  await expect(main).toContainText('リンクとファイルには、答えがそのまま入っています');
  expect(personal('ja', (await main.textContent())!)).toEqual([]);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Results for each service' })).toBeVisible();
  // The questions to read out at the office speak of "the person", not "I".
  await expect(main).toContainText('Which services can the person use?');
  await expect(main).toContainText('The results are shared with the person, the municipality and the consultation support office.');
  expect(personal('en', (await main.textContent())!)).toEqual([]);
});
