/**
 * The periods of the Ban TTND's year (R22): quarters, six months and the year of the conference
 * whose resolution the board checks (Luật 10/2022/QH15 Điều 62.2; Nghị định 59/2023/NĐ-CP Điều
 * 22.1.a, 22.3), as date ranges and as the documents name them ("quý I năm 2027").
 */
import type { ProgrammePeriodKind } from './boardWork';
import { romanNumeral } from './resolutionText';
import { addCalendarDays, addCalendarMonths } from './periodDeadline';

export interface PeriodRef {
  kind: ProgrammePeriodKind;
  number: number;
}

const MONTHS: Record<ProgrammePeriodKind, number> = { quarter: 3, half: 6, year: 12 };

/** First and last day of the period in `year`. */
export function periodRange(period: PeriodRef, year: number): { from: string; to: string } {
  const months = MONTHS[period.kind];
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const from = addCalendarMonths(first, months * (period.number - 1));
  return { from, to: addCalendarDays(addCalendarMonths(from, months), -1) };
}

/** "quý I năm 2027", "6 tháng đầu năm 2027", "năm 2027". */
export function periodLabel(period: PeriodRef, year: number): string {
  if (period.kind === 'quarter') return `quý ${romanNumeral(period.number)} năm ${year}`;
  if (period.kind === 'half') return `6 tháng ${period.number === 1 ? 'đầu' : 'cuối'} năm ${year}`;
  return `năm ${year}`;
}

/** The periods a year is reported in (Điều 22.3): four quarters, the first six months, the year. */
export const REPORT_SLOTS: readonly PeriodRef[] = [
  { kind: 'quarter', number: 1 },
  { kind: 'quarter', number: 2 },
  { kind: 'half', number: 1 },
  { kind: 'quarter', number: 3 },
  { kind: 'quarter', number: 4 },
  { kind: 'year', number: 1 },
];
