import { describe, expect, it } from 'vitest';
import {
  describeBase,
  formatShare,
  shareOf,
  tallyRound,
} from '../../../../core/domain/electionTally';
import {
  CANDIDATES,
  ballots,
  makeRound,
  people,
  repeat,
  rules,
  setupElection,
} from './election.fixture';

const election = setupElection();
const id = (n: number) => CANDIDATES[n - 1]?.id ?? '';

/** 150 present: 148 valid ballots, one without the stamp, one keeping 6 names for 5 seats. */
function hallRound() {
  const stack = ballots([
    ...repeat(100, [6, 7]),
    ...repeat(30, [1, 2]),
    ...repeat(18, [3, 4]),
    [1],
  ]);
  stack.push({ serial: 150, marks: [], invalidReason: 'noStamp', note: '' });
  return makeRound({ passes: { A: stack, B: stack } });
}

describe('shareOf / formatShare (percentages to two decimals, half-up in integers)', () => {
  it('rounds hundredths of a percent half-up', () => {
    expect(shareOf(2, 3).basisPoints).toBe(6667);
    expect(shareOf(1, 3).basisPoints).toBe(3333);
    expect(shareOf(1, 8).basisPoints).toBe(1250);
    expect(shareOf(1, 20_000).basisPoints).toBe(1); // exactly 0,005% → 0,01%
    expect(shareOf(1, 20_001).basisPoints).toBe(0);
    expect(shareOf(5, 0).basisPoints).toBe(0);
  });

  it('prints "75,33%" with the Vietnamese decimal comma', () => {
    expect(formatShare({ basisPoints: 7533 })).toBe('75,33%');
    expect(formatShare({ basisPoints: 5 })).toBe('0,05%');
    expect(formatShare({ basisPoints: 10_000 })).toBe('100,00%');
    expect(formatShare(shareOf(113, 150))).toBe('75,33%');
  });

  it('names the base every percentage is of (R16)', () => {
    expect(describeBase({ kind: 'present', value: 150 })).toBe(
      'số người có mặt tại hội nghị (150)',
    );
    expect(describeBase({ kind: 'validBallots', value: 148 })).toBe('số phiếu hợp lệ (148)');
  });
});

describe('tallyRound', () => {
  it('7 candidates, 5 seats, 150 present: counts, shares, ranks and the elected (R16, R18)', () => {
    const t = tallyRound(election, hallRound(), people, rules);
    expect(t).toMatchObject({
      round: 1,
      seats: 5,
      candidates: 7,
      present: 150,
      issued: 150,
      collected: 150,
      valid: 148,
      invalid: 2,
      invalidByReason: { overVote: 1, noStamp: 1 },
      base: { kind: 'present', value: 150 },
      votesNeeded: 76,
      tiedAtLastSeat: [],
      shortfall: 0,
      allChecksPass: true,
    });
    expect(
      t.results.map((r) => [r.ballotNumber, r.votes, formatShare(r.share), r.rank, r.elected]),
    ).toEqual([
      [5, 148, '98,67%', 1, true],
      [3, 130, '86,67%', 2, true],
      [4, 130, '86,67%', 2, true],
      [1, 118, '78,67%', 4, true],
      [2, 118, '78,67%', 4, true],
      [6, 48, '32,00%', 6, false],
      [7, 48, '32,00%', 6, false],
    ]);
    expect(t.electedIds).toEqual([id(5), id(3), id(4), id(1), id(2)]);
    expect(t.checks.map((c) => c.message)).toEqual([
      'Số phiếu thu vào (150) không nhiều hơn số phiếu phát ra (150).',
      'Số phiếu thu vào (150) không nhiều hơn số người có mặt (150).',
      'Số phiếu thu vào (150) bằng số phiếu hợp lệ (148) cộng số phiếu không hợp lệ (2).',
      'Không người ứng cử nào có số phiếu bầu nhiều hơn số phiếu hợp lệ (148).',
      'Tổng số phiếu bầu cho các người ứng cử (740) không vượt quá số phiếu hợp lệ × số lượng cần bầu (148 × 5 = 740).',
      'Số người trúng cử (5) không vượt quá số lượng cần bầu (5).',
    ]);
  });

  it('counts only the ballots both teams typed alike (or settled)', () => {
    const round = hallRound();
    const b = round.passes.B.map((e) => (e.serial === 1 ? { ...e, marks: [1, 6, 7] } : e));
    const t = tallyRound(election, { ...round, passes: { ...round.passes, B: b } }, people, rules);
    expect(t.collected).toBe(149);
  });

  it('never decides a tie at the last seat: the tied are reported and none of them elected (R17)', () => {
    const stack = ballots([...repeat(60, [6, 7]), ...repeat(60, [5, 7]), ...repeat(30, [1, 7])]);
    const t = tallyRound(election, makeRound(), people, rules, stack);
    expect(t.results.map((r) => [r.ballotNumber, r.votes])).toEqual([
      [2, 150],
      [3, 150],
      [4, 150],
      [1, 120],
      [5, 90],
      [6, 90],
      [7, 0],
    ]);
    expect(t.electedIds).toEqual([id(2), id(3), id(4), id(1)]);
    expect(t.tiedAtLastSeat).toEqual([id(5), id(6)]);
    expect(t.shortfall).toBe(0);
    expect(t.results.filter((r) => r.elected)).toHaveLength(4);
  });

  it('reports a shortfall when fewer than the seats pass more than half of those present (R16, R17)', () => {
    const stack = ballots([...repeat(75, [6, 7]), ...repeat(75, [4, 5])]);
    const t = tallyRound(election, makeRound(), people, rules, stack);
    expect(t.votesNeeded).toBe(76);
    expect(t.electedIds).toEqual([id(1), id(2), id(3)]);
    expect(t.shortfall).toBe(2);
    expect(t.results.find((r) => r.personId === id(4))).toMatchObject({
      votes: 75,
      aboveThreshold: false,
    });
  });

  it('the base decides: 72 votes of 150 present is not elected, of 140 valid ballots it is (R16)', () => {
    const stack = ballots([...repeat(72, [6, 7]), ...repeat(68, [4, 5])]);
    for (let s = 141; s <= 150; s += 1)
      stack.push({ serial: s, marks: [], invalidReason: 'noStamp', note: '' });
    const present = tallyRound(election, makeRound(), people, rules, stack);
    expect(present.base).toEqual({ kind: 'present', value: 150 });
    expect(present.electedIds).toHaveLength(3);
    const valid = tallyRound(
      setupElection({ winningBase: 'validBallots' }),
      makeRound(),
      people,
      rules,
      stack,
    );
    expect(valid.base).toEqual({ kind: 'validBallots', value: 140 });
    expect(valid.votesNeeded).toBe(71);
    expect(valid.electedIds).toEqual([id(1), id(2), id(3), id(4), id(5)]);
    expect(formatShare(valid.results[3]?.share ?? { basisPoints: 0 })).toBe('51,43%');
  });

  it('totals mode: the hand-counted figures, with the same checks (R18)', () => {
    const votes = {
      [id(1)]: 118,
      [id(2)]: 118,
      [id(3)]: 130,
      [id(4)]: 130,
      [id(5)]: 148,
      [id(6)]: 48,
      [id(7)]: 48,
    };
    const round = makeRound({
      mode: 'totals',
      totals: { collected: 150, valid: 148, invalid: 2, invalidByReason: { noStamp: 2 }, votes },
    });
    const t = tallyRound(election, round, people, rules);
    expect(t.electedIds).toEqual(tallyRound(election, hallRound(), people, rules).electedIds);
    expect(t.allChecksPass).toBe(true);
    const wrong = makeRound({
      mode: 'totals',
      totals: {
        collected: 152,
        valid: 148,
        invalid: 2,
        invalidByReason: {},
        votes: { ...votes, [id(5)]: 149 },
      },
    });
    const bad = tallyRound(election, wrong, people, rules);
    expect(bad.allChecksPass).toBe(false);
    expect(bad.checks.filter((c) => !c.ok).map((c) => c.message)).toEqual([
      'Số phiếu thu vào (152) nhiều hơn số phiếu phát ra (150).',
      'Số phiếu thu vào (152) nhiều hơn số người có mặt (150).',
      'Số phiếu thu vào (152) khác số phiếu hợp lệ (148) cộng số phiếu không hợp lệ (2) = 150.',
      'Hoàng Văn Em có số phiếu bầu nhiều hơn số phiếu hợp lệ (148).',
      'Tổng số phiếu bầu cho các người ứng cử (741) vượt quá số phiếu hợp lệ × số lượng cần bầu (148 × 5 = 740).',
    ]);
  });

  it('a totals round with nothing entered counts nothing and elects nobody', () => {
    const t = tallyRound(election, makeRound({ mode: 'totals' }), people, rules);
    expect(t).toMatchObject({ collected: 0, valid: 0, electedIds: [], shortfall: 5 });
  });
});
