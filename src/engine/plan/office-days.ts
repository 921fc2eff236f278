/**
 * Office days: a step at an office starts and ends on a day it is open — not a Saturday, Sunday or national
 * holiday, nor 29 December – 3 January (rules/office-days.ts, 行政機関の休日に関する法律 第1条). Pure: dates in,
 * dates out.
 */
import { laterOf } from '../../case/dates';
import { officeDays } from '../../rules';

function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function inYearEnd(iso: string): boolean {
  const md = iso.slice(5); // not law: the MM-DD part of an ISO date
  const { from, to } = officeDays.officeClosed.yearEnd;
  return md >= from || md <= to;
}

// Memo tables: the answers never change for a date, and a plan asks about the same few hundred days over and over.
const openMemo = new Map<string, boolean>();
const nextMemo = new Map<string, string>();
const prevMemo = new Map<string, string>();

export function isOfficeOpen(iso: string): boolean {
  let open = openMemo.get(iso);
  if (open === undefined) {
    open = !officeDays.officeClosed.weekdays.includes(weekday(iso)) && !inYearEnd(iso) && !officeDays.isNationalHoliday(iso);
    openMemo.set(iso, open);
  }
  return open;
}

function step(iso: string, by: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + by)).toISOString().slice(0, 10);
}

/** `iso` when the office is open that day, else the next open day. */
export function nextOpenDay(iso: string): string {
  let found = nextMemo.get(iso);
  if (found === undefined) {
    found = iso;
    while (!isOfficeOpen(found)) found = step(found, 1);
    nextMemo.set(iso, found);
  }
  return found;
}

/** `iso` when the office is open that day, else the open day before. */
export function prevOpenDay(iso: string): string {
  let found = prevMemo.get(iso);
  if (found === undefined) {
    found = iso;
    while (!isOfficeOpen(found)) found = step(found, -1);
    prevMemo.set(iso, found);
  }
  return found;
}

/** The open day `n` working days after `iso` (n = 0: `iso` itself, or the next open day). */
const workingMemo = new Map<string, string>();

export function addWorkingDays(iso: string, n: number): string {
  const key = `${iso}+${n}`;
  let d = workingMemo.get(key);
  if (d === undefined) {
    d = nextOpenDay(iso);
    for (let i = 0; i < n; i++) d = nextOpenDay(step(d, 1));
    workingMemo.set(key, d);
  }
  return d;
}

/**
 * A range of days to do something at an office: it starts on the first open day on or after `from` and ends on
 * the last open day on or before `to` (never before it starts).
 */
export function officeRange(from: string, to: string): { from: string; to: string } {
  const start = nextOpenDay(from);
  const end = prevOpenDay(to);
  return { from: start, to: laterOf(end, start) };
}
