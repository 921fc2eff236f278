/**
 * The Content-Security-Policy: the built page allows its own origin only, with no inline script or style, and
 * the app still works under it — questions, the check page, results — with no violation reported.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { AT_HOME } from '../fixtures/person-at-home';

test.use({ locale: 'ja-JP' });

/** Collects CSP violations the page reports (and console errors that mention the policy). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test('the page carries a strict policy: own origin only, no inline script or style', async ({ page }) => {
  const res = await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const policy of [meta!, res!.headers()['content-security-policy']!]) {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https?:/);
  }
});

test('the app works under the policy with no violation: questions, check page, results', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.clock.setFixedTime(new Date('2026-11-22T10:00:00+09:00'));
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.getByRole('textbox').fill('28');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByRole('checkbox', { name: '精神障害者保健福祉手帳', exact: true }).check();
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '障害基礎年金の1級を受け取っていますか' })).toBeVisible();
  // The rest of the answers as saved by an earlier visit, then the check page and the results.
  await page.evaluate((c) => {
    localStorage.setItem('shuro-check:state', JSON.stringify({ v: 1, case: c, step: 'check', visited: [], savedAt: '' }));
  }, { ...AT_HOME, age: 28 });
  await page.reload();
  await page.getByRole('button', { name: 'この答えで結果を見る' }).click();
  await expect(page.getByRole('article', { name: '就労移行支援' })).toBeVisible();
  await expect(page.getByText('0円').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('negative control: an injected inline script is blocked and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
  });
  await expect.poll(violations).not.toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
});
