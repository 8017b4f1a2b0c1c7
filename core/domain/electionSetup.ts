/**
 * Setting up the Ban Thanh tra nhân dân election (R11–R16): seats, candidates, the vote-counting
 * board, the ballot rules. Each finding names the article it comes from; errors block the first
 * round, warnings and notes are shown and kept.
 */
import type { Conference } from './conference';
import type { Election } from './election';
import { ROLE_LABELS } from './glossary';
import type { Person } from './person';
import type { RuleSet } from '../rules/ruleSets';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** A rule's verdict on the election's setup, shown as it is to the user. */
export interface ElectionFinding {
  /** Stable id: the rule and what it is about ("R12.ineligible:<personId>"). */
  id: string;
  severity: FindingSeverity;
  message: string;
  source: string;
}
export type Finding = ElectionFinding;

export interface Eligibility {
  ok: boolean;
  reason?: string;
  source?: string;
}

const LAW = 'Luật 10/2022/QH15';
const NOMINATION_SOURCE = `${LAW}, Điều 60.1, 63.2.a`;
const VOLUNTEER_SOURCE = `${LAW}, Điều 60.2`;
const BOARD_EXCLUSION_SOURCE = 'Nghị định 59/2023/NĐ-CP, Điều 6.1.b (vận dụng)';
const VALIDITY_SOURCE = 'Luật 85/2015/QH13, Điều 74 (vận dụng); thực tiễn công đoàn';
const WAIVER_SOURCE = 'Nghị định 59/2023/NĐ-CP, Điều 21.2';

/**
 * R12 — who may stand: someone working in the unit (on the roster, active) who is not its head, a
 * deputy head or its chief accountant (Luật 10/2022 Điều 60.2; the roles come from the rule set).
 */
export function candidateEligibility(person: Person | undefined, rules: RuleSet): Eligibility {
  const source = rules.boardExcludedRoles.source;
  if (!person) {
    return {
      ok: false,
      reason:
        'Không có trong danh sách cán bộ của đơn vị: thành viên Ban Thanh tra nhân dân phải là người đang công tác tại đơn vị.',
      source,
    };
  }
  if (!person.active) {
    return {
      ok: false,
      reason: `${person.fullName} không còn công tác tại đơn vị: thành viên Ban Thanh tra nhân dân phải là người đang công tác tại đơn vị.`,
      source,
    };
  }
  const role = rules.boardExcludedRoles.value.find((r) => person.roles.includes(r));
  if (role) {
    return {
      ok: false,
      reason: `${person.fullName} là ${ROLE_LABELS[role].toLowerCase()}: không được là thành viên Ban Thanh tra nhân dân.`,
      source,
    };
  }
  return { ok: true };
}

/** "nhiệm kỳ 2026–2028": from the conference year (or the recorded start), rules.boardTermYears long. */
export function termLabel(
  election: Pick<Election, 'termFromYear'>,
  conference: Pick<Conference, 'year'>,
  rules: RuleSet,
): string {
  const from = election.termFromYear ?? conference.year;
  return `nhiệm kỳ ${from}–${from + rules.boardTermYears.value}`;
}

export interface SetupContext {
  people: readonly Person[];
  rules: RuleSet;
  /** Active staff (R4). */
  staffCount: number;
  /** When given, the term's first year is checked against the conference year. */
  conference?: Pick<Conference, 'year'>;
}

function waiverFindings(election: Election, ctx: SetupContext): ElectionFinding[] {
  const waiver = election.waiver;
  if (!waiver) return [];
  const { rules, staffCount } = ctx;
  const findings: ElectionFinding[] = [];
  if (waiver.reason === 'smallUnit') {
    findings.push(
      staffCount <= rules.optionalAtOrBelow.value
        ? {
            id: 'R4.waived',
            severity: 'info',
            message: `Không bầu Ban Thanh tra nhân dân: đơn vị có ${staffCount} người (không quá ${rules.optionalAtOrBelow.value}); Ban Chấp hành Công đoàn thực hiện nhiệm vụ của Ban.`,
            source: rules.optionalAtOrBelow.source,
          }
        : {
            id: 'R4.notSmall',
            severity: 'error',
            message: `Đơn vị có ${staffCount} người (hơn ${rules.optionalAtOrBelow.value}): không thuộc trường hợp không tổ chức Ban Thanh tra nhân dân vì ít người. Nếu công đoàn cấp trên đã quyết định không thành lập Ban, hãy chọn lý do đó và ghi số quyết định.`,
            source: rules.optionalAtOrBelow.source,
          },
    );
  } else {
    findings.push(
      waiver.decisionRef.trim()
        ? {
            id: 'R11.waived',
            severity: 'info',
            message: `Không bầu Ban Thanh tra nhân dân theo quyết định của công đoàn cấp trên (${waiver.decisionRef.trim()}); Ban Chấp hành Công đoàn thực hiện nhiệm vụ của Ban.`,
            source: `${WAIVER_SOURCE}; ${LAW}, Điều 63.2.e`,
          }
        : {
            id: 'R11.waiverRef',
            severity: 'warning',
            message:
              'Hãy ghi số và ngày quyết định của công đoàn cấp trên về việc không thành lập Ban Thanh tra nhân dân.',
            source: WAIVER_SOURCE,
          },
    );
  }
  return findings;
}

/** R11 — 3 to 9 seats; more only for special or dispersed units with the head's agreement. */
function seatFindings(election: Election, rules: RuleSet): ElectionFinding[] {
  const { min, max, oddOnly } = rules.boardSeats.value;
  const source = rules.boardSeats.source;
  const seats = election.seats;
  if (seats === undefined) {
    return [
      {
        id: 'R11.seats',
        severity: 'error',
        message: `Chưa nhập số lượng thành viên cần bầu (từ ${min} đến ${max}${oddOnly ? ', số lẻ' : ''}).`,
        source,
      },
    ];
  }
  const findings: ElectionFinding[] = [];
  // A by-election fills vacancies of a sitting board (Điều 60.3): its seats may be fewer than 3.
  if (election.kind === 'fullTerm' && seats < min) {
    findings.push({
      id: 'R11.seatsMin',
      severity: 'error',
      message: `Ban Thanh tra nhân dân có ít nhất ${min} thành viên; đang nhập ${seats}.`,
      source,
    });
  }
  if (seats > max) {
    const { specialOrDispersed, agreedWithHead } = election.seatsSpecialCase;
    findings.push(
      specialOrDispersed && agreedWithHead
        ? {
            id: 'R11.seatsSpecial',
            severity: 'warning',
            message: `${seats} thành viên (hơn ${max}): đơn vị có tính chất đặc thù hoặc phân tán, Ban Chấp hành Công đoàn đã thống nhất với thủ trưởng — hội nghị cần biểu quyết số lượng này.`,
            source,
          }
        : {
            id: 'R11.seatsMax',
            severity: 'error',
            message: `Ban Thanh tra nhân dân có không quá ${max} thành viên. Hơn ${max} chỉ khi đơn vị có tính chất đặc thù hoặc phân tán và Ban Chấp hành Công đoàn đã thống nhất với thủ trưởng: hãy ghi lại cả hai điều đó.`,
            source,
          },
    );
  }
  if (oddOnly && election.kind === 'fullTerm' && seats % 2 === 0) {
    findings.push({
      id: 'R11.seatsOdd',
      severity: 'error',
      message: `Theo hướng dẫn của ngành, Ban Thanh tra nhân dân có số thành viên lẻ; đang nhập ${seats}.`,
      source,
    });
  }
  return findings;
}

/** R12, R13 — who stands, whether they agreed, who proposed them; enough of them for the seats. */
function candidateFindings(election: Election, ctx: SetupContext): ElectionFinding[] {
  const { people, rules } = ctx;
  const byId = new Map(people.map((p) => [p.id, p]));
  const findings: ElectionFinding[] = [];
  const seen = new Set<string>();
  for (const candidate of election.candidates) {
    const person = byId.get(candidate.personId);
    const name = person?.fullName ?? 'Một người ứng cử';
    if (seen.has(candidate.personId)) {
      findings.push({
        id: `R12.duplicate:${candidate.personId}`,
        severity: 'error',
        message: `${name} có tên hai lần trong danh sách người ứng cử.`,
        source: NOMINATION_SOURCE,
      });
      continue;
    }
    seen.add(candidate.personId);
    const eligibility = candidateEligibility(person, rules);
    if (!eligibility.ok) {
      findings.push({
        id: `R12.ineligible:${candidate.personId}`,
        severity: 'error',
        message: eligibility.reason ?? '',
        source: eligibility.source ?? rules.boardExcludedRoles.source,
      });
    }
    if (!candidate.consent) {
      findings.push({
        id: `R13.consent:${candidate.personId}`,
        severity: 'error',
        message: `Chưa ghi nhận ${name} đồng ý ứng cử: thành viên Ban Thanh tra nhân dân phải là người tự nguyện.`,
        source: VOLUNTEER_SOURCE,
      });
    }
    if (candidate.nominatedBy !== 'unionExecutive' && !election.allowFloorNominations) {
      findings.push({
        id: `R13.floor:${candidate.personId}`,
        severity: 'error',
        message: `${name} được ${candidate.nominatedBy === 'self' ? 'tự ứng cử' : 'giới thiệu tại hội nghị'}, nhưng chưa cho phép giới thiệu tại hội nghị: người ứng cử do Ban Chấp hành Công đoàn giới thiệu.`,
        source: NOMINATION_SOURCE,
      });
    }
  }
  if (election.allowFloorNominations) {
    findings.push({
      id: 'R13.floorAllowed',
      severity: 'info',
      message:
        'Cho phép giới thiệu, tự ứng cử tại hội nghị: Luật không quy định việc này; hội nghị thôn, tổ dân phố cho phép (vận dụng).',
      source: `${NOMINATION_SOURCE}; Nghị định 59/2023/NĐ-CP, Điều 3.5.b (vận dụng)`,
    });
  }
  const count = seen.size;
  if (count === 0) {
    findings.push({
      id: 'R13.noCandidates',
      severity: 'error',
      message: 'Chưa có người ứng cử.',
      source: NOMINATION_SOURCE,
    });
  } else if (election.seats !== undefined && count < election.seats) {
    findings.push({
      id: 'R13.tooFew',
      severity: 'error',
      message: `Có ${count} người ứng cử, ít hơn số lượng cần bầu (${election.seats}).`,
      source: NOMINATION_SOURCE,
    });
  }
  return findings;
}

/** R14 — a counting board of 3–5 with a head, none of them a candidate, and 2 witnesses. */
function countingBoardFindings(election: Election, ctx: SetupContext): ElectionFinding[] {
  const { people, rules } = ctx;
  const { min, max, witnesses: witnessCount } = rules.countingBoard.value;
  const source = rules.countingBoard.source;
  const byId = new Map(people.map((p) => [p.id, p]));
  const board = election.countingBoard;
  const memberIds = [...new Set([...(board.headId ? [board.headId] : []), ...board.memberIds])];
  const candidateIds = new Set(election.candidates.map((c) => c.personId));
  const findings: ElectionFinding[] = [];
  if (!board.headId) {
    findings.push({
      id: 'R14.head',
      severity: 'error',
      message: 'Chưa chọn Trưởng Ban kiểm phiếu.',
      source,
    });
  }
  if (memberIds.length < min || memberIds.length > max) {
    findings.push({
      id: 'R14.size',
      severity: 'error',
      message: `Ban kiểm phiếu có từ ${min} đến ${max} người (kể cả Trưởng ban); đang có ${memberIds.length}.`,
      source,
    });
  }
  for (const id of memberIds) {
    const person = byId.get(id);
    if (!person || !person.active) {
      findings.push({
        id: `R14.notStaff:${id}`,
        severity: 'error',
        message: `${person?.fullName ?? 'Một thành viên Ban kiểm phiếu'} không có trong danh sách cán bộ đang công tác.`,
        source,
      });
    } else if (candidateIds.has(id)) {
      findings.push({
        id: `R14.candidate:${id}`,
        severity: 'error',
        message: `${person.fullName} là người ứng cử nên không được ở Ban kiểm phiếu.`,
        source: BOARD_EXCLUSION_SOURCE,
      });
    }
  }
  const witnesses = board.witnesses.filter((w) => w.personId || w.name.trim());
  if (witnesses.length !== witnessCount) {
    findings.push({
      id: 'R14.witnesses',
      severity: 'warning',
      message: `Ban kiểm phiếu mời ${witnessCount} người chứng kiến kiểm phiếu; đang ghi ${witnesses.length}.`,
      source,
    });
  }
  for (const w of witnesses) {
    if (!w.personId) continue;
    const name = byId.get(w.personId)?.fullName ?? w.name;
    if (candidateIds.has(w.personId) || memberIds.includes(w.personId)) {
      findings.push({
        id: `R14.witnessRole:${w.personId}`,
        severity: 'warning',
        message: `${name} là ${candidateIds.has(w.personId) ? 'người ứng cử' : 'thành viên Ban kiểm phiếu'}: nên mời người khác chứng kiến kiểm phiếu.`,
        source: BOARD_EXCLUSION_SOURCE,
      });
    }
  }
  return findings;
}

/** R15, R16 — rules that differ from the defaults are shown with their consequence. */
function ruleFindings(election: Election, rules: RuleSet): ElectionFinding[] {
  const findings: ElectionFinding[] = [];
  if (election.winningBase === 'validBallots') {
    findings.push({
      id: 'R16.base',
      severity: 'warning',
      message:
        'Tỷ lệ trúng cử tính trên số phiếu hợp lệ, không phải số người có mặt tại hội nghị như Luật quy định cho các quyết định của hội nghị: mọi văn bản sẽ ghi rõ cơ sở này.',
      source: rules.boardWinFraction.source,
    });
  }
  if (!election.validity.overVoteInvalid) {
    findings.push({
      id: 'R15.overVote',
      severity: 'warning',
      message:
        'Phiếu để lại nhiều tên hơn số lượng cần bầu vẫn được tính là hợp lệ (khác với quy tắc thông thường).',
      source: VALIDITY_SOURCE,
    });
  }
  if (!election.validity.allStruckInvalid) {
    findings.push({
      id: 'R15.allStruck',
      severity: 'info',
      message: 'Phiếu gạch hết tên được tính là phiếu hợp lệ không bầu cho ai.',
      source: VALIDITY_SOURCE,
    });
  }
  return findings;
}

function termFindings(election: Election, ctx: SetupContext): ElectionFinding[] {
  const year = ctx.conference?.year;
  if (election.termFromYear === undefined || year === undefined) return [];
  if (election.kind === 'fullTerm' && election.termFromYear !== year) {
    return [
      {
        id: 'R21.term',
        severity: 'warning',
        message: `Nhiệm kỳ ghi từ năm ${election.termFromYear}, khác năm của hội nghị (${year}).`,
        source: ctx.rules.boardTermYears.source,
      },
    ];
  }
  return [];
}

/**
 * Everything the setup screen shows, in the order of the rules. A waived election has only its
 * waiver's findings.
 */
export function electionSetupFindings(election: Election, ctx: SetupContext): ElectionFinding[] {
  if (election.waiver) return waiverFindings(election, ctx);
  const { rules, staffCount } = ctx;
  const small: ElectionFinding[] =
    staffCount <= rules.optionalAtOrBelow.value
      ? [
          {
            id: 'R4.small',
            severity: 'warning',
            message: `Đơn vị có ${staffCount} người (không quá ${rules.optionalAtOrBelow.value}): không tổ chức Ban Thanh tra nhân dân; hãy ghi "không bầu" thay vì thiết lập bầu cử.`,
            source: rules.optionalAtOrBelow.source,
          },
        ]
      : [];
  return [
    ...small,
    ...seatFindings(election, rules),
    ...candidateFindings(election, ctx),
    ...countingBoardFindings(election, ctx),
    ...ruleFindings(election, rules),
    ...termFindings(election, ctx),
  ];
}
