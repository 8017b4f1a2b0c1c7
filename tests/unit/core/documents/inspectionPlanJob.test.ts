/**
 * D22KH job: the plan of one inspection (Nghị định 59/2023/NĐ-CP Điều 22.1.b; Luật 10/2022/QH15
 * Điều 62) — the notice to the subject at least 5 working days before the start, counted by core
 * with the holiday table; a notice too late or missing never printed as if it were in order (the
 * date left blank, the problem said, with the first start day it allows); the board's members; the
 * programme it follows quoted; signed for the board by its head.
 */
import { describe, expect, it } from 'vitest';
import { inspectionView } from '../../../../core/domain/boardWorkView';
import { addWorkingDays } from '../../../../core/domain/workingDays';
import { EMPTY_HOLIDAY_TABLE } from '../../../../core/domain/holidays';
import { boardContext } from '../../../../core/documents/boardDocumentFacts';
import { documentProblems } from '../../../../core/documents/documentProblems';
import { followUpBlockTexts } from '../../../../core/documents/followUpBlocks';
import { inspectionPlanJob } from '../../../../core/documents/inspectionPlanJob';
import { withIssuedNumbers } from './conferenceDayContext.fixture';
import { boardDeputy, boardDocumentsContext, boardHead } from './boardDocumentsContext.fixture';

const ctx = boardDocumentsContext();
const texts = (record: string, c = ctx) =>
  followUpBlockTexts(inspectionPlanJob({ ...c, options: { record } }).blocks);

describe('inspectionPlanJob (D22KH)', () => {
  it('prints a notice given in time with core’s count of working days', () => {
    const job = inspectionPlanJob({ ...ctx, options: { record: 'i1' } });
    const view = inspectionView(ctx.conference.followUp.board.inspections[0]!, boardContext(ctx));
    expect(job.inspection.noticeWorkingDays).toBe(view.noticeWorkingDays);
    expect(view.noticeWorkingDays).toBe(6);
    expect(texts('i1')).toContain(
      'Kế hoạch được thông báo cho đối tượng kiểm tra ngày 10/04/2026, trước 6 ngày làm việc so với ngày bắt đầu (bảo đảm ít nhất 5 ngày làm việc theo Điều 22.1.b Nghị định số 59/2023/NĐ-CP).',
    );
    expect(job.noticeText).toBe('10/04/2026');
    expect(job.problems).toEqual([]);
    expect(texts('i1')).toContain(
      'Thời gian bắt đầu kiểm tra, giám sát: ngày 20 tháng 4 năm 2026.',
    );
  });

  it('leaves a notice given too late blank and says why, with the first start it allows', () => {
    // i2 is the latest planned: the default record.
    const job = inspectionPlanJob(ctx);
    expect(job.inspection.id).toBe('i2');
    expect(job.noticeText).toBeUndefined();
    const printed = followUpBlockTexts(job.blocks).join('\n');
    expect(printed).not.toContain('12/06/2026');
    expect(printed).toContain(
      'Kế hoạch được thông báo cho đối tượng kiểm tra ngày … (trước ít nhất 5 ngày làm việc so với ngày bắt đầu, Điều 22.1.b Nghị định số 59/2023/NĐ-CP).',
    );
    const earliest = addWorkingDays('2026-06-12', 5, EMPTY_HOLIDAY_TABLE);
    expect(earliest).toBe('2026-06-19');
    expect(job.problems).toEqual([
      ...job.inspection.problems,
      'Kế hoạch (D22KH) để trống ngày thông báo cho đối tượng kiểm tra. Với ngày thông báo 12/06/2026, cuộc kiểm tra bắt đầu sớm nhất ngày 19/06/2026: hãy sửa ngày bắt đầu hoặc ngày thông báo ở thẻ Ban Thanh tra nhân dân.',
    ]);
    expect(job.inspection.problems[0]).toMatch(/chỉ trước 1 ngày làm việc/);
    // Nor does the late day date the plan: generated after the start, it bears the start day.
    expect(job.placeDateText).toBe('Hà Nội, ngày 15 tháng 6 năm 2026');
    // The preview shows the same lines.
    expect(documentProblems(ctx, 'D22KH')).toEqual(job.problems);
  });

  it('gives the last day to notify while there is still time, counting the holidays (Giỗ Tổ, 30/4–1/5)', () => {
    const future = boardDocumentsContext(
      (b) => ({
        ...b,
        inspections: [
          ...b.inspections,
          {
            id: 'i3',
            subject: 'Việc chi làm thêm giờ',
            content: '',
            plannedOn: '2026-05-05',
            result: '',
            resultDocumentNumber: '',
          },
        ],
      }),
      { today: '2026-04-20' },
    );
    const job = inspectionPlanJob({ ...future, options: { record: 'i3' } });
    expect(job.inspection.latestNoticeOn).toBe('2026-04-23');
    expect(followUpBlockTexts(job.blocks)).toContain(
      'Kế hoạch được thông báo cho đối tượng kiểm tra chậm nhất ngày 23/04/2026 (trước ít nhất 5 ngày làm việc so với ngày bắt đầu, Điều 22.1.b Nghị định số 59/2023/NĐ-CP).',
    );
    expect(job.problems).toEqual([]);
    // Dated the day of generating; the matter reads in lower case inside the summary.
    expect(job.placeDateText).toBe('Hà Nội, ngày 20 tháng 4 năm 2026');
    expect(job.summary).toEqual(['Kiểm tra, giám sát việc chi làm thêm giờ']);
    // Once that day has passed without a notice, the plan leaves it blank and says so: notified
    // on Friday 24/04, the 5 working days skip 27/04 (Giỗ Tổ moved off Sunday), 30/04 and 01/05.
    const late = inspectionPlanJob({ ...future, today: '2026-04-24', options: { record: 'i3' } });
    expect(late.inspection.noticeState).toBe('missing');
    expect(late.problems[0]).toMatch(
      /^Chưa thông báo cho đối tượng kiểm tra; hạn thông báo là ngày 23\/04\/2026/,
    );
    expect(late.problems[1]).toMatch(
      /Với ngày thông báo 24\/04\/2026, cuộc kiểm tra bắt đầu sớm nhất ngày 06\/05\/2026/,
    );
  });

  it('quotes the programme it follows and names the board, head first; the board’s head signs', () => {
    const job = inspectionPlanJob({ ...ctx, options: { record: 'i1' } });
    const printed = followUpBlockTexts(job.blocks);
    expect(printed[0]).toContain(
      'căn cứ Chương trình công tác năm 2026 của Ban Thanh tra nhân dân (số 01/CTr-TTND ngày 02/02/2026)',
    );
    const lead = printed.indexOf(
      'Thành phần: Ban Thanh tra nhân dân Vụ Khoa học và Công nghệ, gồm:',
    );
    expect(printed[lead + 1]).toBe(
      `- Ông ${boardHead.fullName}, ${boardHead.position}, ${boardHead.department} – Trưởng ban;`,
    );
    expect(printed[lead + 2]).toContain(
      `${boardDeputy.fullName}, ${boardDeputy.position}, ${boardDeputy.department} – Phó Trưởng ban;`,
    );
    expect(job.signatures).toEqual([
      { authority: 'TM. BAN THANH TRA NHÂN DÂN', title: 'TRƯỞNG BAN', name: boardHead.fullName },
    ]);
    // Dated the day it was notified (no report to the union executive recorded).
    expect(job.placeDateText).toBe('Hà Nội, ngày 10 tháng 4 năm 2026');
  });

  it('is the union’s "KH", its number issued from the register once the văn thư asks', () => {
    expect(inspectionPlanJob(ctx).numberText).toBe('Số:       /KH-CĐCS');
    expect(inspectionPlanJob(withIssuedNumbers(ctx, ['D22KH'])).numberText).toBe('Số: 01/KH-CĐCS');
  });
});
