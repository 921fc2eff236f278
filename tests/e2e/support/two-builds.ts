/**
 * Two builds of the app behind one origin, as a real deployment sees them: the server serves build "a" until
 * switched to "b". Used to test what a person mid-flow sees when a new version is deployed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers';
import { extname, join, normalize, resolve as absolute } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface TwoBuilds {
  url: string;
  use(build: 'a' | 'b'): void;
  close(): Promise<void>;
}

/** A change to the sources: `find` must occur in `file` (a rehearsal that no longer applies fails loudly). */
export interface SourceEdit {
  file: string;
  find: string;
  replace: string;
}

/** What a build reads, copied for an edited build "b" (node_modules is linked, not copied). */
const SOURCES = ['src', 'locales', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', '.env'];

/** This checkout's sources in a temp folder, with the edits applied; returns the folder. */
function editedCopy(edits: SourceEdit[]): string {
  const root = mkdtempSync(join(tmpdir(), 'shuro-edited-'));
  for (const entry of SOURCES) cpSync(entry, join(root, entry), { recursive: true });
  symlinkSync(absolute('node_modules'), join(root, 'node_modules'), 'dir');
  for (const e of edits) {
    const file = join(root, e.file);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(e.find)) throw new Error(`edit for ${e.file} no longer applies: "${e.find}" not found`);
    writeFileSync(file, text.replace(e.find, e.replace));
  }
  return root;
}

/**
 * Builds the app twice (VITE_BUILD_ID a and b) into a temp folder; returns the folder. With `editsForB`, build
 * "b" is made from a copy of the sources with those edits (a rehearsal of a future version).
 */
export function buildTwice(editsForB: SourceEdit[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'shuro-builds-'));
  for (const id of ['a', 'b']) {
    const cwd = id === 'b' && editsForB.length > 0 ? editedCopy(editsForB) : process.cwd();
    try {
      execFileSync(join(cwd, 'node_modules/.bin/vite'), ['build', '--outDir', join(dir, id), '--emptyOutDir', '--logLevel', 'error'], {
        cwd,
        env: { ...process.env, VITE_BUILD_ID: id },
        stdio: 'inherit',
      });
    } finally {
      if (cwd !== process.cwd()) rmSync(cwd, { recursive: true, force: true });
    }
  }
  return dir;
}

export async function serveTwoBuilds(dir: string, port: number): Promise<TwoBuilds> {
  let current: 'a' | 'b' = 'a';
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, current, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      file = join(dir, current, 'index.html');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    use: (b) => void (current = b),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

/**
 * The spec's two builds, made once before its first test and served on E2E_PORT + portOffset (each spec its own
 * port); its tests run in order. Returns a getter for use inside the tests.
 */
export function useTwoBuilds(portOffset: number, editsForB: SourceEdit[] = []): () => TwoBuilds {
  let builds: TwoBuilds | undefined;
  test.describe.configure({ mode: 'serial', timeout: 120_000 });
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    builds = await serveTwoBuilds(buildTwice(editsForB), Number(process.env.E2E_PORT ?? 4173) + portOffset);
  });
  test.afterAll(async () => builds?.close());
  return () => builds!;
}

/** Which build the page runs (its <meta name="build">). */
export const buildOf = (page: Page) => page.locator('meta[name="build"]').getAttribute('content');

/** The question a person is on in midFlowOnA. */
export const PENSION_QUESTION = '障害基礎年金の1級を受け取っていますか';

/** Build "a", controlled by its service worker, two answers in (age 30, a mental-health handbook), on the third question. */
export async function midFlowOnA(page: Page, builds: TwoBuilds): Promise<void> {
  builds.use('a');
  await page.goto(builds.url);
  expect(await buildOf(page)).toBe('a');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
  await page.getByRole('textbox').fill('30');
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await page.getByRole('checkbox', { name: '精神障害者保健福祉手帳', exact: true }).check();
  await page.getByRole('button', { name: '次へ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: PENSION_QUESTION })).toBeVisible();
}

/** Deploys a build (the server switches to it), lets the service worker find it, and waits for the app to offer it. */
export async function offerUpdate(page: Page, builds: TwoBuilds, build: 'a' | 'b'): Promise<void> {
  builds.use(build);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect(page.getByText('新しい版があります')).toBeVisible({ timeout: 20_000 });
}
