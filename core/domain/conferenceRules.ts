import { addMonthsIso, formatDateVi } from './dates';
import type { Conference } from './conference';
import type { Person } from './person';
import { ceilFraction, computeQuorum, type Quorum } from './quorum';
import type { RuleSet } from '../rules/ruleSets';
import type { UnitProfile } from './unit';

export type FindingLevel = 'error' | 'warning' | 'info';

/** A rule's verdict on the data, with the article it comes from, shown as it is to the user. */
export interface Finding {
  rule: string;
  level: FindingLevel;
  message: string;
  source: string;
}

/** People still working in the unit: the base of a full assembly (Điều 51.2.c). */
export function activeStaff(people: readonly Person[]): Person[] {
  return people.filter((p) => p.active);
}

/**
 * Who the quorum is counted over: all active staff for a full assembly, the delegates summoned for a
 * delegates' conference. Guests are not people of the roster and are never counted.
 */
export function quorumBaseIds(conference: Conference, people: readonly Person[]): Set<string> {
  if (conference.form === 'delegates') {
    const active = new Set(activeStaff(people).map((p) => p.id));
    return new Set(conference.delegateIds.filter((id) => active.has(id)));
  }
  return new Set(activeStaff(people).map((p) => p.id));
}

export function conferenceQuorum(
  conference: Conference,
  people: readonly Person[],
  rules: RuleSet,
): Quorum {
  const base = quorumBaseIds(conference, people);
  let present = 0;
  for (const [personId, entry] of Object.entries(conference.attendance)) {
    if (entry.status === 'present' && base.has(personId)) present += 1;
  }
  return computeQuorum(present, base.size, rules.quorum.value);
}

/** R4 — at or below the threshold the conference is optional and no Ban TTND is organised. */
export function isConferenceOptional(staffCount: number, rules: RuleSet): boolean {
  return staffCount <= rules.optionalAtOrBelow.value;
}

/** R3, R4 — which form the unit may choose and what it must record. */
export function formFindings(
  conference: Conference,
  staffCount: number,
  rules: RuleSet,
): Finding[] {
  const findings: Finding[] = [];
  const below = rules.fullAssemblyBelow.value;
  if (isConferenceOptional(staffCount, rules)) {
    findings.push({
      rule: 'R4',
      level: 'info',
      message: `Đơn vị có ${staffCount} người (không quá ${rules.optionalAtOrBelow.value}): tổ chức hội nghị là không bắt buộc; không tổ chức Ban Thanh tra nhân dân, Ban Chấp hành Công đoàn thực hiện nhiệm vụ của Ban.`,
      source: rules.optionalAtOrBelow.source,
    });
  }
  if (conference.form === 'delegates') {
    const { dispersedReason, unionAgreement } = conference.formDecision;
    if (staffCount < below && !dispersedReason.trim()) {
      findings.push({
        rule: 'R3',
        level: 'error',
        message: `Đơn vị dưới ${below} người phải tổ chức hội nghị toàn thể, trừ khi làm việc phân tán hoặc không thể rời vị trí công tác: hãy ghi lý do.`,
        source: rules.fullAssemblyBelow.source,
      });
    }
    if (!unionAgreement.trim()) {
      findings.push({
        rule: 'R3',
        level: 'error',
        message:
          'Hội nghị đại biểu cần ghi lại sự thống nhất của Ban Chấp hành Công đoàn (văn bản, ngày).',
        source: rules.fullAssemblyBelow.source,
      });
    }
    if (conference.delegateIds.length === 0) {
      findings.push({
        rule: 'R1',
        level: 'error',
        message: 'Chưa chọn đại biểu triệu tập: số đại biểu là cơ sở tính số người phải có mặt.',
        source: rules.quorum.source,
      });
    }
  } else if (staffCount >= below && !conference.formDecision.unionAgreement.trim()) {
    findings.push({
      rule: 'R3',
      level: 'warning',
      message: `Đơn vị từ ${below} người trở lên: thủ trưởng quyết định hình thức sau khi thống nhất với Công đoàn — hãy ghi lại sự thống nhất đó.`,
      source: rules.fullAssemblyBelow.source,
    });
  }
  return findings;
}

/**
 * R5 — the regular conference is held after the work year ends and within 3 months. The work year
 * reviewed by the conference of year Y is the one whose deadline falls in Y: for 31/12 that is the
 * year ending 31/12/(Y−1), deadline 31/03/Y; for a school year ending 31/08/Y, deadline 30/11/Y.
 */
export function conferenceWindow(
  year: number,
  unit: Pick<UnitProfile, 'workYearEnd'>,
  rules: RuleSet,
): { workYearEnd: string; deadline: string } {
  const months = rules.deadlineMonths.value;
  const { day, month } = unit.workYearEnd;
  for (const endYear of [year, year - 1]) {
    const lastDay = new Date(Date.UTC(endYear, month, 0)).getUTCDate();
    const end = `${endYear}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
    const deadline = addMonthsIso(end, months);
    if (deadline.startsWith(String(year))) return { workYearEnd: end, deadline };
  }
  const end = `${year - 1}-12-31`;
  return { workYearEnd: end, deadline: addMonthsIso(end, months) };
}

export function deadlineFindings(
  conference: Conference,
  unit: UnitProfile,
  rules: RuleSet,
): Finding[] {
  if (conference.kind !== 'regular' || !conference.date) return [];
  const { workYearEnd, deadline } = conferenceWindow(conference.year, unit, rules);
  if (conference.date > deadline) {
    return [
      {
        rule: 'R5',
        level: 'warning',
        message: `Hội nghị ngày ${formatDateVi(conference.date)} muộn hơn hạn ${formatDateVi(deadline)} (${rules.deadlineMonths.value} tháng sau khi kết thúc năm công tác ${formatDateVi(workYearEnd)}).`,
        source: rules.deadlineMonths.source,
      },
    ];
  }
  if (conference.date <= workYearEnd) {
    return [
      {
        rule: 'R5',
        level: 'warning',
        message: `Hội nghị ngày ${formatDateVi(conference.date)} diễn ra trước khi kết thúc năm công tác (${formatDateVi(workYearEnd)}); Luật quy định tổ chức sau khi kết thúc năm công tác.`,
        source: rules.deadlineMonths.source,
      },
    ];
  }
  return [];
}

/** R6 — an extraordinary conference needs who called it; staff need ⌈1/3 × all staff⌉ signatures. */
export function extraordinaryFindings(
  conference: Conference,
  staffCount: number,
  rules: RuleSet,
): Finding[] {
  if (conference.kind !== 'extraordinary') return [];
  const source = rules.extraordinaryStaffFraction.source;
  if (!conference.trigger) {
    return [
      {
        rule: 'R6',
        level: 'error',
        message:
          'Hội nghị bất thường cần ghi rõ ai đề nghị: Ban Chấp hành Công đoàn, thủ trưởng, hoặc ít nhất một phần ba tổng số người lao động.',
        source,
      },
    ];
  }
  const needed = ceilFraction(staffCount, rules.extraordinaryStaffFraction.value);
  if (conference.trigger.by === 'staff' && conference.trigger.signatures < needed) {
    return [
      {
        rule: 'R6',
        level: 'error',
        message: `Cần ít nhất ${needed} chữ ký (một phần ba của ${staffCount} người); mới có ${conference.trigger.signatures}.`,
        source,
      },
    ];
  }
  return [];
}

export function conferenceFindings(
  conference: Conference,
  unit: UnitProfile,
  people: readonly Person[],
  rules: RuleSet,
): Finding[] {
  const staffCount = activeStaff(people).length;
  return [
    ...extraordinaryFindings(conference, staffCount, rules),
    ...formFindings(conference, staffCount, rules),
    ...deadlineFindings(conference, unit, rules),
  ];
}
