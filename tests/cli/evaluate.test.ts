/** The command line, as a user runs it: real processes, real files, stdout and exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSharedCases, mismatches, SHARED_CASES_DIR } from '../support/cases';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(...args: string[]) {
  const p = spawnSync(TSX, ['src/cli/evaluate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

const DIR = mkdtempSync(join(tmpdir(), 'shuro-cli-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
let n = 0;

function tmpFile(name: string, text: string): string {
  const f = join(DIR, `${n++}-${name}`);
  writeFileSync(f, text);
  return f;
}

describe('evaluate CLI', () => {
  it('prints one result line per file for the shared cases folder, each meeting its expectation', () => {
    const { code, stdout, stderr } = run(SHARED_CASES_DIR);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; result: never });
    const fixtures = loadSharedCases();
    expect(lines).toHaveLength(fixtures.length);
    for (const f of fixtures) {
      const line = lines.find((l) => l.file.endsWith(f.file));
      expect(line, f.file).toBeDefined();
      expect(mismatches(line!.result, f.expect), f.file).toEqual([]);
    }
  });

  it('prints a single result as pretty JSON on stdout only', () => {
    const { code, stdout, stderr } = run(join(SHARED_CASES_DIR, 'group-home-taxed.json'));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const r = JSON.parse(stdout);
    expect(r.copay).toMatchObject({ category: 'general-2', monthlyCap: 37200 });
    expect(r.services).toHaveLength(5);
  });

  it.each([
    ['broken JSON', '{"format": ', /not valid JSON/],
    ['an impossible date', '{"format":"shuro-check/case@1","asOf":"2026-02-30","age":30}', /asOf must be a real date.*"2026-02-30"/],
    [
      'an unknown enum value',
      '{"format":"shuro-check/case@1","age":30,"residence":"castle"}',
      /residence must be one of: home, group-home, facility.*"castle"/,
    ],
    ['a negative age', '{"format":"shuro-check/case@1","age":-3}', /age must be at least 0 \(got -3\)/],
    ['an unknown field', '{"format":"shuro-check/case@1","age":30,"favouriteColour":"red"}', /"favouriteColour" is not a field/],
    ['a wrong format string', '{"format":"other/thing@9","age":30}', /format must be "shuro-check\/case@1"/],
    ['a date before the covered range', '{"format":"shuro-check/case@1","asOf":"2020-01-01","age":30}', /outside the dates these rules cover/],
  ])('rejects %s with a one-line, field-named message and a non-zero exit', (_n, text, pattern) => {
    const { code, stdout, stderr } = run(tmpFile('case.json', text));
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(pattern);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });

  it('speaks Japanese with --lang ja', () => {
    const { code, stderr } = run(tmpFile('case.json', '{"format":"shuro-check/case@1","age":200}'), '--lang', 'ja');
    expect(code).toBe(1);
    expect(stderr).toContain('age は 120 以下にしてください');
  });

  it('speaks やさしい日本語 with --lang ja-easy, readings in brackets since a terminal has no ruby', () => {
    const { code, stderr } = run(tmpFile('case.json', '{"format":"shuro-check/case@1","age":200}'), '--lang', 'ja-easy');
    expect(code).toBe(1);
    expect(stderr).toContain('ageは 120か、それより 小（ちい）さく して ください。');
    expect(stderr).not.toMatch(/[{|}]/);
  });

  it('refuses an unknown --lang and names the ones it knows', () => {
    const { code, stderr } = run(tmpFile('case.json', '{"format":"shuro-check/case@1"}'), '--lang', 'fr');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('--lang must be one of en, ja, ja-easy (got fr)');
  });

  it('uses --as-of over the case date', () => {
    const { code, stdout } = run(join(SHARED_CASES_DIR, 'home-user-mental-handbook.json'), '--as-of', '2025-09-30');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.asOf).toBe('2025-09-30');
    expect(r.services.find((s: { id: string }) => s.id === 'employment-choice').verdict).toBe('unlikely');
  });
});
