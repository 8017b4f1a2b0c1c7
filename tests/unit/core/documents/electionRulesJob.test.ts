/**
 * D11 job (Thể lệ bầu cử): the rules of THIS election as configured — ballot style and how to mark
 * it, the invalid-ballot rules as set (R15), the winning base with the threshold in votes (R16), the
 * tie and shortfall rules with the rule set's minimum (R17), the counting board and witnesses by
 * name (R14) — never boilerplate that disagrees with the setup.
 */
import { describe, expect, it } from 'vitest';
import { electionRulesJob, passText } from '../../../../core/documents/electionRulesJob';
import { ELECTION_WORDING } from '../../../../core/documents/electionWording';
import {
  attendance,
  blockTexts,
  electionContext,
  lockedElection,
  setupContext,
} from './electionContext.fixture';

const I = ELECTION_WORDING.rulesInvalid;

function texts(ctx = setupContext()): string[] {
  return blockTexts(electionRulesJob(ctx).blocks);
}

describe('electionRulesJob (D11)', () => {
  it('is an unnumbered union document with eight articles, dated before the conference', () => {
    const job = electionRulesJob(setupContext());
    expect(job.header.preset).toBe('union');
    expect(job.numberText).toBeUndefined();
    expect(job.placeDateText).toBe('Hà Nội, ngày 10 tháng 01 năm 2026');
    expect(job.typeName).toBe('THỂ LỆ');
    expect(job.summary).toEqual(['Bầu cử Ban Thanh tra nhân dân nhiệm kỳ 2026–2028']);
    const articles = texts().filter((t) => /^Điều \d\./.test(t));
    expect(articles).toEqual([
      'Điều 1. Số lượng và danh sách bầu',
      'Điều 2. Hình thức bầu',
      'Điều 3. Ban kiểm phiếu',
      'Điều 4. Cách ghi phiếu',
      'Điều 5. Phiếu hợp lệ và phiếu không hợp lệ',
      'Điều 6. Nguyên tắc trúng cử',
      'Điều 7. Trường hợp bằng phiếu hoặc không đủ số lượng',
      'Điều 8. Kiểm phiếu và công bố kết quả',
    ]);
  });

  it('names the seats, the candidates, the counting board and the witnesses', () => {
    const all = texts();
    expect(all).toContain(
      'Hội nghị bầu 05 (năm) thành viên Ban Thanh tra nhân dân trong danh sách 07 (bảy) người đã được Hội nghị thông qua.',
    );
    expect(all).toContain(
      'Ban kiểm phiếu gồm 03 (ba) người do Hội nghị biểu quyết thông qua: ông Đặng Minh Tú – Trưởng ban; bà Ngô Minh Hoa – thành viên; bà Vũ Thanh Loan – thành viên. Người có tên trong danh sách bầu không tham gia Ban kiểm phiếu.',
    );
    expect(all).toContain('Người chứng kiến kiểm phiếu: ông Đỗ Đức Sơn và Trần Văn Chứng.');
    expect(all).toContain('Mỗi phiếu bầu có số thứ tự in sẵn.');
  });

  it('prints the invalid-ballot rules of the strike-out ballot as configured by default (R15)', () => {
    const all = texts();
    expect(all).toContain(
      'Đồng ý bầu người nào thì giữ nguyên họ và tên người đó; không đồng ý bầu người nào thì gạch ngang giữa cả họ và tên người đó. Mỗi phiếu giữ lại không quá 05 người.',
    );
    expect(all).toEqual(
      expect.arrayContaining([
        `- ${I.notIssued};`,
        `- ${I.noStamp};`,
        '- Phiếu giữ lại nhiều hơn 05 người;',
        `- ${I.allStruck};`,
        `- ${I.addedNames};`,
        `- ${I.marked}.`,
      ]),
    );
    expect(all).toContain(ELECTION_WORDING.rulesValid);
  });

  it('drops the over-vote and all-struck rules when the unit switched them off, and says so', () => {
    const all = texts(
      setupContext({ validity: { overVoteInvalid: false, allStruckInvalid: false } }),
    );
    expect(all.some((t) => t.includes('nhiều hơn 05 người;'))).toBe(false);
    expect(all).not.toContain(`- ${I.allStruck};`);
    expect(all).toContain(
      'Theo quyết định của Hội nghị, phiếu bầu nhiều hơn 05 người không bị coi là phiếu không hợp lệ.',
    );
    expect(all).toContain(ELECTION_WORDING.rulesAllStruckValid);
  });

  it('words the “Đồng ý / Không đồng ý” ballot in its own terms', () => {
    const all = texts(setupContext({ ballotStyle: 'approveColumns' }));
    expect(all.some((t) => t.startsWith('Đồng ý bầu người nào thì đánh dấu (X)'))).toBe(true);
    expect(all).toContain('- Phiếu đồng ý nhiều hơn 05 người;');
    expect(all).toContain(`- ${I.allRejected};`);
    expect(all).not.toContain(ELECTION_WORDING.rulesMarkingStrikeOutNote);
  });

  it('states the Law base with the votes needed once the number present is known (R16)', () => {
    const job = electionRulesJob(setupContext());
    // Check-in: 150 present → strictly more than 75 → 76 votes.
    expect(job.present).toBe(150);
    expect(job.votesNeeded).toBe(76);
    const all = blockTexts(job.blocks);
    expect(all).toContain(
      'Người trúng cử phải có số phiếu bầu quá một nửa (trên 50%) tổng số người có mặt tại Hội nghị (Luật 10/2022/QH15, Điều 49.1, 51.2.c; Nghị định 59/2023/NĐ-CP, Điều 21.1).',
    );
    expect(all).toContain(
      'Hội nghị có 150 người có mặt: người trúng cử phải có ít nhất 76 phiếu bầu.',
    );
  });

  it('takes the number present from the round once it is started, and leaves it out before check-in', () => {
    const round = electionRulesJob(
      electionContext(lockedElection(), { attendance: attendance(120) }),
    );
    expect(round.present).toBe(150);
    const before = electionRulesJob(
      electionContext(lockedElection({ rounds: [] }), { attendance: {} }),
    );
    expect(before.present).toBeUndefined();
    expect(blockTexts(before.blocks).some((t) => t.startsWith('Hội nghị có'))).toBe(false);
  });

  it('says when the valid ballots are the base, and gives no vote count in advance', () => {
    const job = electionRulesJob(setupContext({ winningBase: 'validBallots' }));
    expect(job.votesNeeded).toBeUndefined();
    expect(blockTexts(job.blocks)).toContain(
      'Theo quyết định của Hội nghị, người trúng cử phải có số phiếu bầu quá một nửa (trên 50%) tổng số phiếu hợp lệ (khác với cách tính trên tổng số người có mặt tại Hội nghị theo Luật 10/2022/QH15, Điều 49.1, 51.2.c; Nghị định 59/2023/NĐ-CP, Điều 21.1).',
    );
  });

  it('gives the tie rule, the shortfall rule with the minimum of 3, and the two-team count', () => {
    const all = texts();
    expect(all).toContain(ELECTION_WORDING.rulesTie);
    expect(all.some((t) => t.endsWith('không ít hơn 3 thành viên.'))).toBe(true);
    expect(all).toContain(ELECTION_WORDING.rulesCountingBallots);
  });

  it('words a fraction other than one half', () => {
    expect(passText({ numerator: 1, denominator: 2 })).toBe('quá một nửa (trên 50%)');
    expect(passText({ numerator: 2, denominator: 3 })).toBe('trên 66,67%');
  });
});
