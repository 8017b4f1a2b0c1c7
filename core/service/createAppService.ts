import { AppError } from '../domain/appError';
import { ConferenceSchema, ATTENDANCE_HISTORY_LIMIT, type Conference } from '../domain/conference';
import { conferenceSteps } from '../domain/conferenceSteps';
import { toIsoDate } from '../domain/dates';
import { PersonSchema, type Person } from '../domain/person';
import { applyRosterImport, buildImportPreview, type ColumnMapping } from '../domain/rosterImport';
import { UnitProfileSchema } from '../domain/unit';
import { CONFERENCE_SCHEMA_VERSION, type MainDoc } from '../domain/workspace';
import { ruleSet } from '../rules/ruleSets';
import type { ConferenceSummary } from '../contract';
import type { Handlers } from './handlers';
import type { ServicePorts } from './ports';
import { normalizeDeep } from './normalizeDeep';
import { syncUnionOfficerRoles } from '../domain/unionOfficers';
import { WorkspaceState } from './workspaceState';

/** The use cases: load → pure transition → save, over injected ports. */
export function createAppService(ports: ServicePorts): Handlers {
  const { storage, clock, newId } = ports;
  const state = new WorkspaceState(storage);
  const nowIso = () => clock.now().toISOString();

  const updateMain = (change: (doc: MainDoc) => MainDoc): MainDoc => {
    const next = change(state.getMain());
    state.setMain(next);
    return next;
  };

  const updateConference = (id: string, change: (c: Conference) => Conference): Conference => {
    const doc = state.getConference(id);
    const next = ConferenceSchema.parse({ ...change(doc.conference), updatedAt: nowIso() });
    state.setConference({ ...doc, conference: next });
    return next;
  };

  const summarise = (conference: Conference, main: MainDoc): ConferenceSummary => ({
    id: conference.id,
    year: conference.year,
    kind: conference.kind,
    date: conference.date,
    venue: conference.venue,
    form: conference.form,
    steps: conferenceSteps({
      unit: main.unit,
      people: main.people,
      conference,
      rules: ruleSet(main.unit.ruleSetId),
      today: toIsoDate(clock.now()),
    }),
  });

  /** One regular conference a year (Điều 51.1); extraordinary ones as often as they are called. */
  const refuseSecondRegular = (
    setup: { year: number; kind?: Conference['kind'] },
    exceptId: string | undefined,
  ) => {
    if ((setup.kind ?? 'regular') !== 'regular') return;
    const clash = storage
      .listConferenceIds()
      .filter((cid) => cid !== exceptId)
      .map((cid) => state.getConference(cid).conference)
      .find((c) => c.kind === 'regular' && c.year === setup.year);
    if (clash) {
      throw new AppError(
        'CONFLICT',
        `Đã có hội nghị thường niên năm ${setup.year}. Mỗi năm tổ chức một hội nghị thường niên; hãy mở hội nghị đó hoặc tạo hội nghị bất thường.`,
      );
    }
  };

  const requirePerson = (main: MainDoc, id: string): Person => {
    const person = main.people.find((p) => p.id === id);
    if (!person) throw new AppError('NOT_FOUND', 'Không tìm thấy người này trong danh sách.');
    return person;
  };

  return {
    'app:info': () => ({ ...ports.info, dataDir: storage.dataDir }),

    'workspace:load': () => {
      const main = state.getMain();
      const conferences: ConferenceSummary[] = [];
      const brokenConferences: { id: string; message: string }[] = [];
      for (const id of storage.listConferenceIds()) {
        try {
          conferences.push(summarise(state.getConference(id).conference, main));
        } catch (error) {
          brokenConferences.push({
            id,
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }
      conferences.sort((a, b) => b.year - a.year || (b.date ?? '').localeCompare(a.date ?? ''));
      return { unit: main.unit, people: main.people, conferences, brokenConferences };
    },

    'unit:save': (input) => {
      const main = state.getMain();
      for (const id of [input.unionChairId, input.unionViceChairId])
        if (id) requirePerson(main, id);
      const unit = UnitProfileSchema.parse(normalizeDeep(input));
      updateMain((doc) => ({ ...doc, unit, people: syncUnionOfficerRoles(doc.people, unit) }));
      return unit;
    },

    'people:save': (input) => {
      const clean = normalizeDeep(input);
      const main = state.getMain();
      const existing = clean.id ? requirePerson(main, clean.id) : undefined;
      const rosterNo =
        clean.rosterNo ??
        existing?.rosterNo ??
        Math.max(0, ...main.people.map((p) => p.rosterNo)) + 1;
      const clash = main.people.find((p) => p.rosterNo === rosterNo && p.id !== existing?.id);
      if (clash)
        throw new AppError('CONFLICT', `Số thứ tự ${rosterNo} đã dùng cho ${clash.fullName}.`);
      const person = PersonSchema.parse({ ...clean, id: existing?.id ?? newId(), rosterNo });
      updateMain((doc) => ({
        ...doc,
        people: existing
          ? doc.people.map((p) => (p.id === person.id ? person : p))
          : [...doc.people, person],
      }));
      return person;
    },

    'people:remove': ({ id }) => {
      const main = state.getMain();
      requirePerson(main, id);
      // Someone who took part in a conference stays in the data (marked as left) so that
      // conference's attendance and documents keep their names.
      const referenced = storage.listConferenceIds().some((cid) => {
        const c = state.getConference(cid).conference;
        return c.attendance[id] !== undefined || c.delegateIds.includes(id);
      });
      updateMain((doc) => ({
        ...doc,
        unit: {
          ...doc.unit,
          unionChairId: doc.unit.unionChairId === id ? undefined : doc.unit.unionChairId,
          unionViceChairId:
            doc.unit.unionViceChairId === id ? undefined : doc.unit.unionViceChairId,
        },
        people: referenced
          ? doc.people.map((p) => (p.id === id ? { ...p, active: false } : p))
          : doc.people.filter((p) => p.id !== id),
      }));
      return { removed: !referenced, deactivated: referenced };
    },

    'roster:read': async ({ fileName, base64 }) => {
      try {
        return { grid: await ports.roster.readRosterGrid(base64, fileName) };
      } catch (error) {
        throw new AppError('IMPORT_FAILED', error instanceof Error ? error.message : String(error));
      }
    },

    'roster:apply': ({ grid, headerRow, mapping, goneAction }) => {
      const main = state.getMain();
      const columnMapping: ColumnMapping = Object.fromEntries(
        Object.entries(mapping).map(([k, v]) => [Number(k), v]),
      );
      const preview = buildImportPreview(grid, headerRow, columnMapping, main.people);
      if (preview.rows.length === 0) {
        throw new AppError(
          'IMPORT_FAILED',
          'Không có dòng hợp lệ nào để nhập.',
          preview.problems.map((p) => `Dòng ${p.row}: ${p.reason}`),
        );
      }
      storage.createBackup('Trước khi nhập danh sách cán bộ');
      const people = applyRosterImport(main.people, preview, { goneAction }, newId);
      updateMain((doc) => ({ ...doc, people }));
      return {
        people,
        added: preview.diff.added.length,
        changed: preview.diff.changed.length,
        deactivated: goneAction === 'deactivate' ? preview.diff.gone.length : 0,
        rejectedRows: new Set(
          preview.problems.filter((p) => p.severity === 'error').map((p) => p.row),
        ).size,
      };
    },

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
      const next = updateConference(conferenceId, (c) => {
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
      const next = updateConference(conferenceId, (c) => {
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

    'backup:list': () => storage.listBackups(),
    'backup:create': () => storage.createBackup('Sao lưu thủ công'),
    'backup:restore': async ({ id }) => {
      await storage.flush();
      storage.restoreBackup(id);
      state.reset();
      return { restored: true as const };
    },
    'data:status': () => storage.status(),
    'data:flush': () => storage.flush(),
  };
}
