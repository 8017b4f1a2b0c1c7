/**
 * Deadlines counted in calendar days or months (the counterpart of workingDays.ts), as Bộ luật Dân
 * sự 2015 counts any period the law sets without its own rule:
 * - the day the period is counted from is not counted; it starts the day after (Điều 147.2);
 * - a period in months ends on the same day of the last month, or on that month's last day when it
 *   has no such day — 31/08 + 6 months is 28/02 or 29/02 (Điều 148.3);
 * - a period whose last day is a weekly rest day or a public holiday ends at the end of the next
 *   working day (Điều 148.5), with the days off of the unit's holiday table.
 * Used for the head's 15-day answer to a Ban TTND recommendation (Luật 10/2022/QH15 Điều 63.1.c)
 * and the six-monthly reviews (Điều 52.3).
 */
import { dayNumberToIso, requireDayNumber } from './dayNumber';
import type { HolidayTable } from './holidays';
import { julianDayNumber } from './lunarCalendar';
import { isWorkingDay } from './workingDays';

/** The day itself when it is a working day, else the next working day (Điều 148.5). */
export function nextWorkingDayFrom(date: string, table: HolidayTable): string {
  let day = requireDayNumber(date);
  while (!isWorkingDay(dayNumberToIso(day), table)) day += 1;
  return dayNumberToIso(day);
}

/** "date" + n calendar days (n may be negative), without a Date: no time zone can move it. */
export function addCalendarDays(date: string, n: number): string {
  return dayNumberToIso(requireDayNumber(date) + n);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return requireDayNumber(to) - requireDayNumber(from);
}

/** The last day of "within n days after `date`" (n ≥ 1): date + n, moved off a day off. */
export function daysDeadline(date: string, n: number, table: HolidayTable): string {
  return nextWorkingDayFrom(addCalendarDays(date, n), table);
}

/** The same day `months` calendar months on, or the last day of that month (Điều 148.3). */
export function addCalendarMonths(date: string, months: number): string {
  requireDayNumber(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  const first = julianDayNumber({ day: 1, month: toMonth, year: toYear });
  const next =
    toMonth === 12
      ? julianDayNumber({ day: 1, month: 1, year: toYear + 1 })
      : julianDayNumber({ day: 1, month: toMonth + 1, year: toYear });
  return dayNumberToIso(first + Math.min(day, next - first) - 1);
}

/** The last day of "n months after `date`": the same day n months on, moved off a day off. */
export function monthsDeadline(date: string, months: number, table: HolidayTable): string {
  return nextWorkingDayFrom(addCalendarMonths(date, months), table);
}
