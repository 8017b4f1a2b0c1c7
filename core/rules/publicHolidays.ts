/**
 * The public holidays (ngày nghỉ lễ, tết) as data, with their sources. core/domain/holidays.ts turns
 * them into the days of a year; what the Government announces for a given year (which days of Tết,
 * which day beside 2/9, swaps of working days) is entered by the user on top (Điều 112.3).
 *
 * Checked in 2026: Điều 112.1 has not been amended since the Code took effect. Nghị quyết
 * 80-NQ/TW (01/2026) chose 24/11 as "Ngày Văn hóa Việt Nam", a paid day off, and Nghị quyết
 * 30/NQ-CP (02/2026) tasks the amendment of Điều 112.1 to add it. Until that amendment is enacted
 * it is not a default; when it is, add it to FIXED_SOLAR_HOLIDAYS with the year it takes effect.
 */

export const LABOUR_CODE = 'Bộ luật Lao động số 45/2019/QH14';
/** Before 2021 the Labour Code 2012 (Điều 115) applied: the same days, but 2/9 alone. */
export const LABOUR_CODE_FROM_YEAR = 2021;

export interface FixedHoliday {
  month: number;
  day: number;
  name: string;
  source: string;
  /** First year the day is a public holiday, when it was added later. */
  fromYear?: number;
}

/** Days fixed in the solar calendar (Điều 112.1.a, c, d, đ). */
export const FIXED_SOLAR_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: 'Tết Dương lịch', source: `${LABOUR_CODE}, Điều 112.1.a` },
  { month: 4, day: 30, name: 'Ngày Chiến thắng (30/4)', source: `${LABOUR_CODE}, Điều 112.1.c` },
  {
    month: 5,
    day: 1,
    name: 'Ngày Quốc tế Lao động (1/5)',
    source: `${LABOUR_CODE}, Điều 112.1.d`,
  },
  { month: 9, day: 2, name: 'Quốc khánh (2/9)', source: `${LABOUR_CODE}, Điều 112.1.đ` },
];

/** Days fixed in the lunar calendar (Điều 112.1.e): Giỗ Tổ Hùng Vương, 10 tháng 3 âm lịch. */
export const FIXED_LUNAR_HOLIDAYS: readonly FixedHoliday[] = [
  {
    month: 3,
    day: 10,
    name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    source: `${LABOUR_CODE}, Điều 112.1.e`,
  },
];

/**
 * Tết Âm lịch: 5 days (Điều 112.1.b); which 5 the Prime Minister decides each year (Điều 112.3). The
 * days announced for 2020–2026 all follow one pattern, used as the default: of "2 days before Tết +
 * 3 after" and "1 before + 4 after", the split with fewer days on the weekend (so fewer nghỉ bù),
 * and on a tie 2 + 3. E.g. 2024 (Tết on a Saturday): 08–12/02 + nghỉ bù 13–14/02; 2025
 * (Wednesday): 27–31/01; 2026 (Tuesday): 16–20/02 (Thông báo 9441/TB-BNV of 16/10/2025). A year that
 * differs is corrected by the user.
 */
export const LUNAR_NEW_YEAR = {
  days: 5,
  /** Days before mùng 1, in order of preference on a tie. */
  daysBeforeOptions: [2, 1],
  source: `${LABOUR_CODE}, Điều 112.1.b, 112.3`,
} as const;

/**
 * Quốc khánh: 2/9 and one adjacent day, before or after (Điều 112.1.đ, from 2021), chosen yearly by
 * the Prime Minister (Điều 112.3). Default: the one that joins the weekly rest, as the Government
 * chose in 2021–2025 (Thu → 3/9, Fri → 1/9, Sat → 1/9, Mon → 3/9, Tue → 1/9); on a Sunday the
 * working day after (3/9); on a Wednesday there is no weekend to join and 1/9 is taken. Indexed by
 * the weekday of 2/9, 0 = Sunday: −1 = 1/9, +1 = 3/9.
 */
export const NATIONAL_DAY_ADJACENT_OFFSET: readonly (-1 | 1)[] = [1, 1, -1, -1, 1, -1, -1];
export const NATIONAL_DAY_ADJACENT_SOURCE = `${LABOUR_CODE}, Điều 112.1.đ, 112.3`;

/**
 * A holiday on the weekly rest day gives a day off on the next working day (nghỉ bù, Điều 111.3).
 * The weekly rest of cán bộ, công chức, viên chức is Saturday and Sunday (Quyết định
 * 188/1999/QĐ-TTg, 40-hour week).
 */
export const COMPENSATORY_SOURCE = `${LABOUR_CODE}, Điều 111.3`;
export const WEEKLY_REST_SOURCE = 'Quyết định 188/1999/QĐ-TTg';
