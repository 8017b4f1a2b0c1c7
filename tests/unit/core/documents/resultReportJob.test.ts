/**
 * D19 job (Báo cáo kết quả hội nghị): addressed to the recipient the officer set (else the upper
 * union); the attendance, the votes and the Ban TTND result are core's figures, the same as the
 * minutes print; the opinions neither answered nor taken into the resolution are the proposals.
 */
import { describe, expect, it } from 'vitest';
import { conferenceMinutesJob } from '../../../../core/documents/conferenceMinutesJob';
import { outcomeBlockTexts } from '../../../../core/documents/outcomeBlocks';
import { resultReportJob } from '../../../../core/documents/resultReportJob';
import { conferenceDayContext, unionChair } from './conferenceDayContext.fixture';

const ctx = conferenceDayContext();
const job = resultReportJob(ctx);
const texts = outcomeBlockTexts(job.blocks);

describe('resultReportJob (D19)', () => {
  it('is addressed to the configured recipient, else the upper union', () => {
    expect(texts[0]).toBe('Kính gửi: Công đoàn Bộ Nông nghiệp và Môi trường.');
    const other = resultReportJob(
      conferenceDayContext({
        resolution: {
          ...ctx.conference.resolution,
          reportRecipient: 'Bộ Nông nghiệp và Môi trường (Vụ Tổ chức cán bộ)',
        },
      }),
    );
    expect(outcomeBlockTexts(other.blocks)[0]).toBe(
      'Kính gửi: Bộ Nông nghiệp và Môi trường (Vụ Tổ chức cán bộ).',
    );
  });

  it('reports the same attendance and votes as the minutes', () => {
    const minutes = conferenceMinutesJob(ctx);
    expect(job.quorum).toEqual(minutes.figures.quorum);
    expect(job.votes).toEqual(minutes.figures.votes);
    expect(texts).toContain(
      '4 | Mức đóng góp quỹ phúc lợi 200.000 đồng/người/năm | 150 | 75 (50,00%) | Không thông qua',
    );
    expect(texts).toContain('5 | Thông qua nghị quyết hội nghị | 150 | 147 (98,00%) | Thông qua');
  });

  it('counts the opinions and forwards the unanswered ones as proposals', () => {
    expect(job.opinions).toEqual({ total: 6, answered: 2, taken: 1 });
    expect(texts).toContain(
      '2. Có 6 ý kiến phát biểu; 2 ý kiến được giải trình, trả lời tại hội nghị; 1 ý kiến được tiếp thu vào nghị quyết.',
    );
    const proposals = texts.slice(texts.indexOf('III. ĐỀ XUẤT, KIẾN NGHỊ') + 2);
    expect(proposals.filter((t) => t.startsWith('- '))).toHaveLength(4);
  });

  it('names the Ban TTND elected and the resolution adopted', () => {
    expect(texts.some((t) => t.includes('gồm 05 (năm) thành viên: Bùi Đình An'))).toBe(true);
    expect(texts.some((t) => t.includes('với 147/150 người có mặt tán thành (98,00%)'))).toBe(true);
  });

  it('is the union executive’s report, dated after the conference', () => {
    expect(job.header.preset).toBe('union');
    expect(job.signatures[0]).toMatchObject({
      authority: 'TM. BAN CHẤP HÀNH',
      name: unionChair.fullName,
    });
    // Generated before the conference (fixture: 10/01), it is dated the conference day.
    expect(job.placeDateText).toBe('Hà Nội, ngày 15 tháng 01 năm 2026');
    const later = resultReportJob({ ...ctx, today: '2026-01-20' });
    expect(later.placeDateText).toBe('Hà Nội, ngày 20 tháng 01 năm 2026');
  });
});
