/** Office days: Saturdays, Sundays, national holidays (from @holiday-jp/holiday_jp) and 29 Dec – 3 Jan are closed. */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isOfficeOpen, nextOpenDay, officeRange, prevOpenDay } from '../../../src/engine/plan/office-days';
import { officeDays } from '../../../src/rules';

describe('office days', () => {
  it.each([
    ['2026-12-28', true, 'Monday, the last open day of 2026'],
    ['2026-12-29', false, 'year-end (行政機関の休日に関する法律 第1条第1項第3号)'],
    ['2026-12-31', false, 'year-end'],
    ['2027-01-01', false, '元日'],
    ['2027-01-03', false, 'year-end, a Sunday'],
    ['2027-01-04', true, 'Monday, the first open day of 2027'],
    ['2027-01-11', false, '成人の日'],
    ['2026-11-23', false, '勤労感謝の日 (a Monday)'],
    ['2026-11-22', false, 'Sunday'],
    ['2026-11-21', false, 'Saturday'],
    ['2027-04-29', false, '昭和の日'],
    ['2027-04-30', true, 'Friday between the Golden Week holidays'],
    ['2027-05-03', false, '憲法記念日'],
    ['2027-05-04', false, 'みどりの日'],
    ['2027-05-05', false, 'こどもの日'],
    ['2027-05-06', true, 'Thursday after Golden Week'],
    ['2026-05-06', false, '振替休日 (憲法記念日 2026 fell on a Sunday)'],
    ['2028-01-04', true, 'Tuesday after the 2027/28 year-end'],
    ['2033-01-03', false, 'year-end in a year the plan can reach'],
  ])('%s is open: %s (%s)', (iso, open) => {
    expect(isOfficeOpen(iso)).toBe(open);
  });

  it('takes national holidays from the package for every year it imports', () => {
    for (let y = officeDays.HOLIDAY_YEARS.from; y <= officeDays.HOLIDAY_YEARS.to; y++) expect(officeDays.isNationalHoliday(`${y}-01-01`)).toBe(true);
    expect(officeDays.isNationalHoliday('2027-01-04')).toBe(false);
  });

  it('moves a start to the next open day and an end to the open day before', () => {
    expect(nextOpenDay('2026-12-29')).toBe('2027-01-04');
    expect(prevOpenDay('2027-01-03')).toBe('2026-12-28');
    expect(nextOpenDay('2027-05-01')).toBe('2027-05-06');
    expect(prevOpenDay('2027-05-05')).toBe('2027-04-30');
    expect(officeRange('2026-12-29', '2027-01-05')).toEqual({ from: '2027-01-04', to: '2027-01-05' });
    // A range that falls wholly on closed days becomes the first open day after it.
    expect(officeRange('2026-12-29', '2027-01-03')).toEqual({ from: '2027-01-04', to: '2027-01-04' });
  });

  it('counts working days, skipping closed days (10 working days from 2026-12-21 is 2027-01-08)', () => {
    expect(addWorkingDays('2026-12-21', 0)).toBe('2026-12-21');
    expect(addWorkingDays('2026-12-25', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-28', 1)).toBe('2027-01-04');
    expect(addWorkingDays('2026-12-21', 10)).toBe('2027-01-08');
    expect(addWorkingDays('2027-04-28', 2)).toBe('2027-05-06');
  });
});
