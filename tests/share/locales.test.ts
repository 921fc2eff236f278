/** The share namespace: the same keys in Japanese and English, and every key the code names exists in both. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINK_ERROR_CODES } from '../../src/share/codec';
import { tsFiles } from '../support/files';

const ROOT = resolve(__dirname, '../..');
type Json = { [k: string]: string | Json };
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'share.json'), 'utf8')) as Json;
const keys = (o: Json, prefix = ''): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

describe('share texts', () => {
  const ja = keys(load('ja')).sort();
  const en = keys(load('en')).sort();

  it('has the same keys in both languages, none empty', () => {
    expect(en).toEqual(ja);
    for (const lang of ['ja', 'en'])
      for (const k of keys(load(lang)))
        expect(
          k.split('.').reduce<unknown>((o, p) => (o as Json)[p], load(lang)),
          `${lang} ${k}`,
        ).not.toBe('');
  });

  it('has words for every literal share: key in the code and every link refusal', () => {
    const used = tsFiles(join(ROOT, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/['"`]share:([\w.-]+)['"`]/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(20);
    // A prefix handed to ConfirmReset (`texts`) must have the four texts it reads.
    const known = (k: string) => ja.includes(k) || ['title', 'body', 'confirm', 'cancel'].every((leaf) => ja.includes(`${k}.${leaf}`));
    expect(used.filter((k) => !known(k))).toEqual([]);
    for (const code of LINK_ERROR_CODES) expect(ja).toContain(`open.error.${code}`);
    for (const code of ['too-large', 'empty', 'read', 'bad-json', 'invalid-case']) expect(ja).toContain(`file.error.${code}`);
    for (const source of ['link', 'file']) for (const k of ['title', 'body', 'open']) expect(ja).toContain(`replace.${source}.${k}`);
  });
});
