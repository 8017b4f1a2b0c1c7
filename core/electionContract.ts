/**
 * The election's channels (issue 5), spread into `contract` (contract.ts): kept in a file of their
 * own because they are many. Inputs are strict like every other channel's; every change is logged
 * in election.audit by the service (core/service/electionHandlers.ts).
 */
import { z } from 'zod';
import {
  BallotEntrySchema,
  CandidateSchema,
  ElectionRoundSchema,
  ElectionSchema,
  ElectionWaiverSchema,
  FirstMeetingSchema,
  INVALID_REASONS,
  ROUND_OUTCOME_DECISIONS,
  RoundTotalsSchema,
  TEAMS,
  WINNING_BASES,
} from './domain/election';
import { IsoDateSchema, TimeSchema } from './domain/person';

const Id = z.string().min(1).max(100);
const RoundNumber = z.number().int().positive().max(99);
const Count = z.number().int().nonnegative().max(100_000);

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({
  input,
  output,
});

/** One paper ballot as typed: numbers printed on the ballot, or an invalid reason seen on the paper. */
export const BallotEntryInputSchema = BallotEntrySchema.extend({
  serial: z.number().int().positive().max(100_000),
  marks: z.array(z.number().int().positive().max(1000)).max(100),
}).strict();

/**
 * What the typing window believes a serial holds, so a ballot never silently replaces one typed in
 * another window: 'new' — nothing yet; `replaces` — the entry being corrected, as last saved. When
 * the stored entry is otherwise, the ballot is refused (CONFLICT). Left out, the entry replaces
 * whatever the serial holds (the sample builder, imports).
 */
export const BallotExpectationSchema = z.union([
  z.literal('new'),
  z.object({ replaces: BallotEntryInputSchema }).strict(),
]);
export type BallotExpectation = z.infer<typeof BallotExpectationSchema>;

/**
 * The editable part of the election: everything but the rounds and the log. waiver, recognition
 * and firstMeeting are accepted for the shape's sake but saved only by their own channels, which
 * check and log them.
 */
export const ElectionSetupInputSchema = ElectionSchema.omit({
  rounds: true,
  audit: true,
  replacedBoard: true,
})
  .extend({ candidates: z.array(CandidateSchema.strict()).max(200).default([]) })
  .strict();

const FindingSchema = z.object({
  id: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  source: z.string(),
});

const ShareSchema = z.object({ votes: z.number(), basisPoints: z.number() });

const RoundTallySchema = z.object({
  round: z.number(),
  seats: z.number(),
  candidates: z.number(),
  present: z.number(),
  issued: z.number(),
  collected: z.number(),
  valid: z.number(),
  invalid: z.number(),
  invalidByReason: z.partialRecord(z.enum(INVALID_REASONS), z.number()),
  base: z.object({ kind: z.enum(WINNING_BASES), value: z.number() }),
  votesNeeded: z.number(),
  results: z.array(
    z.object({
      personId: z.string(),
      ballotNumber: z.number(),
      votes: z.number(),
      share: ShareSchema,
      rank: z.number(),
      aboveThreshold: z.boolean(),
      elected: z.boolean(),
    }),
  ),
  electedIds: z.array(z.string()),
  tiedAtLastSeat: z.array(z.string()),
  shortfall: z.number(),
  checks: z.array(
    z.object({
      id: z.enum([
        'issuedCoversCollected',
        'collectedIsValidPlusInvalid',
        'candidateWithinValid',
        'votesWithinValidTimesSeats',
        'electedWithinSeats',
        'presentCoversCollected',
      ]),
      ok: z.boolean(),
      message: z.string(),
    }),
  ),
  allChecksPass: z.boolean(),
});

const BallotCandidateSchema = z.object({
  personId: z.string(),
  ballotNumber: z.number(),
  fullName: z.string(),
  position: z.string(),
  department: z.string(),
});

const DisagreementSchema = z.object({
  serial: z.number(),
  a: BallotEntrySchema.optional(),
  b: BallotEntrySchema.optional(),
  settled: BallotEntrySchema.optional(),
  what: z.string(),
});

const OutcomeSchema = z.object({
  status: z.enum(['notSetUp', 'setUp', 'counting', 'needsDecision', 'complete', 'waived']),
  electedIds: z.array(z.string()),
  seatsFilled: z.number(),
  seats: z.number(),
  currentRound: z.number(),
  pending: z.enum(['tie', 'shortfall']).optional(),
  tiedIds: z.array(z.string()),
  acceptedFewer: z.boolean(),
  message: z.string(),
});

/** Everything the election screens show, computed from the stored records. */
export const ElectionViewSchema = z.object({
  election: ElectionSchema.nullable(),
  /** Setup (R11–R16), first meeting (R19) and recognition (R20) findings, with their articles. */
  findings: z.array(FindingSchema),
  rounds: z.array(
    z.object({
      round: ElectionRoundSchema,
      tally: RoundTallySchema,
      comparison: z.object({
        a: z.number(),
        b: z.number(),
        agreed: z.number(),
        disagreements: z.number(),
        unsettled: z.number(),
      }),
      disagreements: z.array(DisagreementSchema),
      ballotCandidates: z.array(BallotCandidateSchema),
      canLock: z.object({ ok: z.boolean(), reasons: z.array(z.string()) }),
    }),
  ),
  outcome: OutcomeSchema,
  /** R21: is an election due at this conference (from the board as it was before it). */
  due: z.object({ due: z.boolean(), reason: z.string(), source: z.string() }),
  /** "nhiệm kỳ 2026–2028". */
  termLabel: z.string(),
  /** R20: last day for the recognition decision; null while the conference has no date. */
  recognitionDeadline: z.string().nullable(),
});
export type ElectionView = z.output<typeof ElectionViewSchema>;

const BallotResultSchema = z.object({
  serial: z.number(),
  interpretation: z.object({
    valid: z.boolean(),
    invalidReason: z.enum(INVALID_REASONS).optional(),
    votesFor: z.array(z.string()),
  }),
  /** Entries of this team in this round. */
  count: z.number(),
  nextSerial: z.number(),
  /** True when the entry replaced one with the same serial (a correction, logged). */
  replaced: z.boolean(),
});

const RoundRef = { conferenceId: Id, round: RoundNumber };

/** A round's figures, each left out to keep what it is. */
const RoundFigures = {
  present: Count.optional(),
  presentNote: z.string().max(300).optional(),
  ballotsIssued: Count.optional(),
  mode: z.enum(['ballots', 'totals']).optional(),
};

export const electionChannels = {
  'election:get': channel(z.object({ conferenceId: Id }).strict(), ElectionViewSchema),
  'election:saveSetup': channel(
    z.object({ conferenceId: Id, setup: ElectionSetupInputSchema }).strict(),
    ElectionViewSchema,
  ),
  'election:waive': channel(
    z.object({ conferenceId: Id, waiver: ElectionWaiverSchema.strict() }).strict(),
    ElectionViewSchema,
  ),
  'election:unwaive': channel(
    z.object({ conferenceId: Id, note: z.string().max(300).optional() }).strict(),
    ElectionViewSchema,
  ),
  'election:startRound': channel(
    z
      .object({
        conferenceId: Id,
        present: Count,
        presentNote: z.string().max(300).optional(),
        ballotsIssued: Count,
        mode: z.enum(['ballots', 'totals']).default('ballots'),
      })
      .strict(),
    ElectionViewSchema,
  ),
  /** Corrects the figures of a round not yet locked (present, ballots issued, entry mode). */
  'election:updateRound': channel(
    z.object({ ...RoundRef, ...RoundFigures }).strict(),
    ElectionViewSchema,
  ),
  'election:recordBallot': channel(
    z
      .object({
        ...RoundRef,
        team: z.enum(TEAMS),
        entry: BallotEntryInputSchema,
        expect: BallotExpectationSchema.optional(),
      })
      .strict(),
    BallotResultSchema,
  ),
  'election:deleteBallot': channel(
    z
      .object({
        ...RoundRef,
        team: z.enum(TEAMS),
        serial: z.number().int().positive(),
        /** The entry this window saw saved: refused if another window changed it since. */
        expect: z.object({ deletes: BallotEntryInputSchema }).strict().optional(),
      })
      .strict(),
    z.object({
      serial: z.number(),
      count: z.number(),
      nextSerial: z.number(),
      deleted: BallotEntrySchema.nullable(),
    }),
  ),
  'election:settle': channel(
    z
      .object({ ...RoundRef, serial: z.number().int().positive(), entry: BallotEntryInputSchema })
      .strict(),
    ElectionViewSchema,
  ),
  'election:saveTotals': channel(
    z
      .object({
        ...RoundRef,
        totals: RoundTotalsSchema.extend({
          votes: z.record(Id, Count).default({}),
        }).strict(),
      })
      .strict(),
    ElectionViewSchema,
  ),
  'election:lockRound': channel(
    z.object({ ...RoundRef, note: z.string().max(300).optional() }).strict(),
    ElectionViewSchema,
  ),
  'election:unlockRound': channel(
    z
      .object({
        ...RoundRef,
        reason: z.string().trim().min(3, 'Hãy ghi lý do mở khoá (ít nhất 3 ký tự).').max(300),
      })
      .strict(),
    ElectionViewSchema,
  ),
  'election:decide': channel(
    z
      .object({
        ...RoundRef,
        decision: z.enum(ROUND_OUTCOME_DECISIONS),
        note: z.string().max(500).default(''),
        /** For the round a decision opens: default the last round's figures. */
        ...RoundFigures,
      })
      .strict(),
    ElectionViewSchema,
  ),
  'election:saveFirstMeeting': channel(
    z.object({ conferenceId: Id, firstMeeting: FirstMeetingSchema.strict() }).strict(),
    ElectionViewSchema,
  ),
  /** The count's start and end (D13); times, not figures, so they can be set after the lock. */
  'election:saveCountTimes': channel(
    z
      .object({
        ...RoundRef,
        countStartedAt: TimeSchema.nullable(),
        countEndedAt: TimeSchema.nullable(),
      })
      .strict(),
    ElectionViewSchema,
  ),
  'election:saveRecognition': channel(
    z.object({ conferenceId: Id, date: IsoDateSchema.nullable() }).strict(),
    ElectionViewSchema,
  ),
} as const;
