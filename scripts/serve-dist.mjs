// Serves the build (dist/) with `vite preview` on a free port of 127.0.0.1, for scripts that measure it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** @returns {Promise<{ url: string, stop(): void }>} once the server answers */
export async function serveDist() {
  const port = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(p));
    });
  });
  // Started directly (not through npx) so that killing it stops the server (tooling.md G6).
  const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    env: { ...process.env, npm_config_loglevel: 'error' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/`;
  for (
    let i = 0;
    !(await fetch(url).then(
      (r) => r.ok,
      () => false,
    ));
    i++
  ) {
    if (i > 100) {
      server.kill();
      throw new Error('vite preview did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => void server.kill() };
}
