// Browser tests need Debian's Chromium (Playwright cannot download browsers here). Install it when we can
// (root + apt-get); otherwise stop with the exact command. Never skip the browser tests silently.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-ipafont-gothic'];

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`\nChromium is missing at ${CHROMIUM}; the browser tests need it. Install it with:\n\n  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}\n`);
    return false;
  }
  console.log(`Chromium is missing: installing ${PACKAGES.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok =
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0 &&
    spawnSync('apt-get', ['install', '-y', '-qq', ...PACKAGES], { stdio: 'inherit', env }).status === 0;
  if (!ok || !existsSync(CHROMIUM)) {
    console.error(`\nCould not install Chromium. Run:\n\n  apt-get update && apt-get install -y ${PACKAGES.join(' ')}\n`);
    return false;
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
