/**
 * R22 — the Ban TTND's year checked against its clocks on a given day:
 * - an inspection's subject is notified at least 5 working days before it (Nghị định 59/2023/NĐ-CP
 *   Điều 22.1.b): the latest day is the 5th working day before, counted as workingDays.ts counts
 *   ("báo trước ít nhất N ngày làm việc"), with the unit's holiday table — Tết included;
 * - the head answers a recommendation within 15 days of receiving it (Luật 10/2022/QH15 Điều
 *   63.1.c; calendar days, moved to the next working day when the 15th is a day off — periodDeadline.ts);
 * - reports to the union executive each quarter, the first six months and the year (Điều 22.3),
 *   each due by the last day of its period (practice: the decree names the periods, not the day).
 * Nothing here is stored: the records are boardWork.ts.
 */
import { REPORT_SLOTS, periodLabel, periodRange, type PeriodRef } from './boardPeriods';
import type {
  BoardProgramme,
  BoardReport,
  BoardWork,
  Inspection,
  Recommendation,
} from './boardWork';
import { formatDateVi } from './dates';
import type { HolidayTable } from './holidays';
import { calendarDaysBetween, daysDeadline, nextWorkingDayFrom } from './periodDeadline';
import { DUE_SOON_DAYS } from './followUpItemState';
import { addWorkingDays, workingDaysBetween } from './workingDays';
import type { RuleSet } from '../rules/ruleSets';

export interface BoardContext {
  today: string;
  /** The conference's year: the board's quarters and reports are this year's. */
  year: number;
  holidays: HolidayTable;
  rules: Pick<RuleSet, 'inspectionNoticeWorkingDays' | 'recommendationAnswerDays'>;
}

export type NoticeState = 'ok' | 'late' | 'missing' | 'pending';
export type ResultState = 'recorded' | 'awaiting' | 'planned';

export interface InspectionView extends Inspection {
  /** The last day the subject may be notified. */
  latestNoticeOn: string;
  /** Working days between the notice and the inspection, when notified. */
  noticeWorkingDays: number | null;
  noticeState: NoticeState;
  resultState: ResultState;
  problems: string[];
}

export type AnswerState = 'answered' | 'answeredLate' | 'awaiting' | 'overdue';

export interface RecommendationView extends Recommendation {
  answerDueOn: string;
  answerState: AnswerState;
  /** Due date − today while unanswered; null once answered. */
  daysLeft: number | null;
  /** Days past the due date (answered late, or still unanswered after it); 0 otherwise. */
  daysLate: number;
  problems: string[];
}

export type ReportState = 'submitted' | 'overdue' | 'dueSoon' | 'upcoming';

export interface ReportSlotView {
  period: PeriodRef;
  label: string;
  dueOn: string;
  report: BoardReport | null;
  state: ReportState;
}

export interface ProgrammeView extends BoardProgramme {
  label: string;
  from: string;
  to: string;
}

export interface BoardSummary {
  programmes: number;
  inspections: {
    total: number;
    resultRecorded: number;
    awaitingResult: number;
    noticeLate: number;
    noticeMissing: number;
  };
  recommendations: {
    total: number;
    answered: number;
    answeredLate: number;
    awaiting: number;
    overdue: number;
  };
  reports: { expected: number; submitted: number; overdue: number; dueSoon: number };
}

export interface BoardWorkView {
  programmes: ProgrammeView[];
  inspections: InspectionView[];
  recommendations: RecommendationView[];
  reports: ReportSlotView[];
  /** End-of-term and on-request reports, which have no slot in the year. */
  otherReports: BoardReport[];
  summary: BoardSummary;
}

export function inspectionView(inspection: Inspection, ctx: BoardContext): InspectionView {
  const rule = ctx.rules.inspectionNoticeWorkingDays;
  const latestNoticeOn = addWorkingDays(inspection.plannedOn, -rule.value, ctx.holidays);
  const problems: string[] = [];
  let noticeState: NoticeState;
  let noticeWorkingDays: number | null = null;
  if (inspection.notifiedOn) {
    noticeWorkingDays = workingDaysBetween(
      inspection.notifiedOn,
      inspection.plannedOn,
      ctx.holidays,
    );
    noticeState = inspection.notifiedOn <= latestNoticeOn ? 'ok' : 'late';
    if (noticeState === 'late') {
      problems.push(
        `Thông báo cho đối tượng kiểm tra ngày ${formatDateVi(inspection.notifiedOn)}, chỉ trước ${Math.max(0, noticeWorkingDays)} ngày làm việc: phải thông báo trước ít nhất ${rule.value} ngày làm việc, chậm nhất ngày ${formatDateVi(latestNoticeOn)} (${rule.source}).`,
      );
    }
  } else if (ctx.today > latestNoticeOn) {
    noticeState = 'missing';
    problems.push(
      `Chưa thông báo cho đối tượng kiểm tra; hạn thông báo là ngày ${formatDateVi(latestNoticeOn)} (trước ít nhất ${rule.value} ngày làm việc, ${rule.source}).`,
    );
  } else {
    noticeState = 'pending';
  }
  const recorded = inspection.resultOn !== undefined || inspection.result.trim() !== '';
  const resultState: ResultState = recorded
    ? 'recorded'
    : ctx.today > inspection.plannedOn
      ? 'awaiting'
      : 'planned';
  return { ...inspection, latestNoticeOn, noticeWorkingDays, noticeState, resultState, problems };
}

export function recommendationView(
  recommendation: Recommendation,
  ctx: BoardContext,
): RecommendationView {
  const rule = ctx.rules.recommendationAnswerDays;
  const answerDueOn = daysDeadline(recommendation.receivedOn, rule.value, ctx.holidays);
  const problems: string[] = [];
  const answeredOn = recommendation.answeredOn;
  if (answeredOn) {
    const daysLate = Math.max(0, calendarDaysBetween(answerDueOn, answeredOn));
    if (daysLate > 0) {
      problems.push(
        `Thủ trưởng trả lời ngày ${formatDateVi(answeredOn)}, chậm ${daysLate} ngày so với hạn ${formatDateVi(answerDueOn)} (${rule.value} ngày kể từ ngày nhận kiến nghị, ${rule.source}).`,
      );
    }
    return {
      ...recommendation,
      answerDueOn,
      answerState: daysLate > 0 ? 'answeredLate' : 'answered',
      daysLeft: null,
      daysLate,
      problems,
    };
  }
  const daysLeft = calendarDaysBetween(ctx.today, answerDueOn);
  if (daysLeft < 0) {
    problems.push(
      `Thủ trưởng chưa trả lời kiến nghị; hạn trả lời là ngày ${formatDateVi(answerDueOn)} (${rule.value} ngày kể từ ngày nhận, ${rule.source}).`,
    );
  }
  return {
    ...recommendation,
    answerDueOn,
    answerState: daysLeft < 0 ? 'overdue' : 'awaiting',
    daysLeft,
    daysLate: Math.max(0, -daysLeft),
    problems,
  };
}

function reportSlots(reports: readonly BoardReport[], ctx: BoardContext): ReportSlotView[] {
  return REPORT_SLOTS.map((period) => {
    const dueOn = nextWorkingDayFrom(periodRange(period, ctx.year).to, ctx.holidays);
    const report =
      reports.find((r) => r.period.kind === period.kind && r.period.number === period.number) ??
      null;
    const daysLeft = calendarDaysBetween(ctx.today, dueOn);
    const state: ReportState = report?.submittedOn
      ? 'submitted'
      : daysLeft < 0
        ? 'overdue'
        : daysLeft <= DUE_SOON_DAYS
          ? 'dueSoon'
          : 'upcoming';
    return { period, label: `Báo cáo ${periodLabel(period, ctx.year)}`, dueOn, report, state };
  });
}

const count = <T>(list: readonly T[], test: (item: T) => boolean) => list.filter(test).length;

export function boardWorkView(board: BoardWork, ctx: BoardContext): BoardWorkView {
  const programmes = board.programmes.map((p) => ({
    ...p,
    label: periodLabel(p.period, ctx.year),
    ...periodRange(p.period, ctx.year),
  }));
  const inspections = [...board.inspections]
    .sort((a, b) => a.plannedOn.localeCompare(b.plannedOn))
    .map((i) => inspectionView(i, ctx));
  const recommendations = [...board.recommendations]
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
    .map((r) => recommendationView(r, ctx));
  const reports = reportSlots(board.reports, ctx);
  const inSlot = new Set(reports.map((s) => s.report?.id).filter((id) => id !== undefined));
  return {
    programmes,
    inspections,
    recommendations,
    reports,
    otherReports: board.reports.filter((r) => !inSlot.has(r.id)),
    summary: {
      programmes: programmes.length,
      inspections: {
        total: inspections.length,
        resultRecorded: count(inspections, (i) => i.resultState === 'recorded'),
        awaitingResult: count(inspections, (i) => i.resultState === 'awaiting'),
        noticeLate: count(inspections, (i) => i.noticeState === 'late'),
        noticeMissing: count(inspections, (i) => i.noticeState === 'missing'),
      },
      recommendations: {
        total: recommendations.length,
        answered: count(recommendations, (r) => r.answerState === 'answered'),
        answeredLate: count(recommendations, (r) => r.answerState === 'answeredLate'),
        awaiting: count(recommendations, (r) => r.answerState === 'awaiting'),
        overdue: count(recommendations, (r) => r.answerState === 'overdue'),
      },
      reports: {
        expected: reports.length,
        submitted: count(reports, (r) => r.state === 'submitted'),
        overdue: count(reports, (r) => r.state === 'overdue'),
        dueSoon: count(reports, (r) => r.state === 'dueSoon'),
      },
    },
  };
}
