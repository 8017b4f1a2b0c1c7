import type { Conference } from './conference';
import { activeStaff, isConferenceOptional } from './conferenceRules';
import type { Election } from './election';
import { electionDueAt, type ElectionDue } from './electionDue';
import type { Person } from './person';
import type { RuleSet } from '../rules/ruleSets';
import type { InspectionBoard } from './workspace';

export interface BoardStatus extends ElectionDue {
  /** A board sits (its report and next-year programme are due at the conference, Điều 51.4.đ). */
  hasBoard: boolean;
}

/** Why no election is held although one might be (issue 5 item 7), as the waiver records it. */
function waivedStatus(
  waiver: NonNullable<Election['waiver']>,
  rules: RuleSet,
): Pick<ElectionDue, 'reason' | 'source'> {
  const ref = waiver.decisionRef.trim() ? ` (${waiver.decisionRef.trim()})` : '';
  return waiver.reason === 'upperUnionDecision'
    ? {
        reason: `Công đoàn cấp trên quyết định không thành lập Ban Thanh tra nhân dân${ref}: hội nghị không bầu; Ban Chấp hành Công đoàn thực hiện nhiệm vụ của Ban.`,
        source: 'Nghị định 59/2023/NĐ-CP, Điều 21.2; Luật 10/2022/QH15, Điều 63.2.e',
      }
    : {
        reason: `Đơn vị không quá ${rules.optionalAtOrBelow.value} người: hội nghị không bầu Ban Thanh tra nhân dân; Ban Chấp hành Công đoàn thực hiện nhiệm vụ của Ban.`,
        source: rules.optionalAtOrBelow.source,
      };
}

/**
 * What the programme and the preparation plan need to know about the Ban TTND at this conference.
 * Once this conference's election has replaced the board in the main file, the question "was an
 * election due here" is answered from the board it replaced (election.replacedBoard), so the
 * conference keeps its election on the programme. A waived election is not due.
 */
export function boardStatus(
  board: InspectionBoard | undefined,
  conference: Pick<Conference, 'year' | 'date' | 'kind'> & {
    election?: Pick<Election, 'waiver' | 'replacedBoard'> | undefined;
  },
  people: readonly Person[],
  rules: RuleSet,
): BoardStatus {
  const replaced = conference.election?.replacedBoard;
  const before = replaced === undefined ? board : (replaced ?? undefined);
  const staffCount = activeStaff(people).length;
  const hasBoard = before?.electedOn !== undefined && !isConferenceOptional(staffCount, rules);
  const waiver = conference.election?.waiver;
  if (waiver) return { due: false, ...waivedStatus(waiver, rules), hasBoard };
  return { ...electionDueAt(before, conference, rules, staffCount), hasBoard };
}
