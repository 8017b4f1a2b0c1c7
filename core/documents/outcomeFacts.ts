/**
 * What the documents of the conference day and after it share (D14 Biên bản, D15 Nghị quyết, D18
 * Giao ước thi đua, D19 Báo cáo kết quả, D20 Thông báo and D20KH Kế hoạch triển khai): the people
 * who chaired and recorded, the quorum, every floor vote with its outcome, the vote that adopted
 * the resolution, the resolution's numbered parts and the focal point — read once from the same
 * records, so a figure can never differ between two of these documents.
 *
 * Nothing here decides a rule: the quorum is conferenceQuorum (R1, Luật 10/2022/QH15 Điều 51.2.c),
 * each outcome voteOutcome (R2), the parts resolutionText, the Ban TTND result electionDecisionFacts.
 */
import { conferenceFullName } from '../domain/attendanceList';
import { boardStatus } from '../domain/boardStatus';
import type { Conference } from '../domain/conference';
import { conferenceQuorum } from '../domain/conferenceRules';
import { formatDateVi } from '../domain/dates';
import { formatShare, shareOf } from '../domain/electionTally';
import { voteOutcome, type VoteOutcome } from '../domain/floorVote';
import type { Person } from '../domain/person';
import type { FloorVote } from '../domain/proceedings';
import { quorumShortfall, type Quorum } from '../domain/quorum';
import { electionDecisionFacts, type ElectionDecisionFacts } from '../domain/resolutionElection';
import { adoptedOn } from '../domain/resolutionStage';
import type { ResolutionItem } from '../domain/resolution';
import {
  printedResolution,
  resolutionTextContext as printedTextContext,
} from '../domain/printedResolution';
import {
  generatedItemText,
  itemText,
  type NumberedSection,
  type ResolutionTextContext,
} from '../domain/resolutionText';
import { normalizeText } from '../domain/vietnamese';
import { conferenceOfficers } from './conferenceOfficers';
import type { DocumentContext, DocumentId } from './documentContext';
import { documentHeaderFor, issuedShell, type IssuedShell } from './documentHeaderFor';
import { heldElection, personRef, toElectionPerson } from './electionFacts';
import type { OutcomeWordingValues } from './outcomeWording';
import { clockText, longDateText, unionAbbreviationText, unionExecutiveText } from './planJob';
import { findPerson, personPosition } from './programmeJob';
import { BLANK } from './scriptWording';

type Facts = Pick<DocumentContext, 'unit' | 'people' | 'conference' | 'rules'>;

// -------------------------------------------------------------------------------------------------
// When the documents apply (registry appliesTo): only once there is something to print.

/** Something was recorded on the day: opened, closed, an item's time or summary, an opinion, a vote. */
export function proceedingsRecorded(conference: Pick<Conference, 'proceedings'>): boolean {
  const p = conference.proceedings;
  return (
    p.openedAt !== undefined ||
    p.closedAt !== undefined ||
    p.opinions.length > 0 ||
    p.votes.length > 0 ||
    Object.values(p.items).some((i) => i.startedAt !== undefined || i.summary.trim() !== '')
  );
}

/** D14 and D19: the minutes and the report of a conference that took place. */
export function minutesApply(ctx: Pick<DocumentContext, 'conference'>): boolean {
  return proceedingsRecorded(ctx.conference);
}

/** D15, D20 and D20KH: a resolution with at least one item. */
export function resolutionDocumentsApply(ctx: Pick<DocumentContext, 'conference'>): boolean {
  return ctx.conference.resolution.items.length > 0;
}

/** D18: the resolution holds targets or emulation items to covenant on (Điều 51.4.h). */
export function covenantApplies(ctx: Pick<DocumentContext, 'conference'>): boolean {
  return ctx.conference.resolution.items.some(
    (i) => i.section === 'targets' || i.section === 'emulation',
  );
}

// -------------------------------------------------------------------------------------------------
// Times and dates.

/** "08 giờ 05", or "… giờ …" to write in by hand. */
export function clockOrBlank(time: string | undefined): string {
  return time ? clockText(time) : `${BLANK} giờ ${BLANK}`;
}

/** "ngày 15 tháng 01 năm 2026", or blanks. */
export function conferenceDateText(conference: Pick<Conference, 'date'>): string {
  return conference.date ? longDateText(conference.date) : `ngày ${BLANK}`;
}

/**
 * The date a document written after the conference is issued on: the day it is generated, never
 * before the conference — a report, a notice or a plan printed in advance for the meeting is dated
 * the meeting day, not a day before the resolution it quotes existed. ISO dates compare as strings.
 */
export function afterConferenceDate(ctx: Pick<DocumentContext, 'today' | 'conference'>): string {
  const day = ctx.conference.date;
  return day !== undefined && ctx.today < day ? day : ctx.today;
}

/**
 * What a document written after the conference prints around its content (D19, D20, D20KH): the
 * header, number and signers its header settings give (documentHeaderFor), and the place and date
 * it is issued on (afterConferenceDate).
 */
export function afterConferenceShell(ctx: DocumentContext, id: DocumentId): IssuedShell {
  return issuedShell(ctx, id, afterConferenceDate(ctx));
}

/**
 * The day the resolution was adopted (adoptedOn, on this computer's clock); before that the
 * conference day, else the day of generating.
 */
export function resolutionDate(ctx: Pick<DocumentContext, 'today' | 'conference'>): string {
  return adoptedOn(ctx.conference.resolution) ?? ctx.conference.date ?? ctx.today;
}

// -------------------------------------------------------------------------------------------------
// People.

/** "Ông Phan Thanh Ước – Vụ trưởng" (the union office added for the chair, personPosition). */
export function personWithPosition(ctx: Pick<DocumentContext, 'unit'>, person: Person): string {
  const position = personPosition(person, ctx.unit);
  const ref = personRef(toElectionPerson(person));
  return position ? `${ref} – ${position}` : ref;
}

/** "đồng chí Nguyễn Văn An – Chuyên viên" (Điều 52.2), or "đồng chí …" while nobody is named. */
export function focalPointText(ctx: Facts): string {
  const person = findPerson(ctx.people, ctx.conference.resolution.focalPointId);
  if (!person) return `đồng chí ${BLANK}`;
  const position = personPosition(person, ctx.unit);
  const name = normalizeText(person.fullName);
  return position ? `đồng chí ${name} – ${position}` : `đồng chí ${name}`;
}

// -------------------------------------------------------------------------------------------------
// The quorum and the votes.

export interface QuorumFacts {
  quorum: Quorum;
  /** "81,52%": present over the base, two decimals (formatShare). */
  percent: string;
  absent: number;
  /** "cán bộ, công chức, viên chức, người lao động" or "đại biểu". */
  summoned: string;
}

export function quorumFacts(ctx: Facts): QuorumFacts {
  const quorum = conferenceQuorum(ctx.conference, ctx.people, ctx.rules);
  return {
    quorum,
    percent: formatShare(shareOf(quorum.present, quorum.base)),
    absent: Math.max(0, quorum.base - quorum.present),
    summoned:
      ctx.conference.form === 'delegates'
        ? 'đại biểu'
        : 'cán bộ, công chức, viên chức, người lao động',
  };
}

export interface CountedVote {
  vote: FloorVote;
  outcome: VoteOutcome;
  /** "53,33%": votes for over the people present at the vote. */
  percentFor: string;
}

/** Every floor vote in the order it was taken, with its outcome (R1, R2 — voteOutcome). */
export function countedVotes(ctx: Facts): CountedVote[] {
  const quorum = conferenceQuorum(ctx.conference, ctx.people, ctx.rules);
  return [...ctx.conference.proceedings.votes]
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .map((vote) => {
      const outcome = voteOutcome(vote, { quorum, rules: ctx.rules });
      return { vote, outcome, percentFor: formatShare({ basisPoints: outcome.percentFor }) };
    });
}

/** The vote the resolution was adopted by (resolution.adoptedByVoteId), if it was recorded. */
export function adoptingVote(conference: Pick<Conference, 'resolution' | 'proceedings'>) {
  const id = conference.resolution.adoptedByVoteId;
  return id === undefined ? undefined : conference.proceedings.votes.find((v) => v.id === id);
}

/** The adopting vote with its outcome, only when it passed: the figures a document may quote. */
export function adoption(ctx: Facts): CountedVote | undefined {
  const vote = adoptingVote(ctx.conference);
  if (!vote) return undefined;
  const counted = countedVotes(ctx).find((c) => c.vote.id === vote.id);
  return counted?.outcome.passes ? counted : undefined;
}

// -------------------------------------------------------------------------------------------------
// The resolution.

export function electionFacts(ctx: Facts): ElectionDecisionFacts | null {
  return electionDecisionFacts(ctx.conference, ctx.people, ctx.rules);
}

/** How the resolution's sentences are written for this conference (printedResolution.ts). */
export function resolutionTextContext(ctx: Facts): ResolutionTextContext {
  return printedTextContext(ctx.conference, ctx.people, ctx.rules);
}

/**
 * The resolution's parts as printed: I., II. … with their items 1., 2. … — exactly as the screen
 * shows them (printedResolution.ts): once adopted, the text as adopted or amended.
 */
export function resolutionParts(ctx: Facts): NumberedSection[] {
  return printedResolution(ctx.conference, ctx.people, ctx.rules).sections;
}

/**
 * The item's subject without its level and assignment ("giao … chủ trì; thời hạn …"): the
 * resolution's own sentence for it (resolutionText.ts) generated from the subject alone; the
 * user's words when edited.
 */
export function itemSubject(item: ResolutionItem, ctx: ResolutionTextContext): string {
  if (item.textEdited) return itemText(item, ctx);
  const subject = { ...item, owner: undefined, deadline: undefined, target: undefined };
  return withoutFullStop(generatedItemText(subject, ctx));
}

/** "95%", "5 sáng kiến": the level as resolutionText writes a target's value. */
export function itemLevel(item: ResolutionItem, ctx: ResolutionTextContext): string {
  if (item.target === undefined) return '';
  const value = { ...item, section: 'targets' as const, indicator: undefined, owner: undefined };
  return withoutFullStop(generatedItemText({ ...value, deadline: undefined }, ctx));
}

function withoutFullStop(text: string): string {
  return text.replace(/\.$/, '');
}

/**
 * "số 01/NQ-VKHCN ngày 15/01/2026" — how another document quotes an issued one; the number blank
 * ("số …/NQ-VKHCN") until the register issues it.
 */
export function documentReference(
  ctx: Pick<DocumentContext, 'unit' | 'people' | 'conference' | 'numbers'>,
  id: DocumentId,
  date?: string,
): string {
  const issued = ctx.numbers?.[id];
  const number = issued
    ? issued.replace(/^Số:\s*/, 'số ')
    : `số ${BLANK}/${documentHeaderFor(ctx, id).symbols[0] ?? BLANK}`;
  return date ? `${number} ngày ${formatDateVi(date)}` : number;
}

/** A Ban TTND sits after the conference: one already did, or this conference elected one. */
export function boardAfterConference(ctx: DocumentContext): boolean {
  const { hasBoard } = boardStatus(ctx.inspectionBoard, ctx.conference, ctx.people, ctx.rules);
  return hasBoard || heldElection(ctx.conference) !== undefined;
}

// -------------------------------------------------------------------------------------------------
// The values every document fills its sentences with.

export function outcomeWordingValues(ctx: DocumentContext): OutcomeWordingValues {
  const { unit, conference } = ctx;
  const { quorum, percent, absent, summoned } = quorumFacts(ctx);
  const officers = conferenceOfficers(conference, ctx.people);
  return {
    unitName: normalizeText(unit.name),
    unionExecutive: unionExecutiveText(unit.unionName),
    unionAbbreviation: unionAbbreviationText(unit),
    upperUnion: normalizeText(unit.upperUnion),
    conferenceName: conferenceFullName(conference),
    year: conference.year,
    dateText: conferenceDateText(conference),
    startTime: clockOrBlank(conference.proceedings.openedAt),
    endTime: clockOrBlank(conference.proceedings.closedAt),
    venue: normalizeText(conference.venue),
    summoned,
    base: quorum.base,
    present: quorum.present,
    absent,
    percent,
    needed: quorum.needed,
    shortfall: quorumShortfall(quorum),
    quorumFraction: `${ctx.rules.quorum.value.numerator}/${ctx.rules.quorum.value.denominator}`,
    quorumSource: ctx.rules.quorum.source,
    chair: officers.chair ? personWithPosition(ctx, officers.chair) : '',
    presidium: officers.presidium.map((p) => normalizeText(p.fullName)).join(', '),
    secretary: officers.secretaries.map((p) => personWithPosition(ctx, p)).join('; '),
    focalPoint: focalPointText(ctx),
    resolutionNumber: documentReference(ctx, 'D15', resolutionDate(ctx)),
    rolloutNumber: documentReference(ctx, 'D20KH'),
    reportRecipient:
      normalizeText(conference.resolution.reportRecipient) || normalizeText(unit.upperUnion),
  };
}

/**
 * The adopting vote's figures — votes for, the people present at that vote, the share — for the
 * sentences that quote it; blanks (written in by hand) until a vote that passed is recorded.
 */
export function adoptionValues(ctx: Facts): OutcomeWordingValues {
  const adopted = adoption(ctx);
  return adopted
    ? {
        votesFor: adopted.vote.votesFor,
        present: adopted.vote.present,
        percentFor: adopted.percentFor,
      }
    : { votesFor: '', present: '', percentFor: '' };
}
