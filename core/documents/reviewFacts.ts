/**
 * What D21 (Báo cáo kiểm tra, đánh giá thực hiện nghị quyết) and D21TB (its Thông báo to all
 * staff) share, read once from the latest six-monthly review (Luật 10/2022/QH15 Điều 52.3): the
 * items frozen on the review's date and their totals (followUpReview.ts reviewView), never the
 * items as they stand today — a later edit does not change a report already issued.
 */
import { conferenceFullName } from '../domain/attendanceList';
import { formatDateVi } from '../domain/dates';
import type { Review } from '../domain/followUp';
import type { StatusCounts } from '../domain/followUpDashboard';
import { reviewView, type ReviewView } from '../domain/followUpReview';
import { normalizeText } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import type { FollowUpWordingValues } from './followUpWording';
import { documentReference, resolutionDate } from './outcomeFacts';
import { unionAbbreviationText, unionExecutiveText } from './planJob';

const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "98%", "5 sáng kiến", "2.400": Vietnamese grouping and decimal comma. */
export function quantityText(value: number, unitOfMeasure: string | undefined): string {
  const n = NUMBER.format(value);
  const unit = unitOfMeasure?.trim() ?? '';
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/** "66,67%": two decimals with the Vietnamese decimal comma (percentOf already rounded). */
export function percentText(value: number): string {
  return `${value.toFixed(2).replace('.', ',')}%`;
}

interface CountedGroup {
  label: string;
  total: number;
  byStatus: StatusCounts;
  overdue: number;
}

/**
 * The rows of the table of counts per part of the resolution (STT, part, total, done, in progress,
 * not started, not done, overdue), then the total row — D21 on the review's date, D6 and D7 on the
 * day of generating.
 */
export function statusTableRows(groups: readonly CountedGroup[], total: CountedGroup): string[][] {
  const counts = (g: CountedGroup) => [
    String(g.total),
    String(g.byStatus.done),
    String(g.byStatus.inProgress),
    String(g.byStatus.notStarted),
    String(g.byStatus.notDone),
    String(g.overdue),
  ];
  return [
    ...groups.map((g, i) => [String(i + 1), g.label, ...counts(g)]),
    ['', total.label, ...counts(total)],
  ];
}

/** The counts the follow-up wording fills in: {total}, {done} … {overdue}, {percentDone}. */
export function countValues(
  t: Omit<CountedGroup, 'label'> & { percentDone: number },
): FollowUpWordingValues {
  return {
    total: t.total,
    done: t.byStatus.done,
    inProgress: t.byStatus.inProgress,
    notStarted: t.byStatus.notStarted,
    notDone: t.byStatus.notDone,
    overdue: t.overdue,
    percentDone: percentText(t.percentDone),
  };
}

/** "thứ nhất", "thứ hai" — the review's ordinal as the Law counts them (every six months). */
export function reviewOrdinal(number: number): string {
  return number === 1 ? 'thứ nhất' : number === 2 ? 'thứ hai' : `thứ ${number}`;
}

/** The latest review taken; undefined while none is. */
export function latestReview(ctx: Pick<DocumentContext, 'conference'>): Review | undefined {
  return [...ctx.conference.followUp.reviews].sort((a, b) => b.number - a.number)[0];
}

/** D21 and D21TB are offered once a review's figures are frozen. */
export function reviewDocumentsApply(ctx: Pick<DocumentContext, 'conference'>): boolean {
  return ctx.conference.followUp.reviews.length > 0;
}

/**
 * The day the report and the notice are dated: the day the result was notified once the review
 * is issued (so a copy printed later reads the same), otherwise the day of generating, never
 * before the figures were frozen.
 */
export function reviewIssueDate(review: Review, today: string): string {
  if (review.notifiedOn) return review.notifiedOn;
  return today < review.asOf ? review.asOf : today;
}

export interface ReviewFacts {
  review: ReviewView;
  issuedOn: string;
  values: FollowUpWordingValues;
}

export function reviewFacts(ctx: DocumentContext): ReviewFacts {
  const stored = latestReview(ctx);
  if (!stored) {
    throw new Error('Chưa chốt số liệu kiểm tra, đánh giá: chưa lập được báo cáo.');
  }
  const review = reviewView(stored, ctx.rules);
  const t = review.totals;
  return {
    review,
    issuedOn: reviewIssueDate(stored, ctx.today),
    values: {
      unitName: normalizeText(ctx.unit.name),
      unionExecutive: unionExecutiveText(ctx.unit.unionName),
      unionAbbreviation: unionAbbreviationText(ctx.unit),
      upperUnion: normalizeText(ctx.unit.upperUnion),
      conferenceName: conferenceFullName(ctx.conference),
      year: ctx.conference.year,
      resolutionNumber: documentReference(ctx, 'D15', resolutionDate(ctx)),
      reviewNumber: reviewOrdinal(review.number),
      asOf: formatDateVi(review.asOf),
      reportNumber: documentReference(ctx, 'D21'),
      ...countValues(t),
    },
  };
}
