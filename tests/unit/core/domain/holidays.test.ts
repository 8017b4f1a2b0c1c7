import { describe, expect, it } from 'vitest';
import {
  EMPTY_HOLIDAY_TABLE,
  HolidayTableSchema,
  addHoliday,
  defaultHolidays,
  holidaysFor,
  removeHoliday,
  removedDefaults,
  restoreDefaults,
  type HolidayKind,
  type HolidayTable,
} from '../../../../core/domain/holidays';

const datesOf = (year: number, kind: HolidayKind, table: HolidayTable = EMPTY_HOLIDAY_TABLE) =>
  holidaysFor(year, table)
    .filter((h) => h.kind === kind)
    .map((h) => h.date);

/** Every day off of a year, whatever its kind (the set the Government's announcement gives). */
const daysOff = (year: number, table: HolidayTable = EMPTY_HOLIDAY_TABLE) =>
  holidaysFor(year, table)
    .filter((h) => h.kind !== 'swap-work')
    .map((h) => h.date);

describe('default public holidays (Bộ luật Lao động 2019 Điều 112)', () => {
  it('2026: the eleven days of the law, Tết Bính Ngọ 16–20/02 as Thông báo 9441/TB-BNV announced', () => {
    expect(datesOf(2026, 'law')).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    const tet = holidaysFor(2026, EMPTY_HOLIDAY_TABLE).filter((h) => h.name.startsWith('Tết Âm'));
    expect(tet.map((h) => h.name)).toEqual([
      'Tết Âm lịch (29 tháng Chạp)',
      'Tết Âm lịch (mùng 1 tháng Giêng)',
      'Tết Âm lịch (mùng 2 tháng Giêng)',
      'Tết Âm lịch (mùng 3 tháng Giêng)',
      'Tết Âm lịch (mùng 4 tháng Giêng)',
    ]);
  });

  it('splits Tết as the Government did in 2020–2026: fewest days on the weekend, else 2 before + 3 after', () => {
    // The days off announced for cán bộ, công chức, viên chức (Tết days + their nghỉ bù).
    expect(daysOff(2020).filter((d) => d < '2020-02-15')).toEqual([
      '2020-01-01',
      '2020-01-23',
      '2020-01-24',
      '2020-01-25',
      '2020-01-26',
      '2020-01-27',
      '2020-01-28',
      '2020-01-29',
    ]);
    expect(daysOff(2024).filter((d) => d.startsWith('2024-02'))).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    expect(daysOff(2025).filter((d) => d < '2025-03-01')).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
  });

  it('gives nghỉ bù on the next working day for a holiday on Saturday or Sunday (Điều 111.3)', () => {
    // 2026: Giỗ Tổ on Sunday 26/04 → Monday 27/04.
    expect(datesOf(2026, 'compensatory')).toEqual(['2026-04-27']);
    // 2023: Giỗ Tổ Saturday 29/04, 30/04 Sunday, 01/05 Monday → Tuesday 02/05 and Wednesday 03/05;
    // 2/9 on Saturday → Monday 04/09 (1/9 is the adjacent day).
    expect(datesOf(2023, 'compensatory')).toEqual([
      '2023-01-02',
      '2023-01-25',
      '2023-01-26',
      '2023-05-02',
      '2023-05-03',
      '2023-09-04',
    ]);
    expect(holidaysFor(2023, EMPTY_HOLIDAY_TABLE).find((h) => h.date === '2023-05-03')?.name).toBe(
      'Nghỉ bù Ngày Chiến thắng (30/4), trùng Chủ nhật 30/04',
    );
    // 2029: 2/9 on Sunday → the adjacent day is Monday 03/09 and the nghỉ bù Tuesday 04/09.
    expect(daysOff(2029).filter((d) => d.startsWith('2029-09'))).toEqual([
      '2029-09-02',
      '2029-09-03',
      '2029-09-04',
    ]);
  });

  it('picks the day beside 2/9 that joins the weekend, as in 2021–2025', () => {
    const adjacent = (year: number) =>
      holidaysFor(year, EMPTY_HOLIDAY_TABLE).find((h) => h.name.includes('liền'))?.date;
    expect(adjacent(2021)).toBe('2021-09-03'); // 2/9 Thursday
    expect(adjacent(2022)).toBe('2022-09-01'); // Friday
    expect(adjacent(2024)).toBe('2024-09-03'); // Monday
    expect(adjacent(2025)).toBe('2025-09-01'); // Tuesday
    // Before the 2019 Code took effect, 2/9 alone (Bộ luật Lao động 2012 Điều 115).
    expect(adjacent(2020)).toBeUndefined();
  });

  it('defaultHolidays is the rule alone, in date order', () => {
    const days = defaultHolidays(2027);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(days.filter((d) => d.kind === 'law')).toHaveLength(11);
    expect(days.some((d) => d.date === '2027-02-06' && d.kind === 'law')).toBe(true);
  });
});

describe('the user amends a year', () => {
  it('adds the Government swap of 2026: Friday 02/01 off, Saturday 10/01 worked', () => {
    let table = addHoliday(EMPTY_HOLIDAY_TABLE, 2026, {
      date: '2026-01-02',
      name: 'Nghỉ hoán đổi Tết Dương lịch',
      kind: 'swap-off',
    });
    table = addHoliday(table, 2026, {
      date: '2026-01-10',
      name: 'Làm bù cho thứ Sáu 02/01',
      kind: 'swap-work',
    });
    const january = holidaysFor(2026, table).filter((h) => h.date < '2026-02-01');
    expect(january.map((h) => [h.date, h.kind, h.origin])).toEqual([
      ['2026-01-01', 'law', 'default'],
      ['2026-01-02', 'swap-off', 'user'],
      ['2026-01-10', 'swap-work', 'user'],
    ]);
    expect(HolidayTableSchema.parse(table)).toEqual(table);
  });

  it('moves a Tết day, and the nghỉ bù follows the days as amended', () => {
    // A year where the Government takes 1 day before Tết instead of 2 (hypothetical for 2024).
    let table = removeHoliday(EMPTY_HOLIDAY_TABLE, 2024, '2024-02-08');
    table = addHoliday(table, 2024, {
      date: '2024-02-13',
      name: 'Tết Âm lịch (mùng 4 tháng Giêng)',
      kind: 'law',
    });
    expect(daysOff(2024, table).filter((d) => d.startsWith('2024-02'))).toEqual([
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-02-15',
    ]);
    expect(removedDefaults(2024, table).map((h) => h.date)).toEqual(['2024-02-08']);
  });

  it('a user entry on a date stands in for the rule day there (rename), and removal takes a date out', () => {
    let table = addHoliday(EMPTY_HOLIDAY_TABLE, 2026, {
      date: '2026-09-01',
      name: 'Quốc khánh (nghỉ theo Thông báo của Bộ Nội vụ)',
      kind: 'law',
    });
    const onDate = holidaysFor(2026, table).filter((h) => h.date === '2026-09-01');
    expect(onDate).toEqual([
      {
        date: '2026-09-01',
        name: 'Quốc khánh (nghỉ theo Thông báo của Bộ Nội vụ)',
        kind: 'law',
        origin: 'user',
      },
    ]);
    table = removeHoliday(table, 2026, '2026-09-01');
    expect(daysOff(2026, table)).not.toContain('2026-09-01');
    expect(removedDefaults(2026, table).map((h) => h.name)).toEqual([
      'Quốc khánh (ngày liền trước 2/9)',
    ]);
    // One date restored, then the whole year: back to the rule and nothing stored.
    expect(daysOff(2026, restoreDefaults(table, 2026, '2026-09-01'))).toContain('2026-09-01');
    expect(restoreDefaults(table, 2026)).toEqual(EMPTY_HOLIDAY_TABLE);
  });

  it('a derived nghỉ bù can be removed too', () => {
    const table = removeHoliday(EMPTY_HOLIDAY_TABLE, 2026, '2026-04-27');
    expect(datesOf(2026, 'compensatory', table)).toEqual([]);
    expect(removedDefaults(2026, table).map((h) => h.kind)).toEqual(['compensatory']);
  });

  it('refuses what cannot be, with a Vietnamese message', () => {
    const add = (date: string, kind: HolidayKind) => () =>
      addHoliday(EMPTY_HOLIDAY_TABLE, 2026, { date, name: 'Thử', kind });
    expect(add('2027-01-04', 'custom')).toThrow('Ngày 04/01/2027 không thuộc năm 2026.');
    expect(add('2026-01-09', 'swap-work')).toThrow(
      'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; 09/01/2026 là Thứ Sáu.',
    );
    // A public holiday on a Saturday cannot be a làm bù day: Giỗ Tổ 2023 fell on Saturday 29/04.
    expect(() =>
      addHoliday(EMPTY_HOLIDAY_TABLE, 2023, { date: '2023-04-29', name: 'Thử', kind: 'swap-work' }),
    ).toThrow(/là ngày nghỉ lễ \(Giỗ Tổ Hùng Vương/);
    expect(add('2026-01-03', 'swap-off')).toThrow(/vốn đã là ngày nghỉ hằng tuần/);
    expect(add('2026-02-30', 'custom')).toThrow(/Ngày không có trên lịch/);
    expect(() => removeHoliday(EMPTY_HOLIDAY_TABLE, 2026, '2026-03-03')).toThrow(
      'Ngày 03/03/2026 không có trong bảng ngày nghỉ.',
    );
    expect(() => holidaysFor(2300, EMPTY_HOLIDAY_TABLE)).toThrow(/1901–2199/);
  });

  it('the stored table refuses entries filed under another year', () => {
    const parsed = HolidayTableSchema.safeParse({
      years: [{ year: 2026, entries: [{ date: '2027-01-01', name: 'X', kind: 'custom' }] }],
    });
    expect(parsed.success).toBe(false);
    expect(HolidayTableSchema.parse({})).toEqual({ years: [] });
  });
});
