import { fromJulianDayNumber, julianDayNumber } from './lunarCalendar';

/**
 * Calendar days as integers (Julian day numbers): adding days and finding the weekday without a
 * `Date`, so no time zone or daylight-saving shift of the machine can move a deadline by a day.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of "yyyy-mm-dd", or undefined when it is not a real calendar date (2026-02-30). */
export function dayNumber(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const jdn = julianDayNumber({ day, month, year });
  return dayNumberToIso(jdn) === iso ? jdn : undefined;
}

/** Like dayNumber, for dates already validated (schemas): a malformed date is a programming error. */
export function requireDayNumber(iso: string): number {
  const jdn = dayNumber(iso);
  if (jdn === undefined) throw new RangeError(`Ngày không hợp lệ: "${iso}" (cần dạng yyyy-mm-dd).`);
  return jdn;
}

export function dayNumberToIso(jdn: number): string {
  const { day, month, year } = fromJulianDayNumber(jdn);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay. */
export function weekdayOf(jdn: number): number {
  return (jdn + 1) % 7;
}

export const WEEKDAY_NAMES = [
  'Chủ nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
] as const;

/** Saturday and Sunday: the weekly rest of cán bộ, công chức, viên chức (QĐ 188/1999/QĐ-TTg). */
export function isWeekend(jdn: number): boolean {
  const weekday = weekdayOf(jdn);
  return weekday === 0 || weekday === 6;
}
