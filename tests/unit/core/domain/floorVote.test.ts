import { describe, expect, it } from 'vitest';
import {
  outcomeSummary,
  voteOutcome,
  writtenOpinionOutcome,
  writtenOpinionProblems,
  type VoteContext,
  type VoteFigures,
} from '../../../../core/domain/floorVote';
import { computeQuorum } from '../../../../core/domain/quorum';
import { ruleSet } from '../../../../core/rules/ruleSets';

const rules = ruleSet('law-10-2022');

/** Everyone summoned is checked in: the quorum holds at every size. */
function everyonePresent(present: number): VoteContext {
  return { quorum: computeQuorum(present, present, rules.quorum.value), rules };
}

/** `checkedIn` of `base` checked in. */
function hall(checkedIn: number, base: number): VoteContext {
  return { quorum: computeQuorum(checkedIn, base, rules.quorum.value), rules };
}

function vote(present: number, votesFor: number, against = 0, other = 0, note = ''): VoteFigures {
  return { present, presentNote: note, votesFor, votesAgainst: against, votesOther: other };
}

/** The Law's words with no arithmetic of ours: "trên 50%" ⇔ 2 × for > present, in BigInt. */
const passesByLaw = (present: number, votesFor: number) => 2n * BigInt(votesFor) > BigInt(present);

describe('R2 — a decision passes with votes for strictly more than half of the people present (Điều 51.2.c)', () => {
  it('30 present → 16 needed: 16 passes, 15 (exactly 50%) fails', () => {
    const ctx = everyonePresent(30);
    const pass = voteOutcome(vote(30, 16, 10, 4), ctx);
    expect(pass).toMatchObject({ status: 'passes', passes: true, needed: 16, percentFor: 5333 });
    expect(pass.sentence).toBe('Đồng ý 16/30 người có mặt (53,33%) — thông qua');
    const tie = voteOutcome(vote(30, 15, 15), ctx);
    expect(tie).toMatchObject({ status: 'fails', passes: false, needed: 16, percentFor: 5000 });
    expect(tie.sentence).toBe(
      'Đồng ý 15/30 người có mặt (50,00%) — không thông qua (cần ít nhất 16)',
    );
  });

  it('matches the BigInt reference at the boundary for every size from 1 to 3,000 present', () => {
    const mismatches: string[] = [];
    for (let present = 1; present <= 3000; present += 1) {
      const ctx = everyonePresent(present);
      const half = Math.floor(present / 2);
      const counts = new Set([0, half - 1, half, half + 1, half + 2, present - 1, present]);
      for (const votesFor of counts) {
        if (votesFor < 0 || votesFor > present) continue;
        const outcome = voteOutcome(vote(present, votesFor, present - votesFor), ctx);
        const expected = passesByLaw(present, votesFor);
        if (outcome.passes !== expected || outcome.status !== (expected ? 'passes' : 'fails'))
          mismatches.push(`${votesFor}/${present}`);
      }
      // The number announced as needed is exactly the smallest passing count.
      const needed = voteOutcome(vote(present, 0), ctx).needed;
      if (!passesByLaw(present, needed) || passesByLaw(present, needed - 1))
        mismatches.push(`needed ${needed}/${present}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('matches the BigInt reference for every count of votes for up to 300 present', () => {
    const mismatches: string[] = [];
    for (let present = 1; present <= 300; present += 1) {
      const ctx = everyonePresent(present);
      for (let votesFor = 0; votesFor <= present; votesFor += 1) {
        if (voteOutcome(vote(present, votesFor), ctx).passes !== passesByLaw(present, votesFor))
          mismatches.push(`${votesFor}/${present}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('an exact half never passes, at any even size (ties at 50%)', () => {
    for (let present = 2; present <= 3000; present += 2) {
      const outcome = voteOutcome(
        vote(present, present / 2, present / 2),
        everyonePresent(present),
      );
      expect(outcome.passes).toBe(false);
      expect(outcome.percentFor).toBe(5000);
    }
  });

  it('counts abstentions and "other" as not for: the base is the people present, not the hands raised', () => {
    // 16 for, 2 against, 12 did not raise a hand: 16 of the 30 present is still more than half.
    expect(voteOutcome(vote(30, 16, 2, 0), everyonePresent(30)).passes).toBe(true);
    // 15 for, 1 against: 15 of 16 hands, but only half of the 30 present.
    expect(voteOutcome(vote(30, 15, 1, 0), everyonePresent(30)).passes).toBe(false);
  });
});

describe('R1 — the quorum lost mid-conference blocks the vote', () => {
  it('30 summoned (20 needed): 19 left in the hall, a unanimous vote still decides nothing, citing Điều 51.2.c', () => {
    const ctx = hall(25, 30); // 25 checked in this morning; 6 left before the vote
    const outcome = voteOutcome(vote(19, 19, 0, 0), ctx);
    expect(outcome.status).toBe('noQuorum');
    expect(outcome.passes).toBe(false);
    expect(outcome.quorumHeld).toBe(false);
    expect(outcome.reason).toMatch(/không còn đủ số người tham dự tối thiểu/);
    expect(outcome.reason).toMatch(/19\/30 người có mặt, cần ít nhất 20 \(2\/3\)/);
    expect(outcome.reason).toContain('Luật 10/2022/QH15, Điều 51.2.c');
    expect(outcome.sentence).toContain('Điều 51.2.c');
    expect(outcomeSummary(outcome)).not.toMatch(/\.$/);
  });

  it('holds at exactly two thirds (20 of 30) and the vote counts again', () => {
    const outcome = voteOutcome(vote(20, 11, 9), hall(25, 30));
    expect(outcome).toMatchObject({ status: 'passes', quorumHeld: true, needed: 11 });
  });

  it('a conference whose base is empty never decides', () => {
    const outcome = voteOutcome(vote(1, 1, 0, 0, 'điểm danh trên giấy'), hall(0, 0));
    expect(outcome.passes).toBe(false);
  });
});

describe('vote arithmetic — impossible figures are refused with a clear Vietnamese message', () => {
  it('for + against + other more than the people present', () => {
    const outcome = voteOutcome(vote(30, 20, 8, 3), everyonePresent(30));
    expect(outcome.status).toBe('invalid');
    expect(outcome.passes).toBe(false);
    expect(outcome.problems).toEqual([
      'Tổng số phiếu (31) vượt số người có mặt (30): đồng ý 20, không đồng ý 8, ý kiến khác 3.',
    ]);
    expect(outcome.sentence).toMatch(/^Chưa xác định được kết quả: Tổng số phiếu \(31\)/);
  });

  it('more people present than checked in needs a note; with one it counts', () => {
    const ctx = hall(28, 40);
    expect(voteOutcome(vote(30, 16), ctx).problems).toEqual([
      'Số người có mặt khi biểu quyết (30) nhiều hơn số người đã điểm danh (28): hãy điểm danh bổ sung hoặc ghi lý do.',
    ]);
    const noted = voteOutcome(vote(30, 16, 0, 0, '2 đại biểu đến muộn chưa điểm danh'), ctx);
    expect(noted).toMatchObject({ status: 'passes', problems: [] });
  });

  it('fewer present than checked in (people left the hall) needs no note', () => {
    expect(voteOutcome(vote(26, 14), hall(28, 30)).status).toBe('passes');
  });

  it('more present than the people summoned is impossible, note or not', () => {
    const outcome = voteOutcome(vote(31, 16, 0, 0, 'khách mời'), hall(30, 30));
    expect(outcome.problems).toEqual([
      'Số người có mặt (31) vượt tổng số người được triệu tập dự hội nghị (30).',
    ]);
  });

  it('nobody present', () => {
    expect(voteOutcome(vote(0, 0), hall(20, 30)).problems).toContain(
      'Số người có mặt khi biểu quyết phải lớn hơn 0.',
    );
  });
});

describe('Điều 50.2 — opinion forms after a second convocation: the same R2 on all staff', () => {
  const route = { formsIssued: 40, formsReturned: 30 };
  it('passes with more than half of ALL staff, not of the forms returned', () => {
    const item = {
      id: 'a',
      title: 'Quy chế chi tiêu nội bộ',
      votesFor: 20,
      votesAgainst: 10,
      votesOther: 0,
    };
    // 20 of 30 forms returned, but exactly half of the 40 staff: not passed.
    expect(writtenOpinionOutcome(item, route, 40, rules)).toMatchObject({
      status: 'fails',
      needed: 21,
    });
    expect(
      writtenOpinionOutcome({ ...item, votesFor: 21, votesAgainst: 9 }, route, 40, rules).sentence,
    ).toBe('Đồng ý 21/40 người lao động (52,50%) — thông qua');
  });

  it('refuses more opinions than forms returned, and more returned than issued', () => {
    expect(
      writtenOpinionProblems(
        {
          formsIssued: 40,
          formsReturned: 41,
          items: [
            { id: 'a', title: 'Kế hoạch năm', votesFor: 30, votesAgainst: 12, votesOther: 0 },
          ],
        },
        40,
      ),
    ).toEqual([
      'Số phiếu thu về (41) vượt số phiếu phát ra (40).',
      'Tổng số ý kiến của mục “Kế hoạch năm” (42) vượt số phiếu thu về (41).',
    ]);
  });

  it('refuses dates out of order: forms only after the second convocation, returned and counted after they went out', () => {
    const figures = { formsIssued: 40, formsReturned: 30, items: [] };
    expect(
      writtenOpinionProblems(
        {
          ...figures,
          firstAttemptDate: '2026-01-15',
          secondConvocationDate: '2026-01-14',
          issuedOn: '2026-01-13',
          returnBy: '2026-01-12',
          countedOn: '2026-01-11',
        },
        40,
      ),
    ).toEqual([
      'Ngày triệu tập lần thứ hai (14/01/2026) sớm hơn lần thứ nhất (15/01/2026).',
      'Ngày phát phiếu (13/01/2026) sớm hơn ngày triệu tập lần thứ hai (14/01/2026): chỉ lấy ý kiến bằng phiếu khi triệu tập lần thứ hai vẫn không đủ người (Điều 50.2).',
      'Hạn nộp phiếu (12/01/2026) sớm hơn ngày phát phiếu (13/01/2026).',
      'Ngày tổng hợp kết quả (11/01/2026) sớm hơn ngày phát phiếu (13/01/2026).',
    ]);
    // The same day is fine (forms handed out at the end of the second meeting), as are gaps.
    expect(
      writtenOpinionProblems(
        {
          ...figures,
          secondConvocationDate: '2026-01-22',
          issuedOn: '2026-01-22',
          returnBy: '2026-01-30',
        },
        40,
      ),
    ).toEqual([]);
    // Without a day the forms went out, the deadline is checked against the second convocation.
    expect(
      writtenOpinionProblems(
        { ...figures, secondConvocationDate: '2026-01-22', returnBy: '2026-01-21' },
        40,
      ),
    ).toEqual(['Hạn nộp phiếu (21/01/2026) sớm hơn ngày triệu tập lần thứ hai (22/01/2026).']);
  });
});
