/**
 * D21TB — Thông báo kết quả kiểm tra, đánh giá thực hiện nghị quyết to all staff (Luật
 * 10/2022/QH15 Điều 52.3: the result of each six-monthly review is made known to every cán bộ,
 * công chức, viên chức, người lao động). The same frozen review and figures as D21 (reviewFacts.ts),
 * a unit notice by default ("Số: …/TB-…", signed by the head, as D20). A number typed when the
 * review was issued prints until the register issues one.
 */
import { normalizeText } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import type { FollowUpBlock, FollowUpDocumentData } from './followUpBlocks';
import type { FollowUpWordingValues } from './followUpWording';
import { percentText, reviewFacts } from './reviewFacts';
import type { ReviewView } from '../domain/followUpReview';
import { fillWording } from './scriptWording';

export interface ReviewNoticeData extends FollowUpDocumentData {
  review: ReviewView;
}

export function reviewNoticeJob(ctx: DocumentContext): ReviewNoticeData {
  const W = wordingFor('followUp', ctx.wording);
  const { review, issuedOn, values } = reviewFacts(ctx);
  const fill = (template: string, extra: FollowUpWordingValues = {}): string =>
    fillWording(template, { ...values, ...extra });

  const groups = review.totals.groups.map(
    (g) =>
      `${g.label}: ${fill(W.reviewNoticeGroup, {
        total: g.total,
        done: g.byStatus.done,
        percentDone: percentText(g.percentDone),
      })}`,
  );
  const blocks: FollowUpBlock[] = [
    { kind: 'paragraph', text: fill(W.reviewNoticeIntro) },
    { kind: 'heading', label: '1.', text: W.reviewNoticeTotalsTitle },
    { kind: 'paragraph', text: fill(W.reviewTotals) },
    ...(groups.length > 0
      ? [{ kind: 'paragraph', text: W.reviewNoticeGroupsLead } as const, ...listItems(groups)]
      : []),
    { kind: 'heading', label: '2.', text: W.reviewNoticeReportTitle },
    { kind: 'paragraph', text: fill(W.reviewNoticeReport) },
    { kind: 'paragraph', text: fill(W.reviewNoticeClosing) },
  ];

  const shell = issuedShell(ctx, 'D21TB', issuedOn);
  const typed = normalizeText(review.noticeNumber);
  return {
    ...shell,
    numberText: ctx.numbers?.D21TB ?? (typed ? `Số: ${typed}` : shell.numberText),
    typeName: W.reviewNoticeType,
    summary: [fill(W.reviewNoticeSummary)],
    blocks,
    recipients: {
      entries: W.reviewNoticeRecipients.map((r) => fill(r)),
      archive: fill(W.reviewNoticeArchive),
    },
    review,
  };
}
