/**
 * D22BC job: the written result of one inspection (Nghị định 59/2023/NĐ-CP Điều 22.2.b) — subject,
 * content, start, how far ahead the subject was notified (a shortfall of the 5 working days of Điều
 * 22.1.b stated, never passed over), the result as the board wrote it, the recommendations it led
 * to with the head's 15-day deadline as core computes it (Luật 10/2022/QH15 Điều 63.1.c).
 */
import { describe, expect, it } from 'vitest';
import { recommendationView } from '../../../../core/domain/boardWorkView';
import { boardContext } from '../../../../core/documents/boardDocumentFacts';
import { followUpBlockTexts } from '../../../../core/documents/followUpBlocks';
import { inspectionReportJob } from '../../../../core/documents/inspectionReportJob';
import { withIssuedNumbers } from './conferenceDayContext.fixture';
import { boardDocumentsContext, boardHead } from './boardDocumentsContext.fixture';

/** k1 follows the inspection of the Văn phòng (i1). */
const ctx = boardDocumentsContext((b) => ({
  ...b,
  recommendations: b.recommendations.map((r) => (r.id === 'k1' ? { ...r, inspectionId: 'i1' } : r)),
}));

describe('inspectionReportJob (D22BC)', () => {
  it('reports the inspection whose result came last, dated the day of the result', () => {
    const job = inspectionReportJob(ctx);
    expect(job.inspection.id).toBe('i1');
    expect(job.placeDateText).toBe('Hà Nội, ngày 24 tháng 4 năm 2026');
    expect(job.summary).toEqual(['Kết quả kiểm tra, giám sát Văn phòng']);
    const printed = followUpBlockTexts(job.blocks);
    expect(printed).toContain('II. KẾT QUẢ KIỂM TRA, GIÁM SÁT');
    expect(printed).toContain('Mua sắm đúng quy định');
    expect(printed).toContain(
      'Kế hoạch được thông báo cho đối tượng kiểm tra ngày 10/04/2026, trước 6 ngày làm việc so với ngày bắt đầu.',
    );
    expect(job.problems).toEqual([]);
  });

  it('lists the recommendations it led to with core’s answer deadline', () => {
    const job = inspectionReportJob(ctx);
    const k1 = ctx.conference.followUp.board.recommendations.find((r) => r.id === 'k1')!;
    const due = recommendationView(k1, boardContext(ctx)).answerDueOn;
    expect(job.recommendations.map((r) => r.answerDueOn)).toEqual([due]);
    expect(due).toBe('2026-05-12');
    expect(job.recommendationLines).toEqual([
      'Công khai danh mục tài sản mua sắm (kiến nghị số 03/KN-TTND; thủ trưởng nhận ngày 27/04/2026, hạn trả lời 12/05/2026; đã trả lời ngày 05/05/2026)',
    ]);
    const printed = followUpBlockTexts(
      inspectionReportJob({ ...ctx, options: { record: 'i1' } }).blocks,
    );
    expect(printed).toContain(
      '- Công khai danh mục tài sản mua sắm (kiến nghị số 03/KN-TTND; thủ trưởng nhận ngày 27/04/2026, hạn trả lời 12/05/2026; đã trả lời ngày 05/05/2026).',
    );
  });

  it('states a notice short of 5 working days and a result not yet written, and says so to the screen', () => {
    const job = inspectionReportJob({ ...ctx, options: { record: 'i2' } });
    const printed = followUpBlockTexts(job.blocks);
    expect(printed).toContain(
      'Kế hoạch được thông báo cho đối tượng kiểm tra ngày 12/06/2026, chỉ trước 1 ngày làm việc so với ngày bắt đầu, chưa đủ 5 ngày làm việc theo Điều 22.1.b Nghị định số 59/2023/NĐ-CP.',
    );
    expect(printed).toContain('Kết quả kiểm tra, giám sát: …');
    expect(printed).toContain('Qua kiểm tra, giám sát, Ban Thanh tra nhân dân không có kiến nghị.');
    expect(job.problems).toEqual([
      ...job.inspection.problems,
      'Cuộc kiểm tra chưa ghi kết quả bằng văn bản (Điều 22.2.b Nghị định số 59/2023/NĐ-CP): báo cáo (D22BC) để trống phần kết quả.',
    ]);
    // Not written yet: dated the day of generating.
    expect(job.placeDateText).toBe('Hà Nội, ngày 20 tháng 7 năm 2026');
  });

  it('prints the number typed with the result until the register issues one; the board’s head signs', () => {
    expect(inspectionReportJob(ctx).numberText).toBe('Số: 02/BC-TTND');
    expect(inspectionReportJob(withIssuedNumbers(ctx, ['D22BC'])).numberText).toBe(
      'Số: 01/BC-CĐCS',
    );
    expect(inspectionReportJob({ ...ctx, options: { record: 'i2' } }).numberText).toBe(
      'Số:       /BC-CĐCS',
    );
    expect(inspectionReportJob(ctx).signatures[0]).toEqual({
      authority: 'TM. BAN THANH TRA NHÂN DÂN',
      title: 'TRƯỞNG BAN',
      name: boardHead.fullName,
    });
  });

  it('quotes the plan by the register’s number when the plan of the same inspection has one', () => {
    const numbered = withIssuedNumbers({ ...ctx, options: { record: 'i1' } }, ['D22KH']);
    expect(followUpBlockTexts(inspectionReportJob(numbered).blocks)[0]).toMatch(
      /^Thực hiện Kế hoạch kiểm tra, giám sát \(số 01\/KH-CĐCS ngày 10\/04\/2026\), từ ngày 20 tháng 4 năm 2026/,
    );
    // The plan numbered is i2's (the default), not i1's: i1's plan is quoted blank.
    const other = withIssuedNumbers(ctx, ['D22KH']);
    expect(followUpBlockTexts(inspectionReportJob(other).blocks)[0]).toContain(
      '(số …/KH-CĐCS ngày 10/04/2026)',
    );
  });
});
