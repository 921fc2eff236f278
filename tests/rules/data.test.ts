/** Tests on the rules data itself: shape, sources, dates, ids. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, COVERAGE, valueAt, rulesVersion } from '../../src/rules';
import { RuleSchema } from '../../src/rules/schema';

const REFERENCE = readFileSync(resolve(__dirname, '../../../shared/rules/reference.md'), 'utf8');

describe('rules data', () => {
  it('has rules', () => expect(ALL_RULES.length).toBeGreaterThan(30));

  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s has the rule shape, a source and ordered ISO dates', (_id, r) => {
    const p = RuleSchema.safeParse(r);
    expect(p.success ? [] : p.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`)).toEqual([]);
    const dates = Object.keys(r.values);
    expect(dates.length).toBeGreaterThan(0);
    expect([...dates].sort()).toEqual(dates);
  });

  it('gives every rule a unique id', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites only fact numbers that exist in ../shared/rules/reference.md', () => {
    const missing = ALL_RULES.flatMap((r) => r.refs.filter((ref) => !REFERENCE.includes(`| ${ref} |`)).map((ref) => `${r.id}: ${ref}`));
    expect(missing).toEqual([]);
  });

  it('keeps low-confidence facts out of firm requirements', () => {
    const firmLow = ALL_RULES.filter((r) => r.kind === 'requirement' && r.confidence === 'low').map((r) => r.id);
    expect(firmLow).toEqual([]);
  });

  it('says in plain words what every rule decides (docs/rules.md shows it)', () => {
    const missing = ALL_RULES.filter((r) => !r.decides || r.decides.length < 20).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('lists every effective date of every rule in docs/rules-changelog.md', () => {
    // Only the table of dated changes counts, not the engine corrections below it.
    const changelog = readFileSync(resolve(__dirname, '../../docs/rules-changelog.md'), 'utf8').split(/^## /m)[0]!;
    const listed = new Set([...changelog.matchAll(/^\| (\d{4}-\d{2}-\d{2}) \|/gm)].map((m) => m[1]));
    const missing = [...new Set(ALL_RULES.flatMap((r) => Object.keys(r.values)))].filter((d) => !listed.has(d)).sort();
    expect(missing).toEqual([]);
  });

  it('looks up the value in force on a date, and nothing before the first date', () => {
    const choice = ALL_RULES.find((r) => r.id === 'choice.exists')!;
    expect(valueAt(choice, '2025-09-30')).toBe(false);
    expect(valueAt(choice, '2025-10-01')).toBe(true);
    expect(valueAt(choice, '2024-03-31')).toBeUndefined();
    const meals = ALL_RULES.find((r) => r.id === 'copay.meals')!;
    expect(valueAt(meals, '2027-04-01')).toBeNull();
  });

  it('dates the rule set by its latest change on or before asOf', () => {
    expect(rulesVersion(COVERAGE.from)).toBe(COVERAGE.from);
    expect(rulesVersion('2025-10-01')).toBe('2025-10-01');
    expect(rulesVersion('2027-04-01')).toBe('2027-04-01');
  });
});
