/**
 * D21 — Báo cáo kiểm tra, đánh giá thực hiện nghị quyết (domain-research §5 row D21): every six
 * months the head, with the union executive, checks and assesses how the conference resolution is
 * carried out (Luật 10/2022/QH15 Điều 52.3). Built from the latest review's frozen items only
 * (reviewFacts.ts): per item its status, evidence, problems and next steps; the totals per part of
 * the resolution and overall counted in core (followUpDashboard over the frozen items, on the
 * review's date). A joint report by default ("Số: …/BC-…", signed by the union chair and the
 * head), dated the day the result was notified once issued.
 */
import { formatDateVi } from '../domain/dates';
import type { FollowUpGroup } from '../domain/followUp';
import { FOLLOW_UP_GROUP_LABELS, FOLLOW_UP_STATUS_LABELS } from '../domain/glossary';
import type { ReviewView } from '../domain/followUpReview';
import { normalizeText } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import type { FollowUpBlock, FollowUpDocumentData } from './followUpBlocks';
import type { FollowUpWordingValues } from './followUpWording';
import { percentText, quantityText, reviewFacts, statusTableRows } from './reviewFacts';
import { BLANK, fillWording } from './scriptWording';

type ReviewItemView = ReviewView['items'][number];

/**
 * The item as the resolution worded it (a target's sentence already names its level); the
 * trailing full stop dropped, so a list can end the entry with ";".
 */
function itemText(item: ReviewItemView): string {
  return normalizeText(item.title).replace(/[.;]+$/, '');
}

function ownerAndDeadline(item: ReviewItemView): string {
  const owner = normalizeText(item.ownerText);
  const deadline = item.deadline ? `hạn ${formatDateVi(item.deadline)}` : '';
  return [owner, deadline].filter(Boolean).join('; ');
}

/** Status on the review's date, the value achieved, the reason, the evidence — all from records. */
export function resultText(item: ReviewItemView): string {
  const parts: string[] = [];
  let status = FOLLOW_UP_STATUS_LABELS[item.status];
  if (item.status === 'done' && item.completedOn) {
    status += ` ngày ${formatDateVi(item.completedOn)}`;
    if (item.state.completedLate) status += ' (chậm so với hạn)';
  }
  if (item.state.overdue && item.state.daysLeft !== null)
    status += ` (quá hạn ${-item.state.daysLeft} ngày)`;
  parts.push(status);
  if (item.target !== undefined && item.achieved !== undefined) {
    const share =
      item.state.percentOfTarget !== null ? ` (${percentText(item.state.percentOfTarget)})` : '';
    parts.push(
      `đạt ${quantityText(item.achieved, item.unitOfMeasure)}/${quantityText(item.target, item.unitOfMeasure)}${share}`,
    );
  }
  if (item.status === 'notDone') parts.push(`lý do: ${normalizeText(item.notDoneReason) || BLANK}`);
  const evidence = item.evidence.map((e) =>
    e.kind === 'file'
      ? normalizeText(e.fileName)
      : `văn bản số ${normalizeText(e.documentNumber)}${e.documentDate ? ` ngày ${formatDateVi(e.documentDate)}` : ''}`,
  );
  if (evidence.length > 0) parts.push(`minh chứng: ${evidence.join(', ')}`);
  return parts.join('; ');
}

export interface ReviewItemRow {
  no: number;
  group: FollowUpGroup;
  cells: string[];
}

export interface ReviewReportData extends FollowUpDocumentData {
  review: ReviewView;
  /** One row per part of the resolution, then the total row: the figures of the first table. */
  groupRows: string[][];
  itemRows: ReviewItemRow[];
}

export function reviewReportJob(ctx: DocumentContext): ReviewReportData {
  const W = wordingFor('followUp', ctx.wording);
  const { review, issuedOn, values } = reviewFacts(ctx);
  const fill = (template: string, extra: FollowUpWordingValues = {}): string =>
    fillWording(template, { ...values, ...extra });
  const totals = review.totals;

  const groupRows = statusTableRows(totals.groups, { ...totals, label: 'Tổng cộng' });

  let no = 0;
  const itemRows: ReviewItemRow[] = totals.groups.flatMap((g) =>
    review.items
      .filter((item) => item.state.group === g.group)
      .map((item) => ({
        no: ++no,
        group: g.group,
        cells: [
          String(no),
          itemText(item),
          ownerAndDeadline(item),
          resultText(item),
          normalizeText(item.issues),
          normalizeText(item.nextSteps),
        ],
      })),
  );

  const itemBlocks: FollowUpBlock[] =
    itemRows.length === 0
      ? [{ kind: 'paragraph', text: W.reviewNoItems }]
      : totals.groups.flatMap((g, i): FollowUpBlock[] => [
          { kind: 'heading', label: `${i + 1}.`, text: FOLLOW_UP_GROUP_LABELS[g.group] },
          {
            kind: 'followUpTable',
            layout: 'reviewItems',
            columns: W.reviewItemColumns,
            rows: itemRows.filter((r) => r.group === g.group).map((r) => r.cells),
          },
        ]);

  const overdue = review.items.filter((i) => i.state.overdue);
  const notDone = review.items.filter((i) => i.status === 'notDone');
  const problemBlocks: FollowUpBlock[] = [];
  if (overdue.length > 0) {
    problemBlocks.push({ kind: 'paragraph', text: W.reviewOverdueLead });
    problemBlocks.push(...listItems(overdue.map((i) => `${itemText(i)} – ${ownerAndDeadline(i)}`)));
  }
  if (notDone.length > 0) {
    problemBlocks.push({ kind: 'paragraph', text: W.reviewNotDoneLead });
    problemBlocks.push(
      ...listItems(
        notDone.map((i) => `${itemText(i)}: ${normalizeText(i.notDoneReason) || BLANK}`),
      ),
    );
  }
  if (problemBlocks.length === 0)
    problemBlocks.push({ kind: 'paragraph', text: W.reviewNoProblems });

  const summary = normalizeText(review.summary);
  const blocks: FollowUpBlock[] = [
    { kind: 'paragraph', text: fill(W.reviewIntro) },
    { kind: 'heading', label: 'I.', text: W.reviewTotalsTitle },
    { kind: 'paragraph', text: fill(W.reviewTotals) },
    {
      kind: 'followUpTable',
      layout: 'reviewGroups',
      columns: W.reviewGroupColumns,
      rows: groupRows,
    },
    ...(summary
      ? [{ kind: 'paragraph', lead: W.reviewAssessmentLead, text: summary } as const]
      : []),
    { kind: 'heading', label: 'II.', text: W.reviewItemsTitle },
    ...itemBlocks,
    { kind: 'heading', label: 'III.', text: W.reviewProblemsTitle },
    ...problemBlocks,
    { kind: 'heading', label: 'IV.', text: W.reviewNextTitle },
    { kind: 'paragraph', text: fill(W.reviewNext) },
  ];

  return {
    ...issuedShell(ctx, 'D21', issuedOn),
    typeName: W.reviewType,
    summary: [fill(W.reviewSummary)],
    blocks,
    recipients: {
      entries: W.reviewRecipients.map((r) => fill(r)),
      archive: fill(W.reviewArchive),
    },
    review,
    groupRows,
    itemRows,
  };
}
