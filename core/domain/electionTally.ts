/**
 * The count of one round (R16–R18): votes per candidate, shares of the stated base, ranking, who is
 * elected, and the arithmetic a counting minute must satisfy (domain-research §3.10). Integers
 * only: shares are basis points rounded half-up, never floats.
 */
import { agreedBallots } from './ballotComparison';
import type {
  BallotEntry,
  CandidateResult,
  Election,
  ElectionRound,
  InvalidReason,
  RoundTally,
  Share,
  TallyCheck,
} from './election';
import { ballotCandidates, interpretBallot } from './electionBallot';
import { WINNING_BASE_LABELS } from './glossary';
import type { Person } from './person';
import { votesToPass } from './quorum';
import type { RuleSet } from '../rules/ruleSets';

/** votes / base in hundredths of a percent, rounded half-up: ⌊(2 × votes × 10000 + base) / (2 × base)⌋. */
export function shareOf(votes: number, base: number): Share {
  return { votes, basisPoints: base > 0 ? Math.floor((votes * 20000 + base) / (2 * base)) : 0 };
}

/** "75,33%": two decimals with the Vietnamese decimal comma. */
export function formatShare(share: Pick<Share, 'basisPoints'>): string {
  const bp = share.basisPoints;
  return `${Math.floor(bp / 100)},${String(bp % 100).padStart(2, '0')}%`;
}

/** "số người có mặt tại hội nghị (150)": what every percentage is of (R16, R18). */
export function describeBase(base: RoundTally['base']): string {
  return `${WINNING_BASE_LABELS[base.kind]} (${base.value})`;
}

interface Counted {
  collected: number;
  valid: number;
  invalid: number;
  invalidByReason: Partial<Record<InvalidReason, number>>;
  votes: number[];
}

function countBallots(
  ballots: readonly BallotEntry[],
  round: ElectionRound,
  election: Pick<Election, 'ballotStyle' | 'validity'>,
): Counted {
  const index = new Map(round.candidateIds.map((id, i) => [id, i]));
  const votes = round.candidateIds.map(() => 0);
  const invalidByReason: Partial<Record<InvalidReason, number>> = {};
  let valid = 0;
  for (const ballot of ballots) {
    const reading = interpretBallot(ballot, round, election);
    if (!reading.valid) {
      const reason = reading.invalidReason ?? 'other';
      invalidByReason[reason] = (invalidByReason[reason] ?? 0) + 1;
      continue;
    }
    valid += 1;
    for (const id of reading.votesFor) {
      const i = index.get(id);
      if (i !== undefined) votes[i] = (votes[i] ?? 0) + 1;
    }
  }
  return {
    collected: ballots.length,
    valid,
    invalid: ballots.length - valid,
    invalidByReason,
    votes,
  };
}

function countTotals(round: ElectionRound): Counted {
  const t = round.totals;
  if (!t) {
    return { collected: 0, valid: 0, invalid: 0, invalidByReason: {}, votes: [] };
  }
  return {
    collected: t.collected,
    valid: t.valid ?? Math.max(0, t.collected - t.invalid),
    invalid: t.invalid,
    invalidByReason: { ...t.invalidByReason },
    votes: round.candidateIds.map((id) => t.votes[id] ?? 0),
  };
}

/**
 * R16 — fill seats from the top among those above the threshold; R17 — a tie that crosses the last
 * seat is never decided here: the tied are reported and none of them is elected.
 */
function electFromTop(
  ranked: readonly CandidateResult[],
  seats: number,
): { electedIds: string[]; tiedAtLastSeat: string[]; shortfall: number } {
  const above = ranked.filter((r) => r.aboveThreshold);
  if (above.length <= seats) {
    return {
      electedIds: above.map((r) => r.personId),
      tiedAtLastSeat: [],
      shortfall: seats - above.length,
    };
  }
  const last = above[seats - 1];
  const next = above[seats];
  if (!last || !next || last.votes !== next.votes) {
    return {
      electedIds: above.slice(0, seats).map((r) => r.personId),
      tiedAtLastSeat: [],
      shortfall: 0,
    };
  }
  return {
    electedIds: above.filter((r) => r.votes > last.votes).map((r) => r.personId),
    tiedAtLastSeat: above.filter((r) => r.votes === last.votes).map((r) => r.personId),
    shortfall: 0,
  };
}

/**
 * The count of a round. Ballot mode counts `ballots` (default: what both teams typed alike or
 * settled, ballotComparison.ts); totals mode the hand-counted totals. The base is the people present
 * (the Law's base, default) or the valid ballots (election.winningBase); a candidate needs strictly
 * more than rules.boardWinFraction of it.
 */
export function tallyRound(
  election: Pick<Election, 'ballotStyle' | 'validity' | 'winningBase'>,
  round: ElectionRound,
  people: readonly Person[],
  rules: RuleSet,
  ballots?: readonly BallotEntry[],
): RoundTally {
  const counted =
    ballots !== undefined
      ? countBallots(ballots, round, election)
      : round.mode === 'totals'
        ? countTotals(round)
        : countBallots(agreedBallots(round), round, election);
  const baseValue = election.winningBase === 'present' ? round.present : counted.valid;
  const votesNeeded = votesToPass(baseValue, rules.boardWinFraction.value);
  const candidates = ballotCandidates(round, people);
  const results: CandidateResult[] = candidates.map((c, i) => {
    const votes = counted.votes[i] ?? 0;
    return {
      personId: c.personId,
      ballotNumber: c.ballotNumber,
      votes,
      share: shareOf(votes, baseValue),
      rank: 0,
      aboveThreshold: baseValue > 0 && votes >= votesNeeded,
      elected: false,
    };
  });
  // Most votes first; equal votes in ballot order, which is Vietnamese name order.
  results.sort((x, y) => y.votes - x.votes || x.ballotNumber - y.ballotNumber);
  results.forEach((r, i) => {
    const previous = results[i - 1];
    r.rank = previous && previous.votes === r.votes ? previous.rank : i + 1;
  });
  const { electedIds, tiedAtLastSeat, shortfall } = electFromTop(results, round.seats);
  const elected = new Set(electedIds);
  for (const r of results) r.elected = elected.has(r.personId);

  const checks = tallyChecks({
    counted,
    issued: round.ballotsIssued,
    present: round.present,
    seats: round.seats,
    // R15: when over-voted ballots stay valid, a ballot may count for every name on it.
    votesPerBallot: election.validity.overVoteInvalid ? round.seats : round.candidateIds.length,
    electedCount: electedIds.length,
    names: candidates.map((c) => c.fullName),
  });
  return {
    round: round.number,
    seats: round.seats,
    candidates: round.candidateIds.length,
    present: round.present,
    issued: round.ballotsIssued,
    collected: counted.collected,
    valid: counted.valid,
    invalid: counted.invalid,
    invalidByReason: counted.invalidByReason,
    base: { kind: election.winningBase, value: baseValue },
    votesNeeded,
    results,
    electedIds,
    tiedAtLastSeat,
    shortfall,
    checks,
    allChecksPass: checks.every((c) => c.ok),
  };
}

/** R18 — the arithmetic of the counting minutes (NĐ 59/2023 Mẫu 02 by analogy), each in words. */
function tallyChecks(input: {
  counted: Counted;
  issued: number;
  present: number;
  seats: number;
  votesPerBallot: number;
  electedCount: number;
  names: readonly string[];
}): TallyCheck[] {
  const { counted, issued, present, seats, votesPerBallot, electedCount, names } = input;
  const { collected, valid, invalid, votes } = counted;
  const over = names.filter((_, i) => (votes[i] ?? 0) > valid);
  const sum = votes.reduce((s, v) => s + v, 0);
  const cap = valid * votesPerBallot;
  const capWords =
    votesPerBallot === seats
      ? `số phiếu hợp lệ × số lượng cần bầu (${valid} × ${seats} = ${cap})`
      : `số phiếu hợp lệ × số người ứng cử (${valid} × ${votesPerBallot} = ${cap})`;
  return [
    {
      id: 'issuedCoversCollected',
      ok: collected <= issued,
      message:
        collected <= issued
          ? `Số phiếu thu vào (${collected}) không nhiều hơn số phiếu phát ra (${issued}).`
          : `Số phiếu thu vào (${collected}) nhiều hơn số phiếu phát ra (${issued}).`,
    },
    {
      id: 'presentCoversCollected',
      ok: collected <= present,
      message:
        collected <= present
          ? `Số phiếu thu vào (${collected}) không nhiều hơn số người có mặt (${present}).`
          : `Số phiếu thu vào (${collected}) nhiều hơn số người có mặt (${present}).`,
    },
    {
      id: 'collectedIsValidPlusInvalid',
      ok: collected === valid + invalid,
      message:
        collected === valid + invalid
          ? `Số phiếu thu vào (${collected}) bằng số phiếu hợp lệ (${valid}) cộng số phiếu không hợp lệ (${invalid}).`
          : `Số phiếu thu vào (${collected}) khác số phiếu hợp lệ (${valid}) cộng số phiếu không hợp lệ (${invalid}) = ${valid + invalid}.`,
    },
    {
      id: 'candidateWithinValid',
      ok: over.length === 0,
      message:
        over.length === 0
          ? `Không người ứng cử nào có số phiếu bầu nhiều hơn số phiếu hợp lệ (${valid}).`
          : `${over.join(', ')} có số phiếu bầu nhiều hơn số phiếu hợp lệ (${valid}).`,
    },
    {
      id: 'votesWithinValidTimesSeats',
      ok: sum <= cap,
      message:
        sum <= cap
          ? `Tổng số phiếu bầu cho các người ứng cử (${sum}) không vượt quá ${capWords}.`
          : `Tổng số phiếu bầu cho các người ứng cử (${sum}) vượt quá ${capWords}.`,
    },
    {
      id: 'electedWithinSeats',
      ok: electedCount <= seats,
      message:
        electedCount <= seats
          ? `Số người trúng cử (${electedCount}) không vượt quá số lượng cần bầu (${seats}).`
          : `Số người trúng cử (${electedCount}) vượt quá số lượng cần bầu (${seats}).`,
    },
  ];
}
