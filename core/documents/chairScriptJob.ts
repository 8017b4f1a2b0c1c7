/**
 * D5 — Kịch bản điều hành hội nghị, the chair's word-for-word script (domain-research §5 row D5):
 * for each agenda item in order, a heading with its start time, title and presenter, then the lines
 * to read, taken from the standard sentences of scriptWording.ts with names, times and numbers
 * filled in. Practice only and internal (no number, no Quốc hiệu), so the header is just the unit.
 *
 * Every figure comes from core's rules: the quorum sentence from conferenceQuorum (Luật 10/2022/QH15
 * Điều 51.2.c, R1), the votes to pass from votesToPass over the people present (R2), the seats of
 * the Ban TTND from the rule set (R11) and its term (R21). The presidium and secretaries come from
 * conference.presidium; the chair (chủ tọa) is its first member.
 */
import { defaultPresidium } from '../domain/agenda';
import type { AgendaKind } from '../domain/agendaKinds';
import { conferenceFullName } from '../domain/attendanceList';
import { conferenceQuorum } from '../domain/conferenceRules';
import type { HeaderLine } from '../domain/documentHeader';
import type { Person } from '../domain/person';
import { quorumShortfall, votesToPass, type Quorum } from '../domain/quorum';
import { normalizeText } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { documentHeaderFor } from './documentHeaderFor';
import {
  agendaForDocuments,
  dayAndDateInWords,
  dateInWords,
  findPerson,
  guestPosition,
  itemTitle,
  personPosition,
  resolvePresenter,
  timedAgenda,
  type NamedPerson,
  type TimedItem,
} from './programmeJob';
import {
  BLANK,
  SCRIPT_WORDING,
  fillWording,
  includeKey,
  type ScriptWording,
  type ScriptWordingKey,
  type WordingValues,
} from './scriptWording';

export type ScriptLineStyle = 'speech' | 'direction' | 'subheading';

export interface ScriptLine {
  text: string;
  /** speech: read aloud; direction: "(…)", not read, italics; subheading: a step, bold. */
  style: ScriptLineStyle;
}

export interface ScriptSection {
  /** The programme item this section is read for (agenda.ts AgendaItem.id). */
  itemId: string;
  /** "08:00 — Chào cờ (Nguyễn Văn An)". */
  heading: string;
  kind: AgendaKind;
  lines: ScriptLine[];
}

/** The quorum figures as printed; "…" where nobody is checked in yet. */
export interface ScriptQuorumFigures {
  base: number;
  needed: number;
  present: string;
  percent: string;
  votesToPass: string;
  /** Undefined before check-in (the sentence is read with the figures written in by hand). */
  reached?: boolean;
}

export interface ChairScriptData {
  /** The unit, as on the left of an official header (parent body regular, unit bold). */
  headerLines: HeaderLine[];
  title: string;
  subtitle: string;
  /** Time, place, chair, presidium and secretaries: what the chair checks before starting. */
  infoLines: string[];
  sections: ScriptSection[];
  quorum: ScriptQuorumFigures;
  isDefaultAgenda: boolean;
}

/** "66,85": Vietnamese decimal comma, as on the attendance list (attendanceList.ts). */
export function formatPercentVi(value: number): string {
  return String(value).replace('.', ',');
}

/** "Nguyễn Văn An – Vụ trưởng" (en dash, how scripts introduce people); the name alone if no title. */
function nameAndPosition(named: Pick<NamedPerson, 'name' | 'position'>): string {
  return named.position ? `${named.name} – ${named.position}` : named.name;
}

/** As invited: "đồng chí Nguyễn Văn An – Vụ trưởng"; a free-text presenter without "đồng chí". */
function reference(named: NamedPerson | undefined): string {
  if (!named) return `đồng chí ${BLANK}`;
  return named.isPerson ? `đồng chí ${nameAndPosition(named)}` : named.name;
}

function rosterPerson(person: Person | undefined, ctx: DocumentContext): NamedPerson | undefined {
  return person
    ? {
        name: normalizeText(person.fullName),
        position: personPosition(person, ctx.unit),
        isPerson: true,
      }
    : undefined;
}

function firstWithRole(ctx: DocumentContext, role: 'head' | 'unionChair'): Person | undefined {
  if (role === 'unionChair') {
    // The unit profile names the chair who signs for the union (documentHeader.ts); else the role.
    const named = findPerson(ctx.people, ctx.unit.unionChairId);
    if (named) return named;
  }
  return ctx.people.find((p) => p.active && p.roles.includes(role));
}

/**
 * Quorum figures: base and needed always (they are known before the day), present, percent and the
 * votes to pass only once someone is checked in — before that the chair writes them in.
 */
export function scriptQuorum(ctx: DocumentContext): { figures: ScriptQuorumFigures; q: Quorum } {
  const q = conferenceQuorum(ctx.conference, ctx.people, ctx.rules);
  const checkedIn = Object.values(ctx.conference.attendance).some((a) => a.status === 'present');
  const figures: ScriptQuorumFigures = checkedIn
    ? {
        base: q.base,
        needed: q.needed,
        present: String(q.present),
        percent: formatPercentVi(q.percent),
        votesToPass: String(votesToPass(q.present, ctx.rules.passFraction.value)),
        reached: q.reached,
      }
    : {
        base: q.base,
        needed: q.needed,
        present: BLANK,
        percent: BLANK,
        votesToPass: BLANK,
      };
  return { figures, q };
}

/** "từ 3 đến 9 thành viên" (+ ", số lẻ" for the education rule set) — R11 as data. */
function seatsRule(ctx: DocumentContext): string {
  const { min, max, oddOnly } = ctx.rules.boardSeats.value;
  return `từ ${min} đến ${max} thành viên${oddOnly ? ', số lẻ' : ''}`;
}

interface Expansion {
  wording: ScriptWording;
  /** Lists the job builds for `{@guests}`, `{@presidium}`, … — each a list of finished lines. */
  lists: Record<string, string[]>;
}

function styleOf(text: string): ScriptLine {
  const trimmed = text.trim();
  if (trimmed.startsWith('# ')) return { text: trimmed.slice(2).trim(), style: 'subheading' };
  if (trimmed.startsWith('(') && trimmed.endsWith(')'))
    return { text: trimmed, style: 'direction' };
  return { text: trimmed, style: 'speech' };
}

function isWordingKey(key: string, wording: ScriptWording): key is ScriptWordingKey {
  return Object.prototype.hasOwnProperty.call(wording, key);
}

/**
 * Fills and expands the lines of one entry. Includes nest (votePrompt includes passRule); a key
 * already being expanded is skipped, so an edited wording that includes itself cannot loop.
 */
function expand(
  lines: readonly string[],
  values: WordingValues,
  x: Expansion,
  seen: ReadonlySet<string> = new Set(),
): ScriptLine[] {
  const out: ScriptLine[] = [];
  for (const line of lines) {
    const key = includeKey(line);
    if (key === undefined) {
      const filled = fillWording(line, values);
      if (filled.trim()) out.push(styleOf(filled));
      continue;
    }
    if (seen.has(key)) continue;
    // Own keys only: an edited `{@constructor}` must not reach Object.prototype.
    const list = Object.hasOwn(x.lists, key) ? x.lists[key] : undefined;
    if (list) out.push(...list.map(styleOf));
    else if (isWordingKey(key, x.wording)) {
      out.push(...expand(x.wording[key], values, x, new Set([...seen, key])));
    }
  }
  return out;
}

function fillAll(lines: readonly string[], values: WordingValues): string[] {
  return lines.map((l) => fillWording(l, values));
}

export function chairScriptData(
  ctx: DocumentContext,
  wording: ScriptWording = SCRIPT_WORDING,
): ChairScriptData {
  const { conference, unit, people } = ctx;
  const agenda = agendaForDocuments(ctx);
  const { timed } = timedAgenda(agenda.items, conference.startTime);

  // Presidium: as chosen; while none is, the practice default (head and union chair, agenda.ts).
  const presidium =
    conference.presidium.presidiumIds.length > 0 ? conference.presidium : defaultPresidium(people);
  const members = presidium.presidiumIds
    .map((id) => rosterPerson(findPerson(people, id), ctx))
    .filter((m): m is NamedPerson => m !== undefined);
  const secretaries = conference.presidium.secretaryIds
    .map((id) => rosterPerson(findPerson(people, id), ctx))
    .filter((m): m is NamedPerson => m !== undefined);
  const chair = members[0];

  const { figures, q } = scriptQuorum(ctx);
  const { numerator, denominator } = ctx.rules.passFraction.value;
  const termYears = ctx.rules.boardTermYears.value;
  const conferenceName = conferenceFullName(conference);
  const venue = normalizeText(conference.venue);

  const common: WordingValues = {
    unitName: normalizeText(unit.name),
    unionName: normalizeText(unit.unionName) || 'Công đoàn cơ sở',
    conferenceName,
    year: conference.year,
    dateText: dateInWords(conference.date, conference.year),
    venue,
    summoned:
      conference.form === 'delegates' ? 'đại biểu' : 'cán bộ, công chức, viên chức, người lao động',
    chairName: chair?.name ?? '',
    presidiumCount: members.length || '',
    secretaryCount: secretaries.length || '',
    headRef: reference(rosterPerson(firstWithRole(ctx, 'head'), ctx)),
    unionChairRef: reference(rosterPerson(firstWithRole(ctx, 'unionChair'), ctx)),
    base: figures.base,
    present: figures.present,
    percent: figures.percent,
    needed: figures.needed,
    shortfall: quorumShortfall(q),
    passPercent: formatPercentVi(Math.round((numerator / denominator) * 10000) / 100),
    votesToPass: figures.votesToPass,
    boardTerm: `${conference.year}–${conference.year + termYears}`,
    boardSeatsRule: seatsRule(ctx),
    boardSeatsSource: ctx.rules.boardSeats.source,
    seats: '',
  };

  const quorumKey = figures.reached === false ? 'quorumShort' : 'quorum';
  const lists: Record<string, string[]> = {
    guests:
      conference.guests.length > 0
        ? conference.guests.flatMap((g) =>
            fillAll(wording.guest, {
              guestRef: nameAndPosition({
                name: normalizeText(g.fullName),
                position: guestPosition(g),
              }),
            }),
          )
        : fillAll(wording.noGuests, common),
    presidium: (members.length > 0 ? members : [undefined]).flatMap((m) =>
      fillAll(wording.presidiumMember, { memberRef: m ? nameAndPosition(m) : '' }),
    ),
    secretaries: (secretaries.length > 0 ? secretaries : [undefined]).flatMap((m) =>
      fillAll(wording.secretaryMember, { memberRef: m ? nameAndPosition(m) : '' }),
    ),
    programme: timed.flatMap(({ item, start, end }) =>
      fillAll(wording.programmeItem, { start, end, itemTitle: itemTitle(item) }),
    ),
    quorum: fillAll(wording[quorumKey], common),
  };
  const x: Expansion = { wording, lists };

  const sections = timed.map((t) => section(t, ctx, common, x));
  ensureQuorumAnnounced(sections, lists.quorum ?? []);

  const infoLines = [
    `Thời gian: ${conference.startTime}, ${dayAndDateInWords(conference.date, conference.year)}.`,
    `Địa điểm: ${venue || BLANK}.`,
    `Chủ tọa: ${chair ? nameAndPosition(chair) : BLANK}.`,
    `Đoàn Chủ tịch: ${members.map((m) => m.name).join(', ') || BLANK}.`,
    `Thư ký: ${secretaries.map((m) => m.name).join(', ') || BLANK}.`,
  ];

  return {
    // The left column of D5's header: the unit by default, or the lines the user edited (R29).
    headerLines: documentHeaderFor(ctx, 'D5').header.leftLines,
    title: 'KỊCH BẢN ĐIỀU HÀNH HỘI NGHỊ',
    // "Hội nghị cán bộ, …" → "Cán bộ, …": the title already says "hội nghị".
    subtitle: capitalise(conferenceName.replace(/^Hội nghị /, '')),
    infoLines,
    sections,
    quorum: figures,
    isDefaultAgenda: agenda.isDefault,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function section(
  { item, start }: TimedItem,
  ctx: DocumentContext,
  common: WordingValues,
  x: Expansion,
): ScriptSection {
  const presenter = resolvePresenter(item.presenter, ctx);
  const title = itemTitle(item);
  const values: WordingValues = {
    ...common,
    itemTitle: title,
    presenterRef: reference(presenter),
    presenterShortRef: reference(presenter && { ...presenter, position: '' }),
    presenterName: presenter?.name ?? '',
    start,
  };
  const who = presenter ? ` (${presenter.name})` : '';
  return {
    itemId: item.id,
    heading: `${start ?? BLANK} — ${title}${who}`,
    kind: item.kind,
    lines: expand(x.wording[item.kind], values, x, new Set([item.kind])),
  };
}

/**
 * The quorum is announced in the statement of purpose (scriptWording: `{@quorum}`). A programme
 * without that item, or an edited wording without the include, still gets it: at the end of the
 * opening, else of the first item — the conference may not proceed without it (Điều 51.2.c).
 */
function ensureQuorumAnnounced(sections: ScriptSection[], quorumLines: readonly string[]): void {
  const first = quorumLines[0];
  if (first === undefined) return;
  if (sections.some((s) => s.lines.some((l) => l.text === first))) return;
  const target = sections.find((s) => s.kind === 'opening') ?? sections[0];
  target?.lines.push(...quorumLines.map(styleOf));
}

/** D5 job: everything the template lays out. Internal: no number, no signature. */
/**
 * What the chair reads for one programme item, with the figures of the context (the live screen
 * passes the check-in of now): found by the item's id, so a section never drifts from its item.
 */
export function chairScriptSection(
  ctx: DocumentContext,
  wording: ScriptWording,
  itemId: string,
): ScriptSection | undefined {
  return chairScriptData(ctx, wording).sections.find((s) => s.itemId === itemId);
}

export function chairScriptJob(ctx: DocumentContext, wording: ScriptWording = SCRIPT_WORDING) {
  return { data: chairScriptData(ctx, wording) };
}
