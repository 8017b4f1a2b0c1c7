/**
 * The Ban Thanh tra nhân dân election held at a conference (domain-research §3, rules R11–R21), as
 * it is stored in the conference file. Only the records live here; what follows from them (who is
 * eligible, the tally, the comparison of the two counting teams, who is elected) is computed by
 * electionSetup.ts, electionTally.ts, ballotComparison.ts and electionRounds.ts and never stored.
 *
 * Vocabulary (glossary.ts): seats = số lượng thành viên cần bầu; candidate = ứng cử viên (người được
 * giới thiệu); counting board = ban kiểm phiếu; witness = người chứng kiến kiểm phiếu; ballot = phiếu
 * bầu; round = lần bầu (vòng bầu); pass = lượt nhập phiếu của một tổ (tổ A, tổ B).
 */
import { z } from 'zod';
import { IsoDateSchema, TimeSchema } from './person';

/**
 * Why an election does not take place although the conference would hold one: the superior union
 * decided the unit has no board (Nghị định 59/2023/NĐ-CP Điều 21.2), or the unit has 7 staff or fewer
 * (Luật 10/2022/QH15 Điều 60.1) — the union executive then performs the board's tasks (Điều 63.2.e).
 */
export const ELECTION_WAIVERS = ['upperUnionDecision', 'smallUnit'] as const;
export const ElectionWaiverSchema = z.object({
  reason: z.enum(ELECTION_WAIVERS),
  /** Number and date of the superior union's decision, as printed on it. */
  decisionRef: z.string().trim().max(200).default(''),
  note: z.string().max(500).default(''),
});
export type ElectionWaiver = z.infer<typeof ElectionWaiverSchema>;

/** A full-term election, or filling vacancies of the sitting board (Điều 60.3). */
export const ELECTION_KINDS = ['fullTerm', 'byElection'] as const;

/**
 * How a ballot is marked (PRACTICE, domain-research §3.7): names struck through the middle (the
 * default; the names left are the votes) or an "Đồng ý / Không đồng ý" column per candidate.
 */
export const BALLOT_STYLES = ['strikeOut', 'approveColumns'] as const;
export type BallotStyle = (typeof BALLOT_STYLES)[number];

/**
 * R16 — what a candidate's votes are compared with: the people present at the conference (the
 * Law's base, Điều 49.1 and 51.2.c via NĐ 59/2023 Điều 21.1 — our interpretation) or the valid
 * ballots (an alternative some units use; every document then states it).
 */
export const WINNING_BASES = ['present', 'validBallots'] as const;
export type WinningBase = (typeof WINNING_BASES)[number];

/**
 * R15 — why a ballot is invalid. 'overVote' (more names kept than seats) and 'allStruck' (every
 * name struck) follow from the marks and the configured rules; the others are seen on the paper and
 * chosen by the person entering it (Luật 85/2015/QH13 Điều 74 by analogy; union practice).
 */
export const INVALID_REASONS = [
  'overVote',
  'allStruck',
  'notIssued',
  'noStamp',
  'addedNames',
  'marked',
  'other',
] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

/** R15 as configured: the defaults follow the national-election model; each can be changed. */
export const ValidityRulesSchema = z.object({
  /** More names kept than seats → invalid (default true). */
  overVoteInvalid: z.boolean().default(true),
  /** Every name struck → invalid (default true); some units count it as a valid ballot with no vote. */
  allStruckInvalid: z.boolean().default(true),
});
export type ValidityRules = z.infer<typeof ValidityRulesSchema>;

export const CandidateSchema = z.object({
  personId: z.string().min(1),
  /** R13: candidates come from the union executive; the floor only when the user enables it. */
  nominatedBy: z.enum(['unionExecutive', 'floor', 'self']).default('unionExecutive'),
  /** R13: the candidate agreed to stand (the Law requires volunteers, Điều 60.2). */
  consent: z.boolean().default(false),
  consentNote: z.string().max(300).default(''),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/** Someone named in the election's records: a person of the roster, or a name typed in. */
export const NamedPersonSchema = z.object({
  personId: z.string().optional(),
  name: z.string().trim().max(120).default(''),
});
export type NamedPerson = z.infer<typeof NamedPersonSchema>;

/** R14: 3–5 members, one of them the head, none a candidate; 2 witnesses from the floor. */
export const CountingBoardSchema = z.object({
  headId: z.string().optional(),
  memberIds: z.array(z.string()).default([]),
  witnesses: z.array(NamedPersonSchema).default([]),
});
export type CountingBoard = z.infer<typeof CountingBoardSchema>;

/**
 * One paper ballot as a counting team entered it. `marks` are the numbers printed before the
 * candidates' names on this round's ballot (1-based): the struck names for 'strikeOut', the "Đồng ý"
 * names for 'approveColumns'. Status 'invalid' with a reason is the team's call from the paper;
 * overVote/allStruck are also derived from the marks by the tally.
 */
export const BallotEntrySchema = z.object({
  serial: z.number().int().positive(),
  marks: z.array(z.number().int().positive()).default([]),
  invalidReason: z.enum(INVALID_REASONS).optional(),
  note: z.string().max(300).default(''),
});
export type BallotEntry = z.infer<typeof BallotEntrySchema>;

export const TEAMS = ['A', 'B'] as const;
export type Team = (typeof TEAMS)[number];

/** Totals counted by hand ("chỉ nhập tổng số"), checked with the same R18 arithmetic. */
export const RoundTotalsSchema = z.object({
  collected: z.number().int().nonnegative(),
  /** As counted by hand: checked against collected − invalid (R18), never derived silently. */
  valid: z.number().int().nonnegative().optional(),
  invalid: z.number().int().nonnegative(),
  invalidByReason: z
    .partialRecord(z.enum(INVALID_REASONS), z.number().int().nonnegative())
    .default({}),
  /** Votes per candidate id. */
  votes: z.record(z.string(), z.number().int().nonnegative()).default({}),
});
export type RoundTotals = z.infer<typeof RoundTotalsSchema>;

/**
 * R17 — a tie at the last seat is never decided by the software: the presidium decides (default a
 * new round among the tied), and too few elected leads to another round or to accepting fewer
 * (never below the minimum of seats, 3 — Điều 60.1).
 */
export const ROUND_OUTCOME_DECISIONS = ['revoteTied', 'nextRound', 'acceptFewer'] as const;
export const RoundDecisionSchema = z.object({
  decision: z.enum(ROUND_OUTCOME_DECISIONS),
  /** Who decided and how, as the minutes will say ("Đoàn Chủ tịch thống nhất …"). */
  note: z.string().max(500).default(''),
  at: z.string(),
});
export type RoundDecision = z.infer<typeof RoundDecisionSchema>;

export const ROUND_REASONS = ['first', 'tieBreak', 'shortfall'] as const;

export const ElectionRoundSchema = z.object({
  number: z.number().int().positive(),
  reason: z.enum(ROUND_REASONS).default('first'),
  /**
   * Candidates on this round's ballot (person ids), stored in ballot order — Vietnamese name order,
   * fixed when the round is created (electionBallot.ts orderForBallot), so a later roster edit never
   * renumbers a printed ballot: number k on the paper is candidateIds[k − 1].
   */
  candidateIds: z.array(z.string()),
  seats: z.number().int().positive(),
  /** People present when the ballots were handed out: from check-in, editable with a reason. */
  present: z.number().int().nonnegative(),
  presentNote: z.string().max(300).default(''),
  ballotsIssued: z.number().int().nonnegative(),
  mode: z.enum(['ballots', 'totals']).default('ballots'),
  /** Ballot by ballot, each team on its own (ballot mode). */
  passes: z
    .object({
      A: z.array(BallotEntrySchema).default([]),
      B: z.array(BallotEntrySchema).default([]),
    })
    .default({ A: [], B: [] }),
  /** Where the two teams disagreed, what the paper says (by serial), settled by looking at it. */
  settlements: z.record(z.string(), BallotEntrySchema).default({}),
  totals: RoundTotalsSchema.optional(),
  startedAt: z.string().optional(),
  /** When the counting board began and finished counting (hh:mm), as D13 states them (§3.10). */
  countStartedAt: TimeSchema.optional(),
  countEndedAt: TimeSchema.optional(),
  locked: z.object({ at: z.string(), note: z.string().max(300).default('') }).optional(),
  decision: RoundDecisionSchema.optional(),
});
export type ElectionRound = z.infer<typeof ElectionRoundSchema>;

/** Every entry and change, kept; unlocking needs a reason, which is logged (issue: auditable). */
export const AuditEntrySchema = z.object({
  at: z.string(),
  round: z.number().int().positive().optional(),
  team: z.enum(TEAMS).optional(),
  serial: z.number().int().positive().optional(),
  action: z.string().max(60),
  detail: z.string().max(1000).default(''),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** R19: the board's first meeting elects its head and deputies (not the conference). */
export const FirstMeetingSchema = z.object({
  date: IsoDateSchema.optional(),
  time: TimeSchema.optional(),
  place: z.string().max(200).default(''),
  headId: z.string().optional(),
  deputyIds: z.array(z.string()).default([]),
  /** Who chaired the meeting for the union executive (Điều 63.2.a). */
  convenedById: z.string().optional(),
  /** Who kept the minutes (D17 is signed THƯ KÝ left, CHỦ TỌA right — NĐ 30/2020 Mẫu 1.9). */
  secretaryId: z.string().optional(),
  tasksNote: z.string().max(2000).default(''),
});
export type FirstMeeting = z.infer<typeof FirstMeetingSchema>;

/** R20: the union executive's decision recognising the result, within 5 working days. */
export const RecognitionSchema = z.object({
  date: IsoDateSchema.optional(),
});
export type Recognition = z.infer<typeof RecognitionSchema>;

export const ElectionSchema = z.object({
  waiver: ElectionWaiverSchema.optional(),
  kind: z.enum(ELECTION_KINDS).default('fullTerm'),
  /** "Nhiệm kỳ 2026–2028": from the conference year, rules.boardTermYears long (R21). */
  termFromYear: z.number().int().min(2000).max(2100).optional(),
  seats: z.number().int().positive().optional(),
  /** R11: more than 9 seats needs both flags and the conference's vote (Điều 60.1; NĐ 59 Điều 21.2). */
  seatsSpecialCase: z
    .object({
      specialOrDispersed: z.boolean().default(false),
      agreedWithHead: z.boolean().default(false),
      note: z.string().max(500).default(''),
    })
    .default({ specialOrDispersed: false, agreedWithHead: false, note: '' }),
  candidates: z.array(CandidateSchema).default([]),
  allowFloorNominations: z.boolean().default(false),
  countingBoard: CountingBoardSchema.default({ memberIds: [], witnesses: [] }),
  ballotStyle: z.enum(BALLOT_STYLES).default('strikeOut'),
  validity: ValidityRulesSchema.default({ overVoteInvalid: true, allStruckInvalid: true }),
  winningBase: z.enum(WINNING_BASES).default('present'),
  /** D12 layout: serial numbers printed on ballots; ballots per A4 sheet. */
  ballotSerials: z.boolean().default(false),
  ballotsPerSheet: z.union([z.literal(1), z.literal(2), z.literal(4)]).default(2),
  rounds: z.array(ElectionRoundSchema).default([]),
  audit: z.array(AuditEntrySchema).default([]),
  recognition: RecognitionSchema.default({}),
  firstMeeting: FirstMeetingSchema.default({ place: '', deputyIds: [], tasksNote: '' }),
  /**
   * The unit's sitting board as it was before this election completed and replaced it in the main
   * file (R21): put back if a round is unlocked, and the base of "was an election due" afterwards.
   * null: the unit had no board recorded; absent: the election has not replaced anything (yet).
   */
  replacedBoard: z
    .object({ electedOn: IsoDateSchema.optional(), memberIds: z.array(z.string()).default([]) })
    .nullable()
    .optional(),
});
export type Election = z.infer<typeof ElectionSchema>;
export type ElectionInput = z.input<typeof ElectionSchema>;

// ---------------------------------------------------------------------------------------------
// What the tally computes (electionTally.ts). Types only: nothing here is stored.

/** A percentage printed with two decimals and the base it is of ("75,33% so với 150 người có mặt"). */
export interface Share {
  votes: number;
  /** Hundredths of a percent, rounded half-up in integers (7533 = 75,33%). */
  basisPoints: number;
}

export interface CandidateResult {
  personId: string;
  /** The number before the name on this round's ballot (Vietnamese name order). */
  ballotNumber: number;
  votes: number;
  share: Share;
  /** 1 = most votes; equal votes share a rank. */
  rank: number;
  /** Votes > the threshold of the base (R16). */
  aboveThreshold: boolean;
  elected: boolean;
}

/** One arithmetic check of R18 with its outcome, in Vietnamese for the screen and the minutes. */
export interface TallyCheck {
  id:
    | 'issuedCoversCollected'
    | 'collectedIsValidPlusInvalid'
    | 'candidateWithinValid'
    | 'votesWithinValidTimesSeats'
    | 'electedWithinSeats'
    | 'presentCoversCollected';
  ok: boolean;
  message: string;
}

export interface RoundTally {
  round: number;
  seats: number;
  candidates: number;
  present: number;
  issued: number;
  collected: number;
  valid: number;
  invalid: number;
  invalidByReason: Partial<Record<InvalidReason, number>>;
  base: { kind: WinningBase; value: number };
  /** Smallest vote count that is strictly more than half of the base. */
  votesNeeded: number;
  /** Ranked: most votes first, then Vietnamese name order. */
  results: CandidateResult[];
  electedIds: string[];
  /** Candidates tied at the last seat (votes above the threshold, more of them than seats left). */
  tiedAtLastSeat: string[];
  /** Seats left unfilled because too few candidates passed the threshold. */
  shortfall: number;
  checks: TallyCheck[];
  allChecksPass: boolean;
}
