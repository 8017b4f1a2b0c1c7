/**
 * D18 job (Bản giao ước thi đua, Điều 51.4.h): the targets come from the resolution's "Chỉ tiêu"
 * and the emulation items with a value, in resolutionText's wording; the movements without a
 * value and each party's tasks follow the standard commitments; both parties sign.
 */
import { describe, expect, it } from 'vitest';
import { covenantJob } from '../../../../core/documents/covenantJob';
import { outcomeBlockTexts } from '../../../../core/documents/outcomeBlocks';
import { OUTCOME_WORDING } from '../../../../core/documents/outcomeWording';
import { conferenceDayContext, head, unionChair } from './conferenceDayContext.fixture';

const ctx = conferenceDayContext();
const job = covenantJob(ctx);
const texts = outcomeBlockTexts(job.blocks);

describe('covenantJob (D18)', () => {
  it('lists the targets with their level, as the resolution states them', () => {
    expect(job.targetRows).toEqual([
      ['1', 'Cán bộ hoàn thành tốt nhiệm vụ trở lên', '95%'],
      ['2', 'Sáng kiến được công nhận', '5 sáng kiến'],
      ['3', 'Tập thể đạt danh hiệu Tập thể lao động xuất sắc', '2 tập thể'],
    ]);
    expect(texts).toContain('STT | Chỉ tiêu | Mức phấn đấu');
  });

  it('gives each party its standard commitments and the tasks the resolution gives it', () => {
    const headPart = texts.slice(
      texts.indexOf('III. TRÁCH NHIỆM CỦA THỦ TRƯỞNG ĐƠN VỊ'),
      texts.indexOf('IV. TRÁCH NHIỆM CỦA BAN CHẤP HÀNH CÔNG ĐOÀN'),
    );
    expect(headPart).toHaveLength(OUTCOME_WORDING.covenantHead.length + 2);
    expect(headPart.at(-1)).toBe('- Hoàn thành chuyển đổi số hồ sơ công việc.');
    expect(texts).toContain(
      '- Phát động phong trào thi đua “Chuyển đổi số” năm 2026; giao Ban Chấp hành Công đoàn cơ sở chủ trì thực hiện.',
    );
  });

  it('is dated the conference day, unnumbered, signed by the union chair and the head', () => {
    expect(job.placeDateText).toBe('Hà Nội, ngày 15 tháng 01 năm 2026');
    expect(job.numberText).toBeUndefined();
    expect(job.header.preset).toBe('joint');
    expect(job.signatures.map((s) => [s.authority, s.title, s.name])).toEqual([
      ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', unionChair.fullName],
      ['', 'VỤ TRƯỞNG', head.fullName],
    ]);
  });

  it('keeps both signature blocks when the user makes it a unit document', () => {
    const unitDoc = covenantJob(
      conferenceDayContext({ documentSettings: { D18: { preset: 'unit' } } }),
    );
    expect(unitDoc.header.preset).toBe('unit');
    expect(unitDoc.signatures).toHaveLength(2);
  });
});
