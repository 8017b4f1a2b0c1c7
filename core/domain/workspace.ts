import { z } from 'zod';
import { ConferenceSchema } from './conference';
import { IsoDateSchema, PersonSchema } from './person';
import { DocumentNumberRegisterSchema } from './documentNumber';
import { WordingOverridesSchema } from '../documents/documentWording';
import { UnitProfileSchema } from './unit';
import { HolidayTableSchema } from './holidays';

/**
 * What is stored. The unit, its roster and settings live in one file; each conference in a file of
 * its own, so a save writes one conference, never the whole history (ARCHITECTURE.md, Persistence).
 */
export const MAIN_SCHEMA_VERSION = 2;
export const CONFERENCE_SCHEMA_VERSION = 1;

/**
 * The sitting Ban Thanh tra nhân dân: when it was elected (its 2-year term runs from there, R21) and
 * its members. Absent while none is recorded. Added to v2 as an optional field, so older v2 files
 * still load without a migration step.
 */
export const InspectionBoardSchema = z.object({
  electedOn: IsoDateSchema.optional(),
  memberIds: z.array(z.string()).default([]),
});
export type InspectionBoard = z.infer<typeof InspectionBoardSchema>;

export const MainDocSchema = z.object({
  schemaVersion: z.literal(MAIN_SCHEMA_VERSION),
  unit: UnitProfileSchema,
  people: z.array(PersonSchema),
  inspectionBoard: InspectionBoardSchema.optional(),
  /** Document numbers issued, per year and type: a number is never issued twice (R25). */
  documentRegister: DocumentNumberRegisterSchema.default({ records: [] }),
  /** The unit's own wording of the documents' standard sentences, kept from year to year. */
  wording: WordingOverridesSchema,
  /**
   * The user's changes to the days off, per year (holidays.ts); the rule's days are generated.
   * Optional with a default, so files written before it load unchanged.
   */
  holidays: HolidayTableSchema.default({ years: [] }),
  /**
   * The folder each conference's documents were last exported to (conference id → absolute path),
   * suggested again next time. A setting of this computer: it stays out of `*.hoinghi.json`.
   */
  exportFolders: z.record(z.string(), z.string()).optional(),
});
export type MainDoc = z.infer<typeof MainDocSchema>;

export const ConferenceDocSchema = z.object({
  schemaVersion: z.literal(CONFERENCE_SCHEMA_VERSION),
  conference: ConferenceSchema,
});
export type ConferenceDoc = z.infer<typeof ConferenceDocSchema>;

export function emptyMainDoc(): MainDoc {
  return MainDocSchema.parse({ schemaVersion: MAIN_SCHEMA_VERSION, unit: {}, people: [] });
}
