/**
 * D8 — Báo cáo hoạt động của Ban Thanh tra nhân dân and its work programme for next year
 * (domain-research §5 row D8): the board reports to the conference on its year (Luật 10/2022/QH15
 * Điều 51.4.đ, 62.3; Nghị định 59/2023/NĐ-CP Điều 22) — its programmes, the inspections with their
 * written results, the recommendations to the head with the head's answers against the 15-day
 * clock (Điều 63.1.c), the reports sent to the union executive (Điều 22.3), how the resolution it
 * watched stands — and proposes next year's programme, the unfinished items first.
 *
 * Built from the board's records of this conference's year (followUp.board) checked against
 * their clocks on the day of generating (boardWorkView.ts) and the follow-up items' state on that
 * day; every count is made in core. Signed for the board by its head (documentHeaderFor) under
 * the union's header by default.
 */
import { boardWorkView, type BoardWorkView } from '../domain/boardWorkView';
import { formatDateVi } from '../domain/dates';
import { followUpDashboard, type FollowUpDashboard } from '../domain/followUpDashboard';
import { followUpItemViews } from '../domain/followUpView';
import { EMPTY_HOLIDAY_TABLE } from '../domain/holidays';
import { normalizeText } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import type { FollowUpBlock, FollowUpDocumentData, FollowUpTableLayout } from './followUpBlocks';
import type { FollowUpWordingValues } from './followUpWording';
import { countValues } from './reviewFacts';
import { fillWording } from './scriptWording';
import { conferenceFullName } from '../domain/attendanceList';

/** D8 is offered once the board has a record of its year: a programme, an inspection, a recommendation or a report. */
export function boardReportApplies(ctx: Pick<DocumentContext, 'conference'>): boolean {
  const b = ctx.conference.followUp.board;
  return (
    b.programmes.length + b.inspections.length + b.recommendations.length + b.reports.length > 0
  );
}

export interface BoardReportData extends FollowUpDocumentData {
  board: BoardWorkView;
  /** The follow-up items' figures on the day of generating. */
  resolution: FollowUpDashboard;
  inspectionRows: string[][];
  recommendationRows: string[][];
  /** Next year's programme: the standing duties, then the items still open. */
  nextYearLines: string[];
}

const documentRef = (number: string, date: string | undefined) =>
  [number ? `số ${normalizeText(number)}` : '', date ? `ngày ${formatDateVi(date)}` : '']
    .filter(Boolean)
    .join(' ');

function inspectionRow(i: BoardWorkView['inspections'][number], n: number): string[] {
  const subject = [normalizeText(i.subject), normalizeText(i.content)].filter(Boolean).join(': ');
  const ref = documentRef(i.resultDocumentNumber, i.resultOn);
  const result =
    i.resultState === 'recorded'
      ? `${normalizeText(i.result) || 'Đã có kết quả'}${ref ? ` (văn bản ${ref})` : ''}`
      : 'Chưa có kết quả bằng văn bản';
  const notice =
    i.noticeState === 'late'
      ? `; thông báo cho đối tượng kiểm tra chậm (trước ${Math.max(0, i.noticeWorkingDays ?? 0)} ngày làm việc)`
      : i.noticeState === 'missing'
        ? '; chưa thông báo cho đối tượng kiểm tra'
        : '';
  return [String(n), subject, formatDateVi(i.plannedOn), `${result}${notice}`];
}

function recommendationRow(r: BoardWorkView['recommendations'][number], n: number): string[] {
  const number = normalizeText(r.documentNumber);
  const content = `${normalizeText(r.content)}${number ? ` (số ${number})` : ''}`;
  const dates = `Nhận ${formatDateVi(r.receivedOn)}; hạn ${formatDateVi(r.answerDueOn)}`;
  let answer: string;
  if (r.answeredOn) {
    const late = r.answerState === 'answeredLate' ? ` (chậm ${r.daysLate} ngày)` : '';
    const text = normalizeText(r.answer);
    answer = `Trả lời ngày ${formatDateVi(r.answeredOn)}${late}${text ? `: ${text}` : ''}`;
  } else {
    answer =
      r.answerState === 'overdue' ? `Chưa trả lời (quá hạn ${r.daysLate} ngày)` : 'Chưa trả lời';
  }
  return [String(n), content, dates, answer];
}

/** The table, or nothing when it has no row: the paragraph before it gives the count (0). */
function tableIfAny(
  layout: FollowUpTableLayout,
  columns: readonly string[],
  rows: string[][],
): FollowUpBlock[] {
  return rows.length > 0 ? [{ kind: 'followUpTable', layout, columns, rows }] : [];
}

export function boardReportJob(ctx: DocumentContext): BoardReportData {
  const W = wordingFor('followUp', ctx.wording);
  const { conference, unit } = ctx;
  const year = conference.year;
  const holidays = ctx.holidays ?? EMPTY_HOLIDAY_TABLE;
  const board = boardWorkView(conference.followUp.board, {
    today: ctx.today,
    year,
    holidays,
    rules: ctx.rules,
  });
  const items = followUpItemViews(conference, {
    people: ctx.people,
    holidays,
    rules: ctx.rules,
    today: ctx.today,
    hasBoard: true,
  });
  const resolution = followUpDashboard(items, ctx.today);
  const s = board.summary;
  const values: FollowUpWordingValues = {
    unitName: normalizeText(unit.name),
    conferenceName: conferenceFullName({ year: year + 1, kind: 'regular' }),
    year,
    nextYear: year + 1,
    asOf: formatDateVi(ctx.today),
    programmes: s.programmes,
    inspections: s.inspections.total,
    resultRecorded: s.inspections.resultRecorded,
    recommendations: s.recommendations.total,
    answered: s.recommendations.answered,
    answeredLate: s.recommendations.answeredLate,
    unanswered: s.recommendations.awaiting + s.recommendations.overdue,
    answerDays: ctx.rules.recommendationAnswerDays.value,
    reportsSubmitted: s.reports.submitted,
    reportsExpected: s.reports.expected,
    ...countValues(resolution),
  };
  const fill = (template: string): string => fillWording(template, values);

  const programmeLines = board.programmes.map((p) => {
    const ref = documentRef(p.documentNumber, p.approvedOn);
    return `Chương trình công tác ${p.label}${ref ? ` (${ref})` : ''}`;
  });
  const inspectionRows = board.inspections.map((i, n) => inspectionRow(i, n + 1));
  const recommendationRows = board.recommendations.map((r, n) => recommendationRow(r, n + 1));
  const open = items.filter(
    (i) => i.origin !== 'clock' && (i.status === 'notStarted' || i.status === 'inProgress'),
  );
  const nextYearLines = [
    ...W.boardProgrammeStanding.map((l) => fill(l)),
    ...open.map((i) => `Giám sát việc hoàn thành: ${normalizeText(i.title).replace(/[.;]+$/, '')}`),
  ];

  const blocks: FollowUpBlock[] = [
    { kind: 'paragraph', text: fill(W.boardReportIntro) },
    { kind: 'heading', label: 'I.', text: fill(W.boardResultsTitle) },
    { kind: 'heading', label: '1.', text: W.boardProgrammesTitle },
    ...(programmeLines.length > 0
      ? [
          { kind: 'paragraph', text: fill(W.boardProgrammes) } as const,
          ...listItems(programmeLines),
        ]
      : [{ kind: 'paragraph', text: W.boardNoProgrammes } as const]),
    { kind: 'heading', label: '2.', text: W.boardInspectionsTitle },
    { kind: 'paragraph', text: fill(W.boardInspections) },
    ...tableIfAny('inspections', W.boardInspectionColumns, inspectionRows),
    { kind: 'heading', label: '3.', text: W.boardRecommendationsTitle },
    { kind: 'paragraph', text: fill(W.boardRecommendations) },
    ...tableIfAny('recommendations', W.boardRecommendationColumns, recommendationRows),
    { kind: 'heading', label: '4.', text: W.boardResolutionTitle },
    { kind: 'paragraph', text: fill(W.boardResolution) },
    { kind: 'heading', label: '5.', text: W.boardReportsTitle },
    { kind: 'paragraph', text: fill(W.boardReports) },
    { kind: 'heading', label: 'II.', text: W.boardAssessmentTitle },
    { kind: 'paragraph', text: fill(W.boardAssessment) },
    { kind: 'heading', label: 'III.', text: fill(W.boardProgrammeTitle) },
    { kind: 'paragraph', text: fill(W.boardProgrammeLead) },
    ...listItems(nextYearLines),
    { kind: 'paragraph', text: fill(W.boardClosing) },
  ];

  return {
    ...issuedShell(ctx, 'D8', ctx.today),
    typeName: W.boardReportType,
    summary: [fill(W.boardReportSummary)],
    blocks,
    recipients: { entries: W.boardRecipients.map((r) => fill(r)), archive: fill(W.boardArchive) },
    board,
    resolution,
    inspectionRows,
    recommendationRows,
    nextYearLines,
  };
}
