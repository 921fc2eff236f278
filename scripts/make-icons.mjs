// Renders public/icon.svg to the PNG icons the manifest lists. Run once after changing the SVG:
// node scripts/make-icons.mjs   (needs /usr/bin/chromium)
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync('public/icon.svg', 'utf8');
/** @type {Array<[file: string, size: number, pad: number]>} pad: share of each side kept empty. */
const ICONS = [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['icon-maskable-512.png', 512, 0.1],
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [file, size, pad] of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon keeps its content inside the central safe zone, on a full-bleed background.
  const inner = Math.round(size * (1 - 2 * pad));
  await page.setContent(
    `<body style="margin:0;background:#1d4ed8;display:grid;place-items:center;height:${size}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</body>`,
  );
  await page.screenshot({ path: `public/${file}`, omitBackground: pad === 0 });
}
await browser.close();
