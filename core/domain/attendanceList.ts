/**
 * D4 — the summons and attendance list (danh sách triệu tập và điểm danh), as data: who is
 * summoned, in Vietnamese list order, with the check-in status, and the totals that show the
 * quorum of Luật 10/2022/QH15 Điều 51.2.c was (or was not) reached. The template only lays it out.
 */
import type { Conference } from './conference';
import { conferenceQuorum, quorumBaseIds } from './conferenceRules';
import type { Person } from './person';
import type { RuleSet } from '../rules/ruleSets';
import type { UnitProfile } from './unit';
import { normalizeText, sortByVietnameseName } from './vietnamese';

export interface AttendanceListRow {
  no: number;
  fullName: string;
  position: string;
  department: string;
  /** 'Có mặt', 'Vắng: Ốm', 'Vắng', or '' before check-in. */
  statusText: string;
}

export interface AttendanceListTotals {
  /** People summoned: the quorum base. */
  total: number;
  present: number;
  absent: number;
  /** Not checked in yet (neither present nor absent). */
  unmarked: number;
}

export interface AttendanceListData {
  title: string;
  subtitle: string;
  rows: AttendanceListRow[];
  totals: AttendanceListTotals;
  /** "Tổng số: 184 người; có mặt: 123; vắng: 2" — or "Tổng số: 184 người" before check-in. */
  totalsText: string;
  /** The quorum sentence once anyone is checked in; undefined before. */
  quorumText?: string;
}

export interface AttendanceListInput {
  unit: UnitProfile;
  conference: Conference;
  people: readonly Person[];
  rules: RuleSet;
}

/** The conference's full name as used in document summaries (Luật 10/2022 Điều 49–51). */
export function conferenceFullName(conference: Pick<Conference, 'year' | 'kind'>): string {
  const kind = conference.kind === 'extraordinary' ? ' bất thường' : '';
  return `Hội nghị cán bộ, công chức, viên chức, người lao động${kind} năm ${conference.year}`;
}

/** "66,85": Vietnamese decimal comma, no trailing zeros. */
function formatPercent(value: number): string {
  return String(value).replace('.', ',');
}

function statusText(conference: Conference, personId: string): string {
  const entry = conference.attendance[personId];
  if (!entry) return '';
  if (entry.status === 'present') return 'Có mặt';
  const reason = normalizeText(entry.reason);
  return reason ? `Vắng: ${reason}` : 'Vắng';
}

/**
 * Delegates only at a delegates' conference, every active person at a full assembly — the same
 * base as the quorum (quorumBaseIds), so the list and the quorum can never disagree.
 *
 * `rowLimit` (the in-app preview of a long list) keeps only the first rows; the totals and the
 * quorum sentence are still counted over everyone summoned.
 */
export function attendanceListData(
  input: AttendanceListInput,
  { rowLimit }: { rowLimit?: number } = {},
): AttendanceListData {
  const { conference, people, rules } = input;
  const base = quorumBaseIds(conference, people);
  const summoned = sortByVietnameseName(people.filter((p) => base.has(p.id)));
  const totals: AttendanceListTotals = {
    total: summoned.length,
    present: 0,
    absent: 0,
    unmarked: 0,
  };
  for (const person of summoned) {
    const status = conference.attendance[person.id]?.status;
    if (status === 'present') totals.present += 1;
    else if (status === 'absent') totals.absent += 1;
    else totals.unmarked += 1;
  }
  const listed = rowLimit === undefined ? summoned : summoned.slice(0, rowLimit);
  const rows = listed.map((person, i): AttendanceListRow => ({
    no: i + 1,
    fullName: normalizeText(person.fullName),
    position: normalizeText(person.position),
    department: normalizeText(person.department),
    statusText: statusText(conference, person.id),
  }));

  const checkedIn = totals.present + totals.absent > 0;
  const totalsText = checkedIn
    ? `Tổng số: ${totals.total} người; có mặt: ${totals.present}; vắng: ${totals.absent}`
    : `Tổng số: ${totals.total} người`;

  const data: AttendanceListData = {
    title: 'DANH SÁCH TRIỆU TẬP VÀ ĐIỂM DANH',
    subtitle: conferenceFullName(conference),
    rows,
    totals,
    totalsText,
  };
  if (checkedIn) {
    const q = conferenceQuorum(conference, people, rules);
    const { numerator, denominator } = rules.quorum.value;
    data.quorumText =
      `Số người có mặt: ${q.present}/${q.base} (${formatPercent(q.percent)}%); ` +
      `số tối thiểu phải có mặt (${numerator}/${denominator}): ${q.needed} — ` +
      `${q.reached ? 'đủ' : 'chưa đủ'} điều kiện tiến hành hội nghị (${rules.quorum.source}).`;
  }
  return data;
}
