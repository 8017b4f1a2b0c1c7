/**
 * Rounds of one election and where it stands (R17): a tie at the last seat goes to the presidium
 * (default: a new round among the tied), too few elected to another round among the remaining
 * candidates with the seats reduced — or to accepting fewer, never below the board's minimum.
 * Later rounds never carry an elected candidate and never the full seats again (anchors.md lesson 5,
 * OpenSlides #246/#2142).
 */
import type { Election, ElectionRound, RoundDecision, RoundTally } from './election';
import { tallyRound } from './electionTally';
import type { Person } from './person';
import type { RuleSet } from '../rules/ruleSets';

export type ElectionStatus =
  'notSetUp' | 'setUp' | 'counting' | 'needsDecision' | 'complete' | 'waived';

export interface ElectionOutcome {
  status: ElectionStatus;
  /** Everyone elected so far, round by round, each round in rank order. */
  electedIds: string[];
  seatsFilled: number;
  /** Seats of the election (the first round's, once it exists). */
  seats: number;
  /** The last round's number; 0 before any round. */
  currentRound: number;
  /** What the presidium must decide, when status is 'needsDecision'. */
  pending?: 'tie' | 'shortfall';
  /** Candidates tied at the last seat of the last round. */
  tiedIds: string[];
  /** The conference accepted a board smaller than the seats (R17). */
  acceptedFewer: boolean;
  /** One sentence for the screen and the guided view. */
  message: string;
}

/** The seats the conference voted for: the first round's, or the setup's before any round. */
export function electionSeats(election: Pick<Election, 'rounds' | 'seats'>): number {
  return election.rounds[0]?.seats ?? election.seats ?? 0;
}

/** Everyone elected in the locked rounds, in order. */
export function electedSoFar(
  election: Election,
  people: readonly Person[],
  rules: RuleSet,
): string[] {
  const elected: string[] = [];
  for (const round of election.rounds) {
    if (!round.locked) continue;
    for (const id of tallyRound(election, round, people, rules).electedIds)
      if (!elected.includes(id)) elected.push(id);
  }
  return elected;
}

export interface NextRoundInput {
  people: readonly Person[];
  rules: RuleSet;
  /** ISO timestamp of the decision (startedAt of the new round). */
  now: string;
  present?: number;
  presentNote?: string;
  ballotsIssued?: number;
  mode?: ElectionRound['mode'];
}

/**
 * The round a decision opens after the last (locked) round: 'revoteTied' → the tied candidates
 * for the seats still open in that round; 'nextRound' → every candidate of the first ballot not
 * yet elected, for the seats still open. Ballot order is kept from the earlier ballot. Present and
 * issued default to the last round's. Check decisionProblems first.
 */
export function nextRoundFor(
  election: Election,
  decision: Extract<RoundDecision['decision'], 'revoteTied' | 'nextRound'>,
  input: NextRoundInput,
): ElectionRound {
  const last = election.rounds.at(-1);
  const first = election.rounds[0];
  if (!last || !first) throw new Error('nextRoundFor: the election has no round yet');
  const tally = tallyRound(election, last, input.people, input.rules);
  const elected = new Set(electedSoFar(election, input.people, input.rules));
  const candidateIds =
    decision === 'revoteTied'
      ? last.candidateIds.filter((id) => tally.tiedAtLastSeat.includes(id))
      : first.candidateIds.filter((id) => !elected.has(id));
  const seats =
    decision === 'revoteTied'
      ? last.seats - tally.electedIds.length
      : electionSeats(election) - elected.size;
  return {
    number: last.number + 1,
    reason: decision === 'revoteTied' ? 'tieBreak' : 'shortfall',
    candidateIds,
    seats,
    present: input.present ?? last.present,
    presentNote: input.presentNote ?? last.presentNote,
    ballotsIssued: input.ballotsIssued ?? last.ballotsIssued,
    mode: input.mode ?? last.mode,
    passes: { A: [], B: [] },
    settlements: {},
    startedAt: input.now,
  };
}

/**
 * Why the presidium's decision cannot be recorded on this round (empty when it can), in
 * Vietnamese: only on the last round, once locked and undecided, and only a decision that fits
 * what the count left open.
 */
export function decisionProblems(
  election: Election,
  roundNumber: number,
  decision: RoundDecision['decision'],
  people: readonly Person[],
  rules: RuleSet,
): string[] {
  const round = election.rounds.find((r) => r.number === roundNumber);
  if (!round) return [`Không có lần bầu thứ ${roundNumber}.`];
  if (election.rounds.at(-1) !== round)
    return [`Lần bầu thứ ${roundNumber} đã có lần bầu tiếp theo.`];
  if (!round.locked) return ['Hãy khoá kết quả kiểm phiếu trước khi ghi quyết định.'];
  if (round.decision) return [`Lần bầu thứ ${roundNumber} đã có quyết định.`];
  const outcome = electionOutcome(election, people, rules);
  if (outcome.status !== 'needsDecision') return ['Đã bầu đủ số lượng: không cần quyết định thêm.'];
  const left = outcome.seats - outcome.seatsFilled;
  if (decision === 'revoteTied' && outcome.pending !== 'tie')
    return ['Không có người ứng cử nào bằng phiếu nhau ở vị trí cuối cùng.'];
  if (decision === 'nextRound') {
    const first = election.rounds[0];
    const remaining = (first?.candidateIds ?? []).filter((id) => !outcome.electedIds.includes(id));
    if (remaining.length === 0) return ['Không còn người ứng cử nào để bầu tiếp.'];
  }
  if (decision === 'acceptFewer' && election.kind === 'fullTerm') {
    const min = rules.boardMinMembers.value;
    if (outcome.seatsFilled < min) {
      return [
        `Mới có ${outcome.seatsFilled} người trúng cử: Ban Thanh tra nhân dân cần ít nhất ${min} thành viên (${rules.boardMinMembers.source}). Hãy bầu tiếp hoặc bầu bổ sung sau.`,
      ];
    }
  }
  return left > 0 ? [] : ['Đã bầu đủ số lượng: không cần quyết định thêm.'];
}

function pendingOf(tally: RoundTally): 'tie' | 'shortfall' {
  return tally.tiedAtLastSeat.length > 0 ? 'tie' : 'shortfall';
}

/** Where the election stands: computed from the rounds, never stored. */
export function electionOutcome(
  election: Election | undefined,
  people: readonly Person[],
  rules: RuleSet,
): ElectionOutcome {
  const empty = { electedIds: [], seatsFilled: 0, tiedIds: [], acceptedFewer: false };
  if (!election) {
    return {
      ...empty,
      status: 'notSetUp',
      seats: 0,
      currentRound: 0,
      message: 'Chưa thiết lập bầu Ban Thanh tra nhân dân.',
    };
  }
  const seats = electionSeats(election);
  if (election.waiver) {
    return {
      ...empty,
      status: 'waived',
      seats,
      currentRound: 0,
      message: 'Không bầu Ban Thanh tra nhân dân tại hội nghị này.',
    };
  }
  const last = election.rounds.at(-1);
  if (!last) {
    const ready = seats > 0 && election.candidates.length > 0;
    return {
      ...empty,
      status: ready ? 'setUp' : 'notSetUp',
      seats,
      currentRound: 0,
      message: ready
        ? `${election.candidates.length} người ứng cử cho ${seats} thành viên; chưa bắt đầu bầu.`
        : 'Chưa đủ số lượng cần bầu và danh sách người ứng cử.',
    };
  }
  const electedIds = electedSoFar(election, people, rules);
  const base = {
    electedIds,
    seatsFilled: electedIds.length,
    seats,
    currentRound: last.number,
    acceptedFewer: false,
  };
  if (!last.locked) {
    return {
      ...base,
      tiedIds: [],
      status: 'counting',
      message: `Đang kiểm phiếu lần bầu thứ ${last.number}.`,
    };
  }
  if (electedIds.length >= seats) {
    return {
      ...base,
      tiedIds: [],
      status: 'complete',
      message: `Đã bầu đủ ${seats} thành viên Ban Thanh tra nhân dân.`,
    };
  }
  if (last.decision?.decision === 'acceptFewer') {
    return {
      ...base,
      tiedIds: [],
      acceptedFewer: true,
      status: 'complete',
      message: `Hội nghị thống nhất Ban Thanh tra nhân dân gồm ${electedIds.length}/${seats} thành viên đã trúng cử.`,
    };
  }
  const tally = tallyRound(election, last, people, rules);
  const pending = pendingOf(tally);
  return {
    ...base,
    tiedIds: tally.tiedAtLastSeat,
    status: 'needsDecision',
    pending,
    message:
      pending === 'tie'
        ? `${tally.tiedAtLastSeat.length} người bằng phiếu nhau ở vị trí cuối cùng (còn ${seats - electedIds.length} chỗ): đoàn chủ tịch quyết định — mặc định bầu lại giữa những người này.`
        : `Mới bầu được ${electedIds.length}/${seats} thành viên: hội nghị quyết định bầu tiếp hay chấp nhận số đã trúng cử.`,
  };
}
