// Browser tests need Debian's Chromium (Playwright downloads no browser here), and the handout tests read the
// printed PDF with poppler-utils (pdfinfo, pdftotext). Install what is missing when we can (root + apt-get);
// otherwise stop with the exact command. Never skip the browser tests silently.
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

/** A tool on PATH (or at an absolute path). */
const has = (/** @type {string} */ tool) =>
  tool.startsWith('/') ? existsSync(tool) : spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;

/** The Debian packages the tests need, each with the tools it provides. */
const NEEDS = [
  { pkg: 'chromium', tools: [CHROMIUM] },
  // The Japanese font the page lengths and the handout's two A4 pages are measured with (a machine that has
  // Chromium already may lack it; another font sets other line breaks).
  { pkg: 'fonts-ipafont-gothic', tools: ['/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf'] },
  { pkg: 'poppler-utils', tools: ['pdfinfo', 'pdftotext'] },
];

/** True when every tool is there, installing the missing packages first if we are root on a machine with apt-get. */
export function ensureChromium() {
  const missing = NEEDS.filter((n) => !n.tools.every(has));
  if (missing.length === 0) return true;
  const packages = missing.map((n) => n.pkg).join(' ');
  const what = missing.flatMap((n) => n.tools).join(', ');
  const isRoot = process.getuid?.() === 0;
  const hasApt = has('apt-get');
  if (!isRoot || !hasApt) {
    console.error(`\nMissing for the browser tests: ${what}. Install with:\n\n  sudo apt-get update && sudo apt-get install -y ${packages}\n`);
    return false;
  }
  console.log(`Missing ${what}: installing ${packages} with apt-get…`);
  const cmd = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages}`;
  const ok = spawnSync('sh', ['-c', cmd], { stdio: 'inherit' }).status === 0;
  if (!ok || !missing.every((n) => n.tools.every(has))) {
    console.error(`\nCould not install ${packages}. Run:\n\n  ${cmd}\n`);
    return false;
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
