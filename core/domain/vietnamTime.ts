import { parseISO } from 'date-fns';

/**
 * Vietnam keeps UTC+07:00 all year, with no daylight saving. Every date and clock time the app
 * states — "today", the time an item started, the day a resolution was adopted — is Vietnam's,
 * whatever time zone the computer is set to: a machine left on UTC (common on fresh installs)
 * would otherwise print 01 giờ 00 for an item begun at 08:00 and date late-evening work a day early.
 */
const OFFSET_MS = 7 * 60 * 60 * 1000;

function shifted(instant: Date | string): Date {
  const at = typeof instant === 'string' ? parseISO(instant) : instant;
  return new Date(at.getTime() + OFFSET_MS);
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-01-15": the calendar day in Vietnam at this instant. */
export function vietnamDate(instant: Date | string): string {
  const d = shifted(instant);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** "08:05": the wall-clock time in Vietnam at this instant. */
export function vietnamClock(instant: Date | string): string {
  const d = shifted(instant);
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** The instant at which Vietnam's clocks show this day and time ("2026-01-15", "08:00"). */
export function vietnamInstant(isoDate: string, time: string): string {
  return new Date(`${isoDate}T${time}:00+07:00`).toISOString();
}
