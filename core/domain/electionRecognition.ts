/**
 * R20 — the union executive recognises the election result by a decision (D16) within 5 working
 * days after the conference (Nghị định 59/2023/NĐ-CP Điều 21.1; Luật 10/2022 Điều 63.2.a). Working
 * days skip weekends and the unit's days off, lunar holidays included (workingDays.ts).
 */
import { formatDateVi } from './dates';
import type { ElectionFinding } from './electionSetup';
import type { HolidayTable } from './holidays';
import { addWorkingDays } from './workingDays';
import { ruleSet, type RuleSet } from '../rules/ruleSets';

/** The last day the recognition decision may bear: the 5th working day after the conference. */
export function recognitionDeadline(
  conferenceDate: string,
  holidays: HolidayTable,
  rules: Pick<RuleSet, 'recognitionWorkingDays'> = ruleSet('law-10-2022'),
): string {
  return addWorkingDays(conferenceDate, rules.recognitionWorkingDays.value, holidays);
}

/** A recognition dated after the deadline is kept, with a warning (the decision is still needed). */
export function recognitionFindings(
  recognitionDate: string | undefined,
  conferenceDate: string | undefined,
  holidays: HolidayTable,
  rules: RuleSet,
): ElectionFinding[] {
  if (!recognitionDate || !conferenceDate) return [];
  const deadline = recognitionDeadline(conferenceDate, holidays, rules);
  if (recognitionDate <= deadline) return [];
  const days = rules.recognitionWorkingDays.value;
  return [
    {
      id: 'R20.late',
      severity: 'warning',
      message: `Quyết định công nhận ngày ${formatDateVi(recognitionDate)} muộn hơn hạn ${formatDateVi(deadline)} (${days} ngày làm việc sau hội nghị ngày ${formatDateVi(conferenceDate)}).`,
      source: rules.recognitionWorkingDays.source,
    },
  ];
}
