/**
 * The print handout in a real browser: Chromium prints it to an A4 PDF, poppler reads it back, and every
 * handout must fit on one or two pages with every section there — for each shared example case, for the
 * longest question flow, and in English.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { parseCase } from '../../src/case/parse';
import { evaluate } from '../../src/engine';
import { answerAll, axeViolations, expect, MUNICIPALITY, SKIP_MUNICIPALITY, test } from './helpers';
import { NOW, openResults, printCalls, sharedCase } from './seed';

test.use({ locale: 'ja-JP' });

const INSTALL = 'sudo apt-get update && sudo apt-get install -y poppler-utils';

/** Fails (never skips) when poppler-utils is missing, with the command that installs it. */
test.beforeAll(() => {
  for (const tool of ['pdfinfo', 'pdftotext']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
      throw new Error(`${tool} is missing: the handout tests read the printed PDF with poppler-utils. Install it with:\n\n  ${INSTALL}\n`);
  }
});

const dir = mkdtempSync(join(tmpdir(), 'handout-'));
let n = 0;

/** The page printed to an A4 PDF, as poppler reads it: page count and the text of each page. */
async function printToPdf(page: Page): Promise<{ pages: number; text: string[]; file: string }> {
  const file = join(dir, `handout-${++n}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
  test.info().annotations.push({ type: 'pdf pages', description: `${pages} (${file})` });
  const text = Array.from(
    { length: pages },
    (_, i) => spawnSync('pdftotext', ['-raw', '-f', `${i + 1}`, '-l', `${i + 1}`, file, '-'], { encoding: 'utf8' }).stdout,
  );
  return { pages, text, file };
}

/** Text without whitespace (a printed line break may fall anywhere) or the symbols beside the words. */
const flat = (s: string) => s.replace(/[\s✓△✕★!…?□]+/g, '');

type Json = Record<string, Record<string, unknown>>;
const locale = (lang: string, ns: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../locales/${lang}/${ns}.json`, import.meta.url)), 'utf8')) as Json;
const JA = { results: locale('ja', 'results'), timeline: locale('ja', 'timeline'), handout: locale('ja', 'handout') };
/** The short service names the handout's plan uses (A型, B型) to keep to two pages. */
const jaShort = (id: string) => ((JA.handout.timeline as Record<string, unknown>).service as Record<string, string>)[id]!;
const jaService = (id: string) => (JA.results.service as Record<string, { name: string }>)[id]!.name;
const jaVerdict = (v: string) => (JA.results.verdict as Record<string, string>)[v]!;
const jaStep = (id: string) => (JA.timeline.steps as Record<string, { title: string }>)[id]!.title;
const jaContact = (id: string) => (JA.timeline.contacts as Record<string, { name: string }>)[id]!.name;
const jaDate = (iso: string) => iso.replace(/^(\d{4})-0?(\d{1,2})-0?(\d{1,2})$/, '$1年$2月$3日');

/**
 * Every piece of text on the printed handout with its font size in print, in px (CSS: 10pt = 13.33px), read
 * in print emulation. Furigana (<rt>) is small by design and not counted; the screen reader's headings of the
 * plan table are not printed.
 */
async function printedSizes(page: Page): Promise<{ text: string; px: number }[]> {
  await page.emulateMedia({ media: 'print' });
  const sizes = await page.locator('.handout').evaluate((root) => {
    const out: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      const box = el.getBoundingClientRect();
      if (!node.textContent!.trim() || el.closest('rt') || !el.checkVisibility() || (box.width <= 1 && box.height <= 1)) continue;
      out.push({ text: node.textContent!.trim().slice(0, 30), px: parseFloat(getComputedStyle(el).fontSize) });
    }
    return out;
  });
  await page.emulateMedia({ media: null });
  return sizes;
}

/** The body text is at least 10 pt (13.33px), so the handout can be read without glasses on paper. */
async function expectLegible(page: Page): Promise<void> {
  const sizes = await printedSizes(page);
  expect(sizes.length).toBeGreaterThan(50);
  expect(sizes.filter((s) => s.px < 13.3)).toEqual([]); // not law: 10pt in CSS px, with rounding
}

async function openHandout(page: Page, name = '印刷用の紙（A4）'): Promise<void> {
  await page.getByRole('button', { name }).click();
  await expect(page.locator('.handout')).toBeVisible();
  await expect.poll(() => printCalls(page)).toBe(1);
}

const SHARED = readdirSync(fileURLToPath(new URL('../../../shared/cases/', import.meta.url)))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

for (const name of SHARED) {
  test(`${name}: the handout prints on at most 2 A4 pages with every section, verdict, the cap and each step`, async ({ page }) => {
    const c = sharedCase(name);
    await openResults(page, c);
    await openHandout(page);
    await expectLegible(page);
    const pdf = await printToPdf(page);
    expect(pdf.pages, `${pdf.file} has ${pdf.pages} pages`).toBeLessThanOrEqual(2);

    const all = flat(pdf.text.join('\n'));
    // What the engine says for these answers today, in the words the handout must carry.
    const parsed = parseCase({ ...c, asOf: '2026-11-22' });
    if (!parsed.ok) throw new Error(`bad case ${name}`);
    const r = evaluate(parsed.case, { asOf: '2026-11-22' });
    const want = [
      '就労支援セルフチェックの結果',
      `答えの日付：${jaDate(r.asOf)}`,
      `使ったルール：${jaDate(r.rulesVersion)}の版`,
      'サービスを使えるかどうかを最後に決めるのは、お住まいの市区町村です。',
      '答え',
      'サービスごとの結果',
      '1か月に払うお金の上限（負担上限月額）',
      'これからの予定',
      '聞くこと',
      // The next review: in the plan on its date when the plan has it (said once on paper), else under the cap.
      r.timeline.some((e) => e.step === 'copay-review')
        ? `${jaDate(r.copay.reviewOn)}★${JA.timeline.keyDate}${jaStep('copay-review')}`
        : `次の見直し：${jaDate(r.copay.reviewOn)}`,
      ...(r.copay.monthlyCap === null ? ['まだわかりません'] : [`上限：${r.copay.monthlyCap.toLocaleString('ja-JP')}円`]),
      ...r.services.map((s) => `${jaService(s.id)}${jaVerdict(s.verdict)}`),
      // Each step names its services (the title, then the services, then whom to contact).
      ...r.timeline.map((e) => `${jaStep(e.step)}（${e.services.map(jaShort).join('、')}）${jaContact(e.contact)}`),
      // Beside the QR code, what it does; the boxes for the office and the counselor.
      'この答えと結果をもう一度開けます',
      '窓口の名前・電話番号・担当の人',
      '相談員のメモ',
    ];
    for (const w of want) expect(all, `"${w}" in ${pdf.file}`).toContain(flat(w));
    // The page's controls are not printed: the language and text-size switches, buttons.
    for (const control of ['文字の大きさ', 'English', '印刷する']) expect(all, `"${control}" in ${pdf.file}`).not.toContain(control);
  });
}

test('a 指定都市 case: the handout names the municipality, its ward office and its site in full, on at most 2 pages in 10 pt, axe clean', async ({ page }) => {
  await openResults(page, { ...sharedCase('home-user-mental-handbook'), municipality: '141003' });
  await openHandout(page);
  await expectLegible(page);
  const pdf = await printToPdf(page);
  expect(pdf.pages, pdf.file).toBeLessThanOrEqual(2);
  const all = flat(pdf.text.join('\n'));
  for (const w of [
    '市区町村：神奈川県 横浜市',
    '政令指定都市：窓口はお住まいの区の区役所です。',
    'https://www.city.yokohama.lg.jp/',
    'お住まいの区の区役所（横浜市）の障害福祉の窓口',
    'ほかの相談先：ハローワークの障害者の窓口（専門援助部門）',
  ]) {
    expect(all, `"${w}" in ${pdf.file}`).toContain(flat(w));
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('printing the results page itself (Ctrl+P) leaves the page controls out and keeps the results', async ({ page }) => {
  await openResults(page, sharedCase('home-user-mental-handbook'));
  const pdf = await printToPdf(page);
  const all = flat(pdf.text.join('\n'));
  expect(all).toContain(flat('サービスごとの結果'));
  expect(all).toContain(flat('就労移行支援'));
  for (const control of ['文字の大きさ', 'English', '印刷用の紙（A4）']) expect(all, `"${control}" in ${pdf.file}`).not.toContain(control);
});

/**
 * The longest flow: no handbook (so the certificate, disease and doctor questions), under 50 (pension, work
 * experience), a student (final year), a spouse and an unknown tax (both pays) — 20 questions, many answered
 * "I don't know", so every service has open points and the handout is at its longest.
 */
const LONGEST = {
  年齢を教えてください: { text: '23' },
  障害者手帳を持っていますか: { check: '手帳は持っていない' },
  '「自立支援医療受給者証（精神通院）」を持っていますか': { radio: 'わからない' },
  '難病など、国が決めた病気がありますか': { radio: 'わからない' },
  '医師に、障害や病気のことを書類に書いてもらえますか': { radio: 'はい' },
  障害基礎年金の1級を受け取っていますか: { radio: 'わからない' },
  '今の働き方に、いちばん近いものはどれですか': { radio: '学生' },
  '今年度に、学校を卒業する予定ですか': { radio: 'はい' },
  '今までに、働いたことはありますか': { radio: 'はい' },
  '年齢や体力のために、会社などで働くのがむずかしくなっていますか': { radio: 'わからない' },
  '就労移行支援を、今までに何か月使いましたか': { text: '3' },
  今使っている就労支援のサービスはありますか: { check: 'どれも使っていない' },
  '「就労選択支援」か「就労アセスメント」を受けたことがありますか': { radio: 'わからない' },
  '今、どこで暮らしていますか': { radio: 'グループホーム' },
  [MUNICIPALITY]: SKIP_MUNICIPALITY,
  生活保護を受けていますか: { radio: 'いいえ' },
  '配偶者（夫または妻）はいますか': { radio: 'はい' },
  '2026年度の、世帯の住民税（市町村民税）は、どれにあてはまりますか': { radio: 'わからない' },
  '去年（2025年）1年間の、あなたの給料はいくらでしたか': { text: '180万' },
  '去年（2025年）1年間の、配偶者の給料はいくらでしたか': { text: '300万' },
  '1か月に何日くらい通う予定ですか': { text: '25' },
};

test('the longest question flow prints in type of at least 10 pt on at most 2 A4 pages, in Japanese, English and easy Japanese (with furigana)', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.clock.setFixedTime(NOW);
  await page.addInitScript(() => {
    (window as unknown as { __printCalls: number }).__printCalls = 0;
    window.print = () => void (window as unknown as { __printCalls: number }).__printCalls++;
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  expect(await answerAll(page, LONGEST)).toHaveLength(21);

  await openHandout(page);
  await expectLegible(page);
  const ja = await printToPdf(page);
  expect.soft(ja.pages, ja.file).toBeLessThanOrEqual(2);
  const text = flat(ja.text.join('\n'));
  for (const w of ['去年の給料（配偶者）：3,000,000円', '1か月に通う日数：25日']) expect(text).toContain(flat(w));
  for (const w of ['答え', 'サービスごとの結果', '1か月に払うお金の上限（負担上限月額）', 'これからの予定']) expect(text).toContain(flat(w));

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handout to print' })).toBeVisible();
  await expectLegible(page);
  const en = await printToPdf(page);
  expect.soft(en.pages, en.file).toBeLessThanOrEqual(2);
  const enText = flat(en.text.join('\n'));
  for (const w of [
    'Shuro Check: results',
    'Answers',
    'Result for each service',
    'The most paid per month (monthly copay cap)',
    'What happens next',
    'What to bring',
    'What to ask',
  ]) {
    expect(enText).toContain(flat(w));
  }

  await page.getByRole('button', { name: 'やさしい にほんご' }).click();
  await expect(page.locator('.handout')).toHaveAttribute('aria-labelledby', 'handout-title');
  await expect(page.locator('html')).toHaveAttribute('lang', /ja/);
  await expectLegible(page);
  const easy = await printToPdf(page);
  expect.soft(easy.pages, easy.file).toBeLessThanOrEqual(2);
  const easyText = flat(easy.text.join('\n'));
  // Every section is there, and so is the last thing printed (nothing was cut to make it fit).
  // (poppler gives each line's readings as a line of their own under it: the words themselves stay whole.)
  for (const w of ['サービスごとの 結果', '1か月に 払う お金の 上限', 'これからの 予定', '持って いく もの', '相談する 人の メモ', '答えは どこにも 送って']) {
    expect(easyText, easy.file).toContain(flat(w));
  }
});

test('the handout page: print button, axe clean, back to the results; its code loads only when opened', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await openResults(page, sharedCase('group-home-taxed'));
  expect(loaded.some((p) => /HandoutView-.*\.js$/.test(p))).toBe(false);
  await openHandout(page);
  expect(loaded.some((p) => /HandoutView-.*\.js$/.test(p))).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: '印刷用の紙' })).toBeFocused();
  await page.getByRole('button', { name: '印刷する', exact: true }).click();
  expect(await printCalls(page)).toBe(2);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '結果に戻る' }).first().click();
  await expect(page.getByRole('button', { name: '印刷用の紙（A4）' })).toBeFocused();
});
