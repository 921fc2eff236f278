/**
 * Two builds of the app behind one origin, as a real deployment sees them: the server serves build "a" until
 * switched to "b". Used to test what a person mid-flow sees when a new version is deployed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

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

/** Builds the app twice (VITE_BUILD_ID a and b) into a temp folder; returns the folder. */
export function buildTwice(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shuro-builds-'));
  for (const id of ['a', 'b']) {
    execFileSync('node_modules/.bin/vite', ['build', '--outDir', join(dir, id), '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, VITE_BUILD_ID: id },
      stdio: 'inherit',
    });
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
