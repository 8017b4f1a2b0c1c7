/**
 * D22KH — Kế hoạch kiểm tra, giám sát of one inspection by the Ban Thanh tra nhân dân
 * (domain-research §5 row D22; R22): purpose and requirements, subject and content, the start, the
 * board's members, and the day the plan is notified to the subject — at least 5 working days
 * before the inspection starts (Nghị định 59/2023/NĐ-CP Điều 22.1.b; Luật 10/2022/QH15 Điều 62),
 * counted with the unit's holiday table (workingDays.ts through boardWorkView.ts). The written
 * result follows in D22BC (Điều 22.2.b); what needs correcting goes to the head, who answers
 * within 15 days (Luật Điều 63.1.c).
 *
 * The notice is never printed as if it were lawful when it is not: a notice recorded too late, or
 * none recorded once its last day has passed, leaves the date blank in the plan ("ngày …") and is
 * reported in `problems` (shown with the preview), with the first start day the recorded notice
 * would allow. Not yet notified and still in time, the plan states the last day to notify.
 *
 * A "KH" (NĐ 30/2020/NĐ-CP Phụ lục III) under the union's header by default, signed for the board
 * by its head; dated the day it was reported to the union executive, else the day notified in
 * time, else the day of generating (never after the start).
 */
import { formatDateVi } from '../domain/dates';
import { EMPTY_HOLIDAY_TABLE } from '../domain/holidays';
import { addWorkingDays } from '../domain/workingDays';
import type { InspectionView } from '../domain/boardWorkView';
import type { DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import type { FollowUpBlock, FollowUpDocumentData } from './followUpBlocks';
import {
  boardDocumentReference,
  boardMembers,
  boardNumberText,
  boardWordingValues,
  inspectionRecord,
  inspectionScopeBlocks,
  memberLines,
  programmeCovering,
  programmePeriod,
  subjectInSentence,
  watchedItemTitle,
} from './boardDocumentFacts';
import type { BoardWorkWordingValues } from './boardWorkWording';
import { longDateText } from './planJob';
import { fillWording } from './scriptWording';

export interface InspectionPlanData extends FollowUpDocumentData {
  inspection: InspectionView;
  /** The notice date the plan prints (dd/mm/yyyy); undefined when it is left blank. */
  noticeText?: string;
  /** Problems for the screen: a notice too late or missing (the document leaves its date blank). */
  problems: string[];
}

/**
 * The date the plan bears: reported to the union executive, else notified in time, else today —
 * never after the start. A notice given too late dates nothing (the plan leaves it blank).
 */
export function planDate(inspection: InspectionView, today: string): string {
  if (inspection.reportedOn) return inspection.reportedOn;
  if (inspection.noticeState === 'ok' && inspection.notifiedOn) return inspection.notifiedOn;
  return today > inspection.plannedOn ? inspection.plannedOn : today;
}

export function inspectionPlanJob(ctx: DocumentContext): InspectionPlanData {
  const W = wordingFor('boardWork', ctx.wording);
  const inspection = inspectionRecord(ctx, 'D22KH');
  const holidays = ctx.holidays ?? EMPTY_HOLIDAY_TABLE;
  const noticeDays = ctx.rules.inspectionNoticeWorkingDays.value;
  const programme = programmeCovering(ctx.conference, inspection.plannedOn);
  const watched = watchedItemTitle(ctx.conference, inspection.followUpItemId);
  const values: BoardWorkWordingValues = {
    ...boardWordingValues(ctx),
    ...(programme ? programmePeriod(programme, ctx.conference.year) : {}),
    ...(programme
      ? {
          programmeNumber: boardDocumentReference(ctx, 'D22CT', programme.id, {
            number: programme.documentNumber,
            date: programme.approvedOn,
          }),
        }
      : {}),
    subject: subjectInSentence(inspection.subject),
    plannedOn: longDateText(inspection.plannedOn),
    latestNoticeOn: formatDateVi(inspection.latestNoticeOn),
    ...(inspection.notifiedOn ? { notifiedOn: formatDateVi(inspection.notifiedOn) } : {}),
    ...(inspection.noticeWorkingDays !== null
      ? { noticeWorkingDays: inspection.noticeWorkingDays }
      : {}),
    ...(inspection.reportedOn ? { reportedOn: formatDateVi(inspection.reportedOn) } : {}),
    ...(watched ? { resolutionItem: watched } : {}),
  };
  const fill = (template: string): string => fillWording(template, values);

  // Điều 22.1.b: the plan states the notice only when it is (or can still be) in time.
  const problems: string[] = [];
  let noticeSentence: string;
  let noticeText: string | undefined;
  if (inspection.noticeState === 'ok') {
    noticeSentence = fill(W.planNoticeGiven);
    noticeText = inspection.notifiedOn && formatDateVi(inspection.notifiedOn);
  } else if (inspection.noticeState === 'pending') {
    noticeSentence = fill(W.planNoticeDue);
  } else {
    noticeSentence = fill(W.planNoticeUnsettled);
    const from = inspection.notifiedOn ?? ctx.today;
    const earliestStart = addWorkingDays(from, noticeDays, holidays);
    problems.push(
      ...inspection.problems,
      `Kế hoạch (D22KH) để trống ngày thông báo cho đối tượng kiểm tra. Với ngày thông báo ${formatDateVi(from)}, cuộc kiểm tra bắt đầu sớm nhất ngày ${formatDateVi(earliestStart)}: hãy sửa ngày bắt đầu hoặc ngày thông báo ở thẻ Ban Thanh tra nhân dân.`,
    );
  }

  const members = memberLines(boardMembers(ctx));
  const blocks: FollowUpBlock[] = [
    { kind: 'paragraph', text: fill(programme ? W.planIntro : W.planIntroNoProgramme) },
    { kind: 'heading', label: 'I.', text: W.planPurposeTitle },
    { kind: 'paragraph', text: fill(W.planPurpose) },
    { kind: 'paragraph', text: fill(W.planRequirements) },
    { kind: 'heading', label: 'II.', text: W.planScopeTitle },
    ...inspectionScopeBlocks(inspection, watched, W),
    { kind: 'heading', label: 'III.', text: W.planTimeTitle },
    { kind: 'paragraph', text: fill(W.planTime) },
    { kind: 'paragraph', text: noticeSentence },
    { kind: 'paragraph', text: fill(inspection.reportedOn ? W.planReported : W.planReportDue) },
    ...(members.length > 0
      ? [{ kind: 'paragraph', text: fill(W.planMembersLead) } as const, ...listItems(members)]
      : [{ kind: 'paragraph', text: W.planNoMembers } as const]),
    { kind: 'heading', label: 'IV.', text: W.planOrganisationTitle },
    ...listItems(W.planOrganisation.map((l) => fill(l))),
  ];

  const shell = issuedShell(ctx, 'D22KH', planDate(inspection, ctx.today));
  return {
    ...shell,
    numberText: boardNumberText(ctx, 'D22KH', shell.numberText),
    typeName: W.planType,
    summary: [fill(W.planSummary)],
    blocks,
    recipients: {
      entries: W.planRecipients.map((r) => fill(r)),
      archive: fill(W.planArchive),
    },
    inspection,
    ...(noticeText !== undefined ? { noticeText } : {}),
    problems,
  };
}
