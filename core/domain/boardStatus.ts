import type { Conference } from './conference';
import { activeStaff, isConferenceOptional } from './conferenceRules';
import { electionDueAt, type ElectionDue } from './electionDue';
import type { Person } from './person';
import type { RuleSet } from '../rules/ruleSets';
import type { InspectionBoard } from './workspace';

export interface BoardStatus extends ElectionDue {
  /** A board sits (its report and next-year programme are due at the conference, Điều 51.4.đ). */
  hasBoard: boolean;
}

/** What the programme and the preparation plan need to know about the Ban TTND at this conference. */
export function boardStatus(
  board: InspectionBoard | undefined,
  conference: Pick<Conference, 'year' | 'date' | 'kind'>,
  people: readonly Person[],
  rules: RuleSet,
): BoardStatus {
  const staffCount = activeStaff(people).length;
  const hasBoard = board?.electedOn !== undefined && !isConferenceOptional(staffCount, rules);
  return { ...electionDueAt(board, conference, rules, staffCount), hasBoard };
}
