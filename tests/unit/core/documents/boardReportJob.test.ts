/**
 * D8 job: the Ban TTND's report on its year and next year's programme (Luật 10/2022/QH15 Điều
 * 51.4.đ, 62.3; Nghị định 59/2023/NĐ-CP Điều 22) — inspections with their written results and a
 * notice given too late flagged, recommendations against the head's 15-day clock with a late
 * answer flagged, the reports sent, the resolution's state, the unfinished items proposed for
 * next year; signed by the board's head.
 */
import { describe, expect, it } from 'vitest';
import { boardReportApplies, boardReportJob } from '../../../../core/documents/boardReportJob';
import { followUpBlockTexts } from '../../../../core/documents/followUpBlocks';
import { byName, conferenceDayContext, withIssuedNumbers } from './conferenceDayContext.fixture';
import { followUpContext } from './followUpContext.fixture';

const boardHead = byName('Trần Hữu An');
const base = followUpContext();
const ctx = withIssuedNumbers(
  {
    ...base,
    today: '2026-12-20',
    conference: {
      ...base.conference,
      election: base.conference.election && {
        ...base.conference.election,
        firstMeeting: { ...base.conference.election.firstMeeting, headId: boardHead.id },
      },
    },
  },
  ['D8'],
);

describe('boardReportJob (D8)', () => {
  const job = boardReportJob(ctx);
  const texts = followUpBlockTexts(job.blocks);

  it('lists the inspections with their written results; a late notice is flagged', () => {
    expect(job.inspectionRows).toEqual([
      [
        '1',
        'Văn phòng: Việc mua sắm máy tính',
        '20/04/2026',
        'Mua sắm đúng quy định (văn bản số 02/BC-TTND ngày 24/04/2026)',
      ],
      [
        '2',
        'Phòng Tài chính: Việc chi phúc lợi',
        '15/06/2026',
        'Chưa có kết quả bằng văn bản; thông báo cho đối tượng kiểm tra chậm (trước 1 ngày làm việc)',
      ],
    ]);
    expect(texts).toContain(
      'Ban đã tiến hành 2 cuộc kiểm tra, giám sát; 1 cuộc đã có kết quả bằng văn bản.',
    );
  });

  it('counts the recommendations against the 15-day clock; a late answer says by how much', () => {
    expect(texts).toContain(
      'Ban đã gửi 2 kiến nghị đến thủ trưởng cơ quan, đơn vị: 1 kiến nghị được trả lời trong thời hạn 15 ngày, 1 kiến nghị được trả lời chậm, 0 kiến nghị chưa được trả lời.',
    );
    expect(job.recommendationRows[1]).toEqual([
      '2',
      'Bổ sung quy định chi phúc lợi',
      'Nhận 01/06/2026; hạn 16/06/2026',
      'Trả lời ngày 01/07/2026 (chậm 15 ngày): Sẽ sửa quy chế chi tiêu nội bộ',
    ]);
    expect(job.board.summary.recommendations.answeredLate).toBe(1);
  });

  it('states the resolution’s figures as core counts them on the day', () => {
    const r = job.resolution;
    expect(texts).toContain(
      `Tính đến ngày 20/12/2026, trong ${r.total} nội dung của Nghị quyết được theo dõi có ${r.byStatus.done} nội dung hoàn thành (45,45%), ${r.byStatus.inProgress} đang thực hiện, ${r.byStatus.notStarted} chưa thực hiện, ${r.byStatus.notDone} không thực hiện được; ${r.overdue} nội dung quá hạn.`,
    );
    expect(texts).toContain(
      'Ban đã gửi 1/6 báo cáo định kỳ (quý, 6 tháng, năm) đến Ban Chấp hành công đoàn cơ sở (Điều 22.3 Nghị định số 59/2023/NĐ-CP).',
    );
  });

  it('proposes next year’s programme with the items still open', () => {
    expect(texts).toContain('III. CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027');
    expect(job.nextYearLines).toContain(
      'Giám sát việc hoàn thành: Tổ chức tập huấn kỹ năng số; giao đồng chí Trần Hữu An chủ trì thực hiện; thời hạn: 30/09/2026',
    );
    expect(job.nextYearLines.some((l) => l.includes('Hoàn thành chuyển đổi số'))).toBe(false);
  });

  it('is the union’s "Số: 01/BC-CĐCS", signed for the board by its head', () => {
    expect(job.numberText).toBe('Số: 01/BC-CĐCS');
    expect(job.signatures).toEqual([
      { authority: 'TM. BAN THANH TRA NHÂN DÂN', title: 'TRƯỞNG BAN', name: boardHead.fullName },
    ]);
    expect(job.placeDateText).toBe('Hà Nội, ngày 20 tháng 12 năm 2026');
  });

  it('applies once the board has a record of its year', () => {
    expect(boardReportApplies(ctx)).toBe(true);
    expect(boardReportApplies(conferenceDayContext())).toBe(false);
  });
});
