import { AppError } from '../domain/appError';
import { PersonSchema } from '../domain/person';
import { UnitProfileSchema } from '../domain/unit';
import { syncUnionOfficerRoles } from '../domain/unionOfficers';
import type { ConferenceSummary } from '../contract';
import { normalizeDeep } from './normalizeDeep';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

type WorkspaceChannels =
  'app:info' | 'workspace:load' | 'unit:save' | 'people:save' | 'people:remove';

/** The unit profile and the roster, edited by hand. */
export function workspaceHandlers(ctx: ServiceContext): Pick<Handlers, WorkspaceChannels> {
  const { storage, state, newId, updateMain, summarise, requirePerson } = ctx;
  return {
    'app:info': () => ({ ...ctx.info, dataDir: storage.dataDir }),

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
      return {
        unit: main.unit,
        people: main.people,
        inspectionBoard: main.inspectionBoard,
        wording: main.wording,
        conferences,
        brokenConferences,
      };
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
  };
}
