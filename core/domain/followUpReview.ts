/**
 * R9 — the six-monthly review (kiểm tra, đánh giá việc thực hiện nghị quyết, Luật 10/2022/QH15
 * Điều 52.3). Taking a review copies every item as it stands (its owner named as on that day), so
 * the report (D21) and the notice to all staff read the same after any later edit. Until it is
 * issued it can be taken again; issuing it records the notice to all staff, locks it and closes
 * its clock. The review's totals are counted from the frozen items on its own date.
 */
import { AppError } from './appError';
import { formatDateVi } from './dates';
import type { FollowUp, FollowUpItem, LegalClock, Review, ReviewItem } from './followUp';
import { followUpDashboard, type FollowUpDashboard } from './followUpDashboard';
import { followUpItemState, ownerText, type FollowUpItemState } from './followUpItemState';
import type { Person } from './person';
import type { RuleSet } from '../rules/ruleSets';

export type ReviewNumber = 1 | 2;

export function reviewClock(number: number): LegalClock {
  return number === 1 ? 'firstReview' : 'secondReview';
}

const isReviewClock = (item: FollowUpItem) =>
  item.clock === 'firstReview' || item.clock === 'secondReview';

function refuseIssued(review: Review | undefined): void {
  if (review?.issuedAt) {
    const on = review.notifiedOn ? ` (thông báo ngày ${formatDateVi(review.notifiedOn)})` : '';
    throw new AppError(
      'CONFLICT',
      `Kết quả kiểm tra, đánh giá lần ${review.number} đã ban hành${on}: số liệu đã chốt không sửa được.`,
    );
  }
}

function withReview(followUp: FollowUp, review: Review): FollowUp {
  const reviews = [...followUp.reviews.filter((r) => r.number !== review.number), review].sort(
    (a, b) => a.number - b.number,
  );
  return { ...followUp, reviews };
}

function updateClock(
  followUp: FollowUp,
  number: number,
  change: (item: FollowUpItem) => FollowUpItem,
): FollowUp['items'] {
  const clock = reviewClock(number);
  return followUp.items.map((item) => (item.clock === clock ? change(item) : item));
}

/** Freezes the items on `asOf` as review `number`; its clock is then in progress. */
export function takeReview(
  followUp: FollowUp,
  input: { number: ReviewNumber; asOf: string; at: string; people: readonly Person[] },
): FollowUp {
  const existing = followUp.reviews.find((r) => r.number === input.number);
  refuseIssued(existing);
  const items: ReviewItem[] = followUp.items
    .filter((item) => !isReviewClock(item))
    .map((item) => ({ ...item, ownerText: ownerText(item.owner, input.people) }));
  const review: Review = {
    number: input.number,
    asOf: input.asOf,
    takenAt: input.at,
    items,
    summary: existing?.summary ?? '',
    noticeNumber: existing?.noticeNumber ?? '',
  };
  const next = withReview(followUp, review);
  return {
    ...next,
    items: updateClock(next, input.number, (item) =>
      item.status === 'notStarted' ? { ...item, status: 'inProgress', updatedAt: input.at } : item,
    ),
  };
}

/** The overall assessment typed for the report, while the review is not issued. */
export function saveReviewSummary(
  followUp: FollowUp,
  input: { number: ReviewNumber; summary: string },
): FollowUp {
  const review = followUp.reviews.find((r) => r.number === input.number);
  if (!review) throw new AppError('NOT_FOUND', `Chưa chốt số liệu kiểm tra lần ${input.number}.`);
  refuseIssued(review);
  return withReview(followUp, { ...review, summary: input.summary });
}

/**
 * Issues review `number`: the notice to all staff was given on `notifiedOn` (Điều 52.3). The
 * review is locked and its clock done on that day.
 */
export function issueReview(
  followUp: FollowUp,
  input: { number: ReviewNumber; notifiedOn: string; noticeNumber: string; at: string },
): FollowUp {
  const review = followUp.reviews.find((r) => r.number === input.number);
  if (!review)
    throw new AppError(
      'NOT_FOUND',
      `Chưa chốt số liệu kiểm tra lần ${input.number}: hãy chốt số liệu trước khi thông báo kết quả.`,
    );
  refuseIssued(review);
  if (input.notifiedOn < review.asOf) {
    throw new AppError(
      'INVALID_INPUT',
      `Ngày thông báo (${formatDateVi(input.notifiedOn)}) không được trước ngày chốt số liệu (${formatDateVi(review.asOf)}).`,
    );
  }
  const next = withReview(followUp, {
    ...review,
    issuedAt: input.at,
    notifiedOn: input.notifiedOn,
    noticeNumber: input.noticeNumber,
  });
  return {
    ...next,
    items: updateClock(next, input.number, (item) => ({
      ...item,
      status: 'done',
      completedOn: input.notifiedOn,
      updatedAt: input.at,
    })),
  };
}

export interface ReviewView extends Review {
  issued: boolean;
  items: (ReviewItem & { state: FollowUpItemState })[];
  /** Counted from the frozen items on the review's date. */
  totals: FollowUpDashboard;
}

export function reviewView(
  review: Review,
  rules: Pick<RuleSet, 'postingMinDays' | 'disclosureWorkingDays'>,
): ReviewView {
  const ids = new Set(
    review.items.flatMap((i) => (i.resolutionItemId ? [i.resolutionItemId] : [])),
  );
  const items = review.items.map((item) => ({
    ...item,
    state: {
      ...followUpItemState(item, {
        today: review.asOf,
        people: [],
        rules,
        resolutionItemIds: ids,
      }),
      ownerText: item.ownerText,
    },
  }));
  return {
    ...review,
    issued: review.issuedAt !== undefined,
    items,
    totals: followUpDashboard(items, review.asOf),
  };
}
