/**
 * Ctrl+P of the results page itself (not the handout): Chromium prints it to an A4 PDF and poppler reads each
 * page back. A service card or a plan step must never be split over two pages, no border prints dotted or
 * dashed (Chromium prints those as columns of dots), and what is folded in a <details> is printed too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers';
import { openResults, sharedCase } from './seed';

test.use({ locale: 'ja-JP' });

const dir = mkdtempSync(join(tmpdir(), 'print-results-'));
let n = 0;

/** The page printed to A4 as Ctrl+P would, as the flat text of each page. */
async function pdfPages(page: Page): Promise<{ pages: string[]; file: string }> {
  const file = join(dir, `results-${++n}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const count = Number(/^Pages:\s+(\d+)/m.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)?.[1]);
  const pages = Array.from({ length: count }, (_, i) =>
    flat(spawnSync('pdftotext', ['-raw', '-f', `${i + 1}`, '-l', `${i + 1}`, file, '-'], { encoding: 'utf8' }).stdout),
  );
  return { pages, file };
}

/** Text without whitespace or the symbols beside the words (a printed line may break anywhere). */
const flat = (s: string) => s.replace(/[\s✓△✕★!…?□・/:：]+/g, '');

/**
 * The first and the last words of each block (as flat text in print), which must be on one page. Only the
 * blocks' own text nodes count (no CSS-generated separators), so the words are the ones the PDF holds.
 */
async function blockEnds(page: Page, selector: string): Promise<{ first: string; last: string }[]> {
  await page.emulateMedia({ media: 'print' });
  const ends = await page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        // Not printed: hidden from everyone, or there for screen readers only (a 1px clipped box).
        const box = parent.getBoundingClientRect();
        if (parent.closest('[aria-hidden="true"]') || !parent.checkVisibility() || (box.width <= 1 && box.height <= 1)) continue;
        const t = node.textContent!.replace(/[\s✓△✕★!…?□・/:：]+/g, '');
        if (t) texts.push(t);
      }
      const all = texts.join('');
      return { first: all.slice(0, 10), last: all.slice(-10) }; // not law: enough characters to be unique on a page
    }),
  );
  await page.emulateMedia({ media: null });
  return ends;
}

for (const name of ['home-user-mental-handbook', 'doctor-confirmed-no-handbook', 'group-home-taxed']) {
  test(`${name}: Ctrl+P never splits a service card or a plan step over two pages`, async ({ page }) => {
    await openResults(page, sharedCase(name));
    const blocks = [...(await blockEnds(page, '.results .service')), ...(await blockEnds(page, '.results .timeline__item'))];
    expect(blocks.length).toBeGreaterThan(5);
    const { pages, file } = await pdfPages(page);
    expect(pages.length, file).toBeGreaterThan(1);
    for (const b of blocks) {
      const where = pages.findIndex((p) => p.includes(b.first) && p.includes(b.last) && p.indexOf(b.first) <= p.lastIndexOf(b.last));
      expect(where, `"${b.first}…${b.last}" split over two pages in ${file}`).toBeGreaterThanOrEqual(0);
    }
  });
}

test('Ctrl+P prints no dotted or dashed border on the results page', async ({ page }) => {
  await openResults(page, sharedCase('doctor-confirmed-no-handbook'));
  await page.emulateMedia({ media: 'print' });
  const broken = await page.locator('.results, .results *').evaluateAll((els) =>
    els.flatMap((el) => {
      const s = getComputedStyle(el);
      return (['Top', 'Right', 'Bottom', 'Left'] as const)
        .filter(
          (side) =>
            /dotted|dashed/.test(s.getPropertyValue(`border-${side.toLowerCase()}-style`)) &&
            parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
        )
        .map((side) => `${el.className || el.tagName} border-${side}: ${s.getPropertyValue(`border-${side.toLowerCase()}-style`)}`);
    }),
  );
  expect(broken).toEqual([]);
});

test('Ctrl+P prints what is folded in a closed <details>, and leaves it closed afterwards', async ({ page }) => {
  await openResults(page, sharedCase('home-user-mental-handbook'));
  const closed = page.locator('.results details:not([open])');
  const count = await closed.count();
  expect(count).toBeGreaterThan(0);
  // The text inside each closed details (not its summary) that print shows, read while it is open for a moment with
  // the print styles on: innerText leaves out what print hides (a source list's group labels, say).
  await page.emulateMedia({ media: 'print' });
  const inside = await closed.evaluateAll((els) =>
    els.map((d) => {
      (d as HTMLDetailsElement).open = true;
      const text = [...d.children]
        .filter((c) => c.tagName !== 'SUMMARY')
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point (print hides some parts)
        .map((c) => (c as HTMLElement).innerText)
        .join('');
      (d as HTMLDetailsElement).open = false;
      return text.replace(/[\s✓△✕★!…?□・/:：]+/g, '').slice(0, 8); // not law: a short, distinctive start
    }),
  );
  await page.emulateMedia({ media: null });
  expect(inside.filter(Boolean).length).toBeGreaterThan(0);
  const { pages, file } = await pdfPages(page);
  const all = pages.join('');
  for (const t of inside.filter(Boolean)) expect(all, `"${t}" (folded) in ${file}`).toContain(t);
  await expect(page.locator('.results details:not([open])')).toHaveCount(count);
});
