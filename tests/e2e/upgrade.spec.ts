/**
 * Someone who answered part of the questions with an earlier release opens this version: they are on the same
 * question, every answer is there, and nothing says answers were lost. The saved states were written by the
 * released build itself (tests/fixtures/saved-states).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './helpers';

test.use({ locale: 'ja-JP' });

const DIR = 'tests/fixtures/saved-states';
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, ...(JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as { raw: string; heading: string }) }));

for (const f of fixtures) {
  test(`${f.name}: resumes on "${f.heading}" with every answer kept`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+09:00'));
    await page.addInitScript((raw) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('shuro-check:state', raw);
    }, f.raw);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: f.heading })).toBeVisible();
    await expect(page.getByText('前回の答えを、一部読み込めませんでした')).toHaveCount(0);
    // Back to the first question: the age typed with the earlier release is there.
    const saved = JSON.parse(f.raw) as { case: { age: number }; visited: string[] };
    for (let i = 0; i < saved.visited.length; i++)
      await page
        .getByRole('button', { name: /戻る/ })
        .or(page.getByRole('link', { name: /戻る/ }))
        .first()
        .click();
    await expect(page.getByRole('heading', { level: 1, name: '年齢を教えてください' })).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveValue(String(saved.case.age));
  });
}
