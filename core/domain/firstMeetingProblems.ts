/**
 * R19 — the head and deputy heads of the Ban Thanh tra nhân dân are not on the conference ballot:
 * the union executive convenes the board, which elects them among its members (Luật 10/2022 Điều
 * 63.2.a); a board of 9 or more has at most 2 deputies (Nghị định 59/2023 Điều 21.3); the education
 * preset has 1 deputy below 9 (Hướng dẫn 11/HD-CĐN).
 */
import type { FirstMeeting } from './election';
import type { Person } from './person';
import type { RuleSet } from '../rules/ruleSets';

const CONVENING_SOURCE = 'Luật 10/2022/QH15, Điều 63.2.a';

/** Why the first meeting's record cannot be saved, in Vietnamese (empty when it can). */
export function firstMeetingProblems(
  meeting: FirstMeeting,
  ctx: {
    /** The board's members: those elected (and, for a by-election, the sitting members). */
    memberIds: readonly string[];
    people: readonly Person[];
    rules: RuleSet;
    conferenceDate?: string;
  },
): string[] {
  const { memberIds, people, rules, conferenceDate } = ctx;
  const members = new Set(memberIds);
  const name = (id: string) => people.find((p) => p.id === id)?.fullName ?? 'Người được chọn';
  const problems: string[] = [];
  const chosen = [...(meeting.headId ? [meeting.headId] : []), ...meeting.deputyIds];
  if (chosen.length > 0 && members.size === 0) {
    return [
      `Chưa có kết quả bầu: Trưởng ban, Phó Trưởng ban được bầu trong số thành viên Ban (${CONVENING_SOURCE}).`,
    ];
  }
  for (const id of new Set(chosen)) {
    if (!members.has(id))
      problems.push(`${name(id)} không phải thành viên Ban Thanh tra nhân dân vừa được bầu.`);
  }
  if (meeting.headId && meeting.deputyIds.includes(meeting.headId))
    problems.push(`${name(meeting.headId)} không thể vừa là Trưởng ban vừa là Phó Trưởng ban.`);
  if (new Set(meeting.deputyIds).size !== meeting.deputyIds.length)
    problems.push('Một người được chọn làm Phó Trưởng ban hai lần.');
  const { largeFrom, maxLarge, maxSmall } = rules.boardDeputies.value;
  const size = members.size;
  const max = size >= largeFrom ? maxLarge : maxSmall;
  if (max !== null && meeting.deputyIds.length > max) {
    problems.push(
      `Ban có ${size} thành viên nên có không quá ${max} Phó Trưởng ban (${rules.boardDeputies.source}); đang chọn ${meeting.deputyIds.length}.`,
    );
  }
  if (meeting.convenedById && !people.some((p) => p.id === meeting.convenedById))
    problems.push('Người chủ trì cuộc họp không có trong danh sách cán bộ.');
  if (meeting.date && conferenceDate && meeting.date < conferenceDate) {
    problems.push(
      'Cuộc họp lần thứ nhất của Ban diễn ra sau khi hội nghị bầu Ban, không thể trước.',
    );
  }
  return problems;
}
