import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BallotEntry, Election, ElectionRound } from '../../../../core/domain/election';
import {
  decisionProblems,
  electedSoFar,
  electionOutcome,
  nextRoundFor,
} from '../../../../core/domain/electionRounds';
import { tallyRound } from '../../../../core/domain/electionTally';
import {
  CANDIDATES,
  ballots,
  makeRound,
  people,
  repeat,
  rules,
  setupElection,
} from './election.fixture';
import { pool, scenarioArb, stackArb } from './electionProperties.fixture';

const NOW = '2026-01-15T10:30:00.000Z';
const LOCK = { at: NOW, note: '' };
const id = (n: number) => CANDIDATES[n - 1]?.id ?? '';

function lockedRound(stack: BallotEntry[], overrides: Partial<ElectionRound> = {}): ElectionRound {
  return makeRound({ passes: { A: stack, B: stack }, locked: LOCK, ...overrides });
}

const tieStack = ballots([...repeat(60, [6, 7]), ...repeat(60, [5, 7]), ...repeat(30, [1, 7])]);
const shortStack = ballots([...repeat(75, [6, 7]), ...repeat(75, [4, 5])]);
const fullStack = ballots(repeat(150, [6, 7]));

describe('electionOutcome', () => {
  it('walks from not set up to complete', () => {
    expect(electionOutcome(undefined, people, rules).status).toBe('notSetUp');
    expect(electionOutcome(setupElection({ seats: undefined }), people, rules).status).toBe(
      'notSetUp',
    );
    expect(electionOutcome(setupElection(), people, rules)).toMatchObject({
      status: 'setUp',
      seats: 5,
      message: '7 người ứng cử cho 5 thành viên; chưa bắt đầu bầu.',
    });
    const counting = setupElection({ rounds: [makeRound()] });
    expect(electionOutcome(counting, people, rules)).toMatchObject({
      status: 'counting',
      currentRound: 1,
    });
    const done = setupElection({ rounds: [lockedRound(fullStack)] });
    expect(electionOutcome(done, people, rules)).toMatchObject({
      status: 'complete',
      electedIds: [1, 2, 3, 4, 5].map(id),
      seatsFilled: 5,
      message: 'Đã bầu đủ 5 thành viên Ban Thanh tra nhân dân.',
    });
  });

  it('a waived election is waived whatever else it holds', () => {
    const waived = setupElection({ waiver: { reason: 'smallUnit', decisionRef: '', note: '' } });
    expect(electionOutcome(waived, people, rules).status).toBe('waived');
  });

  it('a tie at the last seat waits for the presidium (R17)', () => {
    const e = setupElection({ rounds: [lockedRound(tieStack)] });
    expect(electionOutcome(e, people, rules)).toMatchObject({
      status: 'needsDecision',
      pending: 'tie',
      tiedIds: [id(5), id(6)],
      seatsFilled: 4,
    });
  });

  it('too few elected waits for "next round" or "accept fewer" (R17)', () => {
    const e = setupElection({ rounds: [lockedRound(shortStack)] });
    expect(electionOutcome(e, people, rules)).toMatchObject({
      status: 'needsDecision',
      pending: 'shortfall',
      seatsFilled: 3,
      message:
        'Mới bầu được 3/5 thành viên: hội nghị quyết định bầu tiếp hay chấp nhận số đã trúng cử.',
    });
    const accepted = setupElection({
      rounds: [
        lockedRound(shortStack, { decision: { decision: 'acceptFewer', note: '', at: NOW } }),
      ],
    });
    expect(electionOutcome(accepted, people, rules)).toMatchObject({
      status: 'complete',
      acceptedFewer: true,
      seatsFilled: 3,
    });
  });
});

describe('nextRoundFor and decisionProblems (R17; anchors.md lesson 5)', () => {
  it('a tie → a new round among the tied for the seats still open', () => {
    const e = setupElection({ rounds: [lockedRound(tieStack)] });
    expect(decisionProblems(e, 1, 'revoteTied', people, rules)).toEqual([]);
    const next = nextRoundFor(e, 'revoteTied', { people, rules, now: NOW });
    expect(next).toMatchObject({
      number: 2,
      reason: 'tieBreak',
      candidateIds: [id(5), id(6)],
      seats: 1,
      present: 150,
      ballotsIssued: 150,
      passes: { A: [], B: [] },
      startedAt: NOW,
    });
  });

  it('a shortfall → the remaining candidates, the elected removed and the seats reduced', () => {
    const e = setupElection({ rounds: [lockedRound(shortStack)] });
    expect(decisionProblems(e, 1, 'revoteTied', people, rules)).toEqual([
      'Không có người ứng cử nào bằng phiếu nhau ở vị trí cuối cùng.',
    ]);
    const next = nextRoundFor(e, 'nextRound', { people, rules, now: NOW, present: 140 });
    expect(next).toMatchObject({
      number: 2,
      reason: 'shortfall',
      candidateIds: [4, 5, 6, 7].map(id),
      seats: 2,
      present: 140,
    });
  });

  it('accepting fewer is refused below the minimum of 3 members — Điều 60.1', () => {
    const two = ballots([...repeat(76, [3, 4, 5, 6, 7]), ...repeat(74, [1, 2, 3, 4, 5])]);
    const e = setupElection({ rounds: [lockedRound(two)] });
    expect(electionOutcome(e, people, rules).seatsFilled).toBe(2);
    expect(decisionProblems(e, 1, 'acceptFewer', people, rules)[0]).toMatch(
      /^Mới có 2 người trúng cử: Ban Thanh tra nhân dân cần ít nhất 3 thành viên \(Luật 10\/2022\/QH15, Điều 60\.1\)/,
    );
    const three = setupElection({ rounds: [lockedRound(shortStack)] });
    expect(decisionProblems(three, 1, 'acceptFewer', people, rules)).toEqual([]);
  });

  it('decides only on the last, locked, undecided round of an unfinished election', () => {
    const open = setupElection({ rounds: [makeRound()] });
    expect(decisionProblems(open, 1, 'nextRound', people, rules)).toEqual([
      'Hãy khoá kết quả kiểm phiếu trước khi ghi quyết định.',
    ]);
    expect(decisionProblems(open, 2, 'nextRound', people, rules)).toEqual([
      'Không có lần bầu thứ 2.',
    ]);
    const done = setupElection({ rounds: [lockedRound(fullStack)] });
    expect(decisionProblems(done, 1, 'nextRound', people, rules)).toEqual([
      'Đã bầu đủ số lượng: không cần quyết định thêm.',
    ]);
  });

  it('a second round completes the board, elected counted across rounds', () => {
    const first = lockedRound(shortStack, {
      decision: { decision: 'nextRound', note: '', at: NOW },
    });
    const e0 = setupElection({ rounds: [first] });
    const second = nextRoundFor(e0, 'nextRound', { people, rules, now: NOW });
    // Round 2 ballot: 4 names (Dung, Em, Giang, Hùng) for 2 seats; strike 3 and 4 → Dung, Em kept.
    const stack = ballots(repeat(150, [3, 4]));
    const e = {
      ...e0,
      rounds: [first, { ...second, passes: { A: stack, B: stack }, locked: LOCK }],
    };
    expect(electedSoFar(e, people, rules)).toEqual([1, 2, 3, 4, 5].map(id));
    expect(electionOutcome(e, people, rules).status).toBe('complete');
  });
});

describe('rounds over random results (property)', () => {
  it('the next round never holds an elected candidate, and its seats are those still open', () => {
    fc.assert(
      fc.property(scenarioArb, ({ election, round, ballots: stack }) => {
        const e: Election = {
          ...election,
          rounds: [{ ...round, passes: { A: stack, B: stack }, locked: LOCK }],
        };
        const outcome = electionOutcome(e, pool, rules);
        const tally = tallyRound(e, e.rounds[0] ?? round, pool, rules);
        if (outcome.status === 'complete') {
          expect(outcome.seatsFilled).toBe(round.seats);
          return;
        }
        expect(outcome.status).toBe('needsDecision');
        const elected = new Set(outcome.electedIds);
        for (const decision of ['nextRound', 'revoteTied'] as const) {
          if (decisionProblems(e, 1, decision, pool, rules).length > 0) continue;
          const next = nextRoundFor(e, decision, { people: pool, rules, now: NOW });
          expect(next.number).toBe(2);
          expect(next.candidateIds.some((c) => elected.has(c))).toBe(false);
          expect(next.seats).toBe(round.seats - elected.size);
          expect(next.seats).toBeGreaterThan(0);
          // Ballot order is kept: the new ballot is the old one with names removed.
          const positions = next.candidateIds.map((c) => round.candidateIds.indexOf(c));
          expect([...positions].sort((a, b) => a - b)).toEqual(positions);
          if (decision === 'revoteTied') {
            expect(next.candidateIds).toEqual(
              round.candidateIds.filter((c) => tally.tiedAtLastSeat.includes(c)),
            );
            expect(next.candidateIds.length).toBeGreaterThan(next.seats);
          } else {
            expect(next.candidateIds).toEqual(round.candidateIds.filter((c) => !elected.has(c)));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('across two rounds nobody is elected twice and the board never exceeds the seats', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) => stackArb(15, 60).map((second) => ({ ...s, second }))),
        ({ election, round, ballots: stack, second }) => {
          const first = { ...round, passes: { A: stack, B: stack }, locked: LOCK };
          const e0: Election = { ...election, rounds: [first] };
          if (decisionProblems(e0, 1, 'nextRound', pool, rules).length > 0) return;
          const decided: Election = {
            ...e0,
            rounds: [{ ...first, decision: { decision: 'nextRound', note: '', at: NOW } }],
          };
          const next = nextRoundFor(decided, 'nextRound', { people: pool, rules, now: NOW });
          const n = next.candidateIds.length;
          const typed = second.map((b) => ({ ...b, marks: b.marks.filter((m) => m <= n) }));
          const e: Election = {
            ...decided,
            rounds: [...decided.rounds, { ...next, passes: { A: typed, B: typed }, locked: LOCK }],
          };
          const all = electedSoFar(e, pool, rules);
          expect(new Set(all).size).toBe(all.length);
          expect(all.length).toBeLessThanOrEqual(round.seats);
        },
      ),
      { numRuns: 200 },
    );
  });
});
