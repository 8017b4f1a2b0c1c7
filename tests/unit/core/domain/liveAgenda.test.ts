import { describe, expect, it } from 'vitest';
import { AgendaItemSchema, type AgendaItem } from '../../../../core/domain/agenda';
import { AGENDA_KIND_INFO, type AgendaKind } from '../../../../core/domain/agendaKinds';
import { liveAgenda } from '../../../../core/domain/liveAgenda';
import { vietnamInstant } from '../../../../core/domain/vietnamTime';
import { ProceedingsSchema, type Proceedings } from '../../../../core/domain/proceedings';

/** The instant Vietnam's clocks show h:m on the conference day, whatever this machine's zone. */
const at = (h: number, m: number) =>
  vietnamInstant('2026-01-15', `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const AGENDA: AgendaItem[] = (
  [
    ['flag', 'flagSalute', 10],
    ['presidium', 'presidiumAndSecretary', 5],
    ['head', 'headReport', 30],
    ['discussion', 'discussion', 45],
    ['resolution', 'resolution', 15],
    ['closing', 'closing', 5],
  ] as const
).map(([id, kind, durationMinutes]: readonly [string, AgendaKind, number]) =>
  AgendaItemSchema.parse({ id, kind, durationMinutes }),
);

function proceedings(fields: Partial<Proceedings>): Proceedings {
  return ProceedingsSchema.parse(fields);
}

describe('the live agenda: planned against actual times', () => {
  it('on a computer left on UTC, an item begun at 08:00 in Vietnam reads 08:00 and is on time', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'UTC';
    try {
      const live = liveAgenda({
        agenda: AGENDA,
        startTime: '08:00',
        proceedings: proceedings({
          openedAt: '08:00',
          currentItemId: 'flag',
          items: { flag: { startedAt: '2026-01-15T01:00:00.000Z', summary: '' } },
        }),
        now: '2026-01-15T01:03:00.000Z',
      });
      expect(live.items[0]).toMatchObject({ actualStart: '08:00', overrunMinutes: -7 });
    } finally {
      process.env.TZ = zone;
    }
  });

  it('before anything starts: everything planned from the start time, the first item next', () => {
    const live = liveAgenda({
      agenda: AGENDA,
      startTime: '08:00',
      proceedings: proceedings({}),
      now: at(7, 50),
    });
    expect(live.items.map((i) => [i.id, i.plannedStart, i.plannedEnd, i.status])).toEqual([
      ['flag', '08:00', '08:10', 'upcoming'],
      ['presidium', '08:10', '08:15', 'upcoming'],
      ['head', '08:15', '08:45', 'upcoming'],
      ['discussion', '08:45', '09:30', 'upcoming'],
      ['resolution', '09:30', '09:45', 'upcoming'],
      ['closing', '09:45', '09:50', 'upcoming'],
    ]);
    expect(live).toMatchObject({
      currentId: null,
      nextId: 'flag',
      elapsedMinutes: null,
      delayMinutes: null,
      plannedEnd: '09:50',
      expectedEnd: null,
    });
    // Default titles stand in for empty ones.
    expect(live.items[0]?.title).toBe(AGENDA_KIND_INFO.flagSalute.title);
  });

  it('mid-conference: actual times, overrun of the done items, elapsed and delay of the running one', () => {
    const live = liveAgenda({
      agenda: AGENDA,
      startTime: '08:00',
      proceedings: proceedings({
        openedAt: '08:05',
        currentItemId: 'head',
        items: {
          flag: { startedAt: at(8, 5), endedAt: at(8, 12), summary: '' },
          presidium: { startedAt: at(8, 12), endedAt: at(8, 25), summary: 'Biểu quyết 100%.' },
          head: { startedAt: at(8, 25), summary: '' },
        },
      }),
      now: at(8, 40),
    });
    const byId = Object.fromEntries(live.items.map((i) => [i.id, i]));
    expect(byId.flag).toMatchObject({
      status: 'done',
      actualStart: '08:05',
      actualEnd: '08:12',
      actualMinutes: 7,
      overrunMinutes: -3,
    });
    expect(byId.presidium).toMatchObject({ actualMinutes: 13, overrunMinutes: 8 });
    expect(byId.head).toMatchObject({
      status: 'current',
      actualStart: '08:25',
      actualEnd: null,
      actualMinutes: 15,
    });
    expect(live).toMatchObject({
      currentId: 'head',
      nextId: 'discussion',
      elapsedMinutes: 35,
      currentElapsedMinutes: 15,
      currentRemainingMinutes: 15,
      // Planned 08:15, started 08:25: ten minutes late, so the day ends at 10:00 instead of 09:50.
      delayMinutes: 10,
      expectedEnd: '10:00',
    });
  });

  it('an item jumped over is "skipped"; the next is the first not yet run after the current one', () => {
    const live = liveAgenda({
      agenda: AGENDA,
      startTime: '08:00',
      proceedings: proceedings({
        currentItemId: 'discussion',
        items: {
          flag: { startedAt: at(8, 0), endedAt: at(8, 10), summary: '' },
          presidium: { startedAt: at(8, 10), endedAt: at(8, 14), summary: '' },
          discussion: { startedAt: at(8, 14), summary: '' },
        },
      }),
      now: at(8, 20),
    });
    expect(live.items.map((i) => i.status)).toEqual([
      'done',
      'done',
      'skipped',
      'current',
      'upcoming',
      'upcoming',
    ]);
    expect(live.nextId).toBe('resolution');
    // Started 08:14 against 08:45 planned: 31 minutes ahead.
    expect(live.delayMinutes).toBe(-31);
  });

  it('between items (after a pause or the closing) the next is the first after the last run', () => {
    const live = liveAgenda({
      agenda: AGENDA,
      startTime: '08:00',
      proceedings: proceedings({
        items: {
          flag: { startedAt: at(8, 0), endedAt: at(8, 10), summary: '' },
          presidium: { startedAt: at(8, 10), endedAt: at(8, 15), summary: '' },
        },
      }),
      now: at(8, 20),
    });
    expect(live.currentId).toBeNull();
    expect(live.nextId).toBe('head');
    expect(live.delayMinutes).toBe(5);
  });
});
