/** Calendar-date helpers on ISO `YYYY-MM-DD` strings, in UTC so no time zone can shift a day. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date in ISO form (rejects 2026-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(iso: string): [number, number, number] {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fmt(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Adds whole months; a day missing in the target month falls to that month's last day (2026-08-31 + 6 → 2027-02-28). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return fmt(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole years from `birth` to `on` (the age on that day, counting the birthday itself as reached). */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/**
 * A person's age on `on`, the one way the engine, the wizard and state count it: from the birth date when it
 * is given and not after `on` (a birth date in the future says nothing about the age), else the age answered;
 * undefined when neither is known.
 */
export function ageFrom(c: { readonly birthDate?: string; readonly age?: number }, on: string): number | undefined {
  return c.birthDate && c.birthDate <= on ? ageOn(c.birthDate, on) : c.age;
}

/**
 * The Nth birthday as a calendar date. For 29 February in a common year it is 1 March:
 * by 年齢計算ニ関スル法律 the age is reached at the end of 28 February, the day before.
 */
export function birthday(birth: string, n: number): string {
  const [by, bm, bd] = parts(birth);
  const y = by + n;
  if (bm === 2 && bd === 29 && daysInMonth(y, 2) === 28) return fmt(y, 3, 1);
  return fmt(y, bm, bd);
}

export function daysInMonthOf(iso: string): number {
  const [y, m] = parts(iso);
  return daysInMonth(y, m);
}

export function yearOf(iso: string): number {
  return parts(iso)[0];
}

export function monthOf(iso: string): number {
  return parts(iso)[1];
}

/** ISO date strings compare correctly as strings; this names the intent. */
export function isBefore(a: string, b: string): boolean {
  return a < b;
}

/** The later of two ISO dates (they compare as strings). */
export function laterOf(a: string, b: string): string {
  return a < b ? b : a;
}
