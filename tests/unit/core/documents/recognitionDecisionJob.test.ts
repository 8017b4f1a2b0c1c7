/**
 * D16 job (Quyết định công nhận kết quả bầu): the union executive's decision with its bases (";"
 * each, "." last — R26), Điều 1 the members elected and the term, Điều 2 their duties, Điều 3 the
 * effect; dated the recognition date or by default the conference day, and the R20 deadline
 * (5 working days after the conference, holidays included) exposed for the screen.
 */
import { describe, expect, it } from 'vitest';
import { recognitionDecisionJob } from '../../../../core/documents/recognitionDecisionJob';
import { electionOutcome } from '../../../../core/domain/electionRounds';
import {
  blockTexts,
  electionContext,
  lockedElection,
  people,
  rules,
} from './electionContext.fixture';

describe('recognitionDecisionJob (D16)', () => {
  const election = lockedElection();
  const job = recognitionDecisionJob(electionContext(election));
  const texts = blockTexts(job.blocks);

  it('is a union decision numbered QĐ, dated the recognition date, signed TM. BAN CHẤP HÀNH', () => {
    expect(job.header.preset).toBe('union');
    expect(job.numberText).toBe('Số:       /QĐ-CĐCS');
    expect(job.placeDateText).toBe('Hà Nội, ngày 19 tháng 01 năm 2026');
    expect(job.typeName).toBe('QUYẾT ĐỊNH');
    expect(job.summary).toEqual([
      'Về việc công nhận kết quả bầu thành viên Ban Thanh tra nhân dân nhiệm kỳ 2026–2028',
    ]);
    expect(job.signatures).toEqual([
      { authority: 'TM. BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: 'Hồ Thanh Hiếu' },
    ]);
    expect(job.recipients?.entries[0]).toBe('Như Điều 3');
  });

  it('names the issuing authority, then the bases in italics, ";" each and "." last (R26)', () => {
    expect(job.blocks[0]).toEqual({
      kind: 'centred',
      text: 'BAN CHẤP HÀNH CÔNG ĐOÀN VỤ KHOA HỌC VÀ CÔNG NGHỆ',
      bold: true,
    });
    const bases = job.blocks.filter((b) => b.kind === 'paragraph' && b.italics);
    expect(bases.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([
      'Căn cứ Điều lệ Công đoàn Việt Nam;',
      'Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022;',
      'Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở;',
      'Căn cứ Biên bản kiểm phiếu bầu thành viên Ban Thanh tra nhân dân tại Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 ngày 15 tháng 01 năm 2026.',
    ]);
    expect(texts).toContain('QUYẾT ĐỊNH:');
  });

  it('recognises in Điều 1 exactly those elected, in name order, with the term', () => {
    const elected = electionOutcome(election, people, rules).electedIds;
    expect(new Set(job.memberIds)).toEqual(new Set(elected));
    expect(texts).toContain(
      'Điều 1. Công nhận kết quả bầu thành viên Ban Thanh tra nhân dân Vụ Khoa học và Công nghệ nhiệm kỳ 2026–2028 gồm 05 (năm) ông/bà có tên sau:',
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        '1. Ông Bùi Đình An, Chuyên viên, Phòng Quản lý khoa học;',
        '5. Bà Nguyễn Thu Nhung, Chuyên viên chính, Phòng Tổ chức cán bộ.',
      ]),
    );
    expect(texts.some((t) => t.startsWith('Điều 2. Ban Thanh tra nhân dân có nhiệm vụ'))).toBe(
      true,
    );
    expect(texts.at(-1)).toMatch(/^Điều 3\. Quyết định này có hiệu lực kể từ ngày ký\./);
  });

  it('exposes the R20 deadline: the 5th working day after the conference', () => {
    // Thursday 15/01/2026 → Fri 16, Mon 19, Tue 20, Wed 21, Thu 22.
    expect(job.recognition).toEqual({
      date: '2026-01-19',
      dateIsDefault: false,
      deadline: '2026-01-22',
      findings: [],
    });
  });

  it('is dated the conference day when no recognition date is recorded', () => {
    const plain = recognitionDecisionJob(electionContext(lockedElection({ recognition: {} })));
    expect(plain.placeDateText).toBe('Hà Nội, ngày 15 tháng 01 năm 2026');
    expect(plain.recognition.dateIsDefault).toBe(true);
    expect(plain.recognition.findings).toEqual([]);
  });

  it('warns, never refuses, when the decision is dated after the deadline', () => {
    const late = recognitionDecisionJob(
      electionContext(lockedElection({ recognition: { date: '2026-01-23' } })),
    );
    expect(late.placeDateText).toBe('Hà Nội, ngày 23 tháng 01 năm 2026');
    expect(late.recognition.findings).toHaveLength(1);
    expect(late.recognition.findings[0]).toMatchObject({ id: 'R20.late', severity: 'warning' });
    expect(late.recognition.findings[0]?.message).toContain('22/01/2026');
  });

  it('counts the Tết holidays of the unit’s table into the deadline', () => {
    // Friday 13/02/2026: 14–22/02 are the weekend and Tết Bính Ngọ (workingDays.ts).
    const tet = recognitionDecisionJob(
      electionContext(lockedElection({ recognition: {} }), { date: '2026-02-13' }),
    );
    expect(tet.recognition.deadline).toBe('2026-02-27');
  });
});
