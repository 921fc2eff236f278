/** The optional case field `municipality` through the case door, the engine and the command line. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse';
import { evaluate } from '../../src/engine';
import { loadSharedCases } from '../support/cases';

const V1 = 'shuro-check/case@1';
const ASOF = '2026-11-22';
const problems = (x: unknown) => {
  const p = parseCase(x);
  return p.ok ? [] : p.problems.map((q) => ({ field: q.field, key: q.key, ...q.params }));
};
const resultOf = (extra: object) => {
  const p = parseCase({ format: V1, asOf: ASOF, age: 30, ...extra });
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return evaluate(p.case, { asOf: ASOF });
};

describe('case field municipality', () => {
  it('is optional: version 1 files without it load, and the result has no municipality', () => {
    for (const f of loadSharedCases()) {
      const p = parseCase(f.case);
      expect(p.ok, f.file).toBe(true);
      if (p.ok) expect(evaluate(p.case, { asOf: p.case.asOf ?? ASOF }).municipality, f.file).toBeUndefined();
    }
  });

  it('a named municipality comes back in the result with its official site and 指定都市 status', () => {
    expect(resultOf({ municipality: '271004' }).municipality).toEqual({
      code: '271004',
      name: '大阪市',
      prefecture: '大阪府',
      kana: 'おおさかし',
      prefectureKana: 'おおさかふ',
      officialSite: 'https://www.city.osaka.lg.jp/',
      designatedCity: true,
      dataDate: '2026-07-09',
    });
    expect(resultOf({ municipality: '132012' }).municipality).toMatchObject({ name: '八王子市', prefecture: '東京都', designatedCity: false });
  });

  it('a code written as a JSON number keeps its leading zero', () => {
    expect(resultOf({ municipality: 11002 }).municipality).toMatchObject({ code: '011002', name: '札幌市' });
  });

  it('an abolished code is refused by name, with the date and the codes in force now', () => {
    expect(problems({ format: V1, municipality: '221317' })).toEqual([
      {
        field: 'municipality',
        key: 'municipality-abolished',
        got: '"221317"',
        name: '浜松市中区',
        on: '2024-01-01',
        successors: '浜松市中央区 221384, 浜松市浜名区 221392, 浜松市天竜区 221406',
      },
    ]);
  });

  it('an unknown or malformed code is refused, naming the field', () => {
    expect(problems({ format: V1, municipality: '999997' })).toMatchObject([{ field: 'municipality', key: 'municipality-unknown' }]);
    expect(problems({ format: V1, municipality: '271005' })).toMatchObject([{ field: 'municipality', key: 'municipality-format' }]);
    expect(problems({ format: V1, municipality: '' })).toMatchObject([{ field: 'municipality', key: 'municipality-format' }]);
    expect(problems({ format: V1, municipality: true })).toMatchObject([{ field: 'municipality' }]);
    expect(problems({ format: V1, municipality: -1 })).toMatchObject([{ field: 'municipality' }]);
  });
});

describe('evaluate CLI with a municipality', () => {
  const ROOT = resolve(__dirname, '../..');
  const DIR = mkdtempSync(join(tmpdir(), 'shuro-muni-'));
  afterAll(() => rmSync(DIR, { recursive: true, force: true }));
  const run = (lang: string, file: string) =>
    spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/evaluate.ts', '--lang', lang, file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

  it('refuses an abolished code with its name, in the chosen language, and prints no result', () => {
    const f = join(DIR, 'hamamatsu.json');
    writeFileSync(f, JSON.stringify({ format: V1, asOf: ASOF, age: 30, municipality: '221350' }));
    const ja = run('ja', f);
    expect(ja.status).not.toBe(0);
    expect(ja.stdout).toBe('');
    expect(ja.stderr).toContain('municipality');
    expect(ja.stderr).toContain('浜松市北区');
    expect(ja.stderr).toContain('廃止');
    expect(run('en', f).stderr).toContain('was abolished on 2024-01-01');
  });

  it('prints the municipality in the result', () => {
    const f = join(DIR, 'kobe.json');
    writeFileSync(f, JSON.stringify({ format: V1, asOf: ASOF, age: 30, municipality: '281000' }));
    const out = run('ja', f);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).municipality).toMatchObject({ code: '281000', name: '神戸市', designatedCity: true });
  });
});
