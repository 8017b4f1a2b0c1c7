import { AppError } from '../domain/appError';
import { ConferenceSchema, type Conference } from '../domain/conference';
import { conferenceSteps } from '../domain/conferenceSteps';
import { vietnamDate } from '../domain/vietnamTime';
import type { Person } from '../domain/person';
import type { MainDoc } from '../domain/workspace';
import { ruleSet } from '../rules/ruleSets';
import type { ConferenceSummary } from '../contract';
import type { ServicePorts, WriteOptions } from './ports';
import { WorkspaceState } from './workspaceState';

/** What every group of handlers shares: the ports, the loaded documents and the common steps. */
export interface ServiceContext extends ServicePorts {
  state: WorkspaceState;
  nowIso(): string;
  updateMain(change: (doc: MainDoc) => MainDoc): MainDoc;
  /** A rare change: the whole conference is re-validated before it is written. */
  updateConference(id: string, change: (c: Conference) => Conference): Conference;
  /**
   * A hot-path change (check-in, typing, ballot entry): one part replaced in memory and written
   * without re-validating the whole conference, so its cost does not grow with the conference. The
   * caller guarantees what it writes (strict channel input, the part's own schema).
   * `{ durable: true }` for a change that must never be lost.
   */
  patchConference(
    id: string,
    change: (c: Conference) => Conference,
    options?: WriteOptions,
  ): Conference;
  summarise(conference: Conference, main: MainDoc): ConferenceSummary;
  requirePerson(main: MainDoc, id: string): Person;
  /** One regular conference a year (Điều 51.1); extraordinary ones as often as they are called. */
  refuseSecondRegular(
    setup: { year: number; kind?: Conference['kind'] },
    exceptId: string | undefined,
  ): void;
}

export function createServiceContext(ports: ServicePorts): ServiceContext {
  const { storage, clock } = ports;
  const state = new WorkspaceState(storage);
  const nowIso = () => clock.now().toISOString();
  return {
    ...ports,
    state,
    nowIso,
    updateMain(change) {
      const next = change(state.getMain());
      state.setMain(next);
      return next;
    },
    updateConference(id, change) {
      const doc = state.getConference(id);
      const next = ConferenceSchema.parse({ ...change(doc.conference), updatedAt: nowIso() });
      state.setConference({ ...doc, conference: next });
      return next;
    },
    patchConference(id, change, options) {
      const doc = state.getConference(id);
      const next: Conference = { ...change(doc.conference), updatedAt: nowIso() };
      state.setConference({ ...doc, conference: next }, options);
      return next;
    },
    summarise: (conference, main) => ({
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
        today: vietnamDate(clock.now()),
        inspectionBoard: main.inspectionBoard,
      }),
    }),
    requirePerson(main, id) {
      const person = main.people.find((p) => p.id === id);
      if (!person) throw new AppError('NOT_FOUND', 'Không tìm thấy người này trong danh sách.');
      return person;
    },
    refuseSecondRegular(setup, exceptId) {
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
    },
  };
}
