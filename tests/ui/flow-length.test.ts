/**
 * How many question screens a person sees, over every path through the flow (each choice, "don't know",
 * and a spread of ages). The figures go in the issue notes; a change to them should be deliberate.
 */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema';
import { QUESTIONS, type Question } from '../../src/wizard/questions';
import { TODAY } from './harness';

function set(d: Case, path: string, v: unknown): Case {
  const o = structuredClone(d) as Record<string, unknown>;
  const keys = path.split('.');
  let x = o;
  for (const k of keys.slice(0, -1)) x = (x[k] ??= {}) as Record<string, unknown>;
  x[keys.at(-1)!] = v;
  return o as Case;
}

/**
 * One answer from each class the predicates tell apart (they test `=== true`, a non-empty list, a status, an age
 * band), so min and max over these paths are min and max over all paths. Fields no predicate reads get one answer.
 */
const CLASSES: Record<string, unknown[]> = {
  age: [16, 19, 30, 55, 62, 66],
  'disability.handbooks': [['mental'], []],
  'disability.mentalOutpatientCertificate': [true, false],
  'disability.designatedDisease': [true, false],
  pensionGrade1: [true, false],
  'work.status': ['not-working', 'working', 'on-leave', 'student'],
  'work.experience': [true, false],
  residence: ['facility', 'home'],
  'household.publicAssistance': [true, false],
  'household.spouse': [true, false],
  'household.residentTax': ['unknown', 'exempt'],
  'history.grantedBefore65': [['continuation-a'], []],
  'history.assessed': [true, false],
};
const answers = (q: Question): unknown[] => CLASSES[q.field] ?? [undefined];

function paths(): string[][] {
  const out: string[][] = [];
  const walk = (i: number, d: Case, path: string[]): void => {
    if (i === QUESTIONS.length) return void out.push(path);
    const q = QUESTIONS[i]!;
    if (!q.isActive(d, TODAY)) return walk(i + 1, d, path);
    for (const v of answers(q)) walk(i + 1, v === undefined ? d : set(d, q.field, v), [...path, q.id]);
  };
  walk(0, { format: 'shuro-check/case@1' }, []);
  return out;
}

describe('length of the flow', () => {
  const all = paths();
  const lengths = all.map((p) => p.length);

  it('the shortest path asks 10 questions: age, handbook, work, history, housing, municipality, 生活保護, days', () => {
    const shortest = all.find((p) => p.length === Math.min(...lengths))!;
    expect(shortest).toEqual([
      'age',
      'handbooks',
      'work-status',
      'transition-months',
      'current-services',
      'assessed',
      'residence',
      'municipality',
      'public-assistance',
      'days-per-month',
    ]);
  });

  // 23: a person of 65+ with a decision before 65 is asked about the 5 years before too, and an assessed
  // person who did the assessment (就労選択支援 or an older 就労アセスメント). The municipality (optional) is
  // asked of everyone.
  it('the longest path asks 23 of the 27 questions', () => {
    expect(Math.max(...lengths)).toBe(23);
    expect(QUESTIONS).toHaveLength(27);
  });
});
