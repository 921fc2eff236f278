/** Shared browser-test helpers: a guard against any request to another host, and axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';

/** Records every http(s)/ws(s) request to a host other than 127.0.0.1; specs assert the list stays empty. */
export function guardForeignRequests(context: BrowserContext): string[] {
  const foreign: string[] = [];
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (/^(https?|wss?):$/.test(u.protocol) && u.hostname !== '127.0.0.1') foreign.push(r.url());
  });
  return foreign;
}

/**
 * `test` with the guard built in: every test using it fails if the page asked any other host for anything.
 * `foreignRequests` is there to assert earlier, mid-test.
 */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context }, use) => {
      const foreign = guardForeignRequests(context);
      await use(foreign);
      expect(foreign, 'requests to a host other than 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The axe rule sets we hold every page state to: WCAG 2.0–2.2 A/AA and best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe violations on the current page as "rule: target — help" lines (empty = clean). */
export async function axeViolations(page: Page, options: { include?: string; exclude?: string } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.include) builder = builder.include(options.include);
  if (options.exclude) builder = builder.exclude(options.exclude);
  const r = await builder.analyze();
  return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`));
}

/**
 * An answer by its label: a radio, one or more checkboxes, typed text, a municipality typed then chosen from the
 * list (`place` typed, the option whose name starts with `choose`), or a second button instead of 次へ (`button`).
 */
export type Answer = { radio: string } | { check: string | string[] } | { text: string } | { place: string; choose: string } | { button: string };

/** The optional municipality question's title, and its "don't know / later" answer (the flows below skip it). */
export const MUNICIPALITY = 'お住まいの市区町村を教えてください';
export const SKIP_MUNICIPALITY: Answer = { button: 'わからない・あとで答える' };

/**
 * Answers each question page (Japanese) by its title, with the mouse, until the check-answers page; then shows
 * the results. Returns the titles of the questions it answered.
 */
export async function answerAll(page: Page, answers: Record<string, Answer>): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeFocused();
    const title = (await h1.textContent())!.replace(/\s*任意$/, '').trim();
    if (title === '答えを確かめてください') {
      await page.getByRole('button', { name: 'この答えで結果を見る' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();
      return seen;
    }
    seen.push(title);
    const a = answers[title];
    if (!a) throw new Error(`no answer in this flow for the question "${title}"`);
    if ('button' in a) {
      await page.getByRole('button', { name: a.button, exact: true }).click();
      continue;
    }
    if ('radio' in a) await page.getByRole('radio', { name: a.radio, exact: true }).check();
    else if ('check' in a) for (const label of [a.check].flat()) await page.getByRole('checkbox', { name: label, exact: true }).check();
    else if ('place' in a) {
      await page.getByRole('combobox', { name: title }).fill(a.place);
      await page.getByRole('option', { name: new RegExp(`^${a.choose} `) }).click();
    } else await page.getByRole('textbox').first().fill(a.text);
    await page.getByRole('button', { name: '次へ', exact: true }).click();
  }
  throw new Error('the flow did not reach the check-answers page');
}
