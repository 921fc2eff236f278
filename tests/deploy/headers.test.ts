/** The headers a host needs: one source (vite.config.ts) for the page's <meta>, dist/_headers, preview and the docs. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { CONTENT_SECURITY_POLICY, headersFile, SECURITY_HEADERS } from '../../vite.config';

const ROOT = resolve(__dirname, '../..');

describe('security headers', () => {
  it('are the page’s policy plus what only a header can say', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBeTruthy();
    expect(SECURITY_HEADERS['Permissions-Policy']).toBeTruthy();
  });

  it('_headers lists every one of them for every path', () => {
    const file = headersFile();
    expect(file.startsWith('/*\n')).toBe(true);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`\n  ${name}: ${value}\n`);
  });

  it('vite preview (npm start) sends the same', () => {
    const c = config as { preview?: { headers?: Record<string, string> } };
    expect(c.preview?.headers).toEqual(SECURITY_HEADERS);
  });

  it('docs/deploy.md gives the current values for each server', () => {
    const doc = readFileSync(resolve(ROOT, 'docs/deploy.md'), 'utf8');
    // nginx, Apache, Firebase Hosting and the policy block itself.
    expect(doc.split(SECURITY_HEADERS['Content-Security-Policy']!).length - 1).toBeGreaterThanOrEqual(4);
    expect(doc).toContain(SECURITY_HEADERS['Permissions-Policy']);
    for (const host of ['nginx', 'Apache', 'Firebase Hosting', 'GitHub Pages', 'HTTPS']) expect(doc).toContain(host);
  });
});
