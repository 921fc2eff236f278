/**
 * Law lives only in src/rules (README, "The rules"): no legal figure, age, effective date or rule id literal in
 * the engine, the wizard, the results and the views over them. See law-literals-scan.ts for what is found and
 * how a line opts out (`// not law: <why>`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules';
import { scanProject, type Finding } from './law-literals-scan';

const ROOT = resolve(__dirname, '../..');
const SCANNED = /^src\/(engine|wizard|results|state|whatif|handout)\//;
const RULE_IDS = new Set(ALL_RULES.map((r) => r.id));

/**
 * PENDING: literals allowed while a change is under way in another branch (file → literals as written). Empty:
 * keep it so. An entry that no longer matches anything fails the test below, so none outlives its literal.
 */
const PENDING: Record<string, readonly string[]> = {};

function pendingAllows(f: Finding): boolean {
  return PENDING[f.file]?.includes(f.text) ?? false;
}

const show = (fs: readonly Finding[]) => fs.map((f) => `${f.file}:${f.line} ${f.kind} ${f.text}`);

describe('law lives only in src/rules', () => {
  const scanned: string[] = [];
  const findings = scanProject({ tsconfig: join(ROOT, 'tsconfig.json'), root: ROOT, include: (p) => SCANNED.test(p), ruleIds: RULE_IDS, scanned });

  it('scans the engine, wizard, results, state, what-if and handout', () => {
    // Guards the scan itself: a typo in SCANNED or the tsconfig would otherwise pass with nothing read.
    for (const f of ['src/engine/index.ts', 'src/wizard/questions.ts', 'src/results/format.ts', 'src/state/model.ts']) expect(scanned).toContain(f);
  });

  it('has no legal figure, age, date or rule id outside src/rules (beyond PENDING)', () => {
    expect(show(findings.filter((f) => !pendingAllows(f)))).toEqual([]);
  });

  it('has no PENDING entry whose literal is gone (remove it from PENDING)', () => {
    const stale = Object.entries(PENDING).flatMap(([file, texts]) =>
      texts.filter((t) => !findings.some((f) => f.file === file && f.text === t)).map((t) => `${file} ${t}`),
    );
    expect(stale).toEqual([]);
  });
});

describe('the scan finds what it is meant to', () => {
  const dir = mkdtempSync(join(tmpdir(), 'law-literals-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx', noEmit: true, types: [] }, include: ['*.ts', '*.tsx'] }));
  const scan = (name: string, source: string) => {
    writeFileSync(join(dir, name), source);
    return scanProject({ tsconfig: join(dir, 'tsconfig.json'), root: dir, include: (p) => p === name, ruleIds: new Set(['type-b.route']) }).map(
      (f) => `${f.line} ${f.kind} ${f.text}`,
    );
  };

  it('ages, yen, months and years, but not plain arithmetic', () => {
    const src = [
      'export const a = (age: number) => age >= 18 || age < 65 || age >= 50;',
      'export const yen = [9300, 160_000, 37200];',
      'export const months = 24 + 36;',
      'export const plain = [0, 1, 2, -1, 10, 100, 1000];',
      'export const third = (m: string[]) => m[3];',
    ].join('\n');
    expect(scan('numbers.ts', src)).toEqual([
      '1 number 18',
      '1 number 65',
      '1 number 50',
      '2 number 9300',
      '2 number 160_000',
      '2 number 37200',
      '3 number 24',
      '3 number 36',
    ]);
  });

  it('ISO dates and month-day templates, not import paths', () => {
    const src = [
      "import x from './2027-04-01';",
      "export const from = '2027-04-01';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample of source text for the scanner, not a template
      'export const review = (y: number) => `${y}-07-01`;',
      "export const month = '2026-06';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a sample of source text for the scanner, not a template
      'export const ok = `${x}-a-b`;',
    ].join('\n');
    expect(scan('dates.ts', src)).toEqual(["2 date '2027-04-01'", '3 date }-07-01`', "4 date '2026-06'"]);
  });

  it('rule ids in switches and comparisons, in views too', () => {
    const src = [
      'export const f = (r: { rule: string }) => {',
      "  if (r.rule === 'type-b.route') return 1;",
      "  switch (r.rule) { case 'type-b.route': return 2; }",
      '};',
      'export const V = (p: { rule: string }) => <b>{p.rule === `type-b.route` ? 1 : 0}</b>;',
      'export const W = () => <p>from 2027-04-01</p>;',
    ].join('\n');
    expect(scan('view.tsx', src)).toEqual(["2 rule-id 'type-b.route'", "3 rule-id 'type-b.route'", '5 rule-id `type-b.route`', '6 date from 2027-04-01']);
  });

  it('an opt-out needs a reason, must excuse something, and never excuses a rule id', () => {
    const src = [
      'export const w = 12; // not law: input width in characters',
      '// not law: the year the era 令和 counts from',
      'export const era = 2018;',
      'export const bare = 65; // not law:',
      'export const idle = 1; // not law: nothing here to excuse',
      "export const id = 'type-b.route'; // not law: a rule id is never excused",
    ].join('\n');
    expect(scan('optout.ts', src)).toEqual([
      '4 number 65',
      '4 opt-out-without-reason // not law:',
      '5 unused-opt-out // not law: nothing here to excuse',
      "6 rule-id 'type-b.route'",
      '6 unused-opt-out // not law: a rule id is never excused',
    ]);
  });
});
