/**
 * Every id the engine can put in a Result has words in both languages: rule ids (reasons.json), `field:` and
 * `fact:` change ids (results.json), timeline steps, contacts, documents and questions (timeline.json).
 * Ids come from two places, so neither a new id in the source nor a new status at run time slips through:
 * a scan of src/engine and src/rules, and the results of many evaluated cases.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tsFiles } from '../support/files';
import { CONTACTS, type Result } from '../../src/case/schema';
import { COPAY_CATEGORIES, REASON_STATUSES, SERVICE_IDS, VIA_SERVICES } from '../../src/case/enums';
import { evaluate } from '../../src/engine';
import { ALL_RULES } from '../../src/rules';
import { arbCase } from '../support/arbitraries';
import { loadSharedCases } from '../support/cases';
import { parseCase } from '../../src/case/parse';
import { PROXY_SUFFIX } from '../../src/i18n/lookup';

const ROOT = resolve(__dirname, '../..');
const LANGS = ['ja', 'en'] as const;
type Json = Record<string, unknown>;
const load = (lang: string, ns: string): Json => JSON.parse(readFileSync(join(ROOT, 'locales', lang, `${ns}.json`), 'utf8')) as Json;
const LOCALES = Object.fromEntries(LANGS.map((l) => [l, { results: load(l, 'results'), reasons: load(l, 'reasons'), timeline: load(l, 'timeline') }]));

/** A value at a path of keys, where one key may itself contain dots (as i18next finds them). */
export function lookup(obj: unknown, path: readonly string[]): unknown {
  let v: unknown = obj;
  for (const k of path) {
    if (!v || typeof v !== 'object') return undefined;
    v = (v as Json)[k];
  }
  return v;
}
const text = (lang: string, ns: 'results' | 'reasons' | 'timeline', path: readonly string[]) => {
  const v = lookup(LOCALES[lang]![ns], path);
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
};
/** "<lang> <ns>:<path>" for every language missing a text. */
function missing(ns: 'results' | 'reasons' | 'timeline', path: readonly string[]): string[] {
  return LANGS.filter((l) => !text(l, ns, path)).map((l) => `${l} ${ns}:${path.join(' › ')}`);
}

// ---- the source scan ----------------------------------------------------------------------

const read = (p: string) => readFileSync(p, 'utf8');
const literals = (s: string) => [...s.matchAll(/'([^'\n]+)'/g)].map((m) => m[1]!);
const ENGINE = tsFiles(join(ROOT, 'src/engine')).map(read).join('\n');
const ENGINE_TIMELINE = tsFiles(join(ROOT, 'src/engine/plan')).map(read).join('\n');
const RULES = tsFiles(join(ROOT, 'src/rules')).map(read).join('\n');
const RULES_TIMELINE = read(join(ROOT, 'src/rules/timeline.ts'));

/** The first argument of every call to `fn(` in a source text (up to the first top-level comma). */
function firstArgs(src: string, fn: string): string[] {
  const out: string[] = [];
  for (const m of src.matchAll(new RegExp(`\\b${fn}\\(`, 'g'))) {
    let depth = 0;
    let i = m.index! + m[0].length;
    const start = i;
    for (; i < src.length; i++) {
      const c = src[i]!;
      if ('([{'.includes(c)) depth++;
      else if (')]}'.includes(c)) {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    out.push(src.slice(start, i));
  }
  return out;
}

const scanned = {
  rules: [...new Set([...RULES.matchAll(/\bid:\s*'([a-z0-9-]+\.[a-z0-9.-]+)'/g)].map((m) => m[1]!))],
  changes: [...new Set([...ENGINE.matchAll(/'((?:field|fact):[^']+)'/g)].map((m) => m[1]!))],
  // Steps: the StepId union of rules/timeline.ts and every marker the engine places.
  steps: [
    ...new Set([...literals(/export type StepId\s*=([^;]+);/.exec(RULES_TIMELINE)?.[1] ?? ''), ...firstArgs(ENGINE_TIMELINE, 'marker').flatMap(literals)]),
  ],
  documents: [...new Set([...RULES_TIMELINE.matchAll(/documents:\s*\[([^\]]*)\]/g)].flatMap((m) => literals(m[1]!)))],
  // Questions: the rules' lists, and every literal the engine pushes or lists in the timeline, except service ids.
  questions: [
    ...new Set([
      ...[...RULES_TIMELINE.matchAll(/questions:\s*\[([^\]]*)\]/g)].flatMap((m) => literals(m[1]!)),
      // Array literals of strings (not index access like Entry['kind']) and q.push('…') calls.
      ...[
        ...ENGINE_TIMELINE.matchAll(/(?<![\w\])])\[\s*((?:'[^']*'|\.\.\.\w+)(?:\s*,\s*(?:'[^']*'|\.\.\.\w+))*)\s*\]|\b(?:extraQ|q)\.push\(([^)]*)\)/g),
      ].flatMap((m) => literals(m[1] ?? m[2] ?? '')),
    ]),
  ].filter((id) => !(SERVICE_IDS as readonly string[]).includes(id) && !/^[A-Z]/.test(id)),
};

describe('the source scan finds the ids it should (so an empty scan cannot pass silently)', () => {
  it('finds rule ids, change ids, steps, documents and questions', () => {
    expect(scanned.rules).toEqual(expect.arrayContaining(['transition.age', 'copay.category', 'retention.window', 'timeline.flow']));
    expect(scanned.rules.length).toBe(ALL_RULES.length);
    expect(scanned.changes).toEqual(expect.arrayContaining(['field:work.startedOn', 'field:age', 'fact:in-work-use']));
    expect(scanned.steps).toEqual(expect.arrayContaining(['consult', 'provisional', 'turn-65', 'transition-extension-end', 'copay-review']));
    expect(scanned.documents).toEqual(expect.arrayContaining(['handbook-or-proof', 'employer-letter', 'leave-doctor-letter']));
    expect(scanned.questions).toEqual(expect.arrayContaining(['which-services', 'doctor-enough', 'extension', 'over-65', 'copay-category']));
  });

  it('reports a missing text (the check itself can fail)', () => {
    expect(missing('reasons', ['no.such-rule', 'title'])).toEqual(['ja reasons:no.such-rule › title', 'en reasons:no.such-rule › title']);
    expect(missing('reasons', ['transition.age', 'title'])).toEqual([]);
  });
});

describe('every id in src/engine and src/rules has words in ja and en', () => {
  it('rule ids: a title (reasons.json)', () => {
    expect(scanned.rules.flatMap((id) => missing('reasons', [id, 'title']))).toEqual([]);
  });
  it('rule ids: a text for at least one status', () => {
    const none = scanned.rules.filter((id) => LANGS.some((l) => !REASON_STATUSES.some((s) => text(l, 'reasons', [id, s]))));
    expect(none).toEqual([]);
  });
  it('change ids (results.json changes.field / changes.fact)', () => {
    expect(scanned.changes.flatMap((id) => missing('results', ['changes', ...id.split(/:(.*)/s).slice(0, 2)]))).toEqual([]);
  });
  it('timeline steps: a title and what to do', () => {
    expect(scanned.steps.flatMap((id) => [...missing('timeline', ['steps', id, 'title']), ...missing('timeline', ['steps', id, 'body'])])).toEqual([]);
  });
  it('contacts (CONTACTS in src/case/schema.ts): a name and what they do', () => {
    expect(CONTACTS.flatMap((id) => [...missing('timeline', ['contacts', id, 'name']), ...missing('timeline', ['contacts', id, 'what'])])).toEqual([]);
  });
  it('documents and questions', () => {
    expect(scanned.documents.flatMap((id) => missing('timeline', ['documents', id]))).toEqual([]);
    expect(scanned.questions.flatMap((id) => missing('timeline', ['questions', id]))).toEqual([]);
  });
  it('service names (the five services and the services a job can follow) and copay categories', () => {
    const ids = [...new Set([...SERVICE_IDS, ...VIA_SERVICES.filter((v) => v !== 'none')])];
    expect(ids.flatMap((id) => missing('results', ['service', id, 'name']))).toEqual([]);
    expect(SERVICE_IDS.flatMap((id) => missing('results', ['service', id, 'what']))).toEqual([]);
    expect(
      COPAY_CATEGORIES.flatMap((c) => [...missing('results', ['copay', 'category', c, 'name']), ...missing('results', ['copay', 'category', c, 'plain'])]),
    ).toEqual([]);
  });
});

// ---- what the engine actually emits ----------------------------------------------------------

function sampleResults(): Result[] {
  const out: Result[] = [];
  for (const f of loadSharedCases()) {
    const p = parseCase(f.case);
    if (p.ok) out.push(evaluate(p.case, { asOf: p.case.asOf ?? '2026-11-22' }));
  }
  // A municipality on some of them: a 指定都市, one of its wards, a special ward and a town (the office's wordings).
  const places = ['141003', '011011', '131016', '472158', undefined];
  for (const [i, c] of fc.sample(arbCase, { numRuns: 4000, seed: 20261122 }).entries()) {
    const m = places[i % places.length];
    const p = parseCase(m ? { ...c, municipality: m } : c);
    if (p.ok) out.push(evaluate(p.case, { asOf: p.case.asOf! }));
  }
  return out;
}

describe('every id in evaluated results has words in ja and en', () => {
  const results = sampleResults();

  it('evaluates enough cases', () => {
    expect(results.length).toBeGreaterThan(3000);
  });

  it('each reason: its status text, and its variant when the text depends on a param', () => {
    const problems = new Set<string>();
    for (const r of results) {
      for (const reason of [...r.services.flatMap((s) => [...s.reasons, ...(s.cost?.reasons ?? [])]), ...r.copay.reasons, ...(r.otherHelp ?? [])]) {
        for (const m of missing('reasons', [reason.rule, reason.status])) problems.add(m);
        const ctx = reason.variant;
        if (ctx) for (const m of missing('reasons', [reason.rule, `${reason.status}_${ctx}`])) problems.add(m);
      }
    }
    expect([...problems].sort()).toEqual([]);
  });

  it('changes, steps, contacts, documents, questions', () => {
    const problems = new Set<string>();
    const add = (ms: string[]) => {
      for (const m of ms) problems.add(m);
    };
    for (const r of results) {
      for (const s of r.services) for (const id of s.changes) add(missing('results', ['changes', ...id.split(/:(.*)/s).slice(0, 2)]));
      for (const e of r.timeline) {
        add(missing('timeline', ['steps', e.step, 'title']));
        add(missing('timeline', ['steps', e.step, 'body']));
        add(missing('timeline', ['contacts', e.contact, 'name']));
        if (e.office) add(missing('timeline', ['office', 'name', e.office.counter]));
        for (const d of e.documents) add(missing('timeline', ['documents', d]));
        for (const q of e.questions) add(missing('timeline', ['questions', q]));
      }
    }
    expect([...problems].sort()).toEqual([]);
  });
});

describe('English is a full translation of the results namespaces', () => {
  /** Every leaf path of a locale file, with context and plural variants folded to their base key. */
  function leaves(obj: unknown, prefix: string[] = []): string[] {
    if (typeof obj === 'string') return [prefix.join(' › ').replace(/_(one|other)$/, '')];
    return Object.entries(obj as Json).flatMap(([k, v]) => leaves(v, [...prefix, k]));
  }
  for (const ns of ['results', 'reasons', 'timeline'] as const) {
    it(`${ns}.json has the same keys in ja and en`, () => {
      const ja = new Set(leaves(LOCALES.ja![ns]));
      const en = new Set(leaves(LOCALES.en![ns]));
      expect([...ja].filter((k) => !en.has(k))).toEqual([]);
      // A third-person twin of a Japanese key may be English only (Japanese leaves the subject out).
      const twin = (k: string) => k.endsWith(PROXY_SUFFIX) && ja.has(k.slice(0, -PROXY_SUFFIX.length));
      expect([...en].filter((k) => !ja.has(k) && !twin(k))).toEqual([]);
    });
  }
  it('interpolations match between ja and en', () => {
    const vars = (s: string) => [...new Set([...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort().join(',');
    const diff: string[] = [];
    for (const ns of ['results', 'reasons', 'timeline'] as const) {
      const walk = (ja: unknown, path: string[]) => {
        if (typeof ja === 'string') {
          const en = lookup(LOCALES.en![ns], path);
          if (typeof en === 'string' && vars(en) !== vars(ja)) diff.push(`${ns}:${path.join(' › ')}`);
          return;
        }
        for (const [k, v] of Object.entries(ja as Json)) walk(v, [...path, k]);
      };
      walk(LOCALES.ja![ns], []);
    }
    expect(diff).toEqual([]);
  });
});
