/**
 * One paper ballot (D12) and what a counting team's entry of it means. The number before each name
 * is the candidate's place in Vietnamese name order (given name first, ARCHITECTURE.md), fixed when
 * the round is created; entries are those numbers, so two teams typing the same paper type the same
 * digits whatever the screen shows.
 */
import type { BallotEntry, Election, ElectionRound, InvalidReason } from './election';
import type { Person } from './person';
import { sortByVietnameseName } from './vietnamese';

export interface BallotCandidate {
  personId: string;
  /** The number printed before the name (1-based). */
  ballotNumber: number;
  fullName: string;
  position: string;
  department: string;
}

/** Shown for a candidate id no longer on the roster (a stored ballot must still print). */
const UNKNOWN_NAME = '(không có trong danh sách cán bộ)';

/**
 * Candidate ids in ballot order: Vietnamese name order (given, middle, family name; roster number
 * last). Called once when a round is created; the order is then stored with the round.
 */
export function orderForBallot(ids: readonly string[], people: readonly Person[]): string[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const known = ids.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined);
  const unknown = ids.filter((id) => !byId.has(id));
  return [...sortByVietnameseName(known).map((p) => p.id), ...unknown];
}

/** The names on this round's ballot, numbered from 1 in the stored (Vietnamese) order. */
export function ballotCandidates(
  round: Pick<ElectionRound, 'candidateIds'>,
  people: readonly Person[],
): BallotCandidate[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return round.candidateIds.map((personId, i) => {
    const person = byId.get(personId);
    return {
      personId,
      ballotNumber: i + 1,
      fullName: person?.fullName ?? UNKNOWN_NAME,
      position: person?.position ?? '',
      department: person?.department ?? '',
    };
  });
}

export interface BallotInterpretation {
  valid: boolean;
  invalidReason?: InvalidReason;
  /** Person ids this ballot counts for (empty when invalid). */
  votesFor: string[];
}

/**
 * R15 — what one entry counts for. 'strikeOut': the marks are the struck names, the votes are the
 * names left; 'approveColumns': the marks are the "Đồng ý" names, which are the votes.
 * - An invalid reason the team chose from the paper wins (no stamp, added names…).
 * - More names kept than seats → invalid when `validity.overVoteInvalid` (Luật 85/2015 Điều 74 by
 *   analogy); keeping fewer than seats is valid (union and school practice).
 * - No name kept → invalid when `validity.allStruckInvalid`, except on a one-name ballot, where
 *   striking the only name is a valid "no" (union practice, domain-research §3.7).
 * Marks outside 1..n are refused when the entry is recorded (ballotEntryProblems); here they are
 * ignored, as are repeated marks.
 */
export function interpretBallot(
  entry: Pick<BallotEntry, 'marks' | 'invalidReason'>,
  round: Pick<ElectionRound, 'candidateIds' | 'seats'>,
  election: Pick<Election, 'ballotStyle' | 'validity'>,
): BallotInterpretation {
  if (entry.invalidReason)
    return { valid: false, invalidReason: entry.invalidReason, votesFor: [] };
  const n = round.candidateIds.length;
  const marked = new Set<number>();
  for (const mark of entry.marks) if (mark >= 1 && mark <= n) marked.add(mark);
  const votesFor: string[] = [];
  const keepMarked = election.ballotStyle === 'approveColumns';
  round.candidateIds.forEach((id, i) => {
    if (marked.has(i + 1) === keepMarked) votesFor.push(id);
  });
  if (votesFor.length > round.seats && election.validity.overVoteInvalid)
    return { valid: false, invalidReason: 'overVote', votesFor: [] };
  if (votesFor.length === 0 && n > 1 && election.validity.allStruckInvalid)
    return { valid: false, invalidReason: 'allStruck', votesFor: [] };
  return { valid: true, votesFor };
}

/**
 * Why an entry cannot be recorded for this round, in Vietnamese (empty when it can): every mark
 * must be a number printed on the ballot, once.
 */
export function ballotEntryProblems(
  entry: Pick<BallotEntry, 'marks'>,
  round: Pick<ElectionRound, 'candidateIds'>,
): string[] {
  const n = round.candidateIds.length;
  const problems: string[] = [];
  const outside = [...new Set(entry.marks.filter((m) => m < 1 || m > n))];
  if (outside.length > 0) {
    problems.push(
      `Phiếu bầu chỉ có ${n} người, đánh số từ 1 đến ${n}: không có số ${outside.join(', ')}.`,
    );
  }
  const repeated = [...new Set(entry.marks.filter((m, i) => entry.marks.indexOf(m) !== i))];
  if (repeated.length > 0) problems.push(`Số ${repeated.join(', ')} được nhập hai lần.`);
  return problems;
}
