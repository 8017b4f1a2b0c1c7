import { getDay, parseISO } from 'date-fns';
import { defaultAgenda, scheduleAgenda, type AgendaItem, type Presenter } from '../domain/agenda';
import { AGENDA_KIND_INFO } from '../domain/agendaKinds';
import { conferenceFullName } from '../domain/attendanceList';
import { boardStatus } from '../domain/boardStatus';
import type { Finding } from '../domain/conferenceRules';
import type { Guest } from '../domain/conference';
import { formatPlaceDate } from '../domain/dates';
import type { Person } from '../domain/person';
import type { UnitProfile } from '../domain/unit';
import { normalizeText } from '../domain/vietnamese';
import { issueDate, type DocumentContext } from './documentContext';
import { documentHeaderFor } from './documentHeaderFor';
import { BLANK } from './scriptWording';

// ---------------------------------------------------------------------------------------------
// Shared by D2 and D5: the same agenda, times, names and date words, so the programme and the
// chair's script can never disagree.

/**
 * The conference's agenda, or — while the user has not drawn one up — the default programme of
 * R7 (defaultAgenda, with the Ban TTND report and election as boardStatus says), built in memory
 * only, so neither document is ever empty. Ids are fixed ("default-1", …): pure and repeatable.
 */
export function agendaForDocuments(ctx: DocumentContext): {
  items: AgendaItem[];
  isDefault: boolean;
} {
  if (ctx.conference.agenda.length > 0) return { items: ctx.conference.agenda, isDefault: false };
  const board = boardStatus(ctx.inspectionBoard, ctx.conference, ctx.people, ctx.rules);
  let n = 0;
  const items = defaultAgenda({
    conference: ctx.conference,
    people: ctx.people,
    electionDue: board.due,
    hasBoard: board.hasBoard,
    newId: () => `default-${++n}`,
  });
  return { items, isDefault: true };
}

/** The title as printed: the user's, or the kind's default when left empty (agenda.ts allows it). */
export function itemTitle(item: AgendaItem): string {
  return normalizeText(item.title) || AGENDA_KIND_INFO[item.kind].title;
}

/** Someone named in a document: the name and what they are ("Vụ trưởng", "Phó Chủ tịch …"). */
export interface NamedPerson {
  name: string;
  position: string;
  /** False for a free-text presenter ("Đoàn Chủ tịch"), who is not addressed as "đồng chí". */
  isPerson: boolean;
}

/**
 * A roster person's position, with the union office added for the chair and vice-chair: the union
 * report is presented "as Chủ tịch Công đoàn", which the roster position ("Chuyên viên") hides.
 */
export function personPosition(person: Person, unit: UnitProfile): string {
  const union = normalizeText(unit.unionName) || 'Công đoàn cơ sở';
  const office = person.roles.includes('unionChair')
    ? `Chủ tịch ${union}`
    : person.roles.includes('unionViceChair')
      ? `Phó Chủ tịch ${union}`
      : '';
  return [normalizeText(person.position), office].filter(Boolean).join(', ');
}

/** "Phó Chủ tịch" + "Công đoàn Bộ …" → "Phó Chủ tịch Công đoàn Bộ …" (how guests are announced). */
export function guestPosition(guest: Guest): string {
  return [normalizeText(guest.title), normalizeText(guest.organisation)].filter(Boolean).join(' ');
}

export function findPerson(people: readonly Person[], id: string | undefined): Person | undefined {
  return id === undefined ? undefined : people.find((p) => p.id === id);
}

/**
 * Who presents an item: the roster person by id (so a renamed person prints with the new name), the
 * guest by id, or the free text. An id that no longer resolves falls back to the free text.
 */
export function resolvePresenter(
  presenter: Presenter,
  ctx: Pick<DocumentContext, 'people' | 'unit' | 'conference'>,
): NamedPerson | undefined {
  const person = findPerson(ctx.people, presenter.personId);
  if (person) {
    return {
      name: normalizeText(person.fullName),
      position: personPosition(person, ctx.unit),
      isPerson: true,
    };
  }
  const guest = ctx.conference.guests.find((g) => g.id === presenter.guestId);
  if (guest) {
    return { name: normalizeText(guest.fullName), position: guestPosition(guest), isPerson: true };
  }
  const text = normalizeText(presenter.name ?? '');
  return text ? { name: text, position: '', isPerson: false } : undefined;
}

/** Vietnamese weekday names, Sunday first as getDay counts. */
const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/**
 * "ngày 15 tháng 01 năm 2026": the date part of formatPlaceDate, so the zero-padding rule of NĐ
 * 30/2020 Phụ lục I, mục II.4 lives in one place. Without a date: blanks and the year.
 */
export function dateInWords(iso: string | undefined, year: number): string {
  if (!iso) return `ngày ${BLANK} tháng ${BLANK} năm ${year}`;
  const line = formatPlaceDate('', iso);
  return line.slice(line.indexOf('ngày'));
}

/** "thứ Năm, ngày 15 tháng 01 năm 2026" — the weekday as programmes and invitations print it. */
export function dayAndDateInWords(iso: string | undefined, year: number): string {
  const date = dateInWords(iso, year);
  return iso ? `${WEEKDAYS[getDay(parseISO(iso))] ?? ''}, ${date}` : date;
}

/** "08:00 – 08:05" (en dash, NĐ 30 typography for ranges); blank when the item cannot be timed. */
export function timeRange(start: string | undefined, end: string | undefined): string {
  return start && end ? `${start} – ${end}` : BLANK;
}

export interface TimedItem {
  item: AgendaItem;
  start?: string;
  end?: string;
}

/**
 * Every item with its times from scheduleAgenda; items past 23:59 (or all of them, when the start
 * time is bad) keep their place without times, and the findings say why.
 */
export function timedAgenda(
  items: readonly AgendaItem[],
  startTime: string,
): { timed: TimedItem[]; end: string | null; findings: Finding[] } {
  const schedule = scheduleAgenda(items, startTime);
  const timed = items.map((item, i): TimedItem => {
    const slot = schedule.slots[i];
    return slot ? { item, start: slot.start, end: slot.end } : { item };
  });
  return { timed, end: schedule.end, findings: schedule.findings };
}

// ---------------------------------------------------------------------------------------------
// D2 — Chương trình hội nghị.

export interface ProgrammeRow {
  /** "08:00 – 08:05". */
  time: string;
  content: string;
  /** Roster person, guest or free text; empty when nobody is set. */
  presenter: string;
}

export interface ProgrammeData {
  title: string;
  subtitle: string;
  /**
   * "Thời gian: 08:00, thứ Năm, ngày 15 tháng 01 năm 2026" and "Địa điểm: Hội trường tầng 3": two
   * lines, so a long venue wraps on its own line instead of splitting the date.
   */
  whenWhereLines: [string, string];
  rows: ProgrammeRow[];
  /** True when the conference has no agenda yet and the default programme was printed. */
  isDefaultAgenda: boolean;
  /** Scheduling problems (start time, past 23:59) for the UI; the document prints what it can. */
  findings: Finding[];
}

export function programmeData(ctx: DocumentContext): ProgrammeData {
  const { conference } = ctx;
  const agenda = agendaForDocuments(ctx);
  const { timed, findings } = timedAgenda(agenda.items, conference.startTime);
  const venue = normalizeText(conference.venue) || BLANK;
  return {
    title: 'CHƯƠNG TRÌNH',
    subtitle: conferenceFullName(conference),
    whenWhereLines: [
      `Thời gian: ${conference.startTime}, ${dayAndDateInWords(conference.date, conference.year)}`,
      `Địa điểm: ${venue}`,
    ],
    rows: timed.map(({ item, start, end }) => ({
      time: timeRange(start, end),
      content: itemTitle(item),
      presenter: resolvePresenter(item.presenter, ctx)?.name ?? '',
    })),
    isDefaultAgenda: agenda.isDefault,
    findings,
  };
}

/**
 * D2 — the programme (domain-research §5 row D2: time slots, items in the order of Điều 51.4, a
 * presenter for each). Issued jointly by the unit and the union executive like the plan (header
 * preset 'joint' unless the user chose another, R29 — documentHeaderFor), numbered "CTr" (NĐ 30/2020 Phụ lục III) — the number left for the văn thư
 * as in D4. The date line is the day the programme is issued (ctx.today): it goes out with the
 * invitations, before the conference — never later than the conference day, so a programme
 * printed again afterwards (for the records) is not dated after the meeting it announces.
 */
export function programmeJob(ctx: DocumentContext) {
  const { header, signatures, numberText } = documentHeaderFor(ctx, 'D2');
  return {
    header,
    numberText: numberText ?? '',
    placeDateText: formatPlaceDate(normalizeText(ctx.unit.placeName) || '……', issueDate(ctx)),
    data: programmeData(ctx),
    signatures,
  };
}
