/**
 * fast-check arbitraries for the election properties: random elections (1–15 candidates, up to 9
 * seats, both ballot styles, both validity switches, both bases) and random stacks of ballots.
 * Ballot stacks lean on a few "typical" ballots so that thresholds are crossed and ties happen
 * often, as in a real hall, rather than every ballot being noise.
 */
import fc from 'fast-check';
import {
  ElectionRoundSchema,
  ElectionSchema,
  type BallotEntry,
  type Election,
  type ElectionRound,
  type InvalidReason,
} from '../../../../core/domain/election';
import { orderForBallot } from '../../../../core/domain/electionBallot';
import { PersonSchema, type Person } from '../../../../core/domain/person';

const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dung',
  'Em',
  'Giang',
  'Hà',
  'Khánh',
  'Lan',
  'Minh',
  'Nam',
  'Oanh',
  'Phúc',
  'Quang',
  'Sơn',
];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];

/** Fifteen people who can stand; ids q1…q15. */
export const pool: Person[] = GIVEN.map((given, i) =>
  PersonSchema.parse({
    id: `q${i + 1}`,
    rosterNo: i + 1,
    fullName: `${FAMILY[i % FAMILY.length]} Văn ${given}`,
  }),
);

export const PAPER_REASONS: readonly InvalidReason[] = [
  'notIssued',
  'noStamp',
  'addedNames',
  'marked',
  'other',
];

export interface Scenario {
  election: Election;
  round: ElectionRound;
  ballots: BallotEntry[];
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** One typed ballot: marks among 1..n, sometimes an invalid reason seen on the paper. */
export const ballotArb = (
  n: number,
): fc.Arbitrary<{ marks: number[]; invalidReason?: InvalidReason }> =>
  fc.record(
    {
      marks: fc.subarray(range(n)),
      invalidReason: fc.constantFrom(...PAPER_REASONS),
    },
    { requiredKeys: ['marks'] },
  );

/** A stack: mostly copies of a few typical ballots, some noise; serials 1..k. */
export const stackArb = (n: number, max = 150): fc.Arbitrary<BallotEntry[]> =>
  fc
    .tuple(
      fc.array(fc.record({ marks: fc.subarray(range(n)) }), { minLength: 1, maxLength: 4 }),
      fc.array(
        fc.oneof({ weight: 4, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: ballotArb(n) }),
        {
          maxLength: max,
        },
      ),
    )
    .map(([typical, picks]) =>
      picks.map((pick, i) => {
        const base =
          typeof pick === 'number' ? (typical[pick % typical.length] ?? { marks: [] }) : pick;
        return { serial: i + 1, note: '', ...base, marks: [...base.marks] };
      }),
    );

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .integer({ min: 1, max: 15 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      seats: fc.integer({ min: 1, max: Math.min(n, 9) }),
      ballotStyle: fc.constantFrom('strikeOut' as const, 'approveColumns' as const),
      overVoteInvalid: fc.boolean(),
      allStruckInvalid: fc.boolean(),
      winningBase: fc.constantFrom('present' as const, 'validBallots' as const),
      ballots: stackArb(n),
      absent: fc.nat(20),
      spare: fc.nat(20),
      picked: fc.shuffledSubarray(pool, { minLength: n, maxLength: n }),
    }),
  )
  .map((s) => {
    const candidateIds = orderForBallot(
      s.picked.map((p) => p.id),
      pool,
    );
    const election = ElectionSchema.parse({
      seats: s.seats,
      ballotStyle: s.ballotStyle,
      validity: { overVoteInvalid: s.overVoteInvalid, allStruckInvalid: s.allStruckInvalid },
      winningBase: s.winningBase,
      candidates: candidateIds.map((personId) => ({ personId, consent: true })),
    });
    const collected = s.ballots.length;
    const round = ElectionRoundSchema.parse({
      number: 1,
      candidateIds,
      seats: s.seats,
      present: collected + s.absent + s.spare,
      ballotsIssued: collected + s.spare,
    });
    return { election, round, ballots: s.ballots };
  });
