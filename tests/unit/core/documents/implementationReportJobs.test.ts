/**
 * D6 and D7 drafts for next year's conference, written from the tracked year: the same figures in
 * both (implementationFacts) — counts per part equal to implementationReport's, targets against
 * what was achieved, the other items with their status, what was not done with the reason, what
 * is still open (Luật 10/2022/QH15 Điều 51.3.a–c); the parts only people can write left blank.
 */
import { describe, expect, it } from 'vitest';
import { followUpBlockTexts } from '../../../../core/documents/followUpBlocks';
import { headReportJob } from '../../../../core/documents/headReportJob';
import { implementationDraftsApply } from '../../../../core/documents/implementationFacts';
import { unionReportJob } from '../../../../core/documents/unionReportJob';
import { conferenceDayContext, withIssuedNumbers } from './conferenceDayContext.fixture';
import { followUpContext } from './followUpContext.fixture';

const ctx = withIssuedNumbers({ ...followUpContext(), today: '2026-12-20' }, ['D15', 'D6', 'D7']);

describe('unionReportJob (D7)', () => {
  const job = unionReportJob(ctx);
  const texts = followUpBlockTexts(job.blocks);
  const { report } = job.facts;

  it('counts per part as the follow-up report does on the day', () => {
    expect(job.facts.groupRows.at(-1)).toEqual([
      '',
      'Tổng cộng',
      String(report.totals.total),
      String(report.totals.byStatus.done),
      String(report.totals.byStatus.inProgress),
      String(report.totals.byStatus.notStarted),
      String(report.totals.byStatus.notDone),
      String(report.totals.overdue),
    ]);
    expect(texts).toContain(
      'Nghị quyết có 11 nội dung được theo dõi; tính đến ngày 20/12/2026: hoàn thành 5 nội dung (45,45%); đang thực hiện 2; chưa thực hiện 3; không thực hiện được 1; quá hạn 3.',
    );
  });

  it('puts the targets against what was achieved', () => {
    expect(job.facts.targetRows).toEqual([
      ['1', 'Cán bộ hoàn thành tốt nhiệm vụ trở lên', '95%', '96%', '101,05%'],
      ['2', 'Sáng kiến được công nhận', '5 sáng kiến', '', ''],
      ['3', 'Tập thể đạt danh hiệu Tập thể lao động xuất sắc', '2 tập thể', '', ''],
    ]);
  });

  it('says what was done late, not done with the reason, and what is carried on', () => {
    expect(texts).toContain(
      '- Mua bổ sung 05 máy tính cho Phòng Pháp chế; giao Văn phòng chủ trì thực hiện; thời hạn: 31/03/2026 – Hoàn thành (chậm so với hạn);',
    );
    expect(texts).toContain(
      '- Sáng kiến được công nhận: 5 sáng kiến: Hội đồng sáng kiến chưa họp.',
    );
    expect(job.facts.unfinishedLines).toHaveLength(
      report.unfinished.filter((l) => l.group !== 'legal').length,
    );
    expect(texts).toContain('4. Nội dung chưa hoàn thành, tiếp tục thực hiện năm 2027');
  });

  it('is the union executive’s report to next year’s conference, quoting the resolution', () => {
    // One BC register for the year: D6 took 01, so D7 is 02.
    expect(job.numberText).toBe('Số: 02/BC-CĐCS');
    expect(job.signatures.map((s) => s.authority)).toEqual(['TM. BAN CHẤP HÀNH']);
    expect(texts[0]).toContain(
      'báo cáo Hội nghị cán bộ, công chức, viên chức, người lao động năm 2027',
    );
    expect(texts[0]).toContain('(số 01/NQ-VKHCN ngày 15/01/2026)');
  });
});

describe('headReportJob (D6)', () => {
  const job = headReportJob(ctx);
  const texts = followUpBlockTexts(job.blocks);

  it('prints the same figures as D7 and opens next year’s plan with the open items', () => {
    expect(job.facts.groupRows).toEqual(unionReportJob(ctx).facts.groupRows);
    const plan = texts.slice(texts.indexOf('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027'));
    expect(plan[1]).toBe('Tiếp tục thực hiện các nội dung năm 2026 chưa hoàn thành:');
    expect(plan.slice(2, 2 + job.facts.unfinishedLines.length).map((t) => t.slice(2, -1))).toEqual(
      job.facts.unfinishedLines,
    );
  });

  it('is the unit’s report signed by the head, with blanks for what only the head can write', () => {
    expect(job.numberText).toBe('Số: 01/BC-VKHCN');
    expect(job.signatures.map((s) => s.title)).toEqual(['VỤ TRƯỞNG']);
    expect(texts).toContain('III. TỰ ĐÁNH GIÁ VÀ TRÁCH NHIỆM CỦA THỦ TRƯỞNG');
    expect(texts).toContain('Các nhiệm vụ, chỉ tiêu năm 2027: …');
  });

  it('applies once the resolution’s items are followed', () => {
    expect(implementationDraftsApply(ctx)).toBe(true);
    expect(implementationDraftsApply(conferenceDayContext())).toBe(false);
    // Next year's conference with last year's open items carried over has no year to report yet.
    const carried = ctx.conference.followUp.items.map((i) => ({
      ...i,
      origin: 'carriedOver' as const,
    }));
    const nextYear = {
      ...ctx.conference,
      resolution: { ...ctx.conference.resolution, stage: 'draft' as const },
      followUp: { ...ctx.conference.followUp, items: carried },
    };
    expect(implementationDraftsApply({ conference: nextYear })).toBe(false);
  });
});
