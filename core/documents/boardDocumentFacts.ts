/**
 * What the Ban Thanh tra nhân dân's own documents (D22, domain-research §5; R22) share: which of the
 * board's records each one prints, who the board is, and the values their sentences are filled
 * with. The records are the board's year as stored with the conference (boardWork.ts) — a work
 * programme per quarter, six months or year (Luật 10/2022/QH15 Điều 62.2; Nghị định 59/2023/NĐ-CP
 * Điều 22.1.a), inspections notified ≥ 5 working days ahead with their written results (Điều
 * 22.1.b, 22.2.b), recommendations to the head answered within 15 days (Luật Điều 63.1.c) — and
 * every clock is the one boardWorkView.ts computes, with the unit's holiday table.
 *
 * One document per record: the export, the preview and the number register name the record in
 * `options.record`; without one (the Documents tab, `npm run export`) each document prints its
 * latest record, chosen the same way everywhere (boardRecordFor), so a number issued, a preview
 * and a download always speak of the same record.
 */
import { periodLabel, periodRange } from '../domain/boardPeriods';
import type { BoardProgramme, BoardWork, Inspection, Recommendation } from '../domain/boardWork';
import {
  inspectionView,
  recommendationView,
  type BoardContext,
  type InspectionView,
  type RecommendationView,
} from '../domain/boardWorkView';
import type { Conference } from '../domain/conference';
import { formatDateVi } from '../domain/dates';
import { electionOutcome } from '../domain/electionRounds';
import { EMPTY_HOLIDAY_TABLE } from '../domain/holidays';
import type { Person } from '../domain/person';
import { normalizeText, sortByVietnameseName } from '../domain/vietnamese';
import { conferenceFullName } from '../domain/attendanceList';
import type { DocumentContext, DocumentId } from './documentContext';
import type { BoardWorkWording, BoardWorkWordingValues } from './boardWorkWording';
import type { FollowUpBlock } from './followUpBlocks';
import { BLANK, fillWording } from './scriptWording';
import { heldElection, personLine, toElectionPerson } from './electionFacts';
import { documentReference, resolutionDate } from './outcomeFacts';
import { unionExecutiveText } from './planJob';

/** Which kind of record each D22 document prints: one document per record. */
export const BOARD_RECORD_DOCUMENTS = {
  D22CT: 'programme',
  D22KH: 'inspection',
  D22BC: 'inspection',
  D22KN: 'recommendation',
} as const satisfies Partial<Record<DocumentId, string>>;
export type BoardDocumentId = keyof typeof BOARD_RECORD_DOCUMENTS;
export type BoardRecordKind = (typeof BOARD_RECORD_DOCUMENTS)[BoardDocumentId];
export const BOARD_DOCUMENT_IDS = Object.keys(BOARD_RECORD_DOCUMENTS) as BoardDocumentId[];

export function isBoardDocument(id: DocumentId): id is BoardDocumentId {
  return id in BOARD_RECORD_DOCUMENTS;
}

/** A written result exists: its date or its text (boardWorkView's 'recorded'). */
export function hasResult(inspection: Pick<Inspection, 'resultOn' | 'result'>): boolean {
  return inspection.resultOn !== undefined || inspection.result.trim() !== '';
}

const latest = <T>(list: readonly T[], key: (item: T) => string): T | undefined =>
  list.reduce<T | undefined>(
    (best, item) => (!best || key(item) > key(best) ? item : best),
    undefined,
  );

/**
 * The record a document prints by default, the latest of its kind: the programme of the period
 * that starts last (of two that start together, the shorter — the quarter within its year); the
 * inspection planned last for its plan (D22KH); the one whose written result came last for its
 * report (D22BC, only inspections with a result); the recommendation received last.
 */
function defaultRecord(board: BoardWork, id: BoardDocumentId, year: number): string | undefined {
  switch (id) {
    case 'D22CT':
      return board.programmes
        .map((p) => ({ id: p.id, ...periodRange(p.period, year) }))
        .sort((a, b) => b.from.localeCompare(a.from) || a.to.localeCompare(b.to))[0]?.id;
    case 'D22KH':
      return latest(board.inspections, (i) => i.plannedOn)?.id;
    case 'D22BC':
      return latest(board.inspections.filter(hasResult), (i) => i.resultOn ?? i.plannedOn)?.id;
    case 'D22KN':
      return latest(board.recommendations, (r) => r.receivedOn)?.id;
  }
}

function recordExists(board: BoardWork, kind: BoardRecordKind, recordId: string): boolean {
  const list =
    kind === 'programme'
      ? board.programmes
      : kind === 'inspection'
        ? board.inspections
        : board.recommendations;
  return list.some((r) => r.id === recordId);
}

/**
 * The id of the record `id` prints: `requested` when it names a record of the document's kind
 * (undefined when it names none — the caller says so), otherwise the default; undefined while the
 * board has no record for it.
 */
export function boardRecordFor(
  conference: Pick<Conference, 'followUp' | 'year'>,
  id: BoardDocumentId,
  requested?: string,
): string | undefined {
  const board = conference.followUp.board;
  if (requested !== undefined) {
    return recordExists(board, BOARD_RECORD_DOCUMENTS[id], requested) ? requested : undefined;
  }
  return defaultRecord(board, id, conference.year);
}

/**
 * The record `id` prints when `requested` is named for a whole export: the requested one for the
 * documents of its kind, the default for the others (a recommendation named prints its letter,
 * while the plan quoted in it is the inspection's default).
 */
export function selectedRecordId(
  conference: Pick<Conference, 'followUp' | 'year'>,
  id: BoardDocumentId,
  requested?: string,
): string | undefined {
  const ofKind =
    requested !== undefined &&
    recordExists(conference.followUp.board, BOARD_RECORD_DOCUMENTS[id], requested);
  return boardRecordFor(conference, id, ofKind ? requested : undefined);
}

/** The record each D22 document prints, for the number register (issuedNumbers). */
export function boardDocumentRecords(
  conference: Pick<Conference, 'followUp' | 'year'>,
  requested?: string,
): Partial<Record<DocumentId, string>> {
  const records: Partial<Record<DocumentId, string>> = {};
  for (const id of BOARD_DOCUMENT_IDS) {
    const recordId = selectedRecordId(conference, id, requested);
    if (recordId !== undefined) records[id] = recordId;
  }
  return records;
}

/** A D22 document is offered once the board has a record for it (D22BC: a written result). */
export function boardDocumentApplies(id: BoardDocumentId) {
  return (ctx: Pick<DocumentContext, 'conference'>): boolean =>
    boardRecordFor(ctx.conference, id) !== undefined;
}

const WHAT: Record<BoardDocumentId, string> = {
  D22CT: 'chương trình công tác',
  D22KH: 'cuộc kiểm tra, giám sát',
  D22BC: 'cuộc kiểm tra, giám sát có kết quả bằng văn bản',
  D22KN: 'kiến nghị',
};

/** "Không tìm thấy cuộc kiểm tra, giám sát …": a record named that the board does not hold. */
export function missingRecordMessage(id: BoardDocumentId, requested?: string): string {
  return requested !== undefined
    ? `Không tìm thấy ${WHAT[id]} cần in (có thể đã bị xoá): hãy mở lại thẻ Ban Thanh tra nhân dân.`
    : `Ban Thanh tra nhân dân chưa có ${WHAT[id]} nào: chưa lập được văn bản ${id}.`;
}

function requireRecord<T extends { id: string }>(
  ctx: DocumentContext,
  id: BoardDocumentId,
  list: readonly T[],
): T {
  const requested = ctx.options?.record;
  const recordId = boardRecordFor(ctx.conference, id, requested);
  const record = list.find((r) => r.id === recordId);
  if (!record) throw new Error(missingRecordMessage(id, requested));
  return record;
}

/** The clocks of boardWorkView.ts on the day of generating, with the unit's holiday table. */
export function boardContext(ctx: DocumentContext): BoardContext {
  return {
    today: ctx.today,
    year: ctx.conference.year,
    holidays: ctx.holidays ?? EMPTY_HOLIDAY_TABLE,
    rules: ctx.rules,
  };
}

export function programmeRecord(ctx: DocumentContext, id: BoardDocumentId): BoardProgramme {
  return requireRecord(ctx, id, ctx.conference.followUp.board.programmes);
}

/** The inspection the document prints, checked against its clocks (notice, result). */
export function inspectionRecord(ctx: DocumentContext, id: BoardDocumentId): InspectionView {
  return inspectionView(
    requireRecord(ctx, id, ctx.conference.followUp.board.inspections),
    boardContext(ctx),
  );
}

export function recommendationRecord(
  ctx: DocumentContext,
  id: BoardDocumentId,
): RecommendationView {
  return recommendationView(
    requireRecord(ctx, id, ctx.conference.followUp.board.recommendations),
    boardContext(ctx),
  );
}

/** A text as the board typed it, one paragraph per line (NFC, spaces collapsed, blanks dropped). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(normalizeText)
    .filter((p) => p !== '');
}

/**
 * Words that open the name of a matter rather than of a body ("Việc thực hiện quy chế…", "Công
 * tác thu chi…"): inside a sentence they read in lower case after "kiểm tra, giám sát".
 */
const MATTER_OPENINGS = ['việc', 'công tác', 'tình hình', 'hoạt động', 'kết quả', 'chế độ'];

/**
 * A record's subject inside a sentence: "Việc thực hiện quy chế…" reads "việc thực hiện quy chế…";
 * the name of a body ("Văn phòng", "Phòng Tài chính") keeps its capital, as the board typed it.
 * The full stop typed at the end is dropped.
 */
export function subjectInSentence(subject: string): string {
  const text = normalizeText(subject).replace(/[.;]+$/, '');
  const lower = text.toLocaleLowerCase('vi');
  const opensMatter = MATTER_OPENINGS.some(
    (w) => lower.startsWith(`${w} `) && text.slice(1, w.length) === lower.slice(1, w.length),
  );
  return opensMatter ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
}

/** "số 01/CTr-TTND ngày 27/01/2026" from a number typed in the board's records. */
function typedReference(number: string, date: string | undefined): string | undefined {
  const typed = normalizeText(number).replace(/^Số:\s*/i, '');
  if (!typed) return undefined;
  return date ? `số ${typed} ngày ${formatDateVi(date)}` : `số ${typed}`;
}

/**
 * How a D22 document quotes another D22 document about a record: the number the register issued
 * for it when that document prints the same record, else the number the board typed with the
 * record, else the blank form ("số …/KH-CĐCS").
 */
export function boardDocumentReference(
  ctx: DocumentContext,
  id: BoardDocumentId,
  recordId: string,
  typed: { number: string; date?: string | undefined } = { number: '' },
): string {
  const printsSame = selectedRecordId(ctx.conference, id, ctx.options?.record) === recordId;
  if (printsSame && ctx.numbers?.[id]) return documentReference(ctx, id, typed.date);
  // The register's number for `id` belongs to another record: never quoted for this one.
  const unnumbered = { ...ctx, numbers: {} };
  return typedReference(typed.number, typed.date) ?? documentReference(unnumbered, id, typed.date);
}

/**
 * The number the document prints: the register's ("Số: 05/KH-CĐCS") when issued for its record,
 * else the one the board typed with the record (D21TB's rule for a number typed at issue,
 * typedBoardNumber), else the blank form.
 */
export function boardNumberText(
  ctx: Pick<DocumentContext, 'numbers' | 'conference' | 'options'>,
  id: BoardDocumentId,
  blank: string,
): string {
  return ctx.numbers?.[id] ?? typedBoardNumber(ctx.conference, id, ctx.options?.record) ?? blank;
}

// -------------------------------------------------------------------------------------------------
// The board.

export type BoardRole = 'head' | 'deputy' | 'member';

export const BOARD_ROLE_LABELS: Record<BoardRole, string> = {
  head: 'Trưởng ban',
  deputy: 'Phó Trưởng ban',
  member: 'Ủy viên',
};

export interface BoardMember {
  person: Person;
  role: BoardRole;
}

/**
 * Who the board is: the members this conference elected once its count is locked (with the head
 * and deputies its first meeting chose, Điều 63.2.a, R19), otherwise the board the unit holds
 * (its members, without roles). The head first, then the deputies, then the others by name.
 */
export function boardMembers(ctx: DocumentContext): BoardMember[] {
  const election = heldElection(ctx.conference);
  const elected = election ? electionOutcome(election, ctx.people, ctx.rules).electedIds : [];
  const ids = elected.length > 0 ? elected : (ctx.inspectionBoard?.memberIds ?? []);
  const meeting = elected.length > 0 ? election?.firstMeeting : undefined;
  const roleOf = (personId: string): BoardRole =>
    meeting?.headId === personId
      ? 'head'
      : meeting?.deputyIds.includes(personId)
        ? 'deputy'
        : 'member';
  const order: Record<BoardRole, number> = { head: 0, deputy: 1, member: 2 };
  const people = sortByVietnameseName(ctx.people.filter((p) => ids.includes(p.id)));
  return people
    .map((person) => ({ person, role: roleOf(person.id) }))
    .sort((a, b) => order[a.role] - order[b.role]);
}

/** "Ông Trịnh Thanh Việt, Chuyên viên chính, Văn phòng – Trưởng ban". */
export function memberLines(members: readonly BoardMember[]): string[] {
  return members.map(
    (m) => `${personLine(toElectionPerson(m.person))} – ${BOARD_ROLE_LABELS[m.role]}`,
  );
}

// -------------------------------------------------------------------------------------------------
// The values the sentences are filled with.

/** The head's position as the board addresses them ("Vụ trưởng"); "Thủ trưởng" while unknown. */
export function headTitle(people: readonly Person[]): string {
  const head = people.find((p) => p.active && p.roles.includes('head'));
  const position = head ? normalizeText(head.position) : '';
  return position || 'Thủ trưởng';
}

/** The values every D22 document fills in, before its own. */
export function boardWordingValues(ctx: DocumentContext): BoardWorkWordingValues {
  return {
    unitName: normalizeText(ctx.unit.name),
    unionExecutive: unionExecutiveText(ctx.unit.unionName),
    conferenceName: conferenceFullName(ctx.conference),
    resolutionNumber: documentReference(ctx, 'D15', resolutionDate(ctx)),
    noticeDays: ctx.rules.inspectionNoticeWorkingDays.value,
    answerDays: ctx.rules.recommendationAnswerDays.value,
    headTitle: headTitle(ctx.people),
  };
}

/** The programme whose period holds `date` (the shortest of those that do), if any. */
export function programmeCovering(
  conference: Pick<Conference, 'followUp' | 'year'>,
  date: string,
): BoardProgramme | undefined {
  const covering = conference.followUp.board.programmes
    .map((p) => ({ p, range: periodRange(p.period, conference.year) }))
    .filter(({ range }) => range.from <= date && date <= range.to)
    .sort((a, b) => a.range.to.localeCompare(b.range.to));
  return covering[0]?.p;
}

/** "quý I năm 2026", with its first and last days. */
export function programmePeriod(
  programme: Pick<BoardProgramme, 'period'>,
  year: number,
): BoardWorkWordingValues {
  const { from, to } = periodRange(programme.period, year);
  return {
    period: periodLabel(programme.period, year),
    periodFrom: formatDateVi(from),
    periodTo: formatDateVi(to),
  };
}

/** The follow-up item an inspection watches, as the resolution worded it. */
export function watchedItemTitle(
  conference: Pick<Conference, 'followUp'>,
  itemId: string | undefined,
): string | undefined {
  if (itemId === undefined) return undefined;
  const item = conference.followUp.items.find((i) => i.id === itemId);
  return item ? normalizeText(item.title).replace(/[.;]+$/, '') : undefined;
}

/** The recommendations that came out of an inspection, in the order they were received. */
export function recommendationsOf(
  conference: Pick<Conference, 'followUp'>,
  inspectionId: string,
): Recommendation[] {
  return conference.followUp.board.recommendations
    .filter((r) => r.inspectionId === inspectionId)
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
}

/**
 * "Đối tượng: …", "Nội dung: …" and the resolution item watched — what D22KH and D22BC both say
 * of an inspection, the content's own paragraphs kept.
 */
export function inspectionScopeBlocks(
  inspection: Pick<Inspection, 'subject' | 'content'>,
  watched: string | undefined,
  wording: Pick<BoardWorkWording, 'subjectLead' | 'contentLead' | 'watchedItem'>,
): FollowUpBlock[] {
  const content = paragraphsOf(inspection.content);
  const item: BoardWorkWordingValues = watched ? { resolutionItem: watched } : {};
  return [
    {
      kind: 'paragraph',
      lead: wording.subjectLead,
      text: paragraphsOf(inspection.subject).join(' '),
    },
    { kind: 'paragraph', lead: wording.contentLead, text: content[0] ?? BLANK },
    ...content.slice(1).map((text): FollowUpBlock => ({ kind: 'paragraph', text })),
    ...(watched
      ? [
          {
            kind: 'paragraph',
            text: fillWording(wording.watchedItem, item),
          } as const,
        ]
      : []),
  ];
}

// -------------------------------------------------------------------------------------------------
// For the service: which record a request prints, said in words, and refused when it is gone.

/**
 * Why a request for D22 documents cannot be built, or undefined: a record named that is not one of
 * the board's records of the document's kind, or no record at all for a document asked for.
 */
export function boardRecordRefusal(
  conference: Pick<Conference, 'followUp' | 'year'>,
  ids: readonly DocumentId[],
  requested?: string,
): string | undefined {
  for (const id of ids) {
    if (!isBoardDocument(id)) continue;
    if (boardRecordFor(conference, id, requested) === undefined)
      return missingRecordMessage(id, requested);
  }
  return undefined;
}

const SHORT = 90;
const shortened = (text: string) => {
  const flat = normalizeText(text);
  return flat.length > SHORT ? `${flat.slice(0, SHORT - 1).trimEnd()}…` : flat;
};

/**
 * The record a D22 document prints, in words, for the lists of documents ("Quý I năm 2026", "Cuộc
 * kiểm tra ngày 16/03/2026: Văn phòng"); undefined for any other document or without a record.
 */
export function boardRecordLabel(
  conference: Pick<Conference, 'followUp' | 'year'>,
  id: DocumentId,
  requested?: string,
): string | undefined {
  if (!isBoardDocument(id)) return undefined;
  const recordId = selectedRecordId(conference, id, requested);
  const board = conference.followUp.board;
  switch (BOARD_RECORD_DOCUMENTS[id]) {
    case 'programme': {
      const p = board.programmes.find((r) => r.id === recordId);
      return p && `Chương trình ${periodLabel(p.period, conference.year)}`;
    }
    case 'inspection': {
      const i = board.inspections.find((r) => r.id === recordId);
      return i && `Cuộc kiểm tra ngày ${formatDateVi(i.plannedOn)}: ${shortened(i.subject)}`;
    }
    case 'recommendation': {
      const r = board.recommendations.find((x) => x.id === recordId);
      return r && `Kiến nghị nhận ngày ${formatDateVi(r.receivedOn)}: ${shortened(r.content)}`;
    }
  }
}

/**
 * The number the board typed with the record a D22 document prints ("Số: 03/BC-TTND"): the
 * programme's, the written result's, the recommendation's; a plan's record holds none. It prints
 * until the register issues one (boardNumberText), so a list of documents shows it as the number.
 */
export function typedBoardNumber(
  conference: Pick<Conference, 'followUp' | 'year'>,
  id: DocumentId,
  requested?: string,
): string | undefined {
  if (!isBoardDocument(id)) return undefined;
  const recordId = selectedRecordId(conference, id, requested);
  const board = conference.followUp.board;
  const typed =
    id === 'D22CT'
      ? board.programmes.find((p) => p.id === recordId)?.documentNumber
      : id === 'D22BC'
        ? board.inspections.find((i) => i.id === recordId)?.resultDocumentNumber
        : id === 'D22KN'
          ? board.recommendations.find((r) => r.id === recordId)?.documentNumber
          : undefined;
  const own = normalizeText(typed ?? '').replace(/^Số:\s*/i, '');
  return own ? `Số: ${own}` : undefined;
}
