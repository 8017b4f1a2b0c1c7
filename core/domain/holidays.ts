import { z } from 'zod';
import {
  FIXED_LUNAR_HOLIDAYS,
  FIXED_SOLAR_HOLIDAYS,
  LABOUR_CODE_FROM_YEAR,
  LUNAR_NEW_YEAR,
  NATIONAL_DAY_ADJACENT_OFFSET,
} from '../rules/publicHolidays';
import { AppError } from './appError';
import { formatDateVi } from './dates';
import {
  WEEKDAY_NAMES,
  dayNumber,
  dayNumberToIso,
  isWeekend,
  requireDayNumber,
  weekdayOf,
} from './dayNumber';
import { LUNAR_YEAR_MAX, LUNAR_YEAR_MIN, julianDayNumber, lunarToSolar } from './lunarCalendar';
import { IsoDateSchema } from './person';

/**
 * The unit's table of days off (ngày nghỉ lễ, tết). The days the law fixes are generated for any
 * year (core/rules/publicHolidays.ts); what is stored is only what the user changed for a year: the
 * Government's yearly decisions (which days of Tết, the day beside 2/9, swaps of working days —
 * Bộ luật Lao động 2019 Điều 112.3) and the unit's own days. So a year nobody touched follows the
 * rule, and a corrected rule reaches it without a migration.
 */
export const HOLIDAY_KINDS = ['law', 'compensatory', 'swap-off', 'swap-work', 'custom'] as const;
export const HolidayKindSchema = z.enum(HOLIDAY_KINDS);
/**
 * law: a public holiday (Điều 112.1); compensatory: nghỉ bù for one on the weekly rest (Điều 111.3);
 * swap-off / swap-work: a working day given off and the weekend day worked for it (hoán đổi, by the
 * Government's yearly decision); custom: a day off of the unit's own.
 */
export type HolidayKind = z.infer<typeof HolidayKindSchema>;

/** The kinds that make a day a day off; 'swap-work' makes a weekend day a working day. */
export const DAY_OFF_KINDS: readonly HolidayKind[] = ['law', 'compensatory', 'swap-off', 'custom'];

/** Tết of a year starts in the lunar year before it: the first year whose Tết can be computed. */
export const HOLIDAY_YEAR_MIN = LUNAR_YEAR_MIN + 1;
export const HOLIDAY_YEAR_MAX = LUNAR_YEAR_MAX;

/** A real calendar date (yyyy-mm-dd): 2026-02-30 is refused, not rolled over to March. */
export const HolidayDateSchema = IsoDateSchema.refine(
  (iso) => dayNumber(iso) !== undefined,
  'Ngày không có trên lịch',
);

export const HolidayEntrySchema = z.object({
  date: HolidayDateSchema,
  name: z.string().trim().min(1, 'Tên ngày nghỉ không được để trống').max(200),
  kind: HolidayKindSchema,
});
export type HolidayEntry = z.infer<typeof HolidayEntrySchema>;

export const HolidayYearSchema = z
  .object({
    year: z.number().int().min(HOLIDAY_YEAR_MIN).max(HOLIDAY_YEAR_MAX),
    /** Days the user added; one per date, and it stands in for a generated day on that date. */
    entries: z.array(HolidayEntrySchema).max(366).default([]),
    /** Dates of generated days the user took out (e.g. a Tết day the Government moved). */
    removed: z.array(HolidayDateSchema).max(366).default([]),
  })
  .superRefine((value, ctx) => {
    for (const date of [...value.entries.map((e) => e.date), ...value.removed]) {
      if (!date.startsWith(`${value.year}-`)) {
        ctx.addIssue({
          code: 'custom',
          message: `Ngày ${date} không thuộc năm ${value.year}`,
          path: ['entries'],
        });
      }
    }
  });
export type HolidayYear = z.infer<typeof HolidayYearSchema>;

export const HolidayTableSchema = z.object({
  years: z
    .array(HolidayYearSchema)
    .max(HOLIDAY_YEAR_MAX - HOLIDAY_YEAR_MIN + 1)
    .default([]),
});
export type HolidayTable = z.infer<typeof HolidayTableSchema>;

export const EMPTY_HOLIDAY_TABLE: HolidayTable = { years: [] };

/** A day of the resolved table, saying whether it comes from the rule or from the user. */
export const ResolvedHolidaySchema = HolidayEntrySchema.extend({
  origin: z.enum(['default', 'user']),
});
export type ResolvedHoliday = z.infer<typeof ResolvedHolidaySchema>;

/** One year as the screen shows it: the days off, and the generated ones the user took out. */
export const HolidayYearViewSchema = z.object({
  year: z.number().int(),
  days: z.array(ResolvedHolidaySchema),
  removedDefaults: z.array(HolidayEntrySchema),
  /** False while the year is exactly the rule's. */
  customised: z.boolean(),
});
export type HolidayYearView = z.infer<typeof HolidayYearViewSchema>;

/** Refuses, in Vietnamese, a year outside those the lunar calendar is computed for. */
function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < HOLIDAY_YEAR_MIN || year > HOLIDAY_YEAR_MAX) {
    throw new AppError(
      'INVALID_INPUT',
      `Chỉ tính được ngày nghỉ lễ cho các năm ${HOLIDAY_YEAR_MIN}–${HOLIDAY_YEAR_MAX}.`,
    );
  }
}

function entryAt(jdn: number, name: string, kind: HolidayKind): HolidayEntry {
  return { date: dayNumberToIso(jdn), name, kind };
}

/**
 * Tết Âm lịch of a solar year: the last day(s) of the old lunar year and the first of the new, split
 * as the Government has done (see LUNAR_NEW_YEAR): the fewest days on the weekend, 2 + 3 on a tie.
 */
function lunarNewYearDays(year: number): HolidayEntry[] {
  const newYear = julianDayNumber(lunarToSolar({ day: 1, month: 1, year, leap: false }));
  const weekendDays = (before: number) =>
    Array.from({ length: LUNAR_NEW_YEAR.days }, (_, i) => newYear - before + i).filter(isWeekend)
      .length;
  const [preferred, ...others] = LUNAR_NEW_YEAR.daysBeforeOptions;
  let before: number = preferred;
  for (const option of others) if (weekendDays(option) < weekendDays(before)) before = option;
  // The last month of the year has 29 or 30 days: name each day as the calendar on the wall does.
  const lastMonthLength =
    newYear - julianDayNumber(lunarToSolar({ day: 1, month: 12, year: year - 1, leap: false }));
  return Array.from({ length: LUNAR_NEW_YEAR.days }, (_, i) => {
    const offset = i - before;
    const name =
      offset < 0
        ? `Tết Âm lịch (${lastMonthLength + offset + 1} tháng Chạp)`
        : `Tết Âm lịch (mùng ${offset + 1} tháng Giêng)`;
    return entryAt(newYear + offset, name, 'law');
  });
}

/** The public holidays of a year by the rule (Điều 112.1), without nghỉ bù. */
function lawHolidays(year: number): HolidayEntry[] {
  const days: HolidayEntry[] = [];
  for (const h of FIXED_SOLAR_HOLIDAYS) {
    if (h.fromYear !== undefined && year < h.fromYear) continue;
    days.push(entryAt(julianDayNumber({ day: h.day, month: h.month, year }), h.name, 'law'));
  }
  for (const h of FIXED_LUNAR_HOLIDAYS) {
    const solar = lunarToSolar({ day: h.day, month: h.month, year, leap: false });
    days.push(entryAt(julianDayNumber(solar), h.name, 'law'));
  }
  days.push(...lunarNewYearDays(year));
  if (year >= LABOUR_CODE_FROM_YEAR) {
    const nationalDay = julianDayNumber({ day: 2, month: 9, year });
    const offset = NATIONAL_DAY_ADJACENT_OFFSET[weekdayOf(nationalDay)] ?? -1;
    days.push(
      entryAt(
        nationalDay + offset,
        `Quốc khánh (ngày liền ${offset < 0 ? 'trước' : 'sau'} 2/9)`,
        'law',
      ),
    );
  }
  return days;
}

/**
 * Nghỉ bù (Điều 111.3): each public holiday on a Saturday or Sunday gives the next working day off,
 * taken in date order, so the days of one Tết on a weekend land one after another after it.
 */
function compensatoryDays(lawDays: readonly HolidayEntry[], taken: Set<number>): HolidayEntry[] {
  const occupied = new Set(taken);
  const result: HolidayEntry[] = [];
  const onWeekend = lawDays
    .map((entry) => ({ entry, jdn: requireDayNumber(entry.date) }))
    .filter(({ jdn }) => isWeekend(jdn))
    .sort((a, b) => a.jdn - b.jdn);
  for (const { entry, jdn } of onWeekend) {
    let day = jdn + 1;
    while (isWeekend(day) || occupied.has(day)) day += 1;
    occupied.add(day);
    result.push(
      entryAt(
        day,
        `Nghỉ bù ${entry.name}, trùng ${WEEKDAY_NAMES[weekdayOf(jdn)]} ${formatDateVi(entry.date).slice(0, 5)}`,
        'compensatory',
      ),
    );
  }
  return result;
}

const byDate = <T extends { date: string }>(a: T, b: T) => a.date.localeCompare(b.date);

/** The days off of a year by the rule alone: public holidays and their nghỉ bù. */
export function defaultHolidays(year: number): HolidayEntry[] {
  return holidaysFor(year, EMPTY_HOLIDAY_TABLE).map(({ date, name, kind }) => ({
    date,
    name,
    kind,
  }));
}

export function userYear(table: HolidayTable, year: number): HolidayYear | undefined {
  return table.years.find((y) => y.year === year);
}

/**
 * The resolved days of a year, in date order: the generated days, less the ones the user removed
 * or replaced (a user entry on a date stands in for whatever the rule put there), plus the user's
 * entries. Nghỉ bù is derived from the public holidays as amended, so moving a Tết day by hand moves
 * its nghỉ bù with it; it never lands on a day that is already off.
 */
export function holidaysFor(year: number, table: HolidayTable): ResolvedHoliday[] {
  checkYear(year);
  const user = userYear(table, year);
  const userEntries = user?.entries ?? [];
  const hidden = new Set([...(user?.removed ?? []), ...userEntries.map((e) => e.date)]);
  const law = [
    ...lawHolidays(year).filter((e) => !hidden.has(e.date)),
    ...userEntries.filter((e) => e.kind === 'law'),
  ];
  const taken = new Set(
    [...law, ...userEntries.filter((e) => DAY_OFF_KINDS.includes(e.kind))].map((e) =>
      requireDayNumber(e.date),
    ),
  );
  const compensatory = compensatoryDays(law, taken).filter((e) => !hidden.has(e.date));
  const isUser = new Set(userEntries);
  return [...law, ...compensatory, ...userEntries.filter((e) => e.kind !== 'law')]
    .map((e) => ({ ...e, origin: isUser.has(e) ? ('user' as const) : ('default' as const) }))
    .sort(byDate);
}

/** Generated days the user took out of a year, to list them with a way back. */
export function removedDefaults(year: number, table: HolidayTable): HolidayEntry[] {
  const removed = new Set(userYear(table, year)?.removed ?? []);
  const unremoved = withYear(table, year, (y) => ({ ...y, removed: [] }));
  return holidaysFor(year, unremoved)
    .filter((e) => e.origin === 'default' && removed.has(e.date))
    .map(({ date, name, kind }) => ({ date, name, kind }));
}

function withYear(
  table: HolidayTable,
  year: number,
  change: (y: HolidayYear) => HolidayYear,
): HolidayTable {
  const current = userYear(table, year) ?? { year, entries: [], removed: [] };
  const next = change(current);
  const others = table.years.filter((y) => y.year !== year);
  const empty = next.entries.length === 0 && next.removed.length === 0;
  return {
    years: (empty ? others : [...others, next]).sort((a, b) => a.year - b.year),
  };
}

/**
 * Adds (or replaces) the user's entry on a date. Refused with a Vietnamese message: a date outside
 * the year, a "làm bù" day that is not a Saturday or Sunday or that is a public holiday, a nghỉ bù
 * or swapped day off that falls on the weekly rest anyway.
 */
export function addHoliday(table: HolidayTable, year: number, input: HolidayEntry): HolidayTable {
  checkYear(year);
  const entry = HolidayEntrySchema.parse(input);
  const jdn = requireDayNumber(entry.date);
  const shown = formatDateVi(entry.date);
  if (!entry.date.startsWith(`${year}-`)) {
    throw new AppError('INVALID_INPUT', `Ngày ${shown} không thuộc năm ${year}.`);
  }
  if (entry.kind === 'swap-work') {
    if (!isWeekend(jdn)) {
      throw new AppError(
        'INVALID_INPUT',
        `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ${shown} là ${WEEKDAY_NAMES[weekdayOf(jdn)]}.`,
      );
    }
    const holiday = holidaysFor(year, table).find((h) => h.date === entry.date && h.kind === 'law');
    if (holiday) {
      throw new AppError(
        'INVALID_INPUT',
        `Ngày ${shown} là ngày nghỉ lễ (${holiday.name}), không thể làm bù vào ngày này.`,
      );
    }
  }
  if ((entry.kind === 'swap-off' || entry.kind === 'compensatory') && isWeekend(jdn)) {
    throw new AppError(
      'INVALID_INPUT',
      `Ngày ${shown} là ${WEEKDAY_NAMES[weekdayOf(jdn)]}, vốn đã là ngày nghỉ hằng tuần: ngày nghỉ bù hoặc nghỉ hoán đổi phải là ngày làm việc.`,
    );
  }
  return withYear(table, year, (y) => ({
    ...y,
    entries: [...y.entries.filter((e) => e.date !== entry.date), entry].sort(byDate),
  }));
}

/**
 * Takes a date out of the year's days off: the user's entry there is deleted, and a generated day
 * on it is marked removed (it stays listed among the removed defaults and can be restored).
 */
export function removeHoliday(table: HolidayTable, year: number, date: string): HolidayTable {
  checkYear(year);
  if (!holidaysFor(year, table).some((e) => e.date === date)) {
    throw new AppError('NOT_FOUND', `Ngày ${formatDateVi(date)} không có trong bảng ngày nghỉ.`);
  }
  // Whether the rule puts a day there, once the user's own entry on the date is out of the way.
  const generated = holidaysFor(year, restoreDefaults(table, year, date)).some(
    (e) => e.date === date && e.origin === 'default',
  );
  return withYear(table, year, (y) => ({
    ...y,
    entries: y.entries.filter((e) => e.date !== date),
    removed: generated && !y.removed.includes(date) ? [...y.removed, date].sort() : [...y.removed],
  }));
}

/** Back to the rule: the whole year, or one date (its user entry and its removal undone). */
export function restoreDefaults(table: HolidayTable, year: number, date?: string): HolidayTable {
  checkYear(year);
  if (date === undefined) return withYear(table, year, (y) => ({ ...y, entries: [], removed: [] }));
  return withYear(table, year, (y) => ({
    ...y,
    entries: y.entries.filter((e) => e.date !== date),
    removed: y.removed.filter((d) => d !== date),
  }));
}

export function holidayYearView(year: number, table: HolidayTable): HolidayYearView {
  return {
    year,
    days: holidaysFor(year, table),
    removedDefaults: removedDefaults(year, table),
    customised: userYear(table, year) !== undefined,
  };
}
