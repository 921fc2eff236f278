/** The case door: valid v1 files load, bad ones are refused with field-named problems. */
import { describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/parse';
import { addMonths, ageOn, birthday, isIsoDate } from '../../src/case/dates';
import { loadSharedCases } from '../support/cases';

const problems = (x: unknown) => {
  const p = parseCase(x);
  return p.ok ? [] : p.problems.map((q) => `${q.field}:${q.key}`);
};
const V1 = 'shuro-check/case@1';

describe('parseCase', () => {
  it('loads every shared example (version 1 files always load)', () => {
    for (const f of loadSharedCases()) expect(problems(f.case), f.file).toEqual([]);
  });

  it('loads a case with nothing answered but the format', () => {
    expect(parseCase({ format: V1 })).toEqual({ ok: true, case: { format: V1 } });
  });

  it.each([
    [null, [':not-an-object']],
    [[], [':not-an-object']],
    [{}, ['format:required']],
    [{ format: 'shuro-check/case@2' }, ['format:format-version']],
    [{ format: V1, age: 12.5 }, ['age:type-int']],
    [{ format: V1, age: 121 }, ['age:too-big']],
    [{ format: V1, asOf: '2026-02-30' }, ['asOf:date']],
    [{ format: V1, asOf: '2026/02/01' }, ['asOf:date']],
    [{ format: V1, residence: 'castle' }, ['residence:one-of']],
    [{ format: V1, disability: { handbooks: ['blue'] } }, ['disability.handbooks[0]:one-of']],
    [{ format: V1, work: { status: 'working', colour: 'red' } }, ['work.colour:unknown-field']],
    [{ format: V1, history: { transitionMonthsUsed: 37 } }, ['history.transitionMonthsUsed:too-big']],
    [{ format: V1, asOf: '2026-01-01', birthDate: '2026-06-01' }, ['birthDate:after-as-of']],
    [{ format: V1, asOf: '2026-01-01', work: { startedOn: '2026-06-01' } }, ['work.startedOn:after-as-of']],
    [{ format: V1, asOf: '2026-11-22', birthDate: '1992-05-01', age: 40 }, ['age:age-mismatch']],
    [{ format: V1, household: { income: { self: -1 } } }, ['household.income.self:too-small']],
  ])('refuses %j with %j', (input, expected) => {
    expect(problems(input)).toEqual(expected);
  });
});

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
  ])('isIsoDate(%s) is %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-03-01', 6)).toBe('2026-09-01');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
  });

  it('counts age by birthdays, 29 February reaching it on 1 March in a common year', () => {
    expect(ageOn('2000-02-29', '2065-02-28')).toBe(64);
    expect(ageOn('2000-02-29', '2065-03-01')).toBe(65);
    expect(birthday('2000-02-29', 65)).toBe('2065-03-01');
    expect(birthday('2000-02-29', 64)).toBe('2064-02-29');
  });
});

describe('dates checked without asOf, against today given by the caller', () => {
  const TODAY = '2026-12-01';
  const onToday = (x: unknown) => {
    const p = parseCase(x, { today: TODAY });
    return p.ok ? [] : p.problems.map((q) => `${q.field}:${q.key}`);
  };

  it.each([
    [{ format: V1, birthDate: '9999-12-31' }, ['birthDate:after-today']],
    [{ format: V1, birthDate: '2026-12-02' }, ['birthDate:after-today']],
    [{ format: V1, birthDate: '0000-01-01' }, ['birthDate:too-old']],
    [{ format: V1, birthDate: '1905-12-01' }, ['birthDate:too-old']],
    [{ format: V1, age: 120, birthDate: '1990-01-01' }, ['age:age-mismatch-today']],
    [{ format: V1, work: { status: 'working', startedOn: '9999-12-31' } }, ['work.startedOn:after-today']],
  ])('refuses %j with %j', (input, expected) => {
    expect(onToday(input)).toEqual(expected);
  });

  it.each([
    { format: V1, birthDate: '2026-12-01' },
    { format: V1, birthDate: '1905-12-02', age: 120 },
    { format: V1, birthDate: '1990-01-01', age: 36 },
    { format: V1, work: { status: 'working', startedOn: '2026-12-01' } },
  ])('accepts %j (the limits themselves)', (input) => {
    expect(onToday(input)).toEqual([]);
  });

  it('checks against asOf, not today, when the case has one', () => {
    expect(onToday({ format: V1, asOf: '2027-06-01', birthDate: '2027-01-01' })).toEqual([]);
    expect(onToday({ format: V1, asOf: '2026-06-01', birthDate: '1900-01-01' })).toEqual(['birthDate:too-old']);
  });

  it('names today and the expected age in the problem', () => {
    const p = parseCase({ format: V1, age: 120, birthDate: '1990-01-01' }, { today: TODAY });
    expect(p).toEqual({ ok: false, problems: [{ field: 'age', key: 'age-mismatch-today', params: { got: 120, expected: 36, today: TODAY } }] });
  });
});
