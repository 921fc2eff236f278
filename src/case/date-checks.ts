/**
 * The dates of a case checked against each other and against the day the answers describe: the case's asOf
 * or, when it has none, today's date in Japan given by the caller (the case and the engine keep no clock).
 * One function serves both, so a file without asOf is held to the same checks as one with it.
 */
import { ageOn, isIsoDate } from './dates';
import type { CaseProblem } from './issues';

/**
 * A data-sanity limit, not a legal one: no person using the app was born more than this many years before the
 * date the answers describe, and no age above it is believed. A birth date in year 0000 or an age of 200 is a
 * typing or file error, and every date sum in the engine stays within four-digit years.
 */
export const MAX_AGE_YEARS = 120;

interface Dated {
  age?: number;
  birthDate?: string;
  work?: { startedOn?: string };
}

/**
 * Problems of the case's dates on `on`. `basis` says what `on` is: "asOf" (the case's own date) or "today"
 * (no asOf: today's date in Japan), which picks the message.
 */
export function dateProblems(c: Dated, on: string, basis: 'asOf' | 'today'): CaseProblem[] {
  if (!isIsoDate(on)) return [];
  const out: CaseProblem[] = [];
  const later = basis === 'asOf' ? 'after-as-of' : 'after-today';
  const { birthDate, age } = c;
  if (birthDate && isIsoDate(birthDate)) {
    // With an age given, a birth date too far back also contradicts it: that message names both answers.
    if (birthDate > on) out.push({ field: 'birthDate', key: later, params: { got: JSON.stringify(birthDate), today: on } });
    else if (age !== undefined && ageOn(birthDate, on) !== age) {
      const key = basis === 'asOf' ? 'age-mismatch' : 'age-mismatch-today';
      out.push({ field: 'age', key, params: { got: age, expected: ageOn(birthDate, on), today: on } });
    } else if (ageOn(birthDate, on) > MAX_AGE_YEARS) {
      out.push({ field: 'birthDate', key: 'too-old', params: { got: JSON.stringify(birthDate), max: MAX_AGE_YEARS, today: on } });
    }
  }
  const startedOn = c.work?.startedOn;
  if (startedOn && isIsoDate(startedOn) && startedOn > on) {
    out.push({ field: 'work.startedOn', key: later, params: { got: JSON.stringify(startedOn), today: on } });
  }
  return out;
}
