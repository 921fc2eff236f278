/**
 * One way to count the age from a birth date (issue 11, item 6): the engine, the wizard's predicates and state
 * all use case/dates.ts ageFrom, so they cannot disagree about who is 65 on a given day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageFrom, ageOn } from '../../src/case/dates';
import type { Case } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import { ageOf } from '../../src/wizard';
import { AT_HOME } from '../fixtures/person-at-home';

const day = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2028-03-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('ageFrom', () => {
  it('counts from the birth date, else takes the age answered', () => {
    expect(ageFrom({ birthDate: '1961-11-22', age: 64 }, '2026-11-22')).toBe(65);
    expect(ageFrom({ birthDate: '1961-11-23', age: 64 }, '2026-11-22')).toBe(64);
    expect(ageFrom({ age: 40 }, '2026-11-22')).toBe(40);
    expect(ageFrom({}, '2026-11-22')).toBeUndefined();
  });

  it('a birth date after the day says nothing about the age: the age answered stands', () => {
    expect(ageFrom({ birthDate: '2026-12-01', age: 34 }, '2026-11-22')).toBe(34);
  });

  it('the engine counts the same age as the wizard, for any birth date and day', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 120 }), (birthDate, on, age) => {
        if (on < '2024-04-01') return;
        const c: Case = { ...AT_HOME, age, birthDate };
        const engineAge = evaluate(c, { asOf: on }).age;
        expect(engineAge).toBe(ageOf(c, on) ?? null);
        if (birthDate <= on) expect(engineAge).toBe(ageOn(birthDate, on));
      }),
      { numRuns: 300, seed: 6 },
    );
  });
});
