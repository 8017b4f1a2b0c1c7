import { AppError } from '../domain/appError';
import {
  CONFERENCE_FILE_FORMAT,
  CONFERENCE_FILE_VERSION,
  ConferenceFileSchema,
  conferenceFileName,
} from '../domain/conferenceFile';
import { conferenceTitle } from '../domain/conference';
import { mergeImportedPeople } from '../domain/mergeImportedPeople';
import { missingUnitFields } from '../domain/unit';
import { CONFERENCE_SCHEMA_VERSION } from '../domain/workspace';
import { CONFERENCE_FILE_MIGRATIONS, migrate } from '../migrations/migrate';
import { formatIssues } from './formatIssues';
import { normalizeDeep } from './normalizeDeep';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

/** Save a conference to one `*.hoinghi.json` file, and open such a file into the workspace. */
export function conferenceFileHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'conference:exportFile' | 'conference:importFile'> {
  const { state, storage, info, nowIso, newId, updateMain, refuseSecondRegular } = ctx;
  return {
    'conference:exportFile': ({ id }) => {
      const main = state.getMain();
      const { conference } = state.getConference(id);
      const file = ConferenceFileSchema.parse({
        format: CONFERENCE_FILE_FORMAT,
        schemaVersion: CONFERENCE_FILE_VERSION,
        exportedAt: nowIso(),
        appVersion: info.version,
        unit: main.unit,
        people: main.people,
        inspectionBoard: main.inspectionBoard,
        conference,
      });
      return {
        fileName: conferenceFileName(conference),
        text: `${JSON.stringify(file, null, 2)}\n`,
      };
    },

    'conference:importFile': ({ fileName, text }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        throw new AppError('IMPORT_FAILED', `Tệp "${fileName}" không phải JSON hợp lệ.`, [
          error instanceof Error ? error.message : String(error),
        ]);
      }
      if ((raw as { format?: unknown } | null)?.format !== CONFERENCE_FILE_FORMAT) {
        throw new AppError(
          'IMPORT_FAILED',
          `Tệp "${fileName}" không phải tệp hội nghị của ứng dụng (*.hoinghi.json).`,
        );
      }
      const migrated = migrate(raw, CONFERENCE_FILE_MIGRATIONS, CONFERENCE_FILE_VERSION);
      const parsed = ConferenceFileSchema.safeParse(normalizeDeep(migrated.doc));
      if (!parsed.success) {
        throw new AppError(
          'IMPORT_FAILED',
          `Nội dung tệp "${fileName}" không hợp lệ.`,
          formatIssues(parsed.error),
        );
      }
      const file = parsed.data;
      const main = state.getMain();
      refuseSecondRegular(file.conference, undefined);
      storage.createBackup('Trước khi mở một tệp hội nghị');

      const referenced = new Set([
        ...Object.keys(file.conference.attendance),
        ...file.conference.delegateIds,
      ]);
      let rosterNo = Math.max(0, ...main.people.map((p) => p.rosterNo));
      const merged = mergeImportedPeople(
        main.people,
        file.people,
        referenced,
        () => (rosterNo += 1),
      );
      const mapId = (id: string) => merged.idMap.get(id) ?? id;
      const adoptUnit = missingUnitFields(main.unit).length === 4;
      updateMain((doc) => ({
        ...doc,
        unit: adoptUnit ? file.unit : doc.unit,
        inspectionBoard: adoptUnit ? file.inspectionBoard : doc.inspectionBoard,
        people: merged.people,
      }));

      const taken = storage.listConferenceIds().includes(file.conference.id);
      const conference = {
        ...file.conference,
        id: taken ? newId() : file.conference.id,
        delegateIds: file.conference.delegateIds.map(mapId),
        attendance: Object.fromEntries(
          Object.entries(file.conference.attendance).map(([k, v]) => [mapId(k), v]),
        ),
        attendanceHistory: file.conference.attendanceHistory.map((h) => ({
          ...h,
          personId: mapId(h.personId),
        })),
      };
      state.setConference({ schemaVersion: CONFERENCE_SCHEMA_VERSION, conference });
      return {
        conference,
        title: conferenceTitle(conference),
        addedPeople: merged.added,
        adoptedUnit: adoptUnit,
      };
    },
  };
}
