/**
 * What the six election documents (D10 Tờ trình, D11 Thể lệ, D12 Phiếu bầu, D13 Biên bản kiểm phiếu,
 * D16 Quyết định công nhận, D17 Biên bản họp lần thứ nhất) share: the election of the conference,
 * its rounds, the term, the candidates in ballot order and the people named in them — read once
 * from the same records so a name, a number or a term can never differ between two documents.
 */
import type { Conference } from '../domain/conference';
import { conferenceFullName } from '../domain/attendanceList';
import type { DocumentHeader, Signature } from '../domain/documentHeader';
import { ElectionSchema, type Election, type ElectionRound } from '../domain/election';
import { ballotCandidates, orderForBallot } from '../domain/electionBallot';
import { termLabel } from '../domain/electionSetup';
import { countWithWords } from '../domain/numberInWords';
import type { Person } from '../domain/person';
import { normalizeText } from '../domain/vietnamese';
import type { RuleSet } from '../rules/ruleSets';
import type { DocumentContext } from './documentContext';
import type { ElectionWordingValues } from './electionWording';
import {
  honorific,
  unionAbbreviationText,
  unionExecutiveText,
  type DocumentRecipients,
} from './planJob';
import { BLANK } from './scriptWording';

/** The election held at the conference: undefined when there is none or it was waived (R4). */
export function heldElection(conference: Pick<Conference, 'election'>): Election | undefined {
  const election = conference.election;
  return election && !election.waiver ? election : undefined;
}

const EMPTY_ELECTION: Election = ElectionSchema.parse({});

/**
 * The held election, or an empty one: the registry offers the election documents only when there
 * is an election (appliesTo), but a document built anyway prints its blanks instead of failing.
 */
export function electionOrEmpty(conference: Pick<Conference, 'election'>): Election {
  return heldElection(conference) ?? EMPTY_ELECTION;
}

/** Rounds whose count is locked (lesson 1: documents of a count only from a frozen count). */
export function lockedRounds(election: Election): ElectionRound[] {
  return election.rounds.filter((r) => r.locked !== undefined);
}

/** The round being prepared or counted: the last one; undefined before the first is started. */
export function currentRound(election: Election): ElectionRound | undefined {
  return election.rounds[election.rounds.length - 1];
}

/** D10–D12 need only the setup; D13, D16 and D17 a locked count. */
export function electionDocumentsApply(ctx: Pick<DocumentContext, 'conference'>): boolean {
  return heldElection(ctx.conference) !== undefined;
}

export function countedDocumentsApply(ctx: Pick<DocumentContext, 'conference'>): boolean {
  const election = heldElection(ctx.conference);
  return election !== undefined && lockedRounds(election).length > 0;
}

/** "nhiệm kỳ 2026–2028" (R21: rules.boardTermYears from the first year). */
export function electionTerm(election: Election, conference: Conference, rules: RuleSet): string {
  return termLabel(election, conference, rules);
}

/** A person as the election documents name them. */
export interface ElectionPerson {
  personId: string;
  fullName: string;
  /** "Ông" / "Bà" / "Ông/Bà". */
  honorific: string;
  position: string;
  department: string;
}

export function toElectionPerson(person: Person): ElectionPerson {
  return {
    personId: person.id,
    fullName: normalizeText(person.fullName),
    honorific: honorific(person.gender),
    position: normalizeText(person.position),
    department: normalizeText(person.department),
  };
}

export function electionPerson(
  people: readonly Person[],
  personId: string | undefined,
): ElectionPerson | undefined {
  const person = personId === undefined ? undefined : people.find((p) => p.id === personId);
  return person ? toElectionPerson(person) : undefined;
}

/** "Ông Nguyễn Văn A, Chuyên viên, Phòng Pháp chế" — empty parts left out. */
export function personLine(p: ElectionPerson): string {
  return [`${p.honorific} ${p.fullName}`, p.position, p.department].filter(Boolean).join(', ');
}

/** "Ông Nguyễn Văn A" — a person at the start of a line or a sentence. */
export function personRef(p: ElectionPerson | undefined): string {
  return p ? `${p.honorific} ${p.fullName}` : BLANK;
}

/** "ông Nguyễn Văn A" — a person inside a sentence (the honorific in lower case). */
export function personMention(p: ElectionPerson | undefined): string {
  return p ? `${p.honorific.toLocaleLowerCase('vi')} ${p.fullName}` : BLANK;
}

/** "Ông A, bà B" — the first letter in capitals, for a list that starts a sentence. */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** "A, B và C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? BLANK;
  return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1] ?? ''}`;
}

/** A candidate as printed: the number before the name on the ballot, Vietnamese name order. */
export interface NumberedCandidate extends ElectionPerson {
  ballotNumber: number;
}

/**
 * The candidates of a round in ballot order (ballotCandidates: given name first, numbered from 1);
 * before any round exists, those of the setup — the ballot printed for the first round.
 */
export function roundCandidates(
  election: Election,
  round: ElectionRound | undefined,
  people: readonly Person[],
): NumberedCandidate[] {
  // A round keeps the order it was printed in; before the first, the setup in ballot order.
  const candidateIds =
    round?.candidateIds ??
    orderForBallot(
      election.candidates.map((c) => c.personId),
      people,
    );
  return ballotCandidates({ candidateIds }, people).map((c) => {
    const person = electionPerson(people, c.personId);
    return {
      personId: c.personId,
      ballotNumber: c.ballotNumber,
      fullName: person?.fullName ?? normalizeText(c.fullName),
      honorific: person?.honorific ?? honorific(undefined),
      position: person?.position ?? '',
      department: person?.department ?? '',
    };
  });
}

/** "thứ nhất", "thứ hai" … — how rounds are named ("lần bầu thứ hai"). */
export function ordinalWord(n: number): string {
  const words = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
  return words[n - 1] ?? String(n);
}

/** "05": counts of seats and people are printed zero-padded below 10, like document numbers. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** What every election document prints around its content (the shell of officialDocument). */
export interface ElectionDocumentShell {
  header: DocumentHeader;
  /** "Số: 05/TTr-CĐCS", or the blank form until the register issues one; undefined if unnumbered. */
  numberText?: string;
  /** Left out for biên bản (NĐ 30/2020 Phụ lục III, Mẫu 1.9). */
  placeDateText?: string;
  typeName: string;
  summary: string[];
  signatures: Signature[];
  recipients?: DocumentRecipients;
}

/** The values every election document fills its sentences with. */
export function electionWordingValues(
  ctx: DocumentContext,
  election: Election,
): ElectionWordingValues {
  const { unit, conference, rules } = ctx;
  const seats = election.seats;
  return {
    unitName: normalizeText(unit.name),
    unionName: normalizeText(unit.unionName),
    unionExecutive: unionExecutiveText(unit.unionName),
    unionAbbreviation: unionAbbreviationText(unit),
    conferenceName: conferenceFullName(conference),
    term: electionTerm(election, conference, rules),
    venue: normalizeText(conference.venue),
    ...(seats !== undefined ? { seats: countWithWords(seats), seatsFigure: pad2(seats) } : {}),
    seatsMin: rules.boardSeats.value.min,
    seatsMax: rules.boardSeats.value.max,
    seatsSource: rules.boardSeats.source,
    minMembers: rules.boardMinMembers.value,
    eligibilitySource: rules.boardExcludedRoles.source,
  };
}
