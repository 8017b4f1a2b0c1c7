/**
 * D20 and D20KH jobs: the notice names the resolution, the vote that adopted it and the focal
 * point (Điều 52.2); the plan lists the resolution's tasks with owner and deadline and the two
 * 6-monthly reviews (Điều 52.3, R9). Two documents, each with its own type and number.
 */
import { describe, expect, it } from 'vitest';
import { outcomeBlockTexts } from '../../../../core/documents/outcomeBlocks';
import { resolutionNoticeJob } from '../../../../core/documents/resolutionNoticeJob';
import { resolutionRolloutJob } from '../../../../core/documents/resolutionRolloutJob';
import { conferenceDayContext, withIssuedNumbers } from './conferenceDayContext.fixture';

const ctx = withIssuedNumbers(conferenceDayContext(), ['D15', 'D20', 'D20KH']);

describe('resolutionNoticeJob (D20)', () => {
  const job = resolutionNoticeJob(ctx);
  const texts = outcomeBlockTexts(job.blocks);

  it('quotes the resolution by number with the adopting vote', () => {
    expect(texts[0]).toContain(
      'Nghị quyết Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 (số 01/NQ-VKHCN ngày 15/01/2026), được hội nghị thông qua với 147/150 người có mặt tán thành (98,00%)',
    );
    expect(texts).toContain('- I. Đánh giá kết quả thực hiện nghị quyết hội nghị năm 2025;');
  });

  it('names the focal point and points to the plan (Điều 52.2)', () => {
    expect(texts).toContain(
      'Đồng chí Trần Hữu An – Phó Vụ trưởng là đầu mối theo dõi, đôn đốc việc thực hiện Nghị quyết và tiếp nhận ý kiến, phản ánh của cán bộ, công chức, viên chức, người lao động (Điều 52.2 Luật Thực hiện dân chủ ở cơ sở).',
    );
    expect(texts.some((t) => t.includes('(số 01/KHLT-CĐCS)'))).toBe(true);
    const unnamed = resolutionNoticeJob(
      conferenceDayContext({
        resolution: { ...ctx.conference.resolution, focalPointId: undefined },
      }),
    );
    expect(
      outcomeBlockTexts(unnamed.blocks).some((t) => t.startsWith('Đồng chí … là đầu mối')),
    ).toBe(true);
  });

  it('is the unit’s notice "Số: 01/TB-VKHCN", signed by the head', () => {
    expect(job.numberText).toBe('Số: 01/TB-VKHCN');
    expect(job.signatures).toHaveLength(1);
    expect(job.signatures[0]?.title).toBe('VỤ TRƯỞNG');
  });
});

describe('resolutionRolloutJob (D20KH)', () => {
  const job = resolutionRolloutJob(ctx);

  it('turns the resolution’s tasks and assigned items into rows with owner and deadline', () => {
    expect(job.tasks.map((t) => [t.no, t.task, t.owner, t.deadline])).toEqual([
      [1, 'Hoàn thành chuyển đổi số hồ sơ công việc', 'Thủ trưởng cơ quan, đơn vị', '30/06/2026'],
      [2, 'Mua bổ sung 05 máy tính cho Phòng Pháp chế', 'Văn phòng', '31/03/2026'],
      [3, 'Tổ chức tập huấn kỹ năng số', 'Đồng chí Trần Hữu An', '30/09/2026'],
      [
        4,
        'Phát động phong trào thi đua “Chuyển đổi số” năm 2026',
        'Ban Chấp hành Công đoàn cơ sở',
        '',
      ],
      [5, 'Tập thể đạt danh hiệu Tập thể lao động xuất sắc', 'Thủ trưởng cơ quan, đơn vị', ''],
    ]);
  });

  it('schedules the two 6-monthly reviews from the conference day (Điều 52.3)', () => {
    expect(job.reviews).toEqual(['2026-07-15', '2027-01-15']);
    expect(
      outcomeBlockTexts(job.blocks).some((t) =>
        t.includes('lần thứ nhất tháng 07/2026, lần thứ hai tháng 01/2027'),
      ),
    ).toBe(true);
  });

  it('is a joint plan "Số: 01/KHLT-CĐCS" with two signature blocks', () => {
    expect(job.numberText).toBe('Số: 01/KHLT-CĐCS');
    expect(job.signatures.map((s) => s.title)).toEqual(['CHỦ TỊCH', 'VỤ TRƯỞNG']);
  });
});
