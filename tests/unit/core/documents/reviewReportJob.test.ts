/**
 * D21 and D21TB jobs: the six-monthly review's report and its notice to all staff (Luật
 * 10/2022/QH15 Điều 52.3) read the frozen review only — per item its status, evidence, problems
 * and next steps; the totals per part and overall counted in core; an edit after the review
 * changes nothing printed.
 */
import { describe, expect, it } from 'vitest';
import { followUpBlockTexts } from '../../../../core/documents/followUpBlocks';
import { reviewDocumentsApply, reviewIssueDate } from '../../../../core/documents/reviewFacts';
import { reviewNoticeJob } from '../../../../core/documents/reviewNoticeJob';
import { reviewReportJob } from '../../../../core/documents/reviewReportJob';
import { issueReview } from '../../../../core/domain/followUpReview';
import { conferenceDayContext, withIssuedNumbers } from './conferenceDayContext.fixture';
import { followUpContext } from './followUpContext.fixture';

const ctx = withIssuedNumbers(followUpContext(), ['D15', 'D21', 'D21TB']);

describe('reviewReportJob (D21)', () => {
  const job = reviewReportJob(ctx);
  const texts = followUpBlockTexts(job.blocks);

  it('counts the frozen items per part and overall on the review’s date', () => {
    expect(job.groupRows).toEqual([
      ['1', 'Chỉ tiêu', '2', '1', '0', '0', '1', '0'],
      ['2', 'Nhiệm vụ, giải pháp', '3', '2', '1', '0', '0', '0'],
      ['3', 'Thi đua, giao ước thi đua', '2', '0', '0', '2', '0', '1'],
      ['4', 'Việc theo quy định của Luật', '2', '2', '0', '0', '0', '0'],
      ['', 'Tổng cộng', '9', '5', '1', '2', '1', '1'],
    ]);
    expect(texts).toContain(
      'Tổng số 9 nội dung được theo dõi: hoàn thành 5 nội dung (đạt 55,56%); đang thực hiện 1; chưa thực hiện 2; không thực hiện được 1. Số nội dung quá hạn tại ngày chốt số liệu: 1.',
    );
    // The figures are the review's own totals, not recounted by the job.
    const t = job.review.totals;
    expect(job.groupRows.at(-1)?.slice(2).map(Number)).toEqual([
      t.total,
      t.byStatus.done,
      t.byStatus.inProgress,
      t.byStatus.notStarted,
      t.byStatus.notDone,
      t.overdue,
    ]);
  });

  it('prints each item’s status, value achieved, evidence, problems and next steps', () => {
    const row = (no: number) => job.itemRows.find((r) => r.no === no)?.cells;
    expect(row(1)).toEqual([
      '1',
      'Cán bộ hoàn thành tốt nhiệm vụ trở lên: 95%',
      '',
      'Hoàn thành ngày 30/06/2026; đạt 96%/95% (101,05%)',
      '',
      '',
    ]);
    expect(row(2)?.[3]).toBe('Không thực hiện được; lý do: Hội đồng sáng kiến chưa họp');
    expect(row(3)?.[3]).toBe(
      'Hoàn thành ngày 25/06/2026; minh chứng: văn bản số 125/QĐ-VKHCN ngày 25/06/2026',
    );
    expect(row(4)?.[3]).toBe(
      'Hoàn thành ngày 10/04/2026 (chậm so với hạn); minh chứng: bien-ban-ban-giao-may-tinh.pdf',
    );
    expect(row(5)).toEqual([
      '5',
      'Tổ chức tập huấn kỹ năng số; giao đồng chí Trần Hữu An chủ trì thực hiện; thời hạn: 30/09/2026',
      'Trần Hữu An; hạn 30/09/2026',
      'Đang thực hiện',
      'Chưa bố trí được giảng viên',
      'Mời giảng viên Học viện trong quý III',
    ]);
    expect(row(7)?.[3]).toBe('Chưa thực hiện (quá hạn 15 ngày)');
  });

  it('lists the overdue and the not-done items with their reasons', () => {
    const problems = texts.slice(texts.indexOf('III. TỒN TẠI, HẠN CHẾ'));
    expect(problems).toContain(
      '- Tập thể đạt danh hiệu Tập thể lao động xuất sắc: 2 tập thể; giao Thủ trưởng cơ quan, đơn vị chủ trì thực hiện – Thủ trưởng cơ quan, đơn vị; hạn 30/06/2026.',
    );
    expect(problems).toContain(
      '- Sáng kiến được công nhận: 5 sáng kiến: Hội đồng sáng kiến chưa họp.',
    );
  });

  it('is a joint report "Số: 01/BC-CĐCS" signed by the union chair and the head', () => {
    expect(job.numberText).toBe('Số: 01/BC-CĐCS');
    expect(job.signatures.map((s) => s.title)).toEqual(['CHỦ TỊCH', 'VỤ TRƯỞNG']);
    expect(texts[0]).toContain('(số 01/NQ-VKHCN ngày 15/01/2026)');
    expect(texts[0]).toContain('lần thứ nhất, số liệu tính đến ngày 15/07/2026');
  });

  it('does not change when an item is edited after the review (snapshot)', () => {
    const followUp = ctx.conference.followUp;
    const edited = {
      ...ctx,
      conference: {
        ...ctx.conference,
        followUp: {
          ...followUp,
          items: followUp.items.map((i) => ({ ...i, status: 'done' as const, title: 'Đã sửa' })),
        },
      },
    };
    expect(reviewReportJob(edited).blocks).toEqual(job.blocks);
  });

  it('is dated the day of generating, then the day the result was notified once issued', () => {
    expect(job.placeDateText).toBe('Hà Nội, ngày 20 tháng 7 năm 2026');
    const issued = issueReview(ctx.conference.followUp, {
      number: 1,
      notifiedOn: '2026-07-17',
      noticeNumber: '15/TB-VKHCN',
      at: '2026-07-17T08:00:00',
    });
    const later = { ...ctx, today: '2026-12-01', numbers: {} };
    const withIssued = { ...later, conference: { ...ctx.conference, followUp: issued } };
    expect(reviewReportJob(withIssued).placeDateText).toBe('Hà Nội, ngày 17 tháng 7 năm 2026');
    // The notice prints the number typed when the review was issued until the register gives one.
    expect(reviewNoticeJob(withIssued).numberText).toBe('Số: 15/TB-VKHCN');
    expect(reviewIssueDate({ ...issued.reviews[0]!, notifiedOn: undefined }, '2026-07-01')).toBe(
      '2026-07-15',
    );
  });

  it('applies only once a review is frozen', () => {
    expect(reviewDocumentsApply(ctx)).toBe(true);
    expect(reviewDocumentsApply(conferenceDayContext())).toBe(false);
  });
});

describe('reviewNoticeJob (D21TB)', () => {
  const job = reviewNoticeJob(ctx);
  const texts = followUpBlockTexts(job.blocks);

  it('tells all staff the same totals as the report, per part with its share', () => {
    expect(texts).toContain(
      'Tổng số 9 nội dung được theo dõi: hoàn thành 5 nội dung (đạt 55,56%); đang thực hiện 1; chưa thực hiện 2; không thực hiện được 1. Số nội dung quá hạn tại ngày chốt số liệu: 1.',
    );
    expect(texts).toContain('- Nhiệm vụ, giải pháp: 3 nội dung, hoàn thành 2 (66,67%);');
    expect(texts.some((t) => t.includes('(số 01/BC-CĐCS)'))).toBe(true);
  });

  it('is the unit’s notice "Số: 01/TB-VKHCN" signed by the head, sent to all staff', () => {
    expect(job.numberText).toBe('Số: 01/TB-VKHCN');
    expect(job.signatures.map((s) => s.title)).toEqual(['VỤ TRƯỞNG']);
    expect(job.recipients?.entries[0]).toBe(
      'Toàn thể cán bộ, công chức, viên chức, người lao động',
    );
  });
});
