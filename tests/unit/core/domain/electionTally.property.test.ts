/**
 * Property-based tests of the tally (issue 5: "every invariant of R18, percentages, ranking, winners
 * under both bases, invalid-ballot rules one by one, ties"), over random elections and ballot stacks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTeams } from '../../../../core/domain/ballotComparison';
import { ElectionSchema, ElectionRoundSchema } from '../../../../core/domain/election';
import { interpretBallot } from '../../../../core/domain/electionBallot';
import { tallyRound } from '../../../../core/domain/electionTally';
import { ruleSet } from '../../../../core/rules/ruleSets';
import {
  PAPER_REASONS,
  ballotArb,
  pool,
  scenarioArb,
  stackArb,
} from './electionProperties.fixture';

const rules = ruleSet('law-10-2022');
const RUNS = { numRuns: 300 };

describe('tally invariants (R18) over random ballot stacks', () => {
  it('issued ≥ collected; collected = valid + invalid; each candidate ≤ valid; Σ votes ≤ valid × seats; elected ≤ seats', () => {
    fc.assert(
      fc.property(scenarioArb, ({ election, round, ballots }) => {
        const t = tallyRound(election, round, pool, rules, ballots);
        const perBallot = election.validity.overVoteInvalid
          ? round.seats
          : round.candidateIds.length;
        const sum = t.results.reduce((s, r) => s + r.votes, 0);
        expect(t.collected).toBe(ballots.length);
        expect(t.issued).toBeGreaterThanOrEqual(t.collected);
        expect(t.collected).toBe(t.valid + t.invalid);
        expect(Object.values(t.invalidByReason).reduce((s, v) => s + (v ?? 0), 0)).toBe(t.invalid);
        for (const r of t.results) expect(r.votes).toBeLessThanOrEqual(t.valid);
        expect(sum).toBeLessThanOrEqual(t.valid * perBallot);
        expect(t.electedIds.length).toBeLessThanOrEqual(round.seats);
        // Built from a real stack within what was issued: every check holds.
        expect(t.checks.filter((c) => !c.ok)).toEqual([]);
        expect(t.allChecksPass).toBe(true);
      }),
      RUNS,
    );
  });

  it('the count does not depend on the order the ballots were typed in', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) =>
          fc
            .shuffledSubarray(s.ballots, {
              minLength: s.ballots.length,
              maxLength: s.ballots.length,
            })
            .map((shuffled) => ({ ...s, shuffled })),
        ),
        ({ election, round, ballots, shuffled }) => {
          expect(tallyRound(election, round, pool, rules, shuffled)).toEqual(
            tallyRound(election, round, pool, rules, ballots),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('percentages (two decimals, half-up, with their base)', () => {
  it('basis points = ⌊(2 × votes × 10000 + base) / (2 × base)⌋, checked in BigInt, and within half a unit', () => {
    fc.assert(
      fc.property(scenarioArb, ({ election, round, ballots }) => {
        const t = tallyRound(election, round, pool, rules, ballots);
        const base = BigInt(t.base.value);
        for (const r of t.results) {
          const votes = BigInt(r.votes);
          const bp = BigInt(r.share.basisPoints);
          if (base === 0n) {
            expect(bp).toBe(0n);
            continue;
          }
          expect(bp).toBe((2n * votes * 10000n + base) / (2n * base));
          // |bp/10000 − votes/base| ≤ 1/20000, and an exact half rounds up.
          const diff = 2n * (bp * base - votes * 10000n);
          expect(diff <= base && diff > -base).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('also for large counts far beyond a hall (no float drift)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(1_000_000), (base, raw) => {
        const votes = raw % (base + 1);
        const round = ElectionRoundSchema.parse({
          number: 1,
          candidateIds: ['q1'],
          seats: 1,
          present: base,
          ballotsIssued: base,
          mode: 'totals',
          totals: { collected: base, invalid: 0, votes: { q1: votes } },
        });
        const t = tallyRound(ElectionSchema.parse({}), round, pool, rules);
        const expected = (2n * BigInt(votes) * 10000n + BigInt(base)) / (2n * BigInt(base));
        expect(BigInt(t.results[0]?.share.basisPoints ?? -1)).toBe(expected);
      }),
      RUNS,
    );
  });
});

describe('ranking', () => {
  it('most votes first, equal votes in ballot (Vietnamese name) order sharing the rank', () => {
    fc.assert(
      fc.property(scenarioArb, ({ election, round, ballots }) => {
        const t = tallyRound(election, round, pool, rules, ballots);
        t.results.forEach((r, i) => {
          const next = t.results[i + 1];
          if (next) {
            expect(r.votes >= next.votes).toBe(true);
            if (r.votes === next.votes) expect(r.ballotNumber).toBeLessThan(next.ballotNumber);
          }
          expect(r.rank).toBe(1 + t.results.filter((x) => x.votes > r.votes).length);
          expect(round.candidateIds[r.ballotNumber - 1]).toBe(r.personId);
        });
      }),
      RUNS,
    );
  });
});

describe('winners under both bases (R16) and ties at the last seat (R17)', () => {
  it('elects from the top among those with more than half of the base; never decides a tie crossing the last seat', () => {
    fc.assert(
      fc.property(scenarioArb, ({ election, round, ballots }) => {
        for (const winningBase of ['present', 'validBallots'] as const) {
          const t = tallyRound({ ...election, winningBase }, round, pool, rules, ballots);
          const base = winningBase === 'present' ? round.present : t.valid;
          expect(t.base).toEqual({ kind: winningBase, value: base });
          // votesNeeded is the smallest count strictly above half of the base.
          expect(2 * t.votesNeeded > base).toBe(true);
          expect(2 * (t.votesNeeded - 1) <= base).toBe(true);
          const above = t.results.filter((r) => r.aboveThreshold);
          for (const r of t.results)
            expect(r.aboveThreshold).toBe(base > 0 && r.votes >= t.votesNeeded);
          const elected = t.results.filter((r) => r.elected);
          const others = t.results.filter((r) => !r.elected);
          expect(elected.map((r) => r.personId)).toEqual(t.electedIds);
          for (const e of elected) {
            expect(e.aboveThreshold).toBe(true);
            for (const o of others) expect(e.votes).toBeGreaterThan(o.votes);
          }
          if (t.tiedAtLastSeat.length === 0) {
            expect(t.electedIds.length).toBe(Math.min(round.seats, above.length));
            expect(t.shortfall).toBe(Math.max(0, round.seats - above.length));
          } else {
            const tied = t.results.filter((r) => t.tiedAtLastSeat.includes(r.personId));
            const v = tied[0]?.votes ?? -1;
            expect(tied.every((r) => r.votes === v && r.aboveThreshold && !r.elected)).toBe(true);
            expect(above.filter((r) => r.votes === v).length).toBe(tied.length);
            expect(t.electedIds.length).toBeLessThan(round.seats);
            expect(tied.length).toBeGreaterThan(round.seats - t.electedIds.length);
            expect(t.shortfall).toBe(0);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('invalid-ballot rules one by one (R15)', () => {
  const setup = fc.integer({ min: 1, max: 15 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      seats: fc.integer({ min: 1, max: Math.min(n, 9) }),
      style: fc.constantFrom('strikeOut' as const, 'approveColumns' as const),
      overVoteInvalid: fc.boolean(),
      allStruckInvalid: fc.boolean(),
      ballot: ballotArb(n),
    }),
  );
  const build = (s: {
    n: number;
    seats: number;
    style: 'strikeOut' | 'approveColumns';
    overVoteInvalid: boolean;
    allStruckInvalid: boolean;
  }) => ({
    round: { candidateIds: pool.slice(0, s.n).map((p) => p.id), seats: s.seats },
    election: {
      ballotStyle: s.style,
      validity: { overVoteInvalid: s.overVoteInvalid, allStruckInvalid: s.allStruckInvalid },
    },
  });
  const kept = (s: { n: number; style: string }, marks: readonly number[]) =>
    s.style === 'strikeOut' ? s.n - new Set(marks).size : new Set(marks).size;

  it('a reason seen on the paper makes the ballot invalid whatever its marks', () => {
    fc.assert(
      fc.property(setup, fc.constantFrom(...PAPER_REASONS), (s, reason) => {
        const { round, election } = build(s);
        expect(
          interpretBallot({ marks: s.ballot.marks, invalidReason: reason }, round, election),
        ).toEqual({
          valid: false,
          invalidReason: reason,
          votesFor: [],
        });
      }),
      RUNS,
    );
  });

  it('more names kept than seats: invalid (overVote) exactly when the rule is on', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const k = kept(s, s.ballot.marks);
        fc.pre(k > s.seats);
        const { round, election } = build(s);
        const reading = interpretBallot({ marks: s.ballot.marks }, round, election);
        if (s.overVoteInvalid)
          expect(reading).toEqual({ valid: false, invalidReason: 'overVote', votesFor: [] });
        else expect(reading.valid && reading.votesFor.length === k).toBe(true);
      }),
      RUNS,
    );
  });

  it('no name kept: invalid (allStruck) exactly when the rule is on and the ballot has more than one name', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const marks = s.style === 'strikeOut' ? pool.slice(0, s.n).map((_, i) => i + 1) : [];
        const { round, election } = build(s);
        const reading = interpretBallot({ marks }, round, election);
        if (s.allStruckInvalid && s.n > 1)
          expect(reading).toEqual({ valid: false, invalidReason: 'allStruck', votesFor: [] });
        else expect(reading).toEqual({ valid: true, votesFor: [] });
      }),
      RUNS,
    );
  });

  it('keeping 1 to seats names is valid and counts exactly those names', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const k = kept(s, s.ballot.marks);
        fc.pre(k >= 1 && k <= s.seats);
        const { round, election } = build(s);
        const reading = interpretBallot({ marks: s.ballot.marks }, round, election);
        const marked = new Set(s.ballot.marks);
        const expected = round.candidateIds.filter(
          (_, i) => marked.has(i + 1) === (s.style === 'approveColumns'),
        );
        expect(reading).toEqual({ valid: true, votesFor: expected });
      }),
      RUNS,
    );
  });
});

describe('two teams (ballotComparison) over random stacks', () => {
  it('only the serials typed differently are disagreements; settling them from the paper restores the true count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            stack: stackArb(n, 80),
            slips: fc.array(
              fc.record({
                at: fc.nat(),
                marks: fc.subarray(Array.from({ length: n }, (_, i) => i + 1)),
              }),
              { maxLength: 6 },
            ),
          }),
        ),
        ({ n, stack, slips }) => {
          fc.pre(stack.length > 0);
          const typedB = stack.map((e) => ({ ...e, marks: [...e.marks] }));
          for (const slip of slips) {
            const target = typedB[slip.at % typedB.length];
            if (target) {
              target.marks = slip.marks;
              delete target.invalidReason;
            }
          }
          const round = ElectionRoundSchema.parse({
            number: 1,
            candidateIds: pool.slice(0, n).map((p) => p.id),
            seats: 1,
            present: stack.length,
            ballotsIssued: stack.length,
            passes: { A: stack, B: typedB },
          });
          const same = (a: (typeof stack)[number], b: (typeof stack)[number]) =>
            a.invalidReason || b.invalidReason
              ? a.invalidReason === b.invalidReason
              : [...new Set(a.marks)].sort().join() === [...new Set(b.marks)].sort().join();
          const differing = stack.filter((e, i) => !same(e, typedB[i] ?? e)).map((e) => e.serial);
          const c = compareTeams(round);
          expect(c.disagreements.map((d) => d.serial)).toEqual(differing);
          expect(c.agreed.length).toBe(stack.length - differing.length);
          const settlements = Object.fromEntries(
            stack.filter((e) => differing.includes(e.serial)).map((e) => [String(e.serial), e]),
          );
          const settled = { ...round, settlements };
          const election = ElectionSchema.parse({});
          expect(tallyRound(election, settled, pool, rules)).toEqual(
            tallyRound(election, round, pool, rules, stack),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
