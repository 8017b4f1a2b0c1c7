/**
 * R21 — is the Ban Thanh tra nhân dân elected at this conference? The term is
 * `rules.boardTermYears` (2 years, Luật 10/2022/QH15 Điều 60.3); an existing board stays until the
 * next-term election (Nghị định 59/2023/NĐ-CP Điều 29.2); units at or below
 * `rules.optionalAtOrBelow` staff organise no board (Điều 60.1, 63.2.e).
 */
import { addYears, parseISO } from 'date-fns';
import type { Conference } from './conference';
import { isConferenceOptional } from './conferenceRules';
import { formatDateVi, toIsoDate } from './dates';
import type { RuleSet } from '../rules/ruleSets';

export interface BoardTerm {
  /** Date of the conference that elected the sitting board (yyyy-mm-dd). */
  electedOn?: string;
}

export interface ElectionDue {
  due: boolean;
  reason: string;
  source: string;
}

/**
 * When the term ends. A regular conference is due when its year reaches the end year of the
 * term: boards are elected at the annual conference and named by years ("nhiệm kỳ 2024–2026"),
 * and the next annual conference may fall a few days before the anniversary — a strict date
 * comparison would then push the election a whole year past the term. An extraordinary
 * conference has no yearly rhythm, so it compares its date with the exact end of the term.
 */
function termReached(
  electedOn: string,
  conference: Pick<Conference, 'year' | 'date' | 'kind'>,
  termYears: number,
): { reached: boolean; termEnd: string; endYear: number } {
  const termEnd = toIsoDate(addYears(parseISO(electedOn), termYears));
  const endYear = Number(termEnd.slice(0, 4));
  const reached =
    conference.kind === 'extraordinary' && conference.date
      ? conference.date >= termEnd
      : conference.year >= endYear;
  return { reached, termEnd, endYear };
}

export function electionDueAt(
  board: BoardTerm | undefined,
  conference: Pick<Conference, 'year' | 'date' | 'kind'>,
  rules: RuleSet,
  staffCount: number,
): ElectionDue {
  const term = rules.boardTermYears;
  if (isConferenceOptional(staffCount, rules)) {
    return {
      due: false,
      reason: `Đơn vị có ${staffCount} người (không quá ${rules.optionalAtOrBelow.value}): không tổ chức Ban Thanh tra nhân dân; Ban Chấp hành Công đoàn thực hiện nhiệm vụ của Ban.`,
      source: rules.optionalAtOrBelow.source,
    };
  }
  if (!board) {
    return {
      due: true,
      reason:
        'Đơn vị chưa có Ban Thanh tra nhân dân: hội nghị này bầu Ban lần đầu theo đề xuất của Ban Chấp hành Công đoàn.',
      source: 'Luật 10/2022/QH15, Điều 60.1',
    };
  }
  if (!board.electedOn) {
    return {
      due: true,
      reason:
        'Chưa ghi ngày bầu Ban Thanh tra nhân dân hiện tại nên không tính được nhiệm kỳ: tạm coi là đến kỳ bầu — hãy ghi ngày bầu để kiểm tra lại.',
      source: term.source,
    };
  }
  const startYear = Number(board.electedOn.slice(0, 4));
  const { reached, termEnd, endYear } = termReached(board.electedOn, conference, term.value);
  const elected = `bầu ngày ${formatDateVi(board.electedOn)}, nhiệm kỳ ${startYear}–${endYear}`;
  if (board.electedOn > (conference.date ?? `${conference.year}-12-31`)) {
    return {
      due: false,
      reason: `Ngày bầu Ban Thanh tra nhân dân (${formatDateVi(board.electedOn)}) muộn hơn hội nghị này: hãy kiểm tra lại ngày bầu.`,
      source: term.source,
    };
  }
  if (!reached) {
    const when =
      conference.kind === 'extraordinary'
        ? `hết nhiệm kỳ ngày ${formatDateVi(termEnd)}`
        : `bầu lại tại hội nghị năm ${endYear}`;
    return {
      due: false,
      reason: `Ban Thanh tra nhân dân (${elected}) còn nhiệm kỳ: ${when}.`,
      source: term.source,
    };
  }
  const late =
    conference.year > endYear ? ` Nhiệm kỳ đã kết thúc từ năm ${endYear}: cần bầu ngay.` : '';
  return {
    due: true,
    reason: `Ban Thanh tra nhân dân (${elected}) đã hết nhiệm kỳ ${term.value} năm: hội nghị này bầu Ban nhiệm kỳ mới; Ban cũ hoạt động đến khi bầu xong.${late}`,
    source: `${term.source}; Nghị định 59/2023/NĐ-CP, Điều 29.2`,
  };
}
