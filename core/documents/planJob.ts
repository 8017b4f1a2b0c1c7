/**
 * D1 — Kế hoạch tổ chức hội nghị: everything the plan prints, computed here from the shared
 * DocumentContext so the template only lays it out. The plan is joint by default (the head and the
 * union executive build it together, Luật 10/2022/QH15 Điều 52.1): header preset 'joint', number
 * "Số:       /KHLT-CĐCS" left for the văn thư (the "LT" suffix is practice, domain-research §4.3),
 * two signature blocks side by side; the user may choose another preset or edit the lines (R29,
 * documentHeaderFor). The sentences are data (planWording.ts).
 */
import { parseISO } from 'date-fns';
import { scheduleAgenda } from '../domain/agenda';
import { conferenceFullName } from '../domain/attendanceList';
import { boardStatus } from '../domain/boardStatus';
import type { Conference, Guest } from '../domain/conference';
import { activeStaff, conferenceWindow, quorumBaseIds } from '../domain/conferenceRules';
import { formatDateVi, formatPlaceDate } from '../domain/dates';
import type { DocumentHeader, Signature } from '../domain/documentHeader';
import type { Person } from '../domain/person';
import { defaultPreparationTasks, type PreparationTask } from '../domain/preparationPlan';
import { DEFAULT_UNION_ABBREVIATION, type UnitProfile } from '../domain/unit';
import { foldForSearch, normalizeText } from '../domain/vietnamese';
import type { RuleSet } from '../rules/ruleSets';
import { issueDate, type DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import type { PlanWordingValues, WordedDuty } from './planWording';
import { BLANK, fillWording } from './scriptWording';

// -------------------------------------------------------------------------------------------------
// Shared wording helpers (D1 and D3 print the same time, place and names).

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** "08:00" → "08 giờ 00" (the hour as official documents write it). */
export function clockText(time: string): string {
  const [h = '', m = ''] = time.split(':');
  return `${h} giờ ${m}`;
}

/**
 * "ngày 15 tháng 01 năm 2026": formatPlaceDate without the place, so day < 10 and months 1–2 get
 * their leading zero exactly as on the date line (NĐ 30/2020 Phụ lục I, mục II.4).
 */
export function longDateText(iso: string): string {
  return formatPlaceDate('', iso).replace(/^, /, '');
}

/**
 * "08 giờ 00, thứ Năm, ngày 15 tháng 01 năm 2026"; "từ 08 giờ 00 đến 11 giờ 30, …" once the
 * programme (D2) is timed. Without a date the day is left blank for the officer to write in.
 */
export function conferenceWhenText(
  conference: Pick<Conference, 'date' | 'startTime' | 'agenda' | 'year'>,
): string {
  const end =
    conference.agenda.length > 0
      ? scheduleAgenda(conference.agenda, conference.startTime).end
      : null;
  const time = end
    ? `từ ${clockText(conference.startTime)} đến ${clockText(end)}`
    : clockText(conference.startTime);
  if (!conference.date) {
    return `${time}, ngày ${BLANK} tháng ${BLANK} năm ${conference.year}`;
  }
  const weekday = WEEKDAYS[parseISO(conference.date).getDay()] ?? '';
  return `${time}, ${weekday}, ${longDateText(conference.date)}`;
}

/** "Ông" / "Bà" when the roster records it, "Ông/Bà" otherwise (guests have no gender field). */
export function honorific(gender: Person['gender']): string {
  if (gender === 'male') return 'Ông';
  if (gender === 'female') return 'Bà';
  return 'Ông/Bà';
}

/** "Ông/Bà Nguyễn Văn A, Phó Chủ tịch, Công đoàn Bộ …" — empty parts left out. */
export function guestReference(guest: Pick<Guest, 'fullName' | 'title' | 'organisation'>): string {
  return [`Ông/Bà ${normalizeText(guest.fullName)}`, guest.title, guest.organisation]
    .map(normalizeText)
    .filter(Boolean)
    .join(', ');
}

/**
 * "Công đoàn cơ sở Vụ X" → "Ban Chấp hành Công đoàn cơ sở Vụ X" (sentence case, the wording of
 * unionExecutiveName for the header); a bare name gets "Công đoàn" in front.
 */
export function unionExecutiveText(unionName: string): string {
  const name = normalizeText(unionName);
  if (!name) return 'Ban Chấp hành Công đoàn';
  const folded = foldForSearch(name);
  const isUnionName = folded.startsWith('cong doan') || /^cd(cs)?\b/.test(folded);
  return `Ban Chấp hành ${isUnionName ? '' : 'Công đoàn '}${name}`;
}

/**
 * The union's abbreviation as the documents name its office in "Lưu: VT, CĐCS" (the
 * `{unionAbbreviation}` placeholder): the one set in the unit profile, "CĐCS" while it is cleared.
 */
export function unionAbbreviationText(unit: Pick<UnitProfile, 'unionAbbreviation'>): string {
  return normalizeText(unit.unionAbbreviation) || DEFAULT_UNION_ABBREVIATION;
}

/** "2/3" from the rule set's fraction (R1 — Điều 51.2.c). */
function fractionText(f: { numerator: number; denominator: number }): string {
  return `${f.numerator}/${f.denominator}`;
}

/** 1/2 → "50"; a fraction that is not a whole percent keeps a decimal comma. */
export function percentText(f: { numerator: number; denominator: number }): string {
  const value = Math.round((f.numerator / f.denominator) * 10000) / 100;
  return String(value).replace('.', ',');
}

/**
 * The work year the conference reviews and the one it plans, from the unit's work-year end (R5,
 * conferenceWindow): "năm 2025" / "năm 2026" for a calendar year; "năm học 2024–2025" for the
 * education rule set; "năm công tác 2024–2025" for any other year end.
 */
export function workPeriods(
  year: number,
  unit: Pick<UnitProfile, 'workYearEnd'>,
  rules: RuleSet,
): { reviewed: string; next: string } {
  const endYear = Number(conferenceWindow(year, unit, rules).workYearEnd.slice(0, 4));
  const { day, month } = unit.workYearEnd;
  if (day === 31 && month === 12) {
    return { reviewed: `năm ${endYear}`, next: `năm ${endYear + 1}` };
  }
  const word = rules.id === 'education-11-hd-cdn' ? 'năm học' : 'năm công tác';
  return {
    reviewed: `${word} ${endYear - 1}–${endYear}`,
    next: `${word} ${endYear}–${endYear + 1}`,
  };
}

// -------------------------------------------------------------------------------------------------
// The plan.

/** One block of a section; the template maps each kind to a paragraph style or the table. */
export type PlanBlock =
  /** "1. Mục đích" — a bold sub-heading. */
  | { kind: 'heading'; label: string; text: string }
  /** A justified body paragraph. */
  | { kind: 'paragraph'; text: string }
  /** "a) …", "- …", "1. …"; `lead` is printed bold after the label ("1. Thủ trưởng đơn vị:"). */
  | { kind: 'item'; label: string; text: string; lead?: string }
  | { kind: 'tasks'; columns: readonly string[]; rows: PlanTaskRow[] };

export interface PlanTaskRow {
  no: number;
  title: string;
  /** The person's name from the roster, or the owner typed as text; '' when nobody is set. */
  owner: string;
  /** dd/mm/yyyy, or '' while the conference has no date. */
  due: string;
}

export interface PlanSection {
  /** "I." … "V." — clause numbers are text, never Word numbering (templates/blocks/paragraphs). */
  label: string;
  title: string;
  blocks: PlanBlock[];
}

export interface DocumentRecipients {
  entries: string[];
  archive: string;
}

export interface PlanDocumentData {
  header: DocumentHeader;
  numberText: string;
  placeDateText: string;
  typeName: string;
  summary: string[];
  /** Bases and the opening sentence, before section I. */
  opening: string[];
  sections: PlanSection[];
  /** Union chair (left), head (right). */
  signatures: Signature[];
  recipients: DocumentRecipients;
  /** The task rows came from defaultPreparationTasks because the conference has none yet. */
  defaultTasksUsed: boolean;
}

const ROMAN = ['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.', 'VII.', 'VIII.'];

/** "- a;" … "- z." — list entries end with ";", the last with "." */
function dashItems(texts: readonly string[], lastMark = '.'): PlanBlock[] {
  return texts.map((text, i) => ({
    kind: 'item',
    label: '-',
    text: `${text.replace(/[;.]+$/, '')}${i === texts.length - 1 ? lastMark : ';'}`,
  }));
}

function ownerName(task: PreparationTask, byId: ReadonlyMap<string, Person>): string {
  const person = task.owner.personId ? byId.get(task.owner.personId) : undefined;
  if (person) return normalizeText(person.fullName);
  return normalizeText(task.owner.text ?? '');
}

/**
 * The tasks of the conference, or — when it has none yet — the default plan built in memory
 * (nothing is saved): the plan must list the R8 inputs (Điều 51.3, 51.4) even before the officer
 * has opened the preparation tab.
 */
function planTasks(ctx: DocumentContext, hasBoard: boolean, electionDue: boolean) {
  if (ctx.conference.preparationTasks.length > 0) {
    return { tasks: ctx.conference.preparationTasks, defaults: false };
  }
  let n = 0;
  const tasks = defaultPreparationTasks({
    conference: ctx.conference,
    people: ctx.people,
    hasBoard,
    electionDue,
    newId: () => `plan-task-${++n}`,
  });
  return { tasks, defaults: true };
}

export function planTaskRows(
  tasks: readonly PreparationTask[],
  people: readonly Person[],
): PlanTaskRow[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return tasks.map((task, i) => ({
    no: i + 1,
    title: normalizeText(task.title),
    owner: ownerName(task, byId),
    due: task.dueDate ? formatDateVi(task.dueDate) : '',
  }));
}

function duty(label: string, d: WordedDuty, extra: string[] = []): PlanBlock {
  return { kind: 'item', label, lead: d.who, text: [d.text, ...extra].join(' ') };
}

export function planJob(ctx: DocumentContext): PlanDocumentData {
  const { unit, people, conference, rules } = ctx;
  // The unit's own sentences where it has edited them, the standard ones elsewhere.
  const W = wordingFor('plan', ctx.wording);
  const board = boardStatus(ctx.inspectionBoard, conference, people, rules);
  const periods = workPeriods(conference.year, unit, rules);
  const delegates = conference.form === 'delegates';
  const summoned = quorumBaseIds(conference, people).size;
  const { numerator, denominator } = rules.quorum.value;
  const termEnd = conference.year + rules.boardTermYears.value;

  const values: PlanWordingValues = {
    unitName: normalizeText(unit.name),
    unionExecutive: unionExecutiveText(unit.unionName),
    conferenceName: conferenceFullName(conference),
    reviewedPeriod: periods.reviewed,
    nextPeriod: periods.next,
    when: conferenceWhenText(conference),
    venue: normalizeText(conference.venue),
    summonedCount: delegates ? summoned : activeStaff(people).length,
    quorumFraction: fractionText({ numerator, denominator }),
    quorumBase: delegates
      ? 'tổng số đại biểu được triệu tập'
      : 'tổng số cán bộ, công chức, viên chức, người lao động',
    quorumSource: rules.quorum.source,
    passPercent: percentText(rules.passFraction.value),
    boardTerm: `${conference.year}–${termEnd}`,
    dispersedReason: normalizeText(conference.formDecision.dispersedReason),
    unionAgreement: normalizeText(conference.formDecision.unionAgreement),
    upperUnion: normalizeText(unit.upperUnion),
    unionAbbreviation: unionAbbreviationText(unit),
  };
  const fill = (template: string): string => fillWording(template, values);

  // I. Purpose and requirements.
  const purpose: PlanBlock[] = [
    { kind: 'heading', label: '1.', text: W.purposeHeading },
    ...dashItems(W.purpose.map(fill)),
    { kind: 'heading', label: '2.', text: W.requirementsHeading },
    ...dashItems(W.requirements.map(fill)),
  ];

  // II. Time, place, form and attendance (Điều 51.2).
  const form: PlanBlock[] = [];
  if (delegates && values.dispersedReason) form.push(...dashItems([fill(W.formReason)]));
  if (values.unionAgreement) form.push(...dashItems([fill(W.formAgreement)]));
  const guests = conference.guests.map((g) => guestReference(g));
  const timePlace: PlanBlock[] = [
    { kind: 'item', label: '1.', text: fill(W.time) },
    { kind: 'item', label: '2.', text: fill(W.venue) },
    { kind: 'item', label: '3.', text: delegates ? W.formDelegates : W.formFull },
    ...form,
    {
      kind: 'item',
      label: '4.',
      text: fill(delegates ? W.participantsDelegates : W.participantsFull),
    },
    ...(guests.length > 0
      ? [
          { kind: 'paragraph', text: W.guestsLead } satisfies PlanBlock,
          ...dashItems(guests.map((guestRef) => fillWording(W.guest, { guestRef }))),
        ]
      : []),
  ];

  // III. Contents of Điều 51.3 a–g; the Ban TTND election inside đ when due (R21).
  const contents: PlanBlock[] = [
    { kind: 'paragraph', text: W.contentIntro },
    ...W.contents.map((c): PlanBlock => {
      const item = c.label === 'đ)' && board.due ? W.contentsWithElection : c;
      return { kind: 'item', label: item.label, text: fill(item.text) };
    }),
    ...(board.hasBoard ? [{ kind: 'paragraph', text: W.boardReport } satisfies PlanBlock] : []),
    { kind: 'paragraph', text: W.order },
  ];

  // IV. Preparation tasks (R8).
  const { tasks, defaults } = planTasks(ctx, board.hasBoard, board.due);
  const preparation: PlanBlock[] = [
    { kind: 'paragraph', text: W.preparationIntro },
    { kind: 'tasks', columns: W.taskColumns, rows: planTaskRows(tasks, people) },
  ];

  // V. Who does what; numbered in order since the board's duty is there only with a board.
  const duties: PlanBlock[] = [];
  const addDuty = (d: WordedDuty, extra: string[] = []): void => {
    duties.push(duty(`${duties.length + 1}.`, d, extra));
  };
  addDuty(W.headDuty);
  addDuty(W.unionDuty, board.due ? [fill(W.unionElectionDuty)] : []);
  if (board.hasBoard) addDuty(W.boardDuty);
  addDuty(W.subUnitDuty, delegates ? [W.subUnitDelegateDuty] : []);
  duties.push({ kind: 'paragraph', text: fill(W.closing) });

  const sections = [
    { title: W.purposeTitle, blocks: purpose },
    { title: W.timePlaceTitle, blocks: timePlace },
    { title: W.contentTitle, blocks: contents },
    { title: W.preparationTitle, blocks: preparation },
    { title: W.organisationTitle, blocks: duties },
  ].map((s, i) => ({ label: ROMAN[i] ?? `${i + 1}.`, ...s }));

  return {
    // The plan is dated the day it is issued (weeks before the conference), not the meeting day.
    ...issuedShell(ctx, 'D1', issueDate(ctx)),
    typeName: W.typeName,
    summary: [fill(W.summary)],
    opening: [...W.bases, fill(W.intro)],
    sections,
    recipients: {
      entries: [...(values.upperUnion ? [fill(W.recipientUpperUnion)] : []), W.recipientSubUnits],
      archive: fill(W.archive),
    },
    defaultTasksUsed: defaults,
  };
}
