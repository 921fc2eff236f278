/** The whatif and handout namespaces: the same keys in Japanese and English, none empty, and every key the code uses exists. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsFiles } from '../support/files';

const ROOT = resolve(__dirname, '../..');
type Json = { [k: string]: string | Json };
const load = (lang: string, ns: string) => JSON.parse(readFileSync(join(ROOT, 'locales', lang, `${ns}.json`), 'utf8')) as Json;

/** Every leaf key path, with an English plural suffix (_one, _other) folded into its base key. */
function keys(j: Json, prefix = ''): string[] {
  return Object.entries(j).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k.replace(/_(one|other)$/, '')}`] : keys(v, `${prefix}${k}.`)));
}
function values(j: Json): string[] {
  return Object.values(j).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
}
const SOURCE = ['src/whatif', 'src/handout', 'src/results', 'src/app']
  .flatMap((d) => tsFiles(join(ROOT, d)))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe.each(['whatif', 'handout'])('the %s namespace', (ns) => {
  const ja = load('ja', ns);
  const en = load('en', ns);

  it('has the same keys in Japanese and English', () => {
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(ja))].sort());
  });

  it('has no empty text', () => {
    expect([...values(ja), ...values(en)].filter((v) => v.trim() === '')).toEqual([]);
  });

  it('has every key the code asks for', () => {
    const used = [...SOURCE.matchAll(new RegExp(`'${ns}:([a-zA-Z.-]+)'`, 'g'))].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(5);
    const known = new Set(keys(ja));
    expect(used.filter((k) => !known.has(k))).toEqual([]);
  });
});
