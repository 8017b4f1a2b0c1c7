import { AppError } from './appError';
import { dayNumberToIso, isWeekend, requireDayNumber } from './dayNumber';
import { DAY_OFF_KINDS, holidaysFor, type HolidayTable } from './holidays';
import { fromJulianDayNumber } from './lunarCalendar';

/**
 * Working days (ngày làm việc) of cán bộ, công chức, viên chức: Monday to Friday (QĐ 188/1999/QĐ-TTg)
 * less the days off of the unit's holiday table (holidays.ts), plus the weekend days worked in a
 * swap ('swap-work'). The deadlines that count them: the decision recognising the Ban TTND election
 * within 5 working days after the conference (NĐ 59/2023 Điều 21.1, R20), disclosure within 5
 * working days (Luật 10/2022 Điều 47.2, R10), notice of an inspection ≥ 5 working days ahead
 * (NĐ 59/2023 Điều 22.1.b, R22).
 */

type DayStatus = 'off' | 'work';

// Tables are immutable values (zod-parsed, replaced on every change), so a table's resolved years
// can be kept for as long as the table itself lives.
const resolvedByTable = new WeakMap<HolidayTable, Map<number, Map<number, DayStatus>>>();

function statusesOfYear(year: number, table: HolidayTable): Map<number, DayStatus> {
  let years = resolvedByTable.get(table);
  if (!years) {
    years = new Map();
    resolvedByTable.set(table, years);
  }
  let statuses = years.get(year);
  if (!statuses) {
    statuses = new Map();
    for (const holiday of holidaysFor(year, table)) {
      const jdn = requireDayNumber(holiday.date);
      // A day off wins over a swap on the same date: the table's checks refuse such a pair.
      if (DAY_OFF_KINDS.includes(holiday.kind)) statuses.set(jdn, 'off');
      else if (!statuses.has(jdn)) statuses.set(jdn, 'work');
    }
    years.set(year, statuses);
  }
  return statuses;
}

function isWorkingDayNumber(jdn: number, table: HolidayTable): boolean {
  const status = statusesOfYear(fromJulianDayNumber(jdn).year, table).get(jdn);
  if (status) return status === 'work';
  return !isWeekend(jdn);
}

/** True on a working day: Monday–Friday not off in the table, or a weekend day worked in a swap. */
export function isWorkingDay(date: string, table: HolidayTable): boolean {
  return isWorkingDayNumber(requireDayNumber(date), table);
}

/**
 * The deadline "trong/chậm nhất N ngày làm việc sau ngày X": the N-th working day after X, where
 * counting starts the day after X — the day of the event itself is never counted (Bộ luật Dân sự
 * 2015 Điều 147: a period in days runs from the day following the day it is counted from). So
 * after a conference on Friday 13/02/2026, the 1st working day is Monday 23/02/2026 (14–22/02 are
 * the weekend and Tết Bính Ngọ) and the 5th, the last day of the deadline, is Friday 27/02/2026.
 *
 * A negative N counts back the same way: −N is the N-th working day before X, counting from the day
 * before X ("báo trước ít nhất N ngày làm việc": the latest day to give notice). The result is
 * always a working day. N must be a non-zero integer.
 */
export function addWorkingDays(date: string, n: number, table: HolidayTable): string {
  if (!Number.isInteger(n) || n === 0) {
    throw new AppError(
      'INVALID_INPUT',
      `Số ngày làm việc phải là số nguyên khác 0 (đã cho: ${String(n)}).`,
    );
  }
  const step = n > 0 ? 1 : -1;
  let day = requireDayNumber(date);
  let remaining = Math.abs(n);
  while (remaining > 0) {
    day += step;
    if (isWorkingDayNumber(day, table)) remaining -= 1;
  }
  return dayNumberToIso(day);
}

/**
 * How many working days lie after `from` up to and including `to`: negative when `to` is earlier
 * (then the working days from `to` up to the day before `from`, counted negative). It is the inverse
 * of addWorkingDays: workingDaysBetween(x, addWorkingDays(x, n)) === n. Same day → 0.
 */
export function workingDaysBetween(from: string, to: string, table: HolidayTable): number {
  const start = requireDayNumber(from);
  const end = requireDayNumber(to);
  const step = end >= start ? 1 : -1;
  let count = 0;
  for (let day = start + step; step > 0 ? day <= end : day >= end; day += step) {
    if (isWorkingDayNumber(day, table)) count += step;
  }
  return count;
}
