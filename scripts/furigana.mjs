#!/usr/bin/env node
/**
 * An authoring aid for locales/ja-easy: fills in `{漢字|かんじ}` readings for every kanji run that has none,
 * using MeCab (not a dependency of the app; `apt-get install mecab mecab-ipadic-utf8`). Readings already
 * written by hand are kept, so a wrong guess is fixed once in the JSON and stays fixed. Always review the diff:
 * MeCab guesses (市 as いち, 方 as かた…), and tests/i18n/completeness.test.ts checks only that a reading exists.
 *
 *   node scripts/furigana.mjs locales/ja-easy/results.json   # annotates the file in place
 *   echo '市区町村の窓口' | node scripts/furigana.mjs -       # prints the annotated text
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const KANJI = /[\p{Script=Han}々〆ヵヶ]/u;
const KANJI_RUN = /[\p{Script=Han}々〆ヵヶ]+/gu;
/** Existing readings and i18next placeholders are left alone. */
const KEEP = /\{[^{}|]+\|[^{}|]+\}|\{\{[^{}]+\}\}/g;

/**
 * Readings MeCab gets wrong in this app's texts, or splits where a person reads one word; longest first.
 * A number before 月 or 歳 is a date or an age here; 通って is 通う (to attend), never 通る.
 */
/** @type {Record<string, string>} */
const GLOSSARY = {
  市区町村: 'しくちょうそん',
  市町村民税: 'しちょうそんみんぜい',
  市町村: 'しちょうそん',
  受給者証: 'じゅきゅうしゃしょう',
  負担上限月額: 'ふたんじょうげんげつがく',
  就労選択支援: 'しゅうろうせんたくしえん',
  就労移行支援: 'しゅうろういこうしえん',
  就労継続支援: 'しゅうろうけいぞくしえん',
  就労定着支援: 'しゅうろうていちゃくしえん',
  障害福祉: 'しょうがいふくし',
  障害者手帳: 'しょうがいしゃてちょう',
  暫定支給決定: 'ざんていしきゅうけってい',
  支給決定: 'しきゅうけってい',
  事業所: 'じぎょうしょ',
  生活保護: 'せいかつほご',
  住民税: 'じゅうみんぜい',
  非課税: 'ひかぜい',
  所得割: 'しょとくわり',
  配偶者: 'はいぐうしゃ',
  相談支援: 'そうだんしえん',
  歳: 'さい',
};
const GLOSSARY_RE = new RegExp(
  Object.keys(GLOSSARY)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** @param {string} s */
const toHiragana = (s) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/**
 * MeCab tokens of one line: [surface, reading].
 * @param {string} line
 * @returns {[string, string | null][]}
 */
function tokens(line) {
  const out = execFileSync('mecab', [], { input: `${line}\n`, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l && l !== 'EOS')
    .map((l) => {
      const [surface = '', features = ''] = l.split('\t');
      const f = features.split(',');
      return [surface, f[7] && f[7] !== '*' ? toHiragana(f[7]) : null];
    });
}

/**
 * Splits a word's reading over its kanji runs, anchored on the kana between them (送り仮名).
 * @param {string} surface
 * @param {string | null} reading
 */
function annotateWord(surface, reading) {
  if (!KANJI.test(surface)) return surface;
  if (!reading) return surface.replace(KANJI_RUN, (k) => `{${k}|？}`);
  const parts = surface.split(/([\p{Script=Han}々〆ヵヶ]+)/u).filter(Boolean);
  const pattern = parts.map((p) => (KANJI.test(p) ? '(.+?)' : toHiragana(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  const m = new RegExp(`^${pattern}$`, 'u').exec(reading);
  if (!m) return `{${surface}|${reading}}`;
  let i = 1;
  return parts.map((p) => (KANJI.test(p) ? `{${p}|${m[i++]}}` : p)).join('');
}

/**
 * Joins runs of kanji-only tokens (受給+者+証) so a compound gets one reading, as a person reads it.
 * @param {[string, string | null][]} list
 */
function mergeKanjiTokens(list) {
  /** @type {[string, string | null][]} */
  const out = [];
  for (const [s, r] of list) {
    const prev = out[out.length - 1];
    const allKanji = (/** @type {string} */ x) => /^[\p{Script=Han}々〆ヵヶ]+$/u.test(x);
    if (prev && r && prev[1] && allKanji(s) && allKanji(prev[0])) out[out.length - 1] = [prev[0] + s, prev[1] + r];
    else out.push([s, r]);
  }
  return out;
}

/** @param {string} text */
function annotateMecab(text) {
  if (!KANJI.test(text)) return text;
  return text
    .split('\n')
    .map((line) =>
      // MeCab drops spaces, and the easy texts put one between phrases (分かち書き): annotate each phrase.
      line
        .split(/([ \u3000]+)/)
        .map((part) =>
          KANJI.test(part)
            ? mergeKanjiTokens(tokens(part))
                .map(([s, r]) => annotateWord(s, r))
                .join('')
            : part,
        )
        .join(''),
    )
    .join('\n');
}

/** @param {string} text */
function annotatePlain(text) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(GLOSSARY_RE)) {
    out += `${annotateMecab(text.slice(last, m.index))}{${m[0]}|${GLOSSARY[m[0]]}}`;
    last = m.index + m[0].length;
  }
  return out + annotateMecab(text.slice(last));
}

/** MeCab's usual slips in these texts: a number before 月 is a date, 日 after a number is a count, not a day. */
/** @type {[RegExp, string][]} */
const FIXES = [
  [/(\d)\{月\|つき\}/g, '$1{月|がつ}'],
  [/\{円\|まど\}/g, '{円|えん}'],
  [/\{通\|とお\}っ/g, '{通|かよ}っ'],
  [/(^|[^\d])1\{人\|にん\}/g, '$1{1人|ひとり}'],
  [/\{月\|がつ\}1\{日\|にち\}/g, '{月|がつ}{1日|ついたち}'],
  [/\{答\|こたえ\}え/g, '{答|こた}え'],
  [/\{行\|くだり\}/g, '{行|ぎょう}'],
  [/\{開\|あ\}け/g, '{開|ひら}け'],
  [/\{年\|とし\}、\{月\|つき\}、\{日\|[^}]*\}/g, '{年|ねん}、{月|つき}、{日|ひ}'],
  [/\{正\|まさ\}し/g, '{正|ただ}し'],
  [/\}\}\{日\|ひ\}/g, '}}{日|にち}'],
  [/([のうする]) \{日\|にち\}/g, '$1 {日|ひ}'],
];

/** @param {string} text */
export function annotate(text) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(KEEP)) {
    out += annotatePlain(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  out += annotatePlain(text.slice(last));
  return FIXES.reduce((s, [re, to]) => s.replace(re, to), out);
}

/**
 * @param {unknown} v
 * @returns {unknown}
 */
function walk(v) {
  if (typeof v === 'string') return annotate(v);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
  return v;
}

const [arg] = process.argv.slice(2);
if (!arg) {
  console.error('usage: node scripts/furigana.mjs <file.json> | -');
  process.exit(1);
} else if (arg === '-') {
  process.stdout.write(annotate(readFileSync(0, 'utf8')));
} else {
  writeFileSync(arg, `${JSON.stringify(walk(JSON.parse(readFileSync(arg, 'utf8'))), null, 2)}\n`);
}
