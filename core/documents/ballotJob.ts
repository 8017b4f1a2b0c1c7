/**
 * D12 — Phiếu bầu thành viên Ban Thanh tra nhân dân (practice, domain-research §5 row D12): the
 * heading with the conference and the term, how many to elect, the candidates numbered in
 * Vietnamese name order (given name first — the numbers the counting teams type), the instruction
 * for the ballot style, a place for the union's stamp (a ballot without it is invalid, R15) and,
 * when chosen, a serial number on each ballot.
 *
 * One D12 per round: the current (last) round, or the setup before the first round starts. The
 * number of ballots is the round's ballots issued, else the people present (round, then check-in),
 * else everyone summoned — ballots are usually printed before the conference.
 */
import { quorumBaseIds } from '../domain/conferenceRules';
import type { HeaderLine } from '../domain/documentHeader';
import type { BallotStyle } from '../domain/election';
import type { DocumentContext } from './documentContext';
import { documentHeaderFor } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import {
  currentRound,
  electionOrEmpty,
  ordinalWord,
  roundCandidates,
  electionWordingValues,
  pad2,
} from './electionFacts';
import type { ElectionWordingValues } from './electionWording';
import { fillWording } from './scriptWording';

/** Where the number of ballots came from, for the screen ("150 phiếu = số người có mặt"). */
export type BallotCountSource = 'ballotsIssued' | 'roundPresent' | 'checkIn' | 'summoned';

export const BALLOT_COUNT_SOURCE_TEXT: Record<BallotCountSource, string> = {
  ballotsIssued: 'số phiếu phát ra của lần bầu',
  roundPresent: 'số người có mặt khi phát phiếu',
  checkIn: 'số người có mặt theo điểm danh',
  summoned: 'số người được triệu tập (chưa điểm danh)',
};

export interface BallotCandidateLine {
  /** "1" — the number the counting teams type. */
  no: string;
  name: string;
  /** "Chuyên viên, Phòng Pháp chế". */
  detail: string;
}

export interface BallotDocumentData {
  /**
   * The union (who stamps the ballots), from the 'union' header preset or as the user edited it.
   * A ballot is not an administrative document: no Quốc hiệu, number or date (practice).
   */
  headerLeft: HeaderLine[];
  title: string;
  /** "NHIỆM KỲ 2026–2028". */
  termLine: string;
  conferenceLine: string;
  /** "(Bầu 05 người)". */
  seatsLine: string;
  /** "Bầu lần thứ hai" from the second round on. */
  roundLine?: string;
  style: BallotStyle;
  columns: string[];
  candidates: BallotCandidateLine[];
  instruction: string;
  stampText: string;
  /** One "Số: 001" per ballot when serials are printed; null otherwise (every ballot the same). */
  serials: string[] | null;
  /** Ballots in this document: all of them, or the first few of a preview. */
  count: number;
  /** Ballots to print (the round's ballots issued, or those present). */
  total: number;
  countSource: BallotCountSource;
  perSheet: 1 | 2 | 4;
  /** A4 sheets to print: ⌈count / perSheet⌉. */
  sheets: number;
}

/** The number of ballots to print and where it came from. */
export function ballotCount(ctx: Pick<DocumentContext, 'conference' | 'people'>): {
  count: number;
  source: BallotCountSource;
} {
  const election = electionOrEmpty(ctx.conference);
  const round = currentRound(election);
  if (round && round.ballotsIssued > 0)
    return { count: round.ballotsIssued, source: 'ballotsIssued' };
  if (round && round.present > 0) return { count: round.present, source: 'roundPresent' };
  // Those checked in present among the people summoned (the quorum's count, Điều 51.2.c).
  const summoned = quorumBaseIds(ctx.conference, ctx.people);
  let present = 0;
  for (const [id, entry] of Object.entries(ctx.conference.attendance))
    if (entry.status === 'present' && summoned.has(id)) present += 1;
  if (present > 0) return { count: present, source: 'checkIn' };
  return { count: summoned.size, source: 'summoned' };
}

/** "001" … "150": serials zero-padded to the width of the largest (at least 3 digits). */
export function ballotSerials(count: number, template: string): string[] {
  const width = Math.max(3, String(count).length);
  const serials: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    const values: ElectionWordingValues = { serial: String(i).padStart(width, '0') };
    serials.push(fillWording(template, values));
  }
  return serials;
}

export function ballotJob(ctx: DocumentContext): BallotDocumentData {
  const W = wordingFor('election', ctx.wording);
  const election = electionOrEmpty(ctx.conference);
  const round = currentRound(election);
  const seats = round?.seats ?? election.seats;
  const resolved = documentHeaderFor(ctx, 'D12');
  const candidates = roundCandidates(election, round, ctx.people);
  const values: ElectionWordingValues = {
    ...electionWordingValues(ctx, election),
    ...(seats !== undefined ? { seatsFigure: pad2(seats) } : {}),
    ...(round && round.number > 1 ? { round: ordinalWord(round.number) } : {}),
  };
  const fill = (template: string): string => fillWording(template, values);
  const strikeOut = election.ballotStyle === 'strikeOut';
  const { count: total, source } = ballotCount(ctx);
  // The in-app preview may ask for the first ballots only (options.previewRows); files have all.
  const count = Math.min(total, ctx.options?.previewRows ?? total);
  const perSheet = election.ballotsPerSheet;
  return {
    headerLeft: resolved.header.leftLines.map((l) => ({ ...l })),
    title: W.ballotTitle,
    termLine: fill(W.ballotTerm).toLocaleUpperCase('vi'),
    conferenceLine: fill(W.ballotConference),
    seatsLine: fill(W.ballotSeats),
    ...(round && round.number > 1 ? { roundLine: fill(W.ballotRound) } : {}),
    style: election.ballotStyle,
    columns: [...(strikeOut ? W.ballotColumnsStrikeOut : W.ballotColumnsApprove)],
    candidates: candidates.map((c) => ({
      no: String(c.ballotNumber),
      name: c.fullName,
      detail: [c.position, c.department].filter(Boolean).join(', '),
    })),
    instruction: fill(strikeOut ? W.ballotInstructionStrikeOut : W.ballotInstructionApprove),
    stampText: W.ballotStamp,
    serials: election.ballotSerials ? ballotSerials(count, W.ballotSerial) : null,
    count,
    total,
    countSource: source,
    perSheet,
    sheets: Math.ceil(count / perSheet),
  };
}
