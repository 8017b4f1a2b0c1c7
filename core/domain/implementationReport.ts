/**
 * What next year's reports say about implementing this year's resolution, drafted from what was
 * tracked (issue 7, item 7): the union report's section "kết quả thực hiện nghị quyết năm trước"
 * (D7; Luật 10/2022/QH15 Điều 51.3.b), the skeleton of the head's report (D6: targets against what
 * was achieved, done and not done with the reasons, per part of the resolution) and the facts of
 * the Ban TTND's annual report (D8; Điều 51.4.đ, 62.3): inspections, recommendations and the head's
 * answers. Every count is made here; the document builders only lay it out.
 */
import type { BoardSummary } from './boardWorkView';
import { formatDateVi } from './dates';
import type { FollowUpGroup, FollowUpStatus } from './followUp';
import { followUpDashboard, type StatusCounts } from './followUpDashboard';
import { followUpView, type FollowUpItemView, type ViewContext } from './followUpView';
import type { Conference } from './conference';
import { FOLLOW_UP_STATUS_LABELS } from './glossary';
import type { AnswerState } from './boardWorkView';

export interface ReportLine {
  itemId: string;
  title: string;
  group: FollowUpGroup;
  indicator: string | null;
  target: number | null;
  achieved: number | null;
  unitOfMeasure: string | null;
  percentOfTarget: number | null;
  status: FollowUpStatus;
  statusLabel: string;
  /** The reason given for "không thực hiện được" ('' otherwise). */
  reason: string;
  ownerText: string;
  deadline: string | null;
  completedOn: string | null;
  completedLate: boolean;
  overdue: boolean;
  /** "Quyết định số 12/QĐ-UBND ngày 05/03/2027", "bao-cao.pdf". */
  evidence: string[];
  issues: string;
  nextSteps: string;
}

export interface ReportTotals {
  total: number;
  byStatus: StatusCounts;
  overdue: number;
  percentDone: number;
}

export interface ReportSection {
  group: FollowUpGroup;
  label: string;
  lines: ReportLine[];
  totals: ReportTotals;
}

export interface ImplementationReport {
  conferenceId: string;
  year: number;
  title: string;
  adoptedOn: string | null;
  asOf: string;
  totals: ReportTotals;
  sections: ReportSection[];
  /** The numeric targets: value set, value achieved, share. */
  targets: ReportLine[];
  /** Closed as "không thực hiện được", with the reasons. */
  notDone: ReportLine[];
  /** Still open on `asOf` (carried into next year when it is created). */
  unfinished: ReportLine[];
  reviews: { number: number; asOf: string; notifiedOn: string | null; noticeNumber: string }[];
  board: {
    summary: BoardSummary;
    inspections: {
      subject: string;
      plannedOn: string;
      resultOn: string | null;
      result: string;
      resultDocumentNumber: string;
    }[];
    recommendations: {
      content: string;
      receivedOn: string;
      answerDueOn: string;
      answeredOn: string | null;
      answerState: AnswerState;
      answer: string;
    }[];
  };
}

function reportLine(item: FollowUpItemView): ReportLine {
  return {
    itemId: item.id,
    title: item.title,
    group: item.state.group,
    indicator: item.indicator ?? null,
    target: item.target ?? null,
    achieved: item.achieved ?? null,
    unitOfMeasure: item.unitOfMeasure ?? null,
    percentOfTarget: item.state.percentOfTarget,
    status: item.status,
    statusLabel: FOLLOW_UP_STATUS_LABELS[item.status],
    reason: item.status === 'notDone' ? item.notDoneReason.trim() : '',
    ownerText: item.state.ownerText,
    deadline: item.deadline ?? null,
    completedOn: item.completedOn ?? null,
    completedLate: item.state.completedLate,
    overdue: item.state.overdue,
    evidence: item.evidence.map((e) =>
      e.kind === 'file'
        ? e.fileName
        : `Văn bản số ${e.documentNumber}${e.documentDate ? ` ngày ${formatDateVi(e.documentDate)}` : ''}`,
    ),
    issues: item.issues,
    nextSteps: item.nextSteps,
  };
}

function totalsOf(items: readonly FollowUpItemView[], asOf: string): ReportTotals {
  const d = followUpDashboard(items, asOf);
  return { total: d.total, byStatus: d.byStatus, overdue: d.overdue, percentDone: d.percentDone };
}

export function implementationReport(
  conference: Conference,
  ctx: ViewContext,
): ImplementationReport {
  const view = followUpView(conference, ctx);
  const dashboard = view.dashboard;
  const sections = dashboard.groups.map((g) => {
    const items = view.items.filter((i) => i.state.group === g.group);
    return {
      group: g.group,
      label: g.label,
      lines: items.map(reportLine),
      totals: totalsOf(items, ctx.today),
    };
  });
  const lines = view.items.map(reportLine);
  return {
    conferenceId: view.conferenceId,
    year: view.year,
    title: view.title,
    adoptedOn: view.adoptedOn,
    asOf: ctx.today,
    totals: totalsOf(view.items, ctx.today),
    sections,
    targets: lines.filter((l) => l.target !== null),
    notDone: lines.filter((l) => l.status === 'notDone'),
    unfinished: lines.filter((l) => l.status === 'notStarted' || l.status === 'inProgress'),
    reviews: view.reviews.map((r) => ({
      number: r.number,
      asOf: r.asOf,
      notifiedOn: r.notifiedOn ?? null,
      noticeNumber: r.noticeNumber,
    })),
    board: {
      summary: view.board.summary,
      inspections: view.board.inspections.map((i) => ({
        subject: i.subject,
        plannedOn: i.plannedOn,
        resultOn: i.resultOn ?? null,
        result: i.result,
        resultDocumentNumber: i.resultDocumentNumber,
      })),
      recommendations: view.board.recommendations.map((r) => ({
        content: r.content,
        receivedOn: r.receivedOn,
        answerDueOn: r.answerDueOn,
        answeredOn: r.answeredOn ?? null,
        answerState: r.answerState,
        answer: r.answer,
      })),
    },
  };
}
