/**
 * D22CT job: the board's work programme for a quarter, six months or the year (Luật 10/2022/QH15
 * Điều 62.2; Nghị định 59/2023/NĐ-CP Điều 22.1.a) — purpose and requirements, each line of work
 * with its time, budget and organisation as the record holds them (the standard sentence where it
 * is empty), the board's members; dated the day it was approved.
 */
import { describe, expect, it } from 'vitest';
import { boardProgrammeJob } from '../../../../core/documents/boardProgrammeJob';
import { followUpBlockTexts } from '../../../../core/documents/followUpBlocks';
import { withIssuedNumbers } from './conferenceDayContext.fixture';
import { boardDocumentsContext, boardHead } from './boardDocumentsContext.fixture';

const ctx = boardDocumentsContext((b) => ({
  ...b,
  programmes: [
    ...b.programmes,
    {
      id: 'q3',
      period: { kind: 'quarter', number: 3 },
      purpose: '',
      requirements: 'Bám sát nghị quyết.\nBáo cáo đúng hạn.',
      lines: [
        { id: 'l1', text: 'Kiểm tra việc chi phúc lợi.', dueOn: '2026-08-14' },
        { id: 'l2', text: 'Tiếp nhận ý kiến của cán bộ' },
      ],
      budget: 'Từ kinh phí công đoàn.',
      organisation: '',
      documentNumber: '',
    },
  ],
}));

describe('boardProgrammeJob (D22CT)', () => {
  it('prints the latest programme’s work with its own date or the period, numbered from 1', () => {
    const job = boardProgrammeJob(ctx);
    expect(job.programme.id).toBe('q3');
    expect(job.lineRows).toEqual([
      ['1', 'Kiểm tra việc chi phúc lợi.', '14/08/2026'],
      ['2', 'Tiếp nhận ý kiến của cán bộ', 'Trong quý III năm 2026'],
    ]);
    expect(job.summary).toEqual(['Công tác của Ban Thanh tra nhân dân quý III năm 2026']);
    const printed = followUpBlockTexts(job.blocks);
    expect(printed[0]).toContain(
      'xây dựng chương trình công tác quý III năm 2026 (từ ngày 01/07/2026 đến ngày 30/09/2026) như sau:',
    );
    expect(printed).toContain('STT | Nội dung công việc | Thời gian thực hiện');
  });

  it('keeps the record’s words, one paragraph per line, and the standard sentence where it is empty', () => {
    const printed = followUpBlockTexts(boardProgrammeJob(ctx).blocks);
    expect(printed).toContain(
      'Mục đích: Giám sát việc thực hiện Nghị quyết Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 và việc thực hiện dân chủ ở cơ quan, đơn vị trong quý III năm 2026.',
    );
    expect(printed).toContain('Yêu cầu: Bám sát nghị quyết.');
    expect(printed).toContain('Báo cáo đúng hạn.');
    expect(printed).toContain('Từ kinh phí công đoàn.');
    expect(printed.find((t) => t.startsWith('Trưởng ban phân công'))).toMatch(
      /báo cáo Ban Chấp hành Công đoàn Vụ Khoa học và Công nghệ kết quả thực hiện chương trình theo quý, 6 tháng, năm \(Điều 22\.3 Nghị định số 59\/2023\/NĐ-CP\)\.$/,
    );
    expect(printed).toContain(
      `- Ông ${boardHead.fullName}, ${boardHead.position}, ${boardHead.department} – Trưởng ban;`,
    );
  });

  it('prints the programme named, dated the day it was approved with the number typed with it', () => {
    const job = boardProgrammeJob({ ...ctx, options: { record: 'bp1' } });
    expect(job.placeDateText).toBe('Hà Nội, ngày 02 tháng 02 năm 2026');
    expect(job.numberText).toBe('Số: 01/CTr-TTND');
    expect(job.lineRows).toEqual([
      ['1', 'Giám sát việc chuyển đổi số hồ sơ công việc', 'Trong năm 2026'],
    ]);
    expect(followUpBlockTexts(job.blocks)).toContain('III. KINH PHÍ');
    // An unapproved programme is dated the day of generating, numbered by the register.
    const q3 = boardProgrammeJob(withIssuedNumbers(ctx, ['D22CT']));
    expect(q3.placeDateText).toBe('Hà Nội, ngày 20 tháng 7 năm 2026');
    expect(q3.numberText).toBe('Số: 01/CTr-CĐCS');
  });

  it('says so when the programme has no work yet', () => {
    const empty = boardDocumentsContext((b) => ({
      ...b,
      programmes: b.programmes.map((p) => ({ ...p, lines: [] })),
    }));
    const job = boardProgrammeJob(empty);
    expect(followUpBlockTexts(job.blocks)).toContain('Chương trình chưa có nội dung công việc: …');
    expect(job.problems).toEqual([
      'Chương trình công tác chưa có nội dung công việc: văn bản để trống mục II.',
    ]);
  });

  it('refuses in words a programme that is not there', () => {
    expect(() => boardProgrammeJob({ ...ctx, options: { record: 'gone' } })).toThrow(
      /^Không tìm thấy chương trình công tác cần in/,
    );
  });
});
