/**
 * Every case (the shared examples, hand-made plan cases and generated ones) moved to each day around New Year and
 * Golden Week: every step (something to do at an office or with a person) starts and ends on a day offices are
 * open, and every entry names at least one service.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../../src/case/schema';
import { addDays } from '../../../src/case/dates';
import { evaluate } from '../../../src/engine';
import { isOfficeOpen } from '../../../src/engine/plan/office-days';
import { arbCase } from '../../support/arbitraries';
import { baseCase, loadSharedCases } from '../../support/cases';

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const DATES = [
  ...days('2025-12-20', '2026-01-10'),
  ...days('2026-04-25', '2026-05-10'),
  ...days('2026-12-20', '2027-01-10'),
  ...days('2027-04-25', '2027-05-10'),
  ...days('2027-12-20', '2028-01-10'),
];

const HAND_MADE: Case[] = [
  baseCase({
    disability: { handbooks: ['mental'], doctorConfirmed: true },
    work: { status: 'on-leave', experience: true },
    history: { current: [], transitionMonthsUsed: 0 },
  }),
  baseCase({ work: { status: 'working', startedOn: '2025-11-01', viaService: 'employment-transition' } }),
  baseCase({ work: { status: 'working', viaService: 'continuation-b' } }),
  baseCase({
    birthDate: '1962-01-02',
    age: undefined,
    disability: { handbooks: ['physical'] },
    history: { current: ['continuation-a'], decisionEnds: '2028-01-04' },
  }),
  baseCase({ history: { current: ['employment-transition'], transitionMonthsUsed: 20 } }),
  baseCase({ history: { current: ['continuation-b'], decisionEnds: '2027-05-03' } }),
  baseCase({ age: 17, work: { status: 'student' } }),
];

const shared = loadSharedCases().map((f) => f.case as Case);
const generated = fc.sample(arbCase, { numRuns: 40, seed: 20261201 });

/** The case as it would be answered on `asOf`: dates in the answers may not lie after it. */
function movedTo(c: Case, asOf: string): Case | null {
  if (c.birthDate && c.birthDate > asOf) return null;
  if (c.work?.startedOn && c.work.startedOn > asOf) return null;
  return { ...c, asOf };
}

describe('office days over every case, around New Year and Golden Week', () => {
  it.each([
    ['shared example cases', shared],
    ['hand-made plan cases', HAND_MADE],
    ['generated cases', generated],
  ] as const)('%s: every step on an open day, every entry naming a service', (_name, cases) => {
    const bad: string[] = [];
    let stepsChecked = 0;
    for (const c of cases) {
      for (const asOf of DATES) {
        const moved = movedTo(c, asOf);
        if (!moved) continue;
        for (const e of evaluate(moved, { asOf }).timeline) {
          if (e.services.length === 0) bad.push(`${asOf} ${e.step}: names no service`);
          if (e.kind !== 'step') continue;
          stepsChecked++;
          if (!isOfficeOpen(e.from) || !isOfficeOpen(e.to)) bad.push(`${asOf} ${e.step} ${e.from}..${e.to} (${e.contact}): on a closed day`);
        }
      }
    }
    expect(stepsChecked).toBeGreaterThan(cases.length);
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
