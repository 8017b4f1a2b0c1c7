/**
 * D3 — Giấy triệu tập and Giấy mời (domain-research §5 row D3: practice; format NĐ 30/2020/NĐ-CP
 * Phụ lục III, Mẫu 1.7). The head convenes the conference (Luật 10/2022/QH15 Điều 51.1), so the
 * letters are unit documents by default ('unit' header, the head signs); the user may choose another
 * preset or edit the lines (R29 — documentHeaderFor).
 *
 * - The convocation (GIẤY TRIỆU TẬP) goes to the people of the summons list D4 — the same base as
 *   the quorum (quorumBaseIds) — either as ONE collective letter "Kính gửi: …(theo danh sách kèm
 *   theo)" with D4 attached, or with `perPerson` one page per person in D4 order.
 * - One invitation (GIẤY MỜI) per guest, worded as Mẫu 1.7: "… trân trọng kính mời: …", "Tới dự",
 *   "Chủ trì", "Thời gian", "Địa điểm".
 *
 * Numbers are left blank for the văn thư, as on D4. "GM" is the abbreviation of Phụ lục III;
 * "GTT" for a giấy triệu tập is practice — Phụ lục III has no such type. The issuer group is the
 * abbreviation the unit profile gives for the preset ("GM-GTVT"), a blank while it is not set.
 *
 * The template repeats the shared parts on every page without rebuilding them: only a page's
 * opening (addressee) and closing differ from page to page.
 */
import { conferenceFullName } from '../domain/attendanceList';
import { boardStatus } from '../domain/boardStatus';
import { quorumBaseIds } from '../domain/conferenceRules';
import type { DocumentHeader, Signature } from '../domain/documentHeader';
import type { Person } from '../domain/person';
import { normalizeText, sortByVietnameseName } from '../domain/vietnamese';
import { issueDate, type DocumentContext } from './documentContext';
import { documentHeaderFor, documentSymbolFor, placeDateFor } from './documentHeaderFor';
import {
  conferenceWhenText,
  guestReference,
  honorific,
  unionAbbreviationText,
  workPeriods,
  type DocumentRecipients,
} from './planJob';
import type { ConvocationWordingValues } from './convocationWording';
import { wordingFor } from './documentWording';
import { fillWording } from './scriptWording';

/** A block of a letter: the addressee ("Kính gửi: …", centred lines) or a body paragraph. */
export type LetterLine =
  { kind: 'addressee'; lines: string[] } | { kind: 'paragraph'; text: string };

/** What one page says of its own addressee: before the shared body, and after it. */
export interface LetterPage {
  opening: LetterLine[];
  closing: LetterLine[];
}

/** Letters of one kind: the same number, title and body; only `pages` differ from page to page. */
export interface LetterSet {
  typeName: string;
  numberText: string;
  summary: string[];
  /** One entry per page. */
  pages: LetterPage[];
  /** The same on every page, between a page's opening and its closing. */
  body: LetterLine[];
  recipients: DocumentRecipients;
}

export interface ConvocationDocumentData {
  header: DocumentHeader;
  placeDateText: string;
  /** The head (Điều 51.1). */
  signatures: Signature[];
  /** The convocation first, then the invitations when there are guests. */
  sets: LetterSet[];
}

export interface ConvocationOptions {
  /** One convocation page per summoned person instead of one letter with the list attached. */
  perPerson?: boolean;
}

/** Ông/Bà Nguyễn Văn A, Chuyên viên, Văn phòng. */
function personReference(person: Person): string {
  return [
    `${honorific(person.gender)} ${normalizeText(person.fullName)}`,
    person.position,
    person.department,
  ]
    .map(normalizeText)
    .filter(Boolean)
    .join(', ');
}

function chairReference(people: readonly Person[]): string {
  const head = people.find((p) => p.active && p.roles.includes('head'));
  if (!head) return 'Thủ trưởng đơn vị';
  return [`${honorific(head.gender)} ${normalizeText(head.fullName)}`, head.position]
    .map(normalizeText)
    .filter(Boolean)
    .join(', ');
}

const paragraph = (text: string): LetterLine => ({ kind: 'paragraph', text });
const addressee = (lines: readonly string[]): LetterLine => ({
  kind: 'addressee',
  lines: [...lines],
});

/** The people D4 lists, in its order: quorum base, Vietnamese name order. */
export function summonedPeople(ctx: DocumentContext): Person[] {
  const base = quorumBaseIds(ctx.conference, ctx.people);
  return sortByVietnameseName(ctx.people.filter((p) => base.has(p.id)));
}

export function convocationJob(
  ctx: DocumentContext,
  options: ConvocationOptions = {},
): ConvocationDocumentData {
  const { unit, people, conference, rules } = ctx;
  // The unit's own sentences where it has edited them, the standard ones elsewhere.
  const W = wordingFor('convocation', ctx.wording);
  const resolved = documentHeaderFor(ctx, 'D3');
  const symbol = (typeCode: string): string => documentSymbolFor(unit, resolved.preset, typeCode);
  const delegates = conference.form === 'delegates';
  const periods = workPeriods(conference.year, unit, rules);
  // The same verdict as D1 and the programme (R21), not whatever the task list holds.
  const electionDue = boardStatus(ctx.inspectionBoard, conference, people, rules).due;
  const values: ConvocationWordingValues = {
    unitName: normalizeText(unit.name),
    conferenceName: conferenceFullName(conference),
    when: conferenceWhenText(conference),
    venue: normalizeText(conference.venue),
    chair: chairReference(people),
    reviewedPeriod: periods.reviewed,
    nextPeriod: periods.next,
    unionAbbreviation: unionAbbreviationText(unit),
  };
  const fill = (template: string, extra: ConvocationWordingValues = {}): string =>
    fillWording(template, { ...values, ...extra });
  const perPerson = options.perPerson === true;

  // A page per person names them with their own honorific (Ông / Bà) in every sentence.
  const page = (addresseeLines: string[], whom: string, whomShort: string): LetterPage => ({
    opening: [addressee(addresseeLines), paragraph(fill(W.convocationIntro, { whom }))],
    closing: [paragraph(fill(W.convocationClosing, { whomShort }))],
  });
  const pages = perPerson
    ? summonedPeople(ctx).map((p) => {
        const title = honorific(p.gender);
        const lines = W.addresseeOne.map((l) => fill(l, { addressee: personReference(p) }));
        return page(lines, title, title);
      })
    : delegates
      ? [page([...W.addresseeDelegates], W.whomDelegates, W.whomShortDelegates)]
      : [page([...W.addresseeAll], W.whomAll, W.whomShortAll)];
  const convocation: LetterSet = {
    typeName: W.convocationType,
    numberText: `Số:       /${symbol('GTT')}`,
    summary: [fill(W.summary)],
    pages,
    body: [
      paragraph(`1. ${fill(W.time)}`),
      paragraph(`2. ${fill(W.venue)}`),
      paragraph(`3. ${fill(electionDue ? W.contentsWithElection : W.contents)}`),
    ],
    recipients: { entries: [...W.recipientsConvocation], archive: fill(W.archive) },
  };

  const sets: LetterSet[] = [convocation];
  if (conference.guests.length > 0) {
    sets.push({
      typeName: W.invitationType,
      numberText: `Số:       /${symbol('GM')}`,
      summary: [fill(W.summary)],
      // Guests have no gender field: "Ông/Bà" (honorific of an unknown gender).
      pages: conference.guests.map((g) => ({
        opening: [paragraph(fill(W.invitationLine, { invitee: guestReference(g) }))],
        closing: [paragraph(fill(W.invitationClosing, { whomShort: honorific(undefined) }))],
      })),
      body: [
        paragraph(fill(W.invitationEvent)),
        paragraph(fill(W.chair)),
        paragraph(fill(W.time)),
        paragraph(fill(W.venue)),
      ],
      recipients: { entries: [...W.recipientsInvitation], archive: fill(W.archive) },
    });
  }

  return {
    header: resolved.header,
    placeDateText: placeDateFor(ctx, issueDate(ctx)),
    signatures: resolved.signatures,
    sets,
  };
}
