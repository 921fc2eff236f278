// Browser tests need Debian's Chromium (Playwright downloads no browser here). Install it when we can
// (root + apt-get); otherwise stop with the exact command. Never skip the browser tests silently.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, with every background lookup off: the app must talk to 127.0.0.1 only. */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
const PACKAGES = 'chromium fonts-ipafont-gothic';

/** True when Chromium is there, installing it first if we are root on a machine with apt-get. */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`\nChromium is missing (${CHROMIUM}) and the browser tests need it. Install it with:\n\n  sudo apt-get update && sudo apt-get install -y ${PACKAGES}\n`);
    return false;
  }
  console.log(`Chromium is missing: installing ${PACKAGES} with apt-get…`);
  const cmd = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${PACKAGES}`;
  const ok = spawnSync('sh', ['-c', cmd], { stdio: 'inherit' }).status === 0;
  if (!ok || !existsSync(CHROMIUM)) {
    console.error(`\nCould not install Chromium. Run:\n\n  ${cmd}\n`);
    return false;
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
