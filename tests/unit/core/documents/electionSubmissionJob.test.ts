/**
 * D10 job (Tờ trình of the union executive): seats with the rule and its source (R11), structure
 * and deputies (R19), the candidates in Vietnamese name order with position, sub-unit, eligibility
 * (R12) and consent (R13), and the union's review — all from the election's setup, on roster-184.
 */
import { describe, expect, it } from 'vitest';
import {
  deputiesRuleText,
  electionSubmissionJob,
  ineligibilityText,
} from '../../../../core/documents/electionSubmissionJob';
import { ELECTION_WORDING } from '../../../../core/documents/electionWording';
import { ruleSet } from '../../../../core/rules/ruleSets';
import {
  blockTexts,
  byName,
  candidateIds,
  electionInput,
  rules,
  setupContext,
} from './electionContext.fixture';

function table(ctx = setupContext()) {
  const block = electionSubmissionJob(ctx).blocks.find((b) => b.kind === 'table');
  if (!block || block.kind !== 'table') throw new Error('no candidate table');
  return block;
}

describe('electionSubmissionJob (D10)', () => {
  it('is a union Tờ trình numbered TTr, dated the day it is issued, signed for the executive', () => {
    const job = electionSubmissionJob(setupContext());
    expect(job.header.preset).toBe('union');
    expect(job.header.leftLines.map((l) => l.text)).toEqual([
      'CÔNG ĐOÀN BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
      'CÔNG ĐOÀN VỤ KHOA HỌC VÀ CÔNG NGHỆ',
    ]);
    expect(job.numberText).toBe('Số:       /TTr-CĐCS');
    expect(job.placeDateText).toBe('Hà Nội, ngày 10 tháng 01 năm 2026');
    expect(job.typeName).toBe('TỜ TRÌNH');
    expect(job.summary).toEqual([
      'Về số lượng thành viên và danh sách người được giới thiệu bầu Ban Thanh tra nhân dân nhiệm kỳ 2026–2028',
    ]);
    expect(job.signatures).toEqual([
      { authority: 'TM. BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: 'Hồ Thanh Hiếu' },
    ]);
  });

  it('prints the number the register issued (R25)', () => {
    const ctx = { ...setupContext(), numbers: { D10: 'Số: 01/TTr-CĐCS' } };
    expect(electionSubmissionJob(ctx).numberText).toBe('Số: 01/TTr-CĐCS');
  });

  it('states the seats with the rule and its source, and the deputies of R19', () => {
    const texts = blockTexts(electionSubmissionJob(setupContext()).blocks);
    expect(texts).toContain('1. Số lượng thành viên');
    expect(texts).toContain(
      'Ban Thanh tra nhân dân nhiệm kỳ 2026–2028 gồm 05 (năm) thành viên; theo quy định, Ban có từ 3 đến 9 thành viên (Luật 10/2022/QH15, Điều 60.1; Nghị định 59/2023/NĐ-CP, Điều 21.2).',
    );
    // The law preset says nothing of deputies below 9 members: no sentence.
    expect(texts.some((t) => t.startsWith('Số Phó Trưởng ban'))).toBe(false);
    const nine = blockTexts(electionSubmissionJob(setupContext({ seats: 9 })).blocks);
    expect(nine).toContain(
      'Số Phó Trưởng ban: không quá 02 người (Ban có từ 9 thành viên trở lên) (Nghị định 59/2023/NĐ-CP, Điều 21.3).',
    );
  });

  it('lists the candidates in Vietnamese name order with position, sub-unit, eligibility, consent', () => {
    const { columns, rows } = table();
    expect(columns).toEqual(ELECTION_WORDING.submissionColumns);
    expect(rows.map((r) => r[1])).toEqual([
      'Bùi Đình An',
      'Khúc Quang Giang',
      'Hoàng Phương Hạnh',
      'Phan Minh Linh',
      'Nguyễn Thu Nhung',
      'Ngô Minh Uyên',
      'Trịnh Thanh Việt',
    ]);
    expect(rows[0]).toEqual([
      '1',
      'Bùi Đình An',
      'Chuyên viên',
      'Phòng Quản lý khoa học',
      'Đủ',
      'Đã đồng ý',
    ]);
  });

  it('shows an ineligible candidate with the reason and a missing consent (R12, R13)', () => {
    const chiefAccountant = byName('Vũ Thu Nhung').id;
    const ctx = setupContext({
      candidates: [
        ...candidateIds.map((personId) => ({ personId, consent: true })),
        { personId: chiefAccountant, consent: false },
      ],
    });
    const row = table(ctx).rows.find((r) => r[1] === 'Vũ Thu Nhung');
    expect(row?.slice(4)).toEqual(['Là kế toán trưởng', 'Chưa']);
    expect(blockTexts(electionSubmissionJob(ctx).blocks)).toContain(
      'Ban Chấp hành Công đoàn đã rà soát: 07/08 (tám) người đủ tiêu chuẩn; 07/08 (tám) người đã đồng ý ứng cử.',
    );
  });

  it('marks nominations from the floor and explains the mark', () => {
    const ctx = setupContext({
      allowFloorNominations: true,
      candidates: candidateIds.map((personId, i) => ({
        personId,
        consent: true,
        nominatedBy: i === 0 ? 'floor' : 'unionExecutive',
      })),
    });
    const texts = blockTexts(electionSubmissionJob(ctx).blocks);
    expect(texts.some((t) => t.includes('Trịnh Thanh Việt (*)'))).toBe(true);
    expect(texts).toContain(ELECTION_WORDING.floorNominationNote);
  });

  it('keeps the eligibility reasons of candidateEligibility', () => {
    expect(ineligibilityText(byName('Phan Thanh Ước'), rules)).toBe('Là thủ trưởng');
    expect(ineligibilityText(byName('Trần Hữu An'), rules)).toBe('Là cấp phó của thủ trưởng');
    expect(ineligibilityText({ ...byName('Bùi Đình An'), active: false }, rules)).toBe(
      'Không công tác tại đơn vị',
    );
    expect(ineligibilityText(byName('Bùi Đình An'), rules)).toBe('');
  });

  it('words the deputies of the education preset (1 deputy below 9 members, 11/HD-CĐN)', () => {
    const education = ruleSet('education-11-hd-cdn');
    expect(deputiesRuleText(5, education)).toBe('01 người (Ban có dưới 9 thành viên)');
    expect(deputiesRuleText(11, education)).toBe(
      'không quá 02 người (Ban có từ 9 thành viên trở lên)',
    );
    expect(deputiesRuleText(undefined, education)).toBeUndefined();
  });

  it('prints blanks, not an error, for a conference without an election', () => {
    const ctx = setupContext();
    const bare = { ...ctx, conference: { ...ctx.conference, election: undefined } };
    const job = electionSubmissionJob(bare);
    expect(table(bare).rows).toEqual([]);
    expect(blockTexts(job.blocks).some((t) => t.includes('gồm … thành viên'))).toBe(true);
    expect(electionInput().seats).toBe(5);
  });
});
