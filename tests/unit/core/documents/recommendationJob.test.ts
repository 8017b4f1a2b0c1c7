/**
 * D22KN job: the board's recommendation to the head (Luật 10/2022/QH15 Điều 62), who answers
 * within 15 days of receiving it (Điều 63.1.c) — calendar days from the day after receipt, the
 * last one moved off a day off, as core computes it; addressed to the head by position, quoting
 * the inspection and its written result it follows.
 */
import { describe, expect, it } from 'vitest';
import { recommendationView } from '../../../../core/domain/boardWorkView';
import { boardContext } from '../../../../core/documents/boardDocumentFacts';
import { followUpBlockTexts } from '../../../../core/documents/followUpBlocks';
import { recommendationJob } from '../../../../core/documents/recommendationJob';
import { head, withIssuedNumbers } from './conferenceDayContext.fixture';
import { boardDocumentsContext, boardHead } from './boardDocumentsContext.fixture';

const ctx = boardDocumentsContext((b) => ({
  ...b,
  recommendations: [
    ...b.recommendations.map((r) => (r.id === 'k1' ? { ...r, inspectionId: 'i1' } : r)),
    {
      id: 'k3',
      content: 'Niêm yết quy chế chi tiêu nội bộ sửa đổi.\nGửi bản sao cho Ban Thanh tra nhân dân.',
      documentNumber: '',
      receivedOn: '2026-04-15',
      answer: '',
      answerDocumentNumber: '',
    },
  ],
}));

describe('recommendationJob (D22KN)', () => {
  it('is addressed to the head, follows the inspection and its written result', () => {
    const job = recommendationJob({ ...ctx, options: { record: 'k1' } });
    const printed = followUpBlockTexts(job.blocks);
    expect(printed[0]).toBe(`Kính gửi: ${head.position} Vụ Khoa học và Công nghệ`);
    expect(printed[1]).toBe(
      'Căn cứ Điều 62 Luật Thực hiện dân chủ ở cơ sở; qua kiểm tra, giám sát Văn phòng (kết quả tại Báo cáo số 02/BC-TTND ngày 24/04/2026), Ban Thanh tra nhân dân Vụ Khoa học và Công nghệ kiến nghị như sau:',
    );
    expect(printed[2]).toBe('Công khai danh mục tài sản mua sắm');
    expect(job.summary).toEqual(['Sau kiểm tra, giám sát Văn phòng']);
    expect(job.numberText).toBe('Số: 03/KN-TTND');
    expect(job.placeDateText).toBe('Hà Nội, ngày 27 tháng 4 năm 2026');
    expect(job.signatures[0]?.name).toBe(boardHead.fullName);
  });

  it('gives the answer’s last day as core counts it: the 15th day, moved past 30/4–1/5 and the weekend', () => {
    const job = recommendationJob({ ...ctx, options: { record: 'k3' } });
    const k3 = ctx.conference.followUp.board.recommendations.find((r) => r.id === 'k3')!;
    expect(job.recommendation.answerDueOn).toBe(
      recommendationView(k3, boardContext(ctx)).answerDueOn,
    );
    expect(job.recommendation.answerDueOn).toBe('2026-05-04');
    const printed = followUpBlockTexts(job.blocks);
    expect(printed).toContain(
      `Đề nghị ${head.position} xem xét, giải quyết và trả lời Ban Thanh tra nhân dân trong thời hạn 15 ngày kể từ ngày nhận được kiến nghị (15/04/2026), tức chậm nhất là ngày 04/05/2026 (Điều 63.1.c Luật Thực hiện dân chủ ở cơ sở).`,
    );
    // Each line the board typed is its own paragraph; without an inspection, the standalone wording.
    expect(printed).toContain('Niêm yết quy chế chi tiêu nội bộ sửa đổi.');
    expect(printed).toContain('Gửi bản sao cho Ban Thanh tra nhân dân.');
    expect(printed[1]).toBe(
      'Căn cứ Điều 62 Luật Thực hiện dân chủ ở cơ sở, Ban Thanh tra nhân dân Vụ Khoa học và Công nghệ kiến nghị như sau:',
    );
    expect(job.numberText).toBe('Số:       /KN-CĐCS');
  });

  it('prints the register’s "KN" number once issued, and "Như trên" first among the recipients', () => {
    const job = recommendationJob(withIssuedNumbers(ctx, ['D22KN']));
    expect(job.numberText).toBe('Số: 01/KN-CĐCS');
    expect(job.recipients?.entries[0]).toBe('Như trên');
    expect(job.problems).toEqual([]);
  });
});
