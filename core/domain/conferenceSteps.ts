import type { Conference } from './conference';
import {
  activeStaff,
  conferenceFindings,
  conferenceQuorum,
  conferenceWindow,
  isConferenceOptional,
  type Finding,
} from './conferenceRules';
import { formatDateVi } from './dates';
import type { Person } from './person';
import type { RuleSet } from '../rules/ruleSets';
import { missingUnitFields, type UnitProfile } from './unit';
import { validateAgenda } from './agenda';
import { boardStatus, type BoardStatus } from './boardStatus';
import { electionOutcome } from './electionRounds';
import { electionSetupFindings } from './electionSetup';
import { preparationSummary } from './preparationPlan';
import { followUpStep } from './followUpStep';
import { resolutionStep } from './resolutionStep';
import type { InspectionBoard } from './workspace';

/** The eight steps of the year (DOMAIN.md). */
export const STEP_IDS = [
  'unit',
  'setup',
  'preparation',
  'agenda',
  'day',
  'election',
  'resolution',
  'followUp',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_TITLES: Record<StepId, string> = {
  unit: 'Đơn vị và danh sách cán bộ',
  setup: 'Thiết lập hội nghị',
  preparation: 'Chuẩn bị',
  agenda: 'Chương trình và kịch bản',
  day: 'Ngày hội nghị: điểm danh',
  election: 'Bầu Ban Thanh tra nhân dân',
  resolution: 'Nghị quyết và biên bản',
  followUp: 'Theo dõi thực hiện',
};

/**
 * `notAvailable`: the step belongs to a capability this version does not have yet — shown, not
 * hidden, so the user sees the whole year. `notApplicable`: the rules say the step does not apply.
 */
export type StepState =
  'notStarted' | 'inProgress' | 'done' | 'needsAttention' | 'notApplicable' | 'notAvailable';

export interface Step {
  id: StepId;
  title: string;
  state: StepState;
  /** Why the step is in this state, in a sentence. */
  reason: string;
  /** What to do next here, as a button label; absent when nothing is to be done. */
  action?: string;
}

export interface StepInputs {
  unit: UnitProfile;
  people: readonly Person[];
  conference: Conference;
  rules: RuleSet;
  today: string;
  inspectionBoard?: InspectionBoard;
}

function unitStep({ unit, people }: StepInputs): Step {
  const base = { id: 'unit' as const, title: STEP_TITLES.unit };
  const staff = activeStaff(people);
  const missing = missingUnitFields(unit);
  if (staff.length === 0 && missing.length === 4) {
    return {
      ...base,
      state: 'notStarted',
      reason: 'Chưa có thông tin đơn vị và danh sách cán bộ.',
      action: 'Nhập thông tin đơn vị',
    };
  }
  if (staff.length === 0) {
    return {
      ...base,
      state: 'inProgress',
      reason: 'Chưa có danh sách cán bộ.',
      action: 'Nhập danh sách từ Excel',
    };
  }
  if (missing.length > 0) {
    return {
      ...base,
      state: 'inProgress',
      reason: `Còn thiếu: ${missing.join(', ')}.`,
      action: 'Bổ sung thông tin đơn vị',
    };
  }
  const heads = staff.filter((p) => p.roles.includes('head'));
  if (heads.length !== 1) {
    return {
      ...base,
      state: 'needsAttention',
      reason:
        heads.length === 0
          ? 'Chưa xác định thủ trưởng đơn vị trong danh sách.'
          : `Có ${heads.length} người được đánh dấu là thủ trưởng.`,
      action: 'Kiểm tra vai trò',
    };
  }
  return {
    ...base,
    state: 'done',
    reason: `${staff.length} người đang công tác; thông tin đơn vị đầy đủ.`,
  };
}

function setupStep(input: StepInputs, findings: Finding[]): Step {
  const { conference, unit, rules } = input;
  const base = { id: 'setup' as const, title: STEP_TITLES.setup };
  const errors = findings.filter((f) => f.level === 'error');
  const warnings = findings.filter((f) => f.level === 'warning');
  if (errors.length > 0) {
    return {
      ...base,
      state: 'needsAttention',
      reason: errors[0]?.message ?? '',
      action: 'Sửa thiết lập',
    };
  }
  if (!conference.date || !conference.venue) {
    const window =
      conference.kind === 'regular' ? conferenceWindow(conference.year, unit, rules) : undefined;
    const due = window ? ` Hạn tổ chức: ${formatDateVi(window.deadline)}.` : '';
    return {
      ...base,
      state: conference.date || conference.venue ? 'inProgress' : 'notStarted',
      reason: `Chưa có ${!conference.date ? 'ngày' : 'địa điểm'} tổ chức.${due}`,
      action: 'Chọn ngày và địa điểm',
    };
  }
  if (warnings.length > 0) {
    return {
      ...base,
      state: 'needsAttention',
      reason: warnings[0]?.message ?? '',
      action: 'Xem lại thiết lập',
    };
  }
  const form =
    conference.form === 'full'
      ? 'toàn thể'
      : `đại biểu (${conference.delegateIds.length} đại biểu)`;
  return {
    ...base,
    state: 'done',
    reason: `Hội nghị ${form}, ngày ${formatDateVi(conference.date)} tại ${conference.venue}.`,
  };
}

function dayStep(input: StepInputs): Step {
  const { conference, people, rules, today } = input;
  const base = { id: 'day' as const, title: STEP_TITLES.day };
  const quorum = conferenceQuorum(conference, people, rules);
  const counts = `${quorum.present}/${quorum.base} có mặt, cần ${quorum.needed}`;
  if (quorum.present === 0) {
    const late = conference.date !== undefined && conference.date < today;
    return {
      ...base,
      state: late ? 'needsAttention' : 'notStarted',
      reason: late
        ? `Ngày hội nghị (${formatDateVi(conference.date ?? today)}) đã qua nhưng chưa có điểm danh.`
        : 'Chưa điểm danh.',
      action: 'Mở màn hình điểm danh',
    };
  }
  if (!quorum.reached) {
    return {
      ...base,
      state: 'inProgress',
      reason: `Chưa đủ số người: ${counts}.`,
      action: 'Tiếp tục điểm danh',
    };
  }
  return { ...base, state: 'done', reason: `Đủ điều kiện tiến hành: ${counts}.` };
}

function preparationStep({ conference, today }: StepInputs): Step {
  const base = { id: 'preparation' as const, title: STEP_TITLES.preparation };
  const tasks = conference.preparationTasks;
  if (tasks.length === 0) {
    return {
      ...base,
      state: 'notStarted',
      reason: 'Chưa lập danh sách việc chuẩn bị.',
      action: 'Lập kế hoạch chuẩn bị',
    };
  }
  const summary = preparationSummary(tasks, today);
  const counts = `${summary.done}/${summary.total} việc đã xong`;
  if (summary.overdue > 0) {
    return {
      ...base,
      state: 'needsAttention',
      reason: `${summary.overdue} việc quá hạn; ${counts}.`,
      action: 'Xem việc quá hạn',
    };
  }
  if (summary.done === summary.total)
    return { ...base, state: 'done', reason: `Cả ${summary.total} việc đã xong.` };
  const soon = summary.dueSoon > 0 ? ` ${summary.dueSoon} việc sắp đến hạn.` : '';
  return { ...base, state: 'inProgress', reason: `${counts}.${soon}`, action: 'Tiếp tục chuẩn bị' };
}

function agendaStep(input: StepInputs): Step {
  const { conference, people, rules, inspectionBoard } = input;
  const base = { id: 'agenda' as const, title: STEP_TITLES.agenda };
  if (conference.agenda.length === 0) {
    return {
      ...base,
      state: 'notStarted',
      reason: 'Chưa có chương trình hội nghị.',
      action: 'Tạo chương trình',
    };
  }
  const board = boardStatus(inspectionBoard, conference, people, rules);
  const errors = validateAgenda(conference.agenda, {
    electionDue: board.due,
    hasBoard: board.hasBoard,
    form: conference.form,
  }).filter((f) => f.level === 'error');
  if (errors.length > 0) {
    return {
      ...base,
      state: 'needsAttention',
      reason: errors[0]?.message ?? '',
      action: 'Sửa chương trình',
    };
  }
  const { presidiumIds, secretaryIds } = conference.presidium;
  if (presidiumIds.length === 0 || secretaryIds.length === 0) {
    return {
      ...base,
      state: 'inProgress',
      reason: `Chương trình có ${conference.agenda.length} mục; chưa chọn ${presidiumIds.length === 0 ? 'đoàn chủ tịch' : 'thư ký'}.`,
      action: 'Chọn đoàn chủ tịch, thư ký',
    };
  }
  return {
    ...base,
    state: 'done',
    reason: `Chương trình ${conference.agenda.length} mục theo đúng thứ tự Điều 51.4.`,
  };
}

/**
 * The election step from where the election stands (electionRounds.ts): not applicable when the
 * unit is too small (Điều 60.1), the election is waived, or no election is due and none was set
 * up (a by-election can still be set up at any conference, Điều 60.3).
 */
function electionStep(input: StepInputs, board: BoardStatus): Step {
  const { conference, people, rules } = input;
  const base = { id: 'election' as const, title: STEP_TITLES.election };
  const election = conference.election;
  if (election?.waiver) return { ...base, state: 'notApplicable', reason: board.reason };
  if (!election && !board.due) {
    return {
      ...base,
      state: 'notApplicable',
      reason: `${board.reason} Khi Ban khuyết thành viên, hội nghị có thể bầu bổ sung.`,
    };
  }
  const outcome = electionOutcome(election, people, rules);
  switch (outcome.status) {
    case 'waived':
      return { ...base, state: 'notApplicable', reason: board.reason };
    case 'notSetUp':
      return election
        ? {
            ...base,
            state: 'inProgress',
            reason: outcome.message,
            action: 'Tiếp tục thiết lập bầu cử',
          }
        : {
            ...base,
            state: 'notStarted',
            reason: board.reason,
            action: 'Thiết lập bầu cử',
          };
    case 'setUp': {
      const error = election
        ? electionSetupFindings(election, {
            people,
            rules,
            staffCount: activeStaff(people).length,
            conference,
          }).find((f) => f.severity === 'error')
        : undefined;
      return error
        ? {
            ...base,
            state: 'needsAttention',
            reason: error.message,
            action: 'Sửa thiết lập bầu cử',
          }
        : { ...base, state: 'inProgress', reason: outcome.message, action: 'Bắt đầu bầu' };
    }
    case 'counting':
      return {
        ...base,
        state: 'inProgress',
        reason: outcome.message,
        action: 'Tiếp tục kiểm phiếu',
      };
    case 'needsDecision':
      return {
        ...base,
        state: 'needsAttention',
        reason: outcome.message,
        action: 'Ghi quyết định của đoàn chủ tịch',
      };
    case 'complete':
      return { ...base, state: 'done', reason: outcome.message };
  }
}

/** The guided view: each step's state computed from the data, never stored. */
export function conferenceSteps(input: StepInputs): Step[] {
  const findings = conferenceFindings(input.conference, input.unit, input.people, input.rules);
  const optional = isConferenceOptional(activeStaff(input.people).length, input.rules);
  const election: Step = optional
    ? {
        id: 'election',
        title: STEP_TITLES.election,
        state: 'notApplicable',
        reason: `Đơn vị không quá ${input.rules.optionalAtOrBelow.value} người: không tổ chức Ban Thanh tra nhân dân (${input.rules.optionalAtOrBelow.source}).`,
      }
    : electionStep(
        input,
        boardStatus(input.inspectionBoard, input.conference, input.people, input.rules),
      );
  return [
    unitStep(input),
    setupStep(input, findings),
    preparationStep(input),
    agendaStep(input),
    dayStep(input),
    election,
    {
      id: 'resolution',
      title: STEP_TITLES.resolution,
      ...resolutionStep(input.conference, input.people, input.rules),
    },
    {
      id: 'followUp',
      title: STEP_TITLES.followUp,
      ...followUpStep(input.conference, input.people, input.rules, input.today),
    },
  ];
}

/** The one "next thing to do": the first step that asks for an action. */
export function nextStep(steps: readonly Step[]): Step | undefined {
  return steps.find((s) => s.action !== undefined && s.state !== 'done');
}
