import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../core/domain/appError';
import { applyItemChanges } from '../../../../core/domain/followUpEdit';
import {
  issueReview,
  reviewView,
  saveReviewSummary,
  takeReview,
} from '../../../../core/domain/followUpReview';
import type { FollowUp } from '../../../../core/domain/followUp';
import { PEOPLE, followed, rules } from './followUp.fixture';

const edit = (
  followUp: FollowUp,
  id: string,
  changes: Parameters<typeof applyItemChanges>[1],
  today: string,
): FollowUp => ({
  ...followUp,
  items: followUp.items.map((i) =>
    i.id === id ? applyItemChanges(i, changes, { today, at: `${today}T09:00:00.000Z` }) : i,
  ),
});

describe('the six-monthly review (R9, Điều 52.3)', () => {
  const start = edit(
    edit(
      followed().followUp,
      'resolution:k2',
      { status: 'inProgress', issues: 'Chờ ý kiến' },
      '2027-07-20',
    ),
    'resolution:t1',
    { achieved: 96.5 },
    '2027-07-20',
  );
  const taken = takeReview(start, {
    number: 1,
    asOf: '2027-07-29',
    at: '2027-07-29T08:00:00.000Z',
    people: PEOPLE,
  });

  it('freezes the items on its date, without the review clocks themselves', () => {
    const review = taken.reviews[0]!;
    expect(review).toMatchObject({ number: 1, asOf: '2027-07-29' });
    expect(review.items.map((i) => i.id)).not.toContain('clock:firstReview');
    expect(review.items.find((i) => i.id === 'clock:dissemination')?.ownerText).toBe(
      'Đặng Thị Hồng Nhung',
    );
    // Its clock is now in progress.
    expect(taken.items.find((i) => i.clock === 'firstReview')?.status).toBe('inProgress');
  });

  it('a later edit of an item does not change the review already taken', () => {
    const later = edit(taken, 'resolution:k2', { status: 'done', issues: '' }, '2027-08-15');
    const frozen = reviewView(later.reviews[0]!, rules);
    expect(frozen.items.find((i) => i.id === 'resolution:k2')).toMatchObject({
      status: 'inProgress',
      issues: 'Chờ ý kiến',
    });
    // Totals counted on the review's date: dissemination and disclosure (12/02), k2 (31/03) and
    // k1 (30/06) were overdue then.
    expect(frozen.totals).toMatchObject({
      asOf: '2027-07-29',
      byStatus: { inProgress: 1, done: 0 },
      overdue: 4,
      overdueIds: ['clock:dissemination', 'clock:disclosure', 'resolution:k2', 'resolution:k1'],
    });
    expect(frozen.items.find((i) => i.id === 'resolution:t1')?.state.percentOfTarget).toBe(98.47);
    // And the live list has moved on.
    expect(later.items.find((i) => i.id === 'resolution:k2')?.status).toBe('done');
  });

  it('issued with the notice to all staff, it is locked and its clock done', () => {
    const summed = saveReviewSummary(taken, { number: 1, summary: 'Cơ bản đạt tiến độ.' });
    const issued = issueReview(summed, {
      number: 1,
      notifiedOn: '2027-08-02',
      noticeNumber: '15/TB-CĐCS',
      at: '2027-08-02T10:00:00.000Z',
    });
    expect(issued.reviews[0]).toMatchObject({
      summary: 'Cơ bản đạt tiến độ.',
      notifiedOn: '2027-08-02',
      noticeNumber: '15/TB-CĐCS',
      issuedAt: '2027-08-02T10:00:00.000Z',
    });
    expect(issued.items.find((i) => i.clock === 'firstReview')).toMatchObject({
      status: 'done',
      completedOn: '2027-08-02',
    });
    for (const again of [
      () => takeReview(issued, { number: 1, asOf: '2027-08-03', at: 'x', people: PEOPLE }),
      () => saveReviewSummary(issued, { number: 1, summary: 'Khác' }),
      () => issueReview(issued, { number: 1, notifiedOn: '2027-08-03', noticeNumber: '', at: 'x' }),
    ]) {
      expect(again).toThrow(AppError);
      expect(again).toThrow(/đã ban hành \(thông báo ngày 02\/08\/2027\)/);
    }
  });

  it('before it is issued it can be taken again, keeping the summary typed', () => {
    const summed = saveReviewSummary(taken, { number: 1, summary: 'Nháp' });
    const retaken = takeReview(edit(summed, 'resolution:k2', { status: 'done' }, '2027-07-30'), {
      number: 1,
      asOf: '2027-07-30',
      at: '2027-07-30T08:00:00.000Z',
      people: PEOPLE,
    });
    expect(retaken.reviews).toHaveLength(1);
    expect(retaken.reviews[0]).toMatchObject({ asOf: '2027-07-30', summary: 'Nháp' });
    expect(retaken.reviews[0]!.items.find((i) => i.id === 'resolution:k2')?.status).toBe('done');
  });

  it('a notice cannot predate the review', () => {
    expect(() =>
      issueReview(taken, { number: 1, notifiedOn: '2027-07-28', noticeNumber: '', at: 'x' }),
    ).toThrow('Ngày thông báo (28/07/2027) không được trước ngày chốt số liệu (29/07/2027).');
  });
});
