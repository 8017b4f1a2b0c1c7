import { describe, expect, it } from 'vitest';
import { interpretBallot } from '../../../../core/domain/electionBallot';
import { sampleBallotStack } from '../../../../scripts/sample/sampleBallots';

const OPTIONS = { seed: 20260115, ballots: 150, seats: 5, strikeWeights: [1, 4, 1, 1, 1, 5, 1] };
const ROUND = { candidateIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], seats: 5 };
const ELECTION = {
  ballotStyle: 'strikeOut' as const,
  validity: { overVoteInvalid: true, allStruckInvalid: true },
};

describe('the sample’s paper stack', () => {
  it('is the same stack for the same seed, and another for another seed', () => {
    expect(sampleBallotStack(OPTIONS)).toEqual(sampleBallotStack(OPTIONS));
    expect(sampleBallotStack({ ...OPTIONS, seed: 1 })).not.toEqual(sampleBallotStack(OPTIONS));
  });

  it('has one ballot per serial, marks printed on the ballot, each number struck once', () => {
    const stack = sampleBallotStack(OPTIONS);
    expect(stack.map((e) => e.serial)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    for (const { marks } of stack) {
      expect(new Set(marks).size).toBe(marks.length);
      for (const mark of marks) expect(mark).toBeGreaterThanOrEqual(1);
      for (const mark of marks) expect(mark).toBeLessThanOrEqual(7);
    }
  });

  it('reads like a hall’s: mostly full ballots, some under-votes, five invalid for five reasons (R15)', () => {
    const readings = sampleBallotStack(OPTIONS).map((e) => interpretBallot(e, ROUND, ELECTION));
    const invalid = readings.filter((r) => !r.valid).map((r) => r.invalidReason);
    expect(invalid.sort()).toEqual(['addedNames', 'allStruck', 'marked', 'noStamp', 'overVote']);
    const kept = readings.filter((r) => r.valid).map((r) => r.votesFor.length);
    expect(kept.every((n) => n >= 3 && n <= 5)).toBe(true);
    const underVotes = kept.filter((n) => n < 5).length;
    expect(underVotes).toBeGreaterThan(5);
    expect(underVotes).toBeLessThan(kept.length / 2);
  });

  it('strikes a heavily weighted name more often than a light one', () => {
    const struck = (no: number) =>
      sampleBallotStack(OPTIONS).filter((e) => !e.invalidReason && e.marks.includes(no)).length;
    expect(struck(6)).toBeGreaterThan(2 * struck(1));
  });
});
