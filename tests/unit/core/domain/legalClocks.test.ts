import { describe, expect, it } from 'vitest';
import { EMPTY_HOLIDAY_TABLE, addHoliday } from '../../../../core/domain/holidays';
import { legalClocks } from '../../../../core/domain/legalClocks';
import {
  addCalendarMonths,
  daysDeadline,
  monthsDeadline,
} from '../../../../core/domain/periodDeadline';
import { rules } from './followUp.fixture';

const dues = (adoptedOn: string, table = EMPTY_HOLIDAY_TABLE) =>
  Object.fromEntries(legalClocks(adoptedOn, table, rules).map((c) => [c.clock, c.due]));

describe('the clocks of the Law on adoption (R9, R10)', () => {
  it('a conference on Friday 29/01/2027: disclosure on the 5th working day after, across Tết Đinh Mùi', () => {
    // Working days after 29/01: Mon 01, Tue 02, Wed 03/02; Thu 04 – Wed 10/02 are Tết and its
    // nghỉ bù; then Thu 11 and Fri 12/02 — the 5th.
    expect(dues('2027-01-29')).toEqual({
      dissemination: '2027-02-12',
      disclosure: '2027-02-12',
      // Six calendar months on: Thursday 29/07/2027, a working day.
      firstReview: '2027-07-29',
      // Twelve months on is Saturday 29/01/2028: the period ends the next working day (BLDS Điều 148.5).
      secondReview: '2028-01-31',
    });
  });

  it('each clock cites its article', () => {
    const sources = Object.fromEntries(
      legalClocks('2027-01-29', EMPTY_HOLIDAY_TABLE, rules).map((c) => [c.clock, c.source]),
    );
    expect(sources.disclosure).toBe('Luật 10/2022/QH15, Điều 47.2');
    expect(sources.firstReview).toBe('Luật 10/2022/QH15, Điều 52.3');
    expect(sources.dissemination).toMatch(/Điều 52\.2/);
  });

  it('follows the amended holiday table: a unit day off moves the disclosure deadline', () => {
    const table = addHoliday(EMPTY_HOLIDAY_TABLE, 2027, {
      date: '2027-02-12',
      name: 'Ngày nghỉ riêng của đơn vị',
      kind: 'custom',
    });
    expect(dues('2027-01-29', table).disclosure).toBe('2027-02-15');
  });

  it('six months after 31 August ends on the last day of February (BLDS Điều 148.3)', () => {
    expect(addCalendarMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addCalendarMonths('2026-12-15', 14)).toBe('2028-02-15');
    // 28/02/2027 is a Sunday: the review falls on Monday 01/03/2027.
    expect(monthsDeadline('2026-08-31', 6, EMPTY_HOLIDAY_TABLE)).toBe('2027-03-01');
  });

  it('counts calendar days from the day after and moves a deadline off a day off', () => {
    // 25/01/2027 + 15 = Tue 09/02/2027, a nghỉ bù of Tết → Thu 11/02/2027.
    expect(daysDeadline('2027-01-25', 15, EMPTY_HOLIDAY_TABLE)).toBe('2027-02-11');
    // 29/01/2027 + 15 = Sat 13/02/2027 → Mon 15/02/2027.
    expect(daysDeadline('2027-01-29', 15, EMPTY_HOLIDAY_TABLE)).toBe('2027-02-15');
    // A working day stays: Mon 01/03/2027 + 15 = Tue 16/03/2027.
    expect(daysDeadline('2027-03-01', 15, EMPTY_HOLIDAY_TABLE)).toBe('2027-03-16');
  });

  it('a review landing in Tết 2028 moves past it', () => {
    // Adopted 26/07/2027 → six months on is Wed 26/01/2028, mùng 1 Tết Mậu Thân; Tết runs
    // Mon 24 – Fri 28/01, then the weekend: the review is due Monday 31/01/2028.
    expect(dues('2027-07-26').firstReview).toBe('2028-01-31');
  });
});
