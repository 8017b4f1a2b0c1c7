import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_HOLIDAY_TABLE,
  addHoliday,
  type HolidayTable,
} from '../../../../core/domain/holidays';
import {
  addWorkingDays,
  isWorkingDay,
  workingDaysBetween,
} from '../../../../core/domain/workingDays';
import { dayNumberToIso, requireDayNumber } from '../../../../core/domain/dayNumber';

/** The Government's swap for Tết Dương lịch 2026 (văn bản 12729/VPCP-KGVX, 25/12/2025). */
const SWAP_2026 = addHoliday(
  addHoliday(EMPTY_HOLIDAY_TABLE, 2026, {
    date: '2026-01-02',
    name: 'Nghỉ hoán đổi Tết Dương lịch',
    kind: 'swap-off',
  }),
  2026,
  { date: '2026-01-10', name: 'Làm bù cho thứ Sáu 02/01/2026', kind: 'swap-work' },
);

describe('working days', () => {
  it('Monday–Friday work, Saturday and Sunday rest, public holidays and nghỉ bù rest', () => {
    expect(isWorkingDay('2026-03-02', EMPTY_HOLIDAY_TABLE)).toBe(true); // Monday
    expect(isWorkingDay('2026-03-07', EMPTY_HOLIDAY_TABLE)).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08', EMPTY_HOLIDAY_TABLE)).toBe(false); // Sunday
    expect(isWorkingDay('2026-02-18', EMPTY_HOLIDAY_TABLE)).toBe(false); // mùng 2 Tết
    expect(isWorkingDay('2026-04-27', EMPTY_HOLIDAY_TABLE)).toBe(false); // nghỉ bù Giỗ Tổ
  });

  it('a swap makes the Friday a day off and the Saturday a working day', () => {
    expect(isWorkingDay('2026-01-02', EMPTY_HOLIDAY_TABLE)).toBe(true);
    expect(isWorkingDay('2026-01-02', SWAP_2026)).toBe(false);
    expect(isWorkingDay('2026-01-10', SWAP_2026)).toBe(true);
    // The conference on Wednesday 31/12/2025: the 5th working day after it moves with the swap.
    expect(addWorkingDays('2025-12-31', 5, EMPTY_HOLIDAY_TABLE)).toBe('2026-01-08');
    expect(addWorkingDays('2025-12-31', 5, SWAP_2026)).toBe('2026-01-09');
    expect(addWorkingDays('2025-12-31', 6, SWAP_2026)).toBe('2026-01-10');
  });

  it('"within 5 working days after" a conference on Friday 13/02/2026 skips 14–22/02 (weekends and Tết)', () => {
    expect(addWorkingDays('2026-02-13', 1, EMPTY_HOLIDAY_TABLE)).toBe('2026-02-23');
    expect(addWorkingDays('2026-02-13', 5, EMPTY_HOLIDAY_TABLE)).toBe('2026-02-27');
    for (let d = 14; d <= 22; d += 1)
      expect(isWorkingDay(`2026-02-${d}`, EMPTY_HOLIDAY_TABLE)).toBe(false);
    expect(workingDaysBetween('2026-02-13', '2026-02-27', EMPTY_HOLIDAY_TABLE)).toBe(5);
  });

  it('counting starts the day after: a conference on Monday, 5 working days → the next Monday', () => {
    expect(addWorkingDays('2026-03-02', 5, EMPTY_HOLIDAY_TABLE)).toBe('2026-03-09');
    // Even when the conference is held on a Saturday, the first day counted is the Monday after.
    expect(addWorkingDays('2026-03-07', 1, EMPTY_HOLIDAY_TABLE)).toBe('2026-03-09');
  });

  it('counts back for "notify at least 5 working days before" (R22)', () => {
    // An inspection on Tuesday 28/04/2026: Monday 27/04 is the nghỉ bù of Giỗ Tổ, so the 5th
    // working day before it is Monday 20/04 (counting 24, 23, 22, 21, 20).
    expect(addWorkingDays('2026-04-28', -5, EMPTY_HOLIDAY_TABLE)).toBe('2026-04-20');
    expect(workingDaysBetween('2026-04-28', '2026-04-20', EMPTY_HOLIDAY_TABLE)).toBe(-5);
  });

  it('crosses a year end with each year resolved from its own table', () => {
    // 31/12/2027 is Friday; 01/01/2028 Saturday gives nghỉ bù on Monday 03/01/2028.
    expect(addWorkingDays('2027-12-31', 1, EMPTY_HOLIDAY_TABLE)).toBe('2028-01-04');
  });

  it('refuses zero or a fraction of a working day, in Vietnamese', () => {
    expect(() => addWorkingDays('2026-03-02', 0, EMPTY_HOLIDAY_TABLE)).toThrow(
      /Số ngày làm việc phải là số nguyên khác 0/,
    );
    expect(() => addWorkingDays('2026-03-02', 1.5, EMPTY_HOLIDAY_TABLE)).toThrow(
      /số nguyên khác 0/,
    );
    expect(() => isWorkingDay('02/03/2026', EMPTY_HOLIDAY_TABLE)).toThrow(/yyyy-mm-dd/);
  });
});

describe('working days: properties', () => {
  const FIRST = requireDayNumber('2020-01-01');
  const LAST = requireDayNumber('2035-12-31');
  const dateArb = fc.integer({ min: FIRST, max: LAST }).map(dayNumberToIso);
  const nArb = fc.integer({ min: 1, max: 60 });
  // Random amendments on top of the rule: swaps, the unit's own days off.
  const tableArb = fc
    .array(
      fc.record({
        day: fc.integer({ min: FIRST, max: LAST }),
        kind: fc.constantFrom('custom', 'swap-off', 'swap-work') as fc.Arbitrary<
          'custom' | 'swap-off' | 'swap-work'
        >,
      }),
      { maxLength: 12 },
    )
    .map((changes) =>
      changes.reduce<HolidayTable>((table, { day, kind }) => {
        const date = dayNumberToIso(day);
        try {
          return addHoliday(table, Number(date.slice(0, 4)), { date, name: 'Ngày thử', kind });
        } catch {
          return table; // a swap on the wrong weekday is refused, as on the screen
        }
      }, EMPTY_HOLIDAY_TABLE),
    );

  it('addWorkingDays(d, n) is always a working day, and strictly increasing in n', () => {
    fc.assert(
      fc.property(dateArb, nArb, tableArb, (date, n, table) => {
        const due = addWorkingDays(date, n, table);
        const next = addWorkingDays(date, n + 1, table);
        expect(isWorkingDay(due, table)).toBe(true);
        expect(due > date).toBe(true);
        expect(next > due).toBe(true);
        expect(workingDaysBetween(date, due, table)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('counting back mirrors counting forward', () => {
    fc.assert(
      fc.property(dateArb, nArb, tableArb, (date, n, table) => {
        const before = addWorkingDays(date, -n, table);
        expect(isWorkingDay(before, table)).toBe(true);
        expect(before < date).toBe(true);
        expect(workingDaysBetween(date, before, table)).toBe(-n);
      }),
      { numRuns: 300 },
    );
  });
});
