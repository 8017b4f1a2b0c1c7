import type { AgendaKind } from '../../../../core/domain/agendaKinds';
import type { VoteSubject } from '../../../../core/domain/proceedings';
import { RESOLUTION_SECTION_LABELS } from '../../../../core/domain/glossary';
import type { ResolutionSection } from '../../../../core/domain/resolution';

/** "45 phút", "1 giờ 05 phút": how long something ran or is planned for. */
export function minutesText(minutes: number): string {
  const m = Math.abs(Math.round(minutes));
  if (m < 60) return `${m} phút`;
  const rest = m % 60;
  return rest === 0
    ? `${Math.floor(m / 60)} giờ`
    : `${Math.floor(m / 60)} giờ ${String(rest).padStart(2, '0')} phút`;
}

/** "chậm 8 phút" / "sớm 3 phút" / "đúng giờ": how the conference runs against its programme. */
export function delayText(delay: number | null): string {
  if (delay === null) return '';
  if (delay === 0) return 'đúng giờ';
  return delay > 0 ? `chậm ${minutesText(delay)}` : `sớm ${minutesText(delay)}`;
}

/**
 * The standard votes of the day (issue 6 §3), one click each: what they are about, the title the
 * minutes print (VOTE_SUBJECT_LABELS by default) and the programme steps at which they are taken,
 * so the form offers the right one for the item running.
 */
export interface VotePreset {
  subject: VoteSubject;
  /** Short, for the button. */
  label: string;
  kinds: readonly AgendaKind[];
}

export const VOTE_PRESETS: readonly VotePreset[] = [
  { subject: 'presidium', label: 'Đoàn Chủ tịch, Thư ký', kinds: ['presidiumAndSecretary'] },
  { subject: 'programme', label: 'Chương trình', kinds: ['programmeApproval'] },
  { subject: 'countingBoard', label: 'Ban kiểm phiếu', kinds: ['boardElection'] },
  { subject: 'boardSeats', label: 'Số lượng Ban TTND', kinds: ['boardElection'] },
  { subject: 'candidateList', label: 'Danh sách ứng cử', kinds: ['boardElection'] },
  { subject: 'electionRules', label: 'Thể lệ bầu cử', kinds: ['boardElection'] },
  { subject: 'decision', label: 'Quyết định (Điều 49)', kinds: ['decisions'] },
  { subject: 'draftOpinion', label: 'Dự thảo (Điều 53)', kinds: ['decisions'] },
  { subject: 'resolutionSection', label: 'Từng phần nghị quyết', kinds: [] },
  { subject: 'resolution', label: 'Toàn văn nghị quyết', kinds: ['resolution'] },
  { subject: 'other', label: 'Khác', kinds: [] },
];

/** The vote the chair most likely calls during this programme step. */
export function presetForKind(kind: AgendaKind | undefined): VoteSubject {
  return VOTE_PRESETS.find((p) => kind !== undefined && p.kinds.includes(kind))?.subject ?? 'other';
}

/** "Thông qua phần Chỉ tiêu của nghị quyết". */
export function sectionVoteTitle(section: ResolutionSection): string {
  return `Thông qua phần “${RESOLUTION_SECTION_LABELS[section]}” của nghị quyết`;
}
