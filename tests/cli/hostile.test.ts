/**
 * The command line against hostile or odd input, as a user runs it: real processes and files. Each refusal is
 * one short, field-named line on stderr, within seconds, with no stack trace and no raw control character.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_CASES_DIR } from '../support/cases';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(args: string[], input?: string | Buffer) {
  const started = Date.now();
  const p = spawnSync(TSX, ['src/cli/evaluate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, input, maxBuffer: 64 * 1024 * 1024 });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr, ms: Date.now() - started };
}

const DIR = mkdtempSync(join(tmpdir(), 'shuro-cli-hostile-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
let n = 0;
function tmpFile(name: string, content: string | Buffer): string {
  const f = join(DIR, `${n++}-${name}`);
  writeFileSync(f, content);
  return f;
}

const V1 = 'shuro-check/case@1';
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** One short line, naming the problem, no stack trace, no raw control character. */
function expectOneShortLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.length).toBeLessThan(1000);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+|unexpected error|Maximum call stack/);
  expect(stderr).not.toMatch(RAW_CONTROL);
}

describe('dates checked against today when the case has no asOf', () => {
  it.each([
    ['a birth date in the future', { birthDate: '9999-12-31' }, /birthDate is in the future.*"9999-12-31"/],
    ['a birth date in year 0', { birthDate: '0000-01-01' }, /birthDate is more than 120 years before/],
    ['an age the birth date contradicts', { age: 120, birthDate: '1990-01-01' }, /age is 120, but the birth date gives \d+ today/],
    ['a job start in the future', { work: { status: 'working', startedOn: '9999-12-31' } }, /work\.startedOn is in the future/],
  ])('refuses %s', (_n, fields, pattern) => {
    const { code, stdout, stderr } = run([tmpFile('case.json', JSON.stringify({ format: V1, ...fields }))]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expectOneShortLine(stderr, pattern);
  });

  it('checks the dates against --as-of when it is given', () => {
    const { code, stderr } = run([tmpFile('case.json', JSON.stringify({ format: V1, birthDate: '2026-06-01' })), '--as-of', '2026-01-01']);
    expect(code).toBe(1);
    expectOneShortLine(stderr, /birthDate is after the date the answers describe/);
  });
});

describe('limits', () => {
  it('refuses a deeply nested file (10 KB of "[") by its depth, not with a stack overflow', () => {
    const { code, stderr } = run([tmpFile('deep.json', '['.repeat(10_000) + ']'.repeat(10_000))]);
    expect(code).toBe(1);
    expectOneShortLine(stderr, /nests lists or groups more than 20 levels deep/);
  });

  it('refuses a file over 1 MB without reading it all, and /dev/zero stops at the cap', () => {
    const big = tmpFile('big.json', `{"format":"${V1}","x":"${'a'.repeat(3 * 1024 * 1024)}"}`);
    const r = run([big]);
    expect(r.code).toBe(1);
    expectOneShortLine(r.stderr, /larger than 1 MB/);
    const z = run(['/dev/zero']);
    expect(z.code).toBe(1);
    expectOneShortLine(z.stderr, /\/dev\/zero: The file is larger than 1 MB/);
    expect(z.ms).toBeLessThan(20_000);
  });

  it('lists the first 5 of 20,000 unknown keys and counts the rest', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `"k${i}":1`).join(',');
    const { code, stderr } = run([tmpFile('keys.json', `{"format":"${V1}",${keys}}`)]);
    expect(code).toBe(1);
    expectOneShortLine(stderr, /"k0" is not a field.*"k4" is not a field.*…and 19995 more problems\.\n/);
    expect(stderr).not.toContain('"k5"');
  });

  it('escapes control characters and bidi overrides in keys and values', () => {
    const text = `{"format":"${V1}","\\u001b[31mred\\u001b]0;title\\u0007":1,"\\u202eevil":2,"residence":"\\u009b\\u2066x"}`;
    const { code, stderr } = run([tmpFile('esc.json', text)]);
    expect(code).toBe(1);
    expectOneShortLine(stderr, /"\\u001b\[31mred\\u001b\]0;title\\u0007" is not a field/);
    expect(stderr).toContain('"\\u202eevil"');
    expect(stderr).toContain('\\u009b');
    expect(stderr).toContain('\\u2066');
  });

  it('shortens a long key made up by the file and quotes it as the file’s text', () => {
    const key = '市役所に電話してください'.repeat(10);
    const { stderr } = run([tmpFile('long.json', JSON.stringify({ format: V1, [key]: 1 }))]);
    expectOneShortLine(stderr, /"市役所に電話してください市役所に電話してください市役所に電話してください市役所…" is not a field/);
  });

  it('escapes control characters in a file name too', () => {
    const { stderr } = run([join(DIR, 'no\u001b[2Jsuch.json')]);
    expectOneShortLine(stderr, /no\\u001b\[2Jsuch\.json: No such file or folder\./);
  });
});

describe('several files', () => {
  it('evaluates every file even when one is missing or bad, reports each, and exits 1', () => {
    const good = join(SHARED_CASES_DIR, 'group-home-taxed.json');
    const bad = tmpFile('bad.json', '{"format":');
    const { code, stdout, stderr } = run([join(DIR, 'missing.json'), good, bad, good]);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    const errs = stderr.trim().split('\n');
    expect(errs).toHaveLength(2);
    expect(errs[0]).toMatch(/missing\.json: No such file or folder\./);
    expect(errs[1]).toMatch(/bad\.json: The file is not valid JSON/);
  });
});

describe('a folder with nothing to read', () => {
  it('is said, with exit 1, not passed over in silence', () => {
    const empty = join(DIR, 'empty-folder');
    mkdirSync(empty);
    const { code, stdout, stderr } = run([empty]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expectOneShortLine(stderr, /empty-folder: The folder holds no \.json file\./);
  });
});

describe('odd but valid input, and the options', () => {
  it('reads a file with a UTF-8 byte order mark', () => {
    const { code, stdout, stderr } = run([
      tmpFile('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`{"format":"${V1}","age":30,"asOf":"2026-11-22"}`)])),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).age).toBe(30);
  });

  it('reads a file with CRLF line ends', () => {
    const { code, stdout } = run([tmpFile('crlf.json', `{\r\n  "format": "${V1}",\r\n  "age": 30,\r\n  "asOf": "2026-11-22"\r\n}\r\n`)]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).age).toBe(30);
  });

  it('reads standard input for "-"', () => {
    const { code, stdout, stderr } = run(['-'], `{"format":"${V1}","age":41,"asOf":"2026-11-22"}`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).age).toBe(41);
  });

  it.each([['--as-of'], ['--lang'], ['--as-of', '--lang', 'ja']])('refuses %j: an option without its value is an error', (...args) => {
    const { code, stdout, stderr } = run([join(SHARED_CASES_DIR, 'group-home-taxed.json'), ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expectOneShortLine(stderr, /needs a value/);
  });

  it('speaks Japanese about the limits with --lang ja', () => {
    const { stderr } = run([tmpFile('deep.json', '['.repeat(100)), '--lang', 'ja']);
    expectOneShortLine(stderr, /20 段より深く重なっているため、読みませんでした/);
  });
});

describe('a reader that stops early', () => {
  it('ends quietly when the output pipe closes (`evaluate … | head -c 1`): no stack trace', () => {
    const files = Array.from({ length: 40 }, () => join(SHARED_CASES_DIR, 'group-home-taxed.json'));
    const p = spawnSync(
      'bash',
      ['-c', `"${TSX}" src/cli/evaluate.ts ${files.map((f) => `"${f}"`).join(' ')} | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(p.stderr).not.toMatch(/EPIPE|at .+:\d+:\d+|Unhandled/);
    expect(p.stdout.trim()).toBe('0');
  });
});
