/**
 * D13 — Biên bản kiểm phiếu bầu thành viên Ban Thanh tra nhân dân, one per locked round
 * (domain-research §5 row D13 and §3.10; by analogy with NĐ 59/2023/NĐ-CP Mẫu 02 and 38/HD-TLĐ
 * Mẫu 4a). Layout of a biên bản: NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.9 — header without a
 * place-and-date line, "Số: …/BB-…".
 *
 * Every figure of §3.10 comes from tallyRound (electionTally.ts) on the locked count — the template
 * and this job never count anything themselves: the conference, date, place and purpose with the
 * term; the counting board and the witnesses; seats and candidates; people summoned and present
 * with the percentage; ballots issued, collected, valid and invalid by reason; each candidate's
 * votes and percentage with the base stated (R16, R18); the elected, ranked; a tie at the last seat
 * or a shortfall and what the conference decided (R17); the time the count ended; signatures of the
 * whole counting board and the witnesses. Annex: the ballot-by-ballot log of the agreed ballots
 * (anchors.md lesson 6) and the ballots the two teams typed differently with what the paper said.
 */
import { compareTeams, describeEntry } from '../domain/ballotComparison';
import { quorumBaseIds } from '../domain/conferenceRules';
import type { DocumentHeader } from '../domain/documentHeader';
import type { Election, ElectionRound, InvalidReason, RoundTally } from '../domain/election';
import { interpretBallot } from '../domain/electionBallot';
import { formatShare, shareOf, tallyRound } from '../domain/electionTally';
import { INVALID_REASONS } from '../domain/election';
import type { DocumentContext } from './documentContext';
import { documentHeaderFor } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems, type ElectionBlock } from './electionBlocks';
import {
  electionOrEmpty,
  electionPerson,
  lockedRounds,
  ordinalWord,
  personMention,
  personRef,
  capitalizeFirst,
  roundCandidates,
  type ElectionPerson,
  electionWordingValues,
  pad2,
} from './electionFacts';
import { namedPersonText, passText } from './electionRulesJob';
import type { ElectionWording, ElectionWordingValues } from './electionWording';
import { clockText, longDateText } from './planJob';
import { BLANK, fillWording } from './scriptWording';

/** One signature of the counting minutes: what the signer is, and their name ('' to write in). */
export interface MinutesSigner {
  title: string;
  name: string;
}

/** A page group printed after the minutes: its own title and content. */
export interface MinutesAnnex {
  typeName: string;
  summary: string[];
  blocks: ElectionBlock[];
  /** The ballot log rows (serial, marks, result), also in `blocks`; for checks and the screen. */
  logRows: string[][];
}

export interface RoundMinutes {
  round: number;
  typeName: string;
  summary: string[];
  blocks: ElectionBlock[];
  signers: MinutesSigner[];
  /** Ballot mode only: the log of the agreed ballots. */
  annex?: MinutesAnnex;
  /** The count every figure above was printed from. */
  tally: RoundTally;
}

export interface CountingMinutesData {
  header: DocumentHeader;
  /** "Số: 05/BB-CĐCS", or the blank form until issued. */
  numberText: string;
  rounds: RoundMinutes[];
}

/** "(trong đó: 02 phiếu quá số lượng cần bầu; 01 phiếu không có dấu của Công đoàn)". */
function invalidDetail(
  byReason: Partial<Record<InvalidReason, number>>,
  labels: ElectionWording['invalidReasons'],
): string {
  const parts = INVALID_REASONS.filter((r) => (byReason[r] ?? 0) > 0).map(
    (r) => `${pad2(byReason[r] ?? 0)} phiếu ${labels[r]}`,
  );
  return parts.length > 0 ? ` (trong đó: ${parts.join('; ')})` : '';
}

/** The counting board's head first, then the members, then the witnesses — all who sign. */
function signersOf(ctx: DocumentContext, election: Election, W: ElectionWording): MinutesSigner[] {
  const board = election.countingBoard;
  const head = electionPerson(ctx.people, board.headId);
  const members = board.memberIds
    .filter((id) => id !== board.headId)
    .map((id) => electionPerson(ctx.people, id))
    .filter((p): p is ElectionPerson => p !== undefined);
  return [
    { title: W.minutesSignatureHead, name: head?.fullName ?? '' },
    ...members.map((m) => ({ title: W.minutesSignatureMember, name: m.fullName })),
    ...board.witnesses.map((w) => {
      const name = namedPersonText(ctx.people, w);
      // The signature block prints the name alone, without "Ông/Bà".
      const person = electionPerson(ctx.people, w.personId);
      return {
        title: W.minutesSignatureWitness,
        name: person?.fullName ?? (name === BLANK ? '' : name),
      };
    }),
  ];
}

function roundMinutes(
  ctx: DocumentContext,
  election: Election,
  round: ElectionRound,
  W: ElectionWording,
): RoundMinutes {
  const { people, conference, rules } = ctx;
  const tally = tallyRound(election, round, people, rules);
  const candidates = roundCandidates(election, round, people);
  const byId = new Map(candidates.map((c) => [c.personId, c]));
  const nameOf = (id: string) => byId.get(id)?.fullName ?? BLANK;
  const summoned = quorumBaseIds(conference, people).size;
  const baseText =
    tally.base.kind === 'present'
      ? `${W.minutesBasePresent} (${tally.base.value} người)`
      : `${W.minutesBaseValid} (${tally.base.value} phiếu)`;

  const values: ElectionWordingValues = {
    ...electionWordingValues(ctx, election),
    conferenceDate: conference.date ? longDateText(conference.date) : `ngày ${BLANK}`,
    seatsFigure: pad2(tally.seats),
    candidateCount: pad2(tally.candidates),
    summoned,
    present: tally.present,
    presentPercent: formatShare(shareOf(tally.present, summoned)),
    issued: tally.issued,
    collected: tally.collected,
    valid: tally.valid,
    invalid: tally.invalid,
    invalidDetail: invalidDetail(tally.invalidByReason, W.invalidReasons),
    baseText,
    passText: passText(rules.boardWinFraction.value),
    votesNeeded: tally.votesNeeded,
    round: ordinalWord(round.number),
    // As the board recorded them (its end defaults to the lock); blanks to write in by hand.
    startTime: round.countStartedAt ? clockText(round.countStartedAt) : `${BLANK} giờ ${BLANK}`,
    endTime: round.countEndedAt ? clockText(round.countEndedAt) : `${BLANK} giờ ${BLANK}`,
  };
  const fill = (template: string, extra: ElectionWordingValues = {}): string =>
    fillWording(template, { ...values, ...extra });

  // I. The counting board and the witnesses.
  const board = election.countingBoard;
  const head = electionPerson(people, board.headId);
  const members = board.memberIds
    .filter((id) => id !== board.headId)
    .map((id) => electionPerson(people, id))
    .filter((p): p is ElectionPerson => p !== undefined);
  const boardLines = [
    ...(head ? [`${personRef(head)} – ${W.minutesBoardHead}`] : []),
    ...members.map((m) => `${personRef(m)} – ${W.minutesBoardMember}`),
  ];
  const witnesses = board.witnesses.map((w) => namedPersonText(people, w));
  const composition: ElectionBlock[] = [
    ...boardLines.map((text, i): ElectionBlock => ({
      kind: 'item',
      label: `${i + 1}.`,
      text: `${text}${i === boardLines.length - 1 ? '.' : ';'}`,
    })),
    ...(witnesses.length > 0
      ? [
          { kind: 'paragraph', text: W.minutesWitnessesLead } satisfies ElectionBlock,
          ...listItems(witnesses),
        ]
      : []),
  ];

  // II. The figures, every one from the tally.
  const tied = new Set(tally.tiedAtLastSeat);
  const rows = tally.results.map((r) => [
    String(r.rank),
    nameOf(r.personId),
    String(r.votes),
    formatShare(r.share),
    r.elected ? W.electedText : tied.has(r.personId) ? W.tiedText : W.notElectedText,
  ]);
  const elected = tally.results.filter((r) => r.elected);
  const figures: ElectionBlock[] = [
    { kind: 'item', label: '1.', text: fill(W.minutesSeats) },
    { kind: 'item', label: '2.', text: fill(W.minutesAttendance) },
    { kind: 'item', label: '3.', text: fill(W.minutesBallots) },
    { kind: 'item', label: '4.', text: fill(W.minutesValidity) },
    { kind: 'item', label: '5.', text: fill(W.minutesBase) },
    { kind: 'paragraph', text: W.minutesVotesLead },
    { kind: 'table', layout: 'results', columns: W.minutesColumns, rows },
  ];
  if (elected.length > 0) {
    figures.push({ kind: 'paragraph', text: fill(W.minutesElectedLead) });
    elected.forEach((r, i) => {
      const person = byId.get(r.personId);
      figures.push({
        kind: 'item',
        label: `${i + 1}.`,
        text: `${personRef(person)}: ${r.votes} phiếu (${formatShare(r.share)})${i === elected.length - 1 ? '.' : ';'}`,
      });
    });
  } else {
    figures.push({ kind: 'paragraph', text: W.minutesNoneElected });
  }
  if (tally.tiedAtLastSeat.length > 0) {
    const first = tally.results.find((r) => tied.has(r.personId));
    figures.push({
      kind: 'paragraph',
      text: fill(W.minutesTie, {
        names: capitalizeFirst(
          tally.tiedAtLastSeat.map((id) => personMention(byId.get(id))).join(', '),
        ),
        votes: first?.votes ?? 0,
        seatsLeft: pad2(tally.seats - tally.electedIds.length),
      }),
    });
  } else if (tally.shortfall > 0) {
    figures.push({
      kind: 'paragraph',
      text: fill(W.minutesShortfall, { shortfall: pad2(tally.shortfall) }),
    });
  }
  if (tally.tiedAtLastSeat.length > 0 || tally.shortfall > 0) {
    const decided = round.decision;
    const text = decided
      ? [W.minutesDecisions[decided.decision], decided.note.trim()].filter(Boolean).join(' ')
      : W.minutesDecisionPending;
    figures.push({ kind: 'paragraph', text });
  }
  if (round.mode === 'totals') figures.push({ kind: 'paragraph', text: W.annexTotalsMode });
  figures.push({ kind: 'paragraph', text: W.minutesComplaints });

  const blocks: ElectionBlock[] = [
    { kind: 'paragraph', text: fill(W.minutesOpening) },
    { kind: 'paragraph', text: fill(W.minutesStart) },
    { kind: 'heading', label: 'I.', text: W.minutesBoardTitle },
    ...composition,
    { kind: 'heading', label: 'II.', text: W.minutesFiguresTitle },
    ...figures,
    { kind: 'paragraph', text: fill(W.minutesClosing) },
  ];

  const summary = [fill(W.minutesSummary)];
  if (election.rounds.length > 1) summary.push(fill(W.minutesRoundSummary));
  return {
    round: round.number,
    typeName: W.minutesType,
    summary,
    blocks,
    signers: signersOf(ctx, election, W),
    ...(round.mode === 'ballots'
      ? { annex: ballotLog(election, round, W, fill, ctx.options?.previewRows) }
      : {}),
    tally,
  };
}

/** The annex: every agreed ballot by serial, then the ones the teams typed differently. */
function ballotLog(
  election: Election,
  round: ElectionRound,
  W: ElectionWording,
  fill: (template: string) => string,
  preview: number | undefined,
): MinutesAnnex {
  const style = election.ballotStyle;
  const comparison = compareTeams(round, style);
  const ballots = [...comparison.agreed].sort((a, b) => a.serial - b.serial);
  const reasons = W.invalidReasons;
  const logRows = ballots.map((b) => {
    const reading = interpretBallot(b, round, election);
    const marks = [...new Set(b.marks)].sort((x, y) => x - y);
    return [
      String(b.serial),
      marks.length > 0 ? marks.join(', ') : W.annexNone,
      reading.valid
        ? W.annexValid
        : `${W.annexInvalid}: ${reasons[reading.invalidReason ?? 'other']}`,
    ];
  });
  const settled = comparison.disagreements.filter((d) => d.settled !== undefined);
  const blocks: ElectionBlock[] = [
    {
      kind: 'paragraph',
      text: style === 'strikeOut' ? W.annexIntroStrikeOut : W.annexIntroApprove,
    },
    {
      kind: 'table',
      layout: 'ballotLog',
      columns: style === 'strikeOut' ? W.annexColumnsStrikeOut : W.annexColumnsApprove,
      // The in-app preview may ask for the first rows only (options.previewRows); files have all.
      rows: preview === undefined ? logRows : logRows.slice(0, preview),
    },
  ];
  if (settled.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: W.annexSettledLead },
      ...listItems(
        settled.map(
          (d) =>
            `Phiếu số ${d.serial}: ${d.what}; phiếu giấy: ${d.settled ? describeEntry(d.settled, style) : BLANK}`,
        ),
      ),
    );
  }
  return { typeName: W.annexType, summary: [fill(W.annexSummary)], blocks, logRows };
}

export function countingMinutesJob(ctx: DocumentContext): CountingMinutesData {
  const W = wordingFor('election', ctx.wording);
  const election = electionOrEmpty(ctx.conference);
  const resolved = documentHeaderFor(ctx, 'D13');
  return {
    header: resolved.header,
    numberText: resolved.numberText ?? '',
    rounds: lockedRounds(election).map((round) => roundMinutes(ctx, election, round, W)),
  };
}
