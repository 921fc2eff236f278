/**
 * Every language is complete: every namespace file found in locales/ja (the reference, so a namespace added
 * later is checked with no change here) exists in every language with the same keys, no empty text, the same
 * {{placeholders}}; and in やさしい日本語 every kanji carries a reading in well-formed `{漢字|かんじ}` markup.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { PROXY_SUFFIX } from '../../src/i18n/lookup';
import { RUBY_SOURCE, parseRuby } from '../../src/i18n/markup';

const LOCALES = resolve(__dirname, '../../locales');
type Tree = { [k: string]: string | Tree };

const NAMESPACES = readdirSync(join(LOCALES, 'ja'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const read = (lng: string, ns: string): Tree => JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as Tree;

/** Leaf path → text; plural forms (_one, _other…) fold into one key, since Japanese has a single form. */
function leaves(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') {
      const key = `${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`;
      out.set(key, [...(out.get(key) ?? []), v]);
    } else for (const [pk, pv] of leaves(v, `${prefix}${k}.`)) out.set(pk, [...(out.get(pk) ?? []), ...pv]);
  }
  return out;
}

const placeholders = (texts: string[]) => [...new Set(texts.flatMap((s) => [...s.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!)))].sort().join(',');

/** Kanji (and the marks written with them) outside any reading: what a reader of やさしい日本語 could not read. */
const KANJI = /[\p{Script=Han}々〆ヶ]+/gu;
/** The text outside readings and placeholders. */
const outsideMarkup = (s: string) => s.replace(new RegExp(RUBY_SOURCE, 'g'), '').replace(/\{\{[^{}]*\}\}/g, '');
/** Kanji runs without a reading, each with a little context. */
export function unreadKanji(text: string): string[] {
  return [...outsideMarkup(text).matchAll(KANJI)].map((m) => m[0]);
}
/** Braces or bars left after the readings and placeholders: a broken `{…|…}` a person would see raw. */
export function brokenMarkup(text: string): boolean {
  return /[{}|]/.test(outsideMarkup(text));
}
const KANA_READING = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・ 　]+$/u;

describe('the locale folders', () => {
  it('has a folder for every language the app offers, and no other', () => {
    const folders = readdirSync(LOCALES)
      .filter((d) => existsSync(join(LOCALES, d, 'common.json')))
      .sort();
    expect(folders).toEqual(LANGUAGES.map((l) => l.code).sort());
  });
  it('finds the namespaces to check (so an empty list cannot pass)', () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(['common', 'wizard', 'questions', 'later', 'results', 'reasons', 'timeline']));
  });
});

describe.each(LANGUAGES.filter((l) => l.code !== 'ja').map((l) => l.code))('%s is complete', (lng) => {
  it.each(NAMESPACES)('%s.json: every key of Japanese, and no other', (ns) => {
    expect(existsSync(join(LOCALES, lng, `${ns}.json`)), `locales/${lng}/${ns}.json`).toBe(true);
    const ja = [...leaves(read('ja', ns)).keys()].sort();
    const other = [...leaves(read(lng, ns)).keys()].sort();
    expect(
      ja.filter((k) => !other.includes(k)),
      'missing',
    ).toEqual([]);
    // A third-person twin (`<key>Proxy`, src/i18n voicedKey) may exist in this language only: where Japanese
    // drops the subject, its one text serves every respondent, while English needs "the person" for "I"/"you".
    const twin = (k: string) => k.endsWith(PROXY_SUFFIX) && ja.includes(k.slice(0, -PROXY_SUFFIX.length));
    expect(
      other.filter((k) => !ja.includes(k) && !twin(k)),
      'extra',
    ).toEqual([]);
  });

  it.each(NAMESPACES)('%s.json: the same {{placeholders}} as Japanese in every text, and a twin as its plain text', (ns) => {
    const ja = leaves(read('ja', ns));
    const other = leaves(read(lng, ns));
    const diff = [...ja].filter(([k, v]) => other.has(k) && placeholders(other.get(k)!) !== placeholders(v)).map(([k]) => k);
    expect(diff).toEqual([]);
    const own = [...other].filter(([k]) => k.endsWith(PROXY_SUFFIX) && !ja.has(k));
    const twinDiff = own.filter(([k, v]) => placeholders(v) !== placeholders(ja.get(k.slice(0, -PROXY_SUFFIX.length)) ?? [])).map(([k]) => k);
    expect(twinDiff).toEqual([]);
  });
});

describe.each(LANGUAGES.map((l) => l.code))('%s has no empty text', (lng) => {
  it.each(NAMESPACES)('%s.json', (ns) => {
    if (!existsSync(join(LOCALES, lng, `${ns}.json`))) return; // reported as missing above
    const empty = [...leaves(read(lng, ns))].filter(([, v]) => v.some((s) => s.trim() === '')).map(([k]) => k);
    expect(empty).toEqual([]);
  });
});

describe('やさしい日本語: every kanji has a reading', () => {
  const easy = LANGUAGES.filter((l) => l.ruby).map((l) => l.code);
  it('there is a language with readings', () => expect(easy).toEqual(['ja-easy']));

  describe.each(easy)('%s', (lng) => {
    it.each(NAMESPACES)('%s.json: no kanji outside {漢字|かんじ}, no broken markup, kana readings', (ns) => {
      if (!existsSync(join(LOCALES, lng, `${ns}.json`))) return; // reported as missing above
      const problems: string[] = [];
      for (const [key, texts] of leaves(read(lng, ns))) {
        for (const text of texts) {
          const bare = unreadKanji(text);
          if (bare.length) problems.push(`${key}: no reading for ${bare.join(', ')}`);
          if (brokenMarkup(text)) problems.push(`${key}: broken markup`);
          for (const p of parseRuby(text)) {
            if (typeof p === 'string') continue;
            if (!KANA_READING.test(p.reading)) problems.push(`${key}: reading "${p.reading}" of ${p.base} is not kana`);
            if (!/[\p{Script=Han}々〆ヶ]/u.test(p.base)) problems.push(`${key}: reading on ${p.base}, which has no kanji`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it('negative control: the checks catch a bare kanji, a broken annotation and a good text', () => {
    expect(unreadKanji('{市区町村|しくちょうそん}の 窓口')).toEqual(['窓口']);
    expect(unreadKanji('{{count}}{歳|さい}です')).toEqual([]);
    expect(unreadKanji('2026{年|ねん}12{月|がつ}{1日|ついたち}')).toEqual([]);
    expect(brokenMarkup('{窓口|まどぐち')).toBe(true);
    expect(brokenMarkup('{窓口}')).toBe(true);
    expect(brokenMarkup('{{amount}}{円|えん}')).toBe(false);
    expect(KANA_READING.test('まどぐち')).toBe(true);
    expect(KANA_READING.test('窓口')).toBe(false);
  });
});
