/**
 * The one reader of the locale files (src/i18n/lookup.ts), which replaced i18next (docs/decisions/007). Four
 * ways: every key of every file in every language through the app's own t() and has(), against texts read
 * straight from the files by path (plural and context keys included); the same calls against i18next (kept as
 * a devDependency, as the reference the locales were written for) given the same files; generated files and
 * keys against i18next (fallbacks, dotted keys, plurals, contexts, defaultValue); and a guard that the locales
 * use nothing the reader does not follow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import fc from 'fast-check';
import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { resolve, translate, type Resources } from '../../src/i18n/lookup';
import { LANGUAGES } from '../../src/i18n/languages';

const LOCALES = resolvePath(__dirname, '../../locales');
type Tree = { [k: string]: string | Tree };
const CODES = LANGUAGES.map((l) => l.code);
const NAMESPACES = readdirSync(join(LOCALES, 'ja'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const read = (lng: string, ns: string): Tree => JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as Tree;
const FILES: Record<string, Record<string, Tree>> = Object.fromEntries(CODES.map((c) => [c, Object.fromEntries(NAMESPACES.map((ns) => [ns, read(c, ns)]))]));
const FALLBACK: Record<string, string[]> = Object.fromEntries(LANGUAGES.map((l) => [l.code, [l.code, ...l.fallback]]));

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A leaf as written in a file: its path of keys (each may contain dots), base key without plural/context. */
interface Leaf {
  ns: string;
  path: string[];
  names: Set<string>;
  plural: boolean;
  /** The `_<context>` suffix when the file also has the key without it ("ask_working" beside "ask"). */
  context?: string;
  base: string[];
}

function leavesOf(tree: Tree, ns: string, path: string[] = [], out: Leaf[] = []): Leaf[] {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v !== 'string') {
      leavesOf(v, ns, [...path, k], out);
      continue;
    }
    const plural = PLURAL.test(k);
    let last = k.replace(PLURAL, '');
    let context: string | undefined;
    const m = /^(.+)_([a-z][a-z-]*)$/.exec(last);
    if (m && Object.keys(tree).some((s) => s === m[1] || s.replace(PLURAL, '') === m[1])) [last, context] = [m[1]!, m[2]!];
    const names = new Set([...v.matchAll(/\{\{(.+?)\}\}/g)].map((x) => x[1]!.trim()));
    out.push({ ns, path: [...path, k], names, plural, context, base: [...path, last] });
  }
  return out;
}

/** The value at a path of keys as written (no splitting on dots). */
function at(tree: Tree | undefined, path: string[]): string | undefined {
  let v: string | Tree | undefined = tree;
  for (const k of path) v = v && typeof v === 'object' && Object.hasOwn(v, k) ? v[k] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** What the files say for a base path in a language: first text found over the fallbacks, forms most specific first. */
function expected(code: string, ns: string, base: string[], params: Record<string, unknown>): string | undefined {
  const last = base[base.length - 1]!;
  for (const c of FALLBACK[code]!) {
    const stems = params.context ? [`${last}_${String(params.context)}`, last] : [last];
    for (const stem of stems) {
      const forms =
        typeof params.count === 'number'
          ? [...(params.count === 0 ? [`${stem}_zero`] : []), `${stem}_${new Intl.PluralRules(c === 'ja-easy' ? 'ja' : c).select(params.count)}`, stem]
          : [stem];
      for (const f of forms) {
        const text = at(FILES[c]![ns], [...base.slice(0, -1), f]);
        if (text !== undefined) return text.replace(/\{\{(.+?)\}\}/g, (w, n: string) => (Object.hasOwn(params, n.trim()) ? String(params[n.trim()]) : w));
      }
    }
  }
  return undefined;
}

/** The calls to make for a leaf: without params, with every placeholder filled, plural keys at several counts. */
function callsFor(leaf: Leaf): Array<Record<string, unknown>> {
  const filled: Record<string, unknown> = Object.fromEntries([...leaf.names].map((n) => [n, `«${n}»`]));
  if (leaf.context) filled.context = leaf.context;
  const calls = [filled];
  if (leaf.plural) for (const count of [0, 1, 2, 5]) calls.push({ ...filled, count });
  return calls;
}

const LEAVES = CODES.flatMap((c) => NAMESPACES.flatMap((ns) => leavesOf(FILES[c]![ns]!, ns)));
/** Each distinct call, as the app makes it. */
const CALLS = [
  ...new Map(LEAVES.flatMap((l) => callsFor(l).map((p) => [`${l.ns}:${l.base.join('.')} ${JSON.stringify(p)}`, { leaf: l, params: p }] as const))).values(),
];

function i18nextWith(resources: Resources, lng: string, ns: string[], fallbackNS: string[]) {
  const i18next = createInstance();
  const fallbackLng: Record<string, string[]> = { default: ['ja'] };
  for (const l of LANGUAGES) if (l.fallback.length) fallbackLng[l.code] = l.fallback;
  // The set-up the app used until i18next was dropped (src/i18n/index.ts before docs/decisions/007).
  void i18next.init({
    initAsync: false,
    lng,
    fallbackLng,
    load: 'currentOnly',
    lowerCaseLng: true,
    ns,
    defaultNS: ns[0],
    fallbackNS,
    resources: structuredClone(resources),
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<typeof i18next.init>[0]);
  return i18next;
}

describe('every key of every file, in every language', () => {
  it('the app shows the text the file holds at that key (plural and context forms, fallbacks to Japanese)', async () => {
    vi.resetModules();
    const i18n = await import('../../src/i18n');
    for (const code of CODES) await i18n.loadLanguage(code, true);
    const wrong: string[] = [];
    let checked = 0;
    for (const code of CODES) {
      await i18n.setLanguage(code);
      for (const { leaf, params } of CALLS) {
        const key = `${leaf.ns}:${leaf.base.join('.')}`;
        const want = expected(code, leaf.ns, leaf.base, params);
        if (want === undefined) continue; // not in this language nor its fallbacks (the completeness test's business)
        checked++;
        const got = i18n.t(key, params);
        if (got !== want || !i18n.has(key)) wrong.push(`${code} ${key} ${JSON.stringify(params)} → ${got} (want ${want})`);
      }
    }
    expect(checked).toBeGreaterThan(3000);
    expect(wrong).toEqual([]);
    // The calls exercised context keys, counts and filled placeholders.
    expect(CALLS.some((c) => c.params.context === 'working')).toBe(true);
    expect(CALLS.some((c) => c.params.count === 1)).toBe(true);
    expect(CALLS.some((c) => Object.values(c.params).some((v) => typeof v === 'string' && v.startsWith('«')))).toBe(true);
    await i18n.setLanguage('ja');
  });

  it('i18next, given the same files, gives the same texts', () => {
    const resources = FILES as unknown as Resources;
    const differ: string[] = [];
    for (const code of CODES) {
      for (const ns of NAMESPACES) {
        const i18next = i18nextWith(resources, code, [ns, 'questions', 'later'], ['questions', 'later']);
        for (const { leaf, params } of CALLS.filter((c) => c.leaf.ns === ns)) {
          const key = leaf.base.join('.');
          const ours = translate(resources, FALLBACK[code]!, [ns, 'questions', 'later'], key, params) ?? key;
          const theirs = i18next.t(`${ns}:${key}`, { ...params, lng: code });
          if (ours !== theirs) differ.push(`${code} ${ns}:${key} ${JSON.stringify(params)}: ${ours} ≠ ${theirs}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('context keys (Reason.variant → `<status>_<variant>`)', () => {
  it('the A型 text for someone working is the _working text, in every language; without a context, the plain one', async () => {
    vi.resetModules();
    const i18n = await import('../../src/i18n');
    for (const code of CODES) {
      await i18n.setLanguage(code);
      await i18n.loadAllNamespaces();
      const file = FILES[code]!.reasons!['type-a.work'] as Tree;
      expect(i18n.t('reasons:type-a.work.ask', { context: 'working' })).toBe(file.ask_working);
      expect(i18n.t('reasons:type-a.work.ask')).toBe(file.ask);
      expect(i18n.t('reasons:type-a.work.ask', { context: 'no-such-variant' })).toBe(file.ask);
      expect(i18n.t('reasons:type-a.work.ask', { context: '' })).toBe(file.ask);
    }
    await i18n.setLanguage('ja');
  });

  it('a context with a count takes the context plural form first, then the context, then the plain forms', () => {
    const res: Resources = {
      ja: { common: { k: 'plain', k_other: 'plain many', k_c: 'ctx', k_c_other: 'ctx many' } },
      en: { common: { k_one: 'one', k_c_one: 'ctx one' } },
    };
    expect(resolve(res, ['en', 'ja'], ['common'], 'k', { context: 'c', count: 1 })).toBe('ctx one');
    expect(resolve(res, ['en', 'ja'], ['common'], 'k', { context: 'c', count: 2 })).toBe('ctx many');
    expect(resolve(res, ['ja'], ['common'], 'k', { context: 'c' })).toBe('ctx');
    expect(resolve(res, ['ja'], ['common'], 'k', { context: 'x', count: 3 })).toBe('plain many');
  });
});

describe('fallbacks', () => {
  it('a key missing in やさしい日本語 or English is the Japanese text; the namespace is searched in every language before the deferred ones', () => {
    const res: Resources = {
      ja: { common: { a: 'ja a', b: 'ja b' }, later: { c: 'ja later c', a: 'ja later a' } },
      'ja-easy': { common: { a: 'easy a' }, later: { c: 'easy later c' } },
    };
    expect(resolve(res, ['ja-easy', 'ja'], ['common', 'later'], 'a')).toBe('easy a');
    expect(resolve(res, ['ja-easy', 'ja'], ['common', 'later'], 'b')).toBe('ja b');
    expect(resolve(res, ['ja-easy', 'ja'], ['common', 'later'], 'c')).toBe('easy later c');
    expect(resolve(res, ['ja'], ['common', 'later'], 'a')).toBe('ja a');
    expect(resolve(res, ['ja'], ['common', 'later'], 'nothing')).toBeUndefined();
  });
});

describe('defaultValue', () => {
  it('is shown (empty here) when no text is found, and the key otherwise', async () => {
    vi.resetModules();
    const i18n = await import('../../src/i18n');
    await i18n.setLanguage('ja');
    await i18n.loadAllNamespaces();
    expect(i18n.t('results:service.no-such-service.opensWhy', { defaultValue: '' })).toBe('');
    expect(i18n.t('results:service.no-such-service.opensWhy')).toBe('service.no-such-service.opensWhy');
    expect(i18n.t('common:app.name', { defaultValue: 'x' })).not.toBe('x');
  });
});

describe('the reader against a fresh i18next, over generated files', () => {
  const segment = fc.constantFrom('a', 'b', 'c', 'a.b', 'x-y');
  const leafKey = fc.oneof(
    segment,
    segment.map((s) => `${s}_one`),
    segment.map((s) => `${s}_other`),
    segment.map((s) => `${s}_zero`),
    segment.map((s) => `${s}_v`),
    segment.map((s) => `${s}_v_one`),
    segment.map((s) => `${s}_0`),
  );
  const text = fc.oneof(fc.constantFrom('', 'plain', '{{n}} left', '{{ n }}/{{m}}', 'a {{missing}} b', '{{count}}'), fc.string({ maxLength: 6 }));
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.dictionary(leafKey, fc.oneof({ depthSize: 'small' }, text, tie('tree')), { maxKeys: 5 }),
  })).tree;
  const resources: fc.Arbitrary<Resources> = fc.record({
    ja: fc.record({ common: tree, later: tree }),
    en: fc.record({ common: tree, later: tree }),
  });
  const params = fc.option(
    fc.record(
      {
        n: fc.constantFrom('N', 0, null),
        count: fc.constantFrom(0, 1, 2, '1'),
        context: fc.constantFrom('v', '', 0, 'w'),
        defaultValue: fc.constantFrom('', 'D {{n}}'),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  );

  it('finds the same text for any key, language and params', () => {
    fc.assert(
      fc.property(
        resources,
        fc.constantFrom('ja', 'en'),
        fc.constantFrom('common', 'later'),
        fc.array(segment, { minLength: 1, maxLength: 3 }).map((p) => p.join('.')),
        params,
        (res, lng, ns, key, p) => {
          const i18next = i18nextWith(res, lng, ['common', 'later'], ['later']);
          const codes = lng === 'en' ? ['en', 'ja'] : ['ja'];
          const theirs = i18next.t(`${ns}:${key}`, { ...p, lng });
          const ours = translate(res, codes, ns === 'later' ? ['later'] : ['common', 'later'], key, p);
          // Where the first thing found is a group of keys, i18next returns a sentence about an object; we do not.
          if (typeof theirs !== 'string' || theirs.includes('returned an object')) return;
          expect(ours ?? key).toBe(theirs);
        },
      ),
      { numRuns: 1500 },
    );
  }, 120_000); // i18next's init per run is slow on a shared 2-core machine
});

describe('the locales use only what the reader follows', () => {
  it('no nesting ($t), formats ({{x, f}}), unescaped ({{- x}}), nested params ({{a.b}}) or plural forms beyond zero/one/other', () => {
    const found: string[] = [];
    const walk = (tree: Tree, where: string) => {
      for (const [k, v] of Object.entries(tree)) {
        if (typeof v !== 'string') walk(v, `${where}.${k}`);
        else if (/\$t\(|\{\{-|\{\{[^}]*[,.][^}]*\}\}/.test(v) || /_(two|few|many)$/.test(k)) found.push(`${where}.${k}`);
      }
    };
    for (const code of CODES) for (const ns of NAMESPACES) walk(read(code, ns), `${code}/${ns}`);
    expect(found).toEqual([]);
  });
});
