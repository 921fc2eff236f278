/**
 * The Content-Security-Policy: the built page allows its own origin only, with no inline script or style, and
 * the app still works under it — questions, the check page, results — with no violation reported.
 */
import type { Page } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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
  await page.evaluate(
    (c) => {
      localStorage.setItem('shuro-check:state', JSON.stringify({ v: 1, case: c, step: 'check', visited: [], savedAt: '' }));
    },
    { ...AT_HOME, age: 28 },
  );
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

/** dist/_headers as name → value, for the pattern "/*" (the format Netlify and Cloudflare Pages read). */
function headersFor(file: string, pattern: string): Record<string, string> {
  const out: Record<string, string> = {};
  let inBlock = false;
  for (const line of file.split('\n')) {
    if (!line.startsWith(' ')) inBlock = line.trim() === pattern;
    else if (inBlock) {
      const at = line.indexOf(':');
      out[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return out;
}

test('dist/_headers carries the page’s own policy plus frame-ancestors, and `vite preview` sends the same headers', async ({ page, request }) => {
  const file = await (await request.get('/_headers')).text();
  const headers = headersFor(file, '/*');
  const res = await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(headers['permissions-policy']).toBeTruthy();
  const sent = res!.headers();
  for (const [name, value] of Object.entries(headers)) expect(sent[name], name).toBe(value);
});

test('another site cannot show the app in a frame (frame-ancestors), while an ordinary frame loads', async ({ page, baseURL }) => {
  // Another origin: a server of this test on another port of the same host (a real one: a page answered by
  // page.route counts as a public address, which Chromium keeps from framing a local one for its own reasons).
  const server = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html');
    if (req.url === '/child.html') res.end('<p id="child">child page</p>');
    else res.end(`<iframe id="app" src="${baseURL}/" title="app"></iframe><iframe id="control" src="/child.html" title="control"></iframe>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/parent.html`);
    // Negative control: a frame without the header shows its page.
    await expect(page.frameLocator('#control').locator('#child')).toHaveText('child page');
    // The browser puts its own error page in the app's frame: nothing of the app, no button to click.
    const appFrame = async () => (await page.locator('#app').elementHandle())!.contentFrame();
    await expect.poll(async () => (await appFrame())?.url()).toBe('chrome-error://chromewebdata/');
    expect(await (await appFrame())!.getByRole('button', { name: 'はじめる' }).count()).toBe(0);
  } finally {
    server.close();
  }
});
