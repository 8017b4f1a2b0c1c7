/**
 * "Điều hành hội nghị": the programme as it runs — each item's planned time (start time and
 * durations of the programme, agenda.ts scheduleAgenda) beside its actual start and end (recorded
 * in proceedings.items when the chair moves on), the current and next item, and how far the
 * conference runs behind or ahead. Times are "hh:mm" of the conference day on Vietnam's clock
 * (vietnamTime.ts), like the printed programme (D2); the recorded instants are ISO timestamps.
 */
import { parseISO } from 'date-fns';
import { AGENDA_KIND_INFO, type AgendaKind } from './agendaKinds';
import { scheduleAgenda, timeToMinutes, minutesToTime, type AgendaItem } from './agenda';
import type { Proceedings } from './proceedings';
import { vietnamClock } from './vietnamTime';

export type LiveItemStatus = 'done' | 'current' | 'upcoming' | 'skipped';

export interface LiveAgendaItem {
  id: string;
  /** 1-based position in the programme. */
  number: number;
  kind: AgendaKind;
  title: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  plannedMinutes: number;
  actualStart: string | null;
  actualEnd: string | null;
  /** Ended: end − start; running: now − start; null before it starts. */
  actualMinutes: number | null;
  /** actualMinutes − plannedMinutes (positive = over time); null before it starts. */
  overrunMinutes: number | null;
  status: LiveItemStatus;
}

export interface LiveAgenda {
  items: LiveAgendaItem[];
  currentId: string | null;
  nextId: string | null;
  /** Minutes since the first item started (or the opening time); null before. */
  elapsedMinutes: number | null;
  /** Minutes the current item has run; null when none runs. */
  currentElapsedMinutes: number | null;
  /** Planned minutes of the current item still left (negative = over time). */
  currentRemainingMinutes: number | null;
  /**
   * How late the conference runs: the current (or next) item's actual or expected start against
   * its planned start, in minutes; negative = ahead. Null before anything started.
   */
  delayMinutes: number | null;
  /** The planned end shifted by the delay ("11:45"); null when unknown. */
  expectedEnd: string | null;
  /** The planned end of the whole programme; null when it cannot be scheduled. */
  plannedEnd: string | null;
}

export interface LiveAgendaInput {
  agenda: readonly AgendaItem[];
  startTime: string;
  proceedings: Pick<Proceedings, 'items' | 'currentItemId' | 'openedAt'>;
  /** ISO timestamp of now. */
  now: string;
}

/** Whole minutes from one instant to another (never negative). */
export function minutesBetween(fromIso: string, toIso: string): number {
  const ms = parseISO(toIso).getTime() - parseISO(fromIso).getTime();
  return Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 60_000)) : 0;
}

/** Minutes since midnight of an ISO instant, on Vietnam's clock. */
function minuteOfDay(iso: string): number {
  return timeToMinutes(vietnamClock(iso)) ?? 0;
}

export function liveAgenda({ agenda, startTime, proceedings, now }: LiveAgendaInput): LiveAgenda {
  const schedule = scheduleAgenda(agenda, startTime);
  const slots = new Map(schedule.slots.map((s) => [s.item.id, s]));
  const currentIndex = agenda.findIndex((i) => i.id === proceedings.currentItemId);
  // Items before the running one (or, between items, before the last one run) that never
  // started were skipped; the next item is the first not yet run after it.
  const pivot =
    currentIndex >= 0
      ? currentIndex
      : agenda.reduce((last, item, i) => (proceedings.items[item.id]?.startedAt ? i : last), -1);
  const items: LiveAgendaItem[] = agenda.map((item, index) => {
    const slot = slots.get(item.id);
    const record = proceedings.items[item.id];
    const started = record?.startedAt;
    const ended = record?.endedAt;
    const isCurrent = index === currentIndex;
    const actualMinutes = started
      ? minutesBetween(started, ended && !isCurrent ? ended : now)
      : null;
    const status: LiveItemStatus = isCurrent
      ? 'current'
      : started
        ? 'done'
        : index < pivot
          ? 'skipped'
          : 'upcoming';
    return {
      id: item.id,
      number: index + 1,
      kind: item.kind,
      title: item.title.trim() || AGENDA_KIND_INFO[item.kind].title,
      plannedStart: slot?.start ?? null,
      plannedEnd: slot?.end ?? null,
      plannedMinutes: item.durationMinutes,
      actualStart: started ? vietnamClock(started) : null,
      actualEnd: ended && !isCurrent ? vietnamClock(ended) : null,
      actualMinutes,
      overrunMinutes: actualMinutes === null ? null : actualMinutes - item.durationMinutes,
      status,
    };
  });

  const current = currentIndex >= 0 ? items[currentIndex] : undefined;
  const next = items.slice(pivot + 1).find((i) => i.status === 'upcoming');

  const starts = Object.values(proceedings.items)
    .map((r) => r.startedAt)
    .filter((s): s is string => s !== undefined)
    .sort();
  const firstStart = starts[0];
  const nowMinute = minuteOfDay(now);
  const opened = proceedings.openedAt ? timeToMinutes(proceedings.openedAt) : undefined;
  const elapsedMinutes = firstStart
    ? minutesBetween(firstStart, now)
    : opened !== undefined
      ? Math.max(0, nowMinute - opened)
      : null;

  const currentElapsedMinutes = current?.actualMinutes ?? null;
  const currentRemainingMinutes =
    current && currentElapsedMinutes !== null
      ? current.plannedMinutes - currentElapsedMinutes
      : null;

  // Late or early: where the running item started against its plan; between items, when the next
  // one could start (now) against its plan.
  let delayMinutes: number | null = null;
  const reference = current ?? next;
  if (elapsedMinutes !== null && reference?.plannedStart) {
    const planned = timeToMinutes(reference.plannedStart) ?? 0;
    const actual =
      reference === current && current.actualStart
        ? (timeToMinutes(current.actualStart) ?? planned)
        : nowMinute;
    delayMinutes = actual - planned;
  }
  const plannedEnd = schedule.end;
  const plannedEndMinute = plannedEnd ? timeToMinutes(plannedEnd) : undefined;
  const expected =
    plannedEndMinute !== undefined && delayMinutes !== null
      ? plannedEndMinute + delayMinutes
      : undefined;
  return {
    items,
    currentId: current?.id ?? null,
    nextId: next?.id ?? null,
    elapsedMinutes,
    currentElapsedMinutes,
    currentRemainingMinutes,
    delayMinutes,
    expectedEnd:
      expected !== undefined && expected >= 0 && expected < 24 * 60
        ? minutesToTime(expected)
        : null,
    plannedEnd,
  };
}
