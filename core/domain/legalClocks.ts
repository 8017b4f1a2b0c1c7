/**
 * R9 and R10 — the clocks of the Law that start when the resolution is adopted, with their due dates:
 * - dissemination (phổ biến, quán triệt) with the focal point as owner (Luật 10/2022/QH15 Điều
 *   52.2); the Law sets no term, so the rule set's default (5 working days, UNCONFIRMED);
 * - disclosure within 5 working days (Điều 47.2), posted at least 20 consecutive days (Điều 48);
 * - two six-monthly reviews with a notice to all staff (Điều 52.3).
 *
 * "Six months after" is read as calendar months counted from the day of adoption (adoptedOn — the
 * conference day when the resolution is voted there, the day the written opinions were counted
 * otherwise), the same day six and twelve months on (Bộ luật Dân sự 2015 Điều 148.3; the last day
 * of a shorter month), moved to the next working day when it is a day off (Điều 148.5). The
 * implementation plan (D20) prints the same months.
 */
import type { HolidayTable } from './holidays';
import type { LegalClock } from './followUp';
import { monthsDeadline } from './periodDeadline';
import { addWorkingDays } from './workingDays';
import type { RuleSet } from '../rules/ruleSets';

export interface ClockDue {
  clock: LegalClock;
  due: string;
  /** The rule it comes from, as the screen shows it beside the date. */
  source: string;
}

type ClockRules = Pick<
  RuleSet,
  'disseminationWorkingDays' | 'disclosureWorkingDays' | 'reviewIntervalMonths'
>;

export function legalClocks(adoptedOn: string, table: HolidayTable, rules: ClockRules): ClockDue[] {
  const months = rules.reviewIntervalMonths;
  return [
    {
      clock: 'dissemination',
      due: addWorkingDays(adoptedOn, rules.disseminationWorkingDays.value, table),
      source: rules.disseminationWorkingDays.source,
    },
    {
      clock: 'disclosure',
      due: addWorkingDays(adoptedOn, rules.disclosureWorkingDays.value, table),
      source: rules.disclosureWorkingDays.source,
    },
    {
      clock: 'firstReview',
      due: monthsDeadline(adoptedOn, months.value, table),
      source: months.source,
    },
    {
      clock: 'secondReview',
      due: monthsDeadline(adoptedOn, 2 * months.value, table),
      source: months.source,
    },
  ];
}
