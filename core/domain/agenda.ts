/**
 * The conference programme (chương trình hội nghị, D2) and its presidium: the statutory running
 * order of Luật 10/2022/QH15 Điều 51.4 (a–i) inside the ceremonial frame of practice (R7).
 * Kinds, default titles, durations and sources are data in agendaKinds.ts; the R7 checks are in
 * agendaValidation.ts and re-exported here.
 */
import { z } from 'zod';
import {
  AGENDA_KIND_INFO,
  AGENDA_KINDS,
  MAX_ITEM_MINUTES,
  PRESENTER_ROLE_LABELS,
  type AgendaKind,
  type PresenterRole,
} from './agendaKinds';
import type { Conference } from './conference';
import type { Finding } from './conferenceRules';
import type { Person, Role } from './person';

export { MAX_ITEM_MINUTES } from './agendaKinds';
export { validateAgenda, type AgendaFinding, type AgendaContext } from './agendaValidation';

/**
 * Who presents an item: a person of the roster, a guest of the conference, or free text ("Đoàn
 * Chủ tịch", "Đại diện Công đoàn cấp trên"). A person is stored by id only, so a renamed person
 * prints with the new name.
 */
export const PresenterSchema = z.object({
  personId: z.string().min(1).optional(),
  guestId: z.string().min(1).optional(),
  name: z.string().trim().max(200).optional(),
});
export type Presenter = z.infer<typeof PresenterSchema>;

/**
 * The title may be empty in stored data so a half-edited programme can still be saved;
 * validateAgenda reports it. Durations outside 1–600 minutes are refused outright.
 */
export const AgendaItemSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(AGENDA_KINDS),
  title: z.string().trim().max(300, 'Tiêu đề không quá 300 ký tự').default(''),
  durationMinutes: z
    .number()
    .int('Thời lượng phải là số phút nguyên')
    .min(1, 'Thời lượng ít nhất 1 phút')
    .max(MAX_ITEM_MINUTES, `Thời lượng không quá ${MAX_ITEM_MINUTES} phút`),
  presenter: PresenterSchema.default({}),
  notes: z.string().max(2000).default(''),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const AgendaSchema = z.array(AgendaItemSchema);
export type Agenda = z.infer<typeof AgendaSchema>;

/**
 * The Law does not regulate the presidium or the secretary (§2.1 of the research): in practice
 * the presidium is approved by show of hands at the opening and proposes 1–2 secretaries.
 */
export const PresidiumSchema = z.object({
  presidiumIds: z.array(z.string().min(1)).default([]),
  secretaryIds: z.array(z.string().min(1)).default([]),
});
export type Presidium = z.infer<typeof PresidiumSchema>;

/** The first person still in the unit who holds the role, in roster order. */
export function firstActiveWithRole(people: readonly Person[], role: Role): Person | undefined {
  return people.find((p) => p.active && p.roles.includes(role));
}

/**
 * Head and union chair are people of the roster; the other roles (presidium, secretary, Ban TTND
 * head, vote-counting board) are chosen at or just before the conference, so they start as text.
 */
export function presenterFor(
  role: PresenterRole | undefined,
  people: readonly Person[],
): Presenter {
  if (role === undefined) return {};
  if (role === 'head' || role === 'unionChair') {
    const person = firstActiveWithRole(people, role);
    if (person) return { personId: person.id };
  }
  return { name: PRESENTER_ROLE_LABELS[role] };
}

/** Practice (§2.1): the presidium is the head and the union chair; the secretary is chosen later. */
export function defaultPresidium(people: readonly Person[]): Presidium {
  const ids = (['head', 'unionChair'] as const)
    .map((role) => firstActiveWithRole(people, role)?.id)
    .filter((id): id is string => id !== undefined);
  return { presidiumIds: [...new Set(ids)], secretaryIds: [] };
}

export interface AgendaOptions {
  form: Conference['form'];
  electionDue: boolean;
  hasBoard: boolean;
}

/**
 * The kinds of a default programme, in order (R7): the ceremonial frame, then a–i of Điều 51.4.
 * đ only when a Ban TTND exists; the election right after e when due (Điều 51.4.e, 60.3); the
 * credentials report only at a delegates' conference; the resolution last before the closing.
 */
export function defaultAgendaKinds({ form, electionDue, hasBoard }: AgendaOptions): AgendaKind[] {
  const kinds: AgendaKind[] = [
    'flagSalute',
    'purposeAndGuests',
    'presidiumAndSecretary',
    'programmeApproval',
  ];
  if (form === 'delegates') kinds.push('credentials');
  kinds.push('opening', 'headReport', 'unionReport', 'discussion', 'answers');
  if (hasBoard) kinds.push('boardReport');
  kinds.push('decisions');
  if (electionDue) kinds.push('boardElection');
  kinds.push('awards', 'covenant', 'resolution', 'closing');
  return kinds;
}

export function newAgendaItem(
  kind: AgendaKind,
  people: readonly Person[],
  newId: () => string,
): AgendaItem {
  const info = AGENDA_KIND_INFO[kind];
  return {
    id: newId(),
    kind,
    title: info.title,
    durationMinutes: info.durationMinutes,
    presenter: presenterFor(info.presenterRole, people),
    notes: info.notes,
  };
}

export interface DefaultAgendaInput {
  conference: Pick<Conference, 'form'>;
  people: readonly Person[];
  electionDue: boolean;
  hasBoard: boolean;
  newId: () => string;
}

export function defaultAgenda(input: DefaultAgendaInput): AgendaItem[] {
  const { conference, people, electionDue, hasBoard, newId } = input;
  return defaultAgendaKinds({ form: conference.form, electionDue, hasBoard }).map((kind) =>
    newAgendaItem(kind, people, newId),
  );
}

// ---------------------------------------------------------------------------------------------
// Timings. Times are "hh:mm" of one day, like the printed programme; no Date objects needed.

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** The last minute of the day: a programme that runs past it cannot be printed as one day. */
export const LAST_MINUTE_OF_DAY = 23 * 60 + 59;

export function timeToMinutes(time: string): number | undefined {
  const match = TIME_PATTERN.exec(time);
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function minutesToTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export interface ScheduledItem {
  item: AgendaItem;
  start: string;
  end: string;
}

export interface AgendaSchedule {
  /** The items that fit in the day, with their times; all of them when `end` is set. */
  slots: ScheduledItem[];
  /** When the whole programme ends; null when it cannot be scheduled (bad start, past 23:59). */
  end: string | null;
  /** Sum of the valid durations of every item. */
  totalMinutes: number;
  findings: Finding[];
}

const SCHEDULE_SOURCE = 'Chương trình hội nghị (D2): giờ ghi theo hh:mm trong một ngày';

function usableMinutes(item: AgendaItem): number {
  const d = item.durationMinutes;
  // A bad duration is reported by validateAgenda; here it simply takes no time.
  return Number.isInteger(d) && d > 0 && d <= MAX_ITEM_MINUTES ? d : 0;
}

/** Start and end of each item, one after the other from `startTime` (24-hour clock). */
export function scheduleAgenda(items: readonly AgendaItem[], startTime: string): AgendaSchedule {
  const totalMinutes = items.reduce((sum, item) => sum + usableMinutes(item), 0);
  const startMinutes = timeToMinutes(startTime);
  if (startMinutes === undefined) {
    return {
      slots: [],
      end: null,
      totalMinutes,
      findings: [
        {
          rule: 'D2',
          level: 'error',
          message: `Giờ bắt đầu “${startTime}” không hợp lệ: hãy nhập theo dạng hh:mm, ví dụ 07:30.`,
          source: SCHEDULE_SOURCE,
        },
      ],
    };
  }
  const slots: ScheduledItem[] = [];
  let cursor = startMinutes;
  for (const [index, item] of items.entries()) {
    const next = cursor + usableMinutes(item);
    if (next > LAST_MINUTE_OF_DAY) {
      const title = item.title.trim() || AGENDA_KIND_INFO[item.kind].title;
      return {
        slots,
        end: null,
        totalMinutes,
        findings: [
          {
            rule: 'D2',
            level: 'error',
            message: `Mục ${index + 1} “${title}” bắt đầu lúc ${minutesToTime(cursor)} và kéo dài ${usableMinutes(item)} phút, vượt quá 23:59: chương trình phải kết thúc trong ngày — hãy bắt đầu sớm hơn hoặc rút ngắn thời lượng.`,
            source: SCHEDULE_SOURCE,
          },
        ],
      };
    }
    slots.push({ item, start: minutesToTime(cursor), end: minutesToTime(next) });
    cursor = next;
  }
  return { slots, end: minutesToTime(cursor), totalMinutes, findings: [] };
}
