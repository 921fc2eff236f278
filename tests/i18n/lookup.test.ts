/**
 * The first page's reader (src/i18n/lookup.ts) gives what i18next gives. Three ways: every key of every locale
 * file through the app's own t() before and after i18next arrives; generated resource trees and keys against a
 * fresh i18next instance (fallbacks, dotted keys, plurals, placeholders the real files do not exercise); and a
 * guard that the locales use nothing of i18next the reader does not follow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import fc from 'fast-check';
import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { interpolate, resolve, type Resources } from '../../src/i18n/lookup';
import { LANGUAGES } from '../../src/i18n/languages';

const LOCALES = resolvePath(__dirname, '../../locales');
type Tree = { [k: string]: string | Tree };
const CODES = LANGUAGES.map((l) => l.code);
const NAMESPACES = readdirSync(join(LOCALES, 'ja')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const read = (lng: string, ns: string): Tree => JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as Tree;

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** Every leaf key as the app asks for it ("ns:a.b"), plural forms folded, with the placeholders it uses. */
function keysOf(tree: Tree, ns: string, prefix = '', out = new Map<string, { plural: boolean; names: Set<string> }>()) {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v !== 'string') {
      keysOf(v, ns, `${prefix}${k}.`, out);
      continue;
    }
    const key = `${ns}:${prefix}${k.replace(PLURAL, '')}`;
    const entry = out.get(key) ?? { plural: false, names: new Set<string>() };
    entry.plural ||= PLURAL.test(k);
    for (const m of v.matchAll(/\{\{(.+?)\}\}/g)) entry.names.add(m[1]!.trim());
    out.set(key, entry);
  }
  return out;
}

/** The calls to make for a key: without params, with every placeholder filled, and plural keys at several counts. */
function callsFor(entry: { plural: boolean; names: Set<string> }): Array<Record<string, unknown> | undefined> {
  const filled = Object.fromEntries([...entry.names].map((n) => [n, `«${n}»`]));
  const calls: Array<Record<string, unknown> | undefined> = [undefined, filled];
  if (entry.plural) for (const count of [0, 1, 2, 5]) calls.push({ ...filled, count });
  return calls;
}

describe('the app: every text the same before and after i18next arrives', () => {
  it('for every key of every file, in every language', async () => {
    vi.resetModules();
    const i18n = await import('../../src/i18n');
    const keys = new Map<string, { plural: boolean; names: Set<string> }>();
    for (const code of CODES) for (const ns of NAMESPACES) keysOf(read(code, ns), ns, '', keys);
    // Every file of every language, without i18next (only loadDeferred and loadAllNamespaces bring it).
    for (const code of CODES) await i18n.loadLanguage(code, true);
    const shown = async () => {
      const out: string[] = [];
      for (const code of CODES) {
        await i18n.setLanguage(code);
        for (const [key, entry] of keys) for (const params of callsFor(entry)) out.push(`${code} ${key} ${JSON.stringify(params)} → ${i18n.t(key, params)} ${i18n.has(key)}`);
      }
      return out;
    };
    const i18next = (await import('i18next')).default; // the instance the app loads (same module registry)
    const before = await shown();
    expect(i18next.isInitialized).toBeFalsy();
    await i18n.loadAllNamespaces();
    expect(i18next.isInitialized).toBe(true);
    const after = await shown();
    expect(before.length).toBeGreaterThan(3000);
    expect(before.filter((line, i) => line !== after[i])).toEqual([]);
    // The params reached the texts, and plural keys were asked with counts.
    expect(before.some((line) => line.includes('→') && /→ [^\n]*«/.test(line))).toBe(true);
    expect(before.some((line) => line.includes('"count":1'))).toBe(true);
    await i18n.setLanguage('ja');
  });
});

describe('the reader against a fresh i18next, over generated files', () => {
  const segment = fc.constantFrom('a', 'b', 'c', 'a.b', 'x-y');
  const text = fc.oneof(fc.constantFrom('', 'plain', '{{n}} left', '{{ n }}/{{m}}', 'a {{missing}} b'), fc.string({ maxLength: 6 }));
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.dictionary(fc.oneof(segment, segment.map((s) => `${s}_one`), segment.map((s) => `${s}_other`)), fc.oneof({ depthSize: 'small' }, text, tie('tree')), { maxKeys: 4 }),
  })).tree;
  const resources: fc.Arbitrary<Resources> = fc.record({
    ja: fc.record({ common: tree, later: tree }),
    en: fc.record({ common: tree, later: tree }),
  });

  it('finds the same text for any key, language and params', () => {
    fc.assert(
      fc.property(
        resources,
        fc.constantFrom('ja', 'en'),
        fc.constantFrom('common', 'later'),
        fc.array(segment, { minLength: 1, maxLength: 3 }).map((p) => p.join('.')),
        fc.option(fc.record({ n: fc.constantFrom('N', 0, null), count: fc.constantFrom(0, 1, 2, '1') }, { requiredKeys: [] }), { nil: undefined }),
        (res, lng, ns, key, params) => {
          const i18next = createInstance();
          void i18next.init({
            initAsync: false,
            lng,
            fallbackLng: { default: ['ja'], en: ['ja'] },
            load: 'currentOnly',
            lowerCaseLng: true,
            ns: ['common', 'later'],
            defaultNS: 'common',
            fallbackNS: ['later'],
            resources: structuredClone(res),
            interpolation: { escapeValue: false },
            returnNull: false,
            showSupportNotice: false,
          } as Parameters<typeof i18next.init>[0]);
          const codes = lng === 'en' ? ['en', 'ja'] : ['ja'];
          const theirs = i18next.t(`${ns}:${key}`, { ...params, lng });
          const found = resolve(res, codes, ns === 'later' ? ['later'] : ['common', 'later'], key, params);
          // i18next gives back the key, or a sentence about an object, when no text is found.
          if (found === undefined) expect(typeof theirs !== 'string' || theirs === key || theirs.includes('returned an object')).toBe(true);
          else expect(interpolate(found, params)).toBe(theirs);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the locales use only what the reader follows', () => {
  it('no nesting ($t), formats ({{x, f}}), unescaped ({{- x}}) or plural forms beyond one/other', () => {
    const found: string[] = [];
    const walk = (tree: Tree, where: string) => {
      for (const [k, v] of Object.entries(tree)) {
        if (typeof v !== 'string') walk(v, `${where}.${k}`);
        else if (/\$t\(|\{\{-|\{\{[^}]*,[^}]*\}\}/.test(v) || /_(zero|two|few|many)$/.test(k)) found.push(`${where}.${k}`);
      }
    };
    for (const code of CODES) for (const ns of NAMESPACES) walk(read(code, ns), `${code}/${ns}`);
    expect(found).toEqual([]);
  });
});
