/**
 * What every part of the sample builder (scripts/buildSample.ts) works with: the service's
 * channels, a clock the builder sets (the sample is dated, not built "now"), and the roster.
 */
import type { Channel, ChannelInput, ChannelOutput } from '../../core/contract';
import type { Person } from '../../core/domain/person';

export type SampleCall = <C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
) => Promise<ChannelOutput<C>>;

export interface SampleClock {
  now(): Date;
  /** Sets the clock to an instant ("2026-01-15T08:00:00+07:00"). */
  at(iso: string): void;
  advance(seconds: number): void;
}

export function sampleClock(start: string): SampleClock {
  let now = new Date(start);
  return {
    now: () => now,
    at: (iso) => {
      now = new Date(iso);
    },
    advance: (seconds) => {
      now = new Date(now.getTime() + seconds * 1000);
    },
  };
}

export interface SampleContext {
  call: SampleCall;
  clock: SampleClock;
  conferenceId: string;
  /** A person of roster-184 by full name; throws when the roster has no such person. */
  byName(name: string): Person;
}

/** "2026-01-15T08:03:00+07:00": the sample happens in Hà Nội whatever the builder's time zone. */
export function hanoi(date: string, time: string): string {
  return `${date}T${time}:00+07:00`;
}
