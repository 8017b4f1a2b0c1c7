/**
 * D22BC — Báo cáo kết quả kiểm tra, giám sát of one inspection by the Ban Thanh tra nhân dân
 * (domain-research §5 row D22; R22): the result of an inspection is set down in writing (Nghị định
 * 59/2023/NĐ-CP Điều 22.2.b) and reported to the union executive (Điều 22.3; Luật 10/2022/QH15
 * Điều 62), with the recommendations it led to, each against the head's 15-day answer (Luật Điều
 * 63.1.c). Printed from one inspection of the board's records (boardDocumentFacts.ts: the one
 * named, or the one whose result came last): subject, content, start and how far ahead the subject
 * was notified — a notice short of the 5 working days of Điều 22.1.b is stated as such, never
 * passed over — the result as the board wrote it, and its recommendations.
 *
 * A "BC" under the union's header by default, signed for the board by its head; dated the day of
 * the result once recorded. The number typed with the result prints until the register issues one.
 */
import { formatDateVi } from '../domain/dates';
import type { InspectionView, RecommendationView } from '../domain/boardWorkView';
import { recommendationView } from '../domain/boardWorkView';
import { normalizeText } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import type { FollowUpBlock, FollowUpDocumentData } from './followUpBlocks';
import {
  boardContext,
  boardDocumentReference,
  boardNumberText,
  boardWordingValues,
  hasResult,
  inspectionRecord,
  inspectionScopeBlocks,
  paragraphsOf,
  recommendationsOf,
  subjectInSentence,
  watchedItemTitle,
} from './boardDocumentFacts';
import type { BoardWorkWordingValues } from './boardWorkWording';
import { longDateText } from './planJob';
import { fillWording } from './scriptWording';

export interface InspectionReportData extends FollowUpDocumentData {
  inspection: InspectionView;
  /** The recommendations the inspection led to, with their answer clocks. */
  recommendations: RecommendationView[];
  /** One line per recommendation, as printed. */
  recommendationLines: string[];
  /** Problems for the screen (the document is built whatever they say). */
  problems: string[];
}

/** "Bổ sung … (kiến nghị số 04/KN-TTND; thủ trưởng nhận ngày 25/03/2026, hạn trả lời 09/04/2026)". */
function recommendationLine(r: RecommendationView): string {
  const number = normalizeText(r.documentNumber);
  const facts = [
    number ? `kiến nghị số ${number}` : '',
    `thủ trưởng nhận ngày ${formatDateVi(r.receivedOn)}, hạn trả lời ${formatDateVi(r.answerDueOn)}`,
    r.answeredOn ? `đã trả lời ngày ${formatDateVi(r.answeredOn)}` : '',
  ].filter(Boolean);
  return `${paragraphsOf(r.content)
    .join(' ')
    .replace(/[.;]+$/, '')} (${facts.join('; ')})`;
}

export function inspectionReportJob(ctx: DocumentContext): InspectionReportData {
  const W = wordingFor('boardWork', ctx.wording);
  const inspection = inspectionRecord(ctx, 'D22BC');
  const board = boardContext(ctx);
  const values: BoardWorkWordingValues = {
    ...boardWordingValues(ctx),
    subject: subjectInSentence(inspection.subject),
    plannedOn: longDateText(inspection.plannedOn),
    planNumber: boardDocumentReference(ctx, 'D22KH', inspection.id, {
      number: '',
      date: inspection.reportedOn ?? inspection.notifiedOn,
    }),
    ...(inspection.notifiedOn ? { notifiedOn: formatDateVi(inspection.notifiedOn) } : {}),
    ...(inspection.noticeWorkingDays !== null
      ? { noticeWorkingDays: Math.max(0, inspection.noticeWorkingDays) }
      : {}),
  };
  const fill = (template: string): string => fillWording(template, values);

  const problems: string[] = [];
  // Điều 22.1.b: the report says how far ahead the subject was notified, a shortfall included.
  let notice: string;
  if (inspection.noticeState === 'ok') notice = fill(W.reportNoticeGiven);
  else if (inspection.notifiedOn) {
    notice = fill(W.reportNoticeLate);
    problems.push(...inspection.problems);
  } else {
    notice = fill(W.reportNoticeMissing);
    problems.push(
      'Chưa ghi ngày thông báo kế hoạch cho đối tượng kiểm tra: báo cáo (D22BC) để trống ngày này.',
    );
  }
  const result = paragraphsOf(inspection.result);
  if (!hasResult(inspection) || result.length === 0) {
    problems.push(
      'Cuộc kiểm tra chưa ghi kết quả bằng văn bản (Điều 22.2.b Nghị định số 59/2023/NĐ-CP): báo cáo (D22BC) để trống phần kết quả.',
    );
  }

  const recommendations = recommendationsOf(ctx.conference, inspection.id).map((r) =>
    recommendationView(r, board),
  );
  const recommendationLines = recommendations.map(recommendationLine);

  const blocks: FollowUpBlock[] = [
    { kind: 'paragraph', text: fill(W.reportIntro) },
    { kind: 'heading', label: 'I.', text: W.reportScopeTitle },
    ...inspectionScopeBlocks(
      inspection,
      watchedItemTitle(ctx.conference, inspection.followUpItemId),
      W,
    ),
    { kind: 'paragraph', text: fill(W.reportTime) },
    { kind: 'paragraph', text: notice },
    { kind: 'heading', label: 'II.', text: W.reportResultTitle },
    ...(result.length > 0
      ? result.map((text): FollowUpBlock => ({ kind: 'paragraph', text }))
      : [{ kind: 'paragraph', text: W.reportNoResult } as const]),
    { kind: 'heading', label: 'III.', text: W.reportRecommendationsTitle },
    ...(recommendationLines.length > 0
      ? [
          { kind: 'paragraph', text: W.reportRecommendationsLead } as const,
          ...listItems(recommendationLines),
        ]
      : [{ kind: 'paragraph', text: W.reportNoRecommendations } as const]),
    { kind: 'paragraph', text: fill(W.reportClosing) },
  ];

  const shell = issuedShell(ctx, 'D22BC', inspection.resultOn ?? ctx.today);
  return {
    ...shell,
    numberText: boardNumberText(ctx, 'D22BC', shell.numberText),
    typeName: W.reportType,
    summary: [fill(W.reportSummary)],
    blocks,
    recipients: {
      entries: W.reportRecipients.map((r) => fill(r)),
      archive: fill(W.reportArchive),
    },
    inspection,
    recommendations,
    recommendationLines,
    problems,
  };
}
