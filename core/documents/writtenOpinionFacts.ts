/**
 * What the two documents of the written-opinion route share (Luật 10/2022/QH15 Điều 50.2: when a
 * second convocation still lacks the quorum of Điều 51.2.c, the head, after agreeing with the union
 * executive, takes the staff's opinions on forms): when they apply, their dates, the values of
 * their sentences and the route's figures — read once from the same records, so the form (D9PYK)
 * and the record of its result (D9KQ) can never disagree with each other or with the screen.
 *
 * Nothing here decides a rule: each item's outcome is writtenOpinionOutcome (R2 on the number of
 * ALL staff, domain-research R2), the quorum sentence's figures quorumFacts.
 */
import { activeStaff } from '../domain/conferenceRules';
import type { Conference } from '../domain/conference';
import { formatShare, shareOf } from '../domain/electionTally';
import {
  writtenOpinionOutcome,
  writtenOpinionProblems,
  type VoteOutcome,
} from '../domain/floorVote';
import type { WrittenOpinionRoute } from '../domain/proceedings';
import { votesToPass } from '../domain/quorum';
import { normalizeText } from '../domain/vietnamese';
import { conferenceFullName } from '../domain/attendanceList';
import { conferenceOfficers } from './conferenceOfficers';
import type { DocumentContext, DocumentId } from './documentContext';
import { personWithPosition, quorumFacts } from './outcomeFacts';
import { longDateText, percentText, unionExecutiveText } from './planJob';
import { BLANK } from './scriptWording';
import type { WrittenOpinionWordingValues } from './writtenOpinionWording';

/** The route's documents: the form, and the record of the forms counted. */
export const WRITTEN_OPINION_DOCUMENTS: readonly DocumentId[] = ['D9PYK', 'D9KQ'];

/** Registry appliesTo: only a conference that holds the route (proceedings.writtenOpinions). */
export function writtenOpinionDocumentsApply(ctx: Pick<DocumentContext, 'conference'>): boolean {
  return ctx.conference.proceedings.writtenOpinions !== undefined;
}

const EMPTY_ROUTE: WrittenOpinionRoute = {
  returnTo: '',
  formsIssued: 0,
  formsReturned: 0,
  items: [],
};

/** The stored route; an empty one when a document is asked for without it (`--only D9PYK`). */
export function writtenRoute(conference: Pick<Conference, 'proceedings'>): WrittenOpinionRoute {
  return conference.proceedings.writtenOpinions ?? EMPTY_ROUTE;
}

/** ISO dates compare as strings; undefined ones are left out. */
const latest = (...dates: (string | undefined)[]) =>
  dates.filter((d): d is string => d !== undefined).reduce((a, b) => (b > a ? b : a));
const earliest = (...dates: (string | undefined)[]) =>
  dates.filter((d): d is string => d !== undefined).reduce((a, b) => (b < a ? b : a));

/**
 * The day the forms go out, printed on them: the day recorded; otherwise the day they are
 * generated, but never before the second convocation (Điều 50.2: the forms follow it) nor after
 * the return deadline (a form dated after its own deadline could not be returned).
 */
export function formDate(ctx: Pick<DocumentContext, 'conference' | 'today'>): string {
  const route = writtenRoute(ctx.conference);
  if (route.issuedOn) return route.issuedOn;
  return earliest(latest(ctx.today, route.secondConvocationDate), route.returnBy);
}

/**
 * The day the returned forms are counted (D9KQ): the day recorded; otherwise the day it is
 * generated, but not before the return deadline — the count is made once the forms are in.
 */
export function countDate(ctx: Pick<DocumentContext, 'conference' | 'today'>): string {
  const route = writtenRoute(ctx.conference);
  return route.countedOn ?? latest(ctx.today, route.returnBy);
}

/** "ngày 15 tháng 01 năm 2026", or "ngày … tháng … năm …" to write in. */
export function dateOrBlank(iso: string | undefined): string {
  return iso ? longDateText(iso) : `ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
}

/** One item put on the form, with its counts and core's outcome. */
export interface WrittenItemFigures {
  id: string;
  /** "1", "2" … as numbered on the form and in the record. */
  label: string;
  /** The item as typed; "…" when it has no title yet. */
  title: string;
  votesFor: number;
  votesAgainst: number;
  votesOther: number;
  /** writtenOpinionOutcome, unchanged: the record prints its sentence as it is. */
  outcome: VoteOutcome;
  /** "65,22%": votes for over ALL staff (outcome.percentFor). */
  percentFor: string;
}

export interface WrittenOpinionFigures {
  /** Active staff: the base of every percentage (Điều 50.2 — all staff receive a form). */
  staffCount: number;
  /** Votes for needed to pass: strictly more than half of all staff (R2). */
  needed: number;
  formsIssued: number;
  formsReturned: number;
  notReturned: number;
  /** "92,39%": forms returned over forms issued. */
  returnedShare: string;
  items: WrittenItemFigures[];
  /** writtenOpinionProblems: what in the figures cannot be true (the save refuses them). */
  problems: string[];
}

export function writtenOpinionFigures(
  ctx: Pick<DocumentContext, 'conference' | 'people' | 'rules'>,
): WrittenOpinionFigures {
  const route = writtenRoute(ctx.conference);
  const staffCount = activeStaff(ctx.people).length;
  return {
    staffCount,
    needed: votesToPass(staffCount, ctx.rules.passFraction.value),
    formsIssued: route.formsIssued,
    formsReturned: route.formsReturned,
    notReturned: Math.max(0, route.formsIssued - route.formsReturned),
    returnedShare: formatShare(shareOf(route.formsReturned, route.formsIssued)),
    items: route.items.map((item, i) => {
      const outcome = writtenOpinionOutcome(item, route, staffCount, ctx.rules);
      return {
        id: item.id,
        label: String(i + 1),
        title: normalizeText(item.title) || BLANK,
        votesFor: item.votesFor,
        votesAgainst: item.votesAgainst,
        votesOther: item.votesOther,
        outcome,
        percentFor: formatShare({ basisPoints: outcome.percentFor }),
      };
    }),
    problems: writtenOpinionProblems(route, staffCount),
  };
}

/** The values both documents fill their sentences with. */
export function writtenOpinionValues(ctx: DocumentContext): WrittenOpinionWordingValues {
  const { unit, conference, rules } = ctx;
  const route = writtenRoute(conference);
  const figures = writtenOpinionFigures(ctx);
  const { summoned } = quorumFacts(ctx);
  const officers = conferenceOfficers(conference, ctx.people);
  const { numerator, denominator } = rules.quorum.value;
  return {
    unitName: normalizeText(unit.name),
    unionExecutive: unionExecutiveText(unit.unionName),
    conferenceName: conferenceFullName(conference),
    // The first convocation is the conference as planned, unless another day was recorded.
    firstDate: dateOrBlank(route.firstAttemptDate ?? conference.date),
    secondDate: dateOrBlank(route.secondConvocationDate),
    quorumFraction: `${numerator}/${denominator}`,
    summoned,
    quorumSource: rules.quorum.source,
    passPercent: percentText(rules.passFraction.value),
    staffCount: figures.staffCount,
    needed: figures.needed,
    formDate: dateOrBlank(formDate(ctx)),
    returnBy: dateOrBlank(route.returnBy),
    returnTo: normalizeText(route.returnTo),
    countDate: dateOrBlank(countDate(ctx)),
    chair: officers.chair ? personWithPosition(ctx, officers.chair) : '',
    secretary: officers.secretaries.map((p) => personWithPosition(ctx, p)).join('; '),
    formsIssued: figures.formsIssued,
    formsReturned: figures.formsReturned,
    notReturned: figures.notReturned,
    returnedShare: figures.returnedShare,
  };
}
