import { describe, expect, it } from 'vitest';
import {
  fromJulianDayNumber,
  julianDayNumber,
  lunarToSolar,
  solarToLunar,
} from '../../../../core/domain/lunarCalendar';

const iso = ({ day, month, year }: { day: number; month: number; year: number }) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const solarOf = (lunar: { day: number; month: number; year: number; leap?: boolean }) =>
  iso(lunarToSolar({ leap: false, ...lunar }));

// Mùng 1 Tết and Giỗ Tổ Hùng Vương (10/3 âm lịch) as printed on Vietnamese calendars.
const TET: Record<number, string> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
};
const GIO_TO: Record<number, string> = {
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
};

describe('Vietnamese lunar calendar', () => {
  it.each(Object.entries(TET))('Tết Nguyên đán %s falls on %s', (year, date) => {
    expect(solarOf({ day: 1, month: 1, year: Number(year) })).toBe(date);
  });

  it.each(Object.entries(GIO_TO))('Giỗ Tổ Hùng Vương %s falls on %s', (year, date) => {
    expect(solarOf({ day: 10, month: 3, year: Number(year) })).toBe(date);
  });

  it('is computed at UTC+7: the years whose Tết differs from the Chinese New Year (UTC+8)', () => {
    // New moons between 23:00 and midnight Beijing time fall a day earlier in Hà Nội.
    expect(solarOf({ day: 1, month: 1, year: 1968 })).toBe('1968-01-29'); // China: 30/01
    expect(solarOf({ day: 1, month: 1, year: 1985 })).toBe('1985-01-21'); // China: 20/02
    expect(solarOf({ day: 1, month: 1, year: 2007 })).toBe('2007-02-17'); // China: 18/02
    expect(solarOf({ day: 1, month: 1, year: 2030 })).toBe('2030-02-02'); // China: 03/02
  });

  it('knows leap months: 2023 repeated month 2, 2025 month 6, 2028 month 5', () => {
    expect(solarToLunar({ day: 22, month: 3, year: 2023 })).toEqual({
      day: 1,
      month: 2,
      year: 2023,
      leap: true,
    });
    expect(solarOf({ day: 1, month: 6, year: 2025, leap: true })).toBe('2025-07-25');
    expect(solarOf({ day: 1, month: 5, year: 2028, leap: true })).toBe('2028-06-23');
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2026, leap: true })).toThrow(
      /không có tháng nhuận/,
    );
  });

  it('refuses a day 30 in a 29-day month and years outside 1900–2199, in Vietnamese', () => {
    // Tháng Chạp of Ất Tỵ has 29 days: Tết Bính Ngọ follows 29 tháng Chạp (16/02/2026).
    expect(solarToLunar({ day: 16, month: 2, year: 2026 })).toMatchObject({ day: 29, month: 12 });
    expect(() => lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toThrow(
      /chỉ có 29 ngày/,
    );
    expect(() => solarToLunar({ day: 1, month: 1, year: 2200 })).toThrow(/1900–2199/);
  });

  it('converts every day of 2000–2060 to lunar and back to the same day', () => {
    const first = julianDayNumber({ day: 1, month: 1, year: 2000 });
    const last = julianDayNumber({ day: 31, month: 12, year: 2060 });
    let previous = solarToLunar(fromJulianDayNumber(first - 1));
    for (let jdn = first; jdn <= last; jdn += 1) {
      const solar = fromJulianDayNumber(jdn);
      const lunar = solarToLunar(solar);
      expect(lunarToSolar(lunar)).toEqual(solar);
      // Each day is the next of the one before, or the first of a month of 29 or 30 days.
      if (lunar.day !== 1) expect(lunar.day).toBe(previous.day + 1);
      else expect([29, 30]).toContain(previous.day);
      previous = lunar;
    }
  });

  it('fixes the published code where it answers "day 0" (07/05/2054 is 30/3 âm lịch)', () => {
    expect(solarToLunar({ day: 7, month: 5, year: 2054 })).toEqual({
      day: 30,
      month: 3,
      year: 2054,
      leap: false,
    });
  });
});
