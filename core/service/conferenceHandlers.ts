import { ATTENDANCE_HISTORY_LIMIT, ConferenceSchema } from '../domain/conference';
import { CONFERENCE_SCHEMA_VERSION } from '../domain/workspace';
import { normalizeDeep } from './normalizeDeep';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

type ConferenceChannels =
  | 'conference:create'
  | 'conference:get'
  | 'conference:update'
  | 'conference:setDelegates'
  | 'conference:setGuests'
  | 'conference:delete'
  | 'attendance:mark'
  | 'attendance:undo';

/** Conferences: setup, delegates, guests, and check-in with undo. */
export function conferenceHandlers(ctx: ServiceContext): Pick<Handlers, ConferenceChannels> {
  const {
    storage,
    state,
    newId,
    nowIso,
    updateConference,
    patchConference,
    requirePerson,
    refuseSecondRegular,
  } = ctx;
  return {
    'conference:create': (setup) => {
      state.getMain();
      refuseSecondRegular(setup, undefined);
      const now = nowIso();
      const conference = ConferenceSchema.parse({
        ...normalizeDeep(setup),
        id: newId(),
        createdAt: now,
        updatedAt: now,
      });
      state.setConference({ schemaVersion: CONFERENCE_SCHEMA_VERSION, conference });
      return conference;
    },

    'conference:get': ({ id }) => state.getConference(id).conference,

    'conference:update': ({ id, setup }) => {
      refuseSecondRegular(setup, id);
      return updateConference(id, (c) => ({ ...c, ...normalizeDeep(setup) }));
    },

    'conference:setDelegates': ({ id, personIds }) => {
      const main = state.getMain();
      for (const personId of personIds) requirePerson(main, personId);
      return updateConference(id, (c) => ({ ...c, delegateIds: [...new Set(personIds)] }));
    },

    'conference:setGuests': ({ id, guests }) =>
      updateConference(id, (c) => ({
        ...c,
        guests: normalizeDeep(guests).map((g) => ({ ...g, id: g.id ?? newId() })),
      })),

    'conference:delete': ({ id }) => {
      state.getConference(id);
      const backup = storage.createBackup('Trước khi xoá một hội nghị');
      state.removeConference(id);
      return { backupId: backup.id };
    },

    'attendance:mark': ({ conferenceId, personId, status, reason }) => {
      requirePerson(state.getMain(), personId);
      const entry =
        status === null
          ? null
          : { status, reason: status === 'absent' ? reason.trim() : '', at: nowIso() };
      // Check-in is a hot path: only the attendance changes, the conference is not re-validated.
      const next = patchConference(conferenceId, (c) => {
        const attendance = { ...c.attendance };
        const before = attendance[personId] ?? null;
        if (entry) attendance[personId] = entry;
        else delete attendance[personId];
        const attendanceHistory = [
          ...c.attendanceHistory,
          { personId, before, after: entry },
        ].slice(-ATTENDANCE_HISTORY_LIMIT);
        return { ...c, attendance, attendanceHistory };
      });
      return { personId, entry, undoable: next.attendanceHistory.length };
    },

    'attendance:undo': ({ conferenceId }) => {
      const current = state.getConference(conferenceId).conference;
      const last = current.attendanceHistory.at(-1);
      if (!last) return { personId: null, entry: null, undoable: 0 };
      const next = patchConference(conferenceId, (c) => {
        const attendance = { ...c.attendance };
        if (last.before) attendance[last.personId] = last.before;
        else delete attendance[last.personId];
        return { ...c, attendance, attendanceHistory: c.attendanceHistory.slice(0, -1) };
      });
      return {
        personId: last.personId,
        entry: last.before,
        undoable: next.attendanceHistory.length,
      };
    },
  };
}
