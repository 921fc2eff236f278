/**
 * The days a public office is closed, as data: Saturdays and Sundays, national holidays, and 29 December to
 * 3 January. 行政機関の休日に関する法律 第1条 sets these for national offices; 地方自治法 第4条の2 lets each
 * municipality set the same by ordinance, and they do (so a plan step at the 障害福祉課, ハローワーク or the
 * 地域障害者職業センター never starts or ends on one of these days).
 *
 * The national holidays come from @holiday-jp/holiday_jp (one file per year, generated from the 国民の祝日に関する
 * 法律 and the Cabinet Office's list; updating the package with the app keeps them current). Only the years a
 * plan can reach are imported: the rules cover 2024-04 to 2028-03 and a plan looks up to about 7 years ahead
 * (a 65th birthday 5 years on, the end of 就労定着支援 3½ years after a job starts).
 */
import y2024 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2024.js';
import y2025 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2025.js';
import y2026 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2026.js';
import y2027 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2027.js';
import y2028 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2028.js';
import y2029 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2029.js';
import y2030 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2030.js';
import y2031 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2031.js';
import y2032 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2032.js';
import y2033 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2033.js';
import y2034 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2034.js';
import y2035 from '@holiday-jp/holiday_jp/lib/holidays_every_year/2035.js';

export const OFFICE_CLOSED_SOURCE = {
  title: '行政機関の休日に関する法律（昭和63年法律第91号）第1条；地方自治法 第4条の2（地方公共団体の休日）',
  url: 'https://laws.e-gov.go.jp/law/363AC0000000091',
} as const;

/** 第1条第1項: 一 日曜日及び土曜日 (as getUTCDay numbers), 三 十二月二十九日から翌年の一月三日までの日. */
export const officeClosed = {
  weekdays: [0, 6] as readonly number[],
  yearEnd: { from: '12-29', to: '01-03' },
} as const;

const YEARS = [y2024, y2025, y2026, y2027, y2028, y2029, y2030, y2031, y2032, y2033, y2034, y2035];

/** 第1条第1項第2号: 国民の祝日に関する法律に規定する休日 (national holidays and substitute holidays). */
const HOLIDAYS: ReadonlySet<string> = new Set(YEARS.flatMap((y) => Object.keys(y)));

/** The years the holiday data covers; outside them only weekends and the year-end days are known. */
export const HOLIDAY_YEARS = { from: 2024, to: 2035 } as const;

export function isNationalHoliday(iso: string): boolean {
  return HOLIDAYS.has(iso);
}
