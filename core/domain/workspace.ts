import { z } from 'zod';
import { ConferenceSchema } from './conference';
import { PersonSchema } from './person';
import { UnitProfileSchema } from './unit';

/**
 * What is stored. The unit, its roster and settings live in one file; each conference in a file of
 * its own, so a save writes one conference, never the whole history (ARCHITECTURE.md, Persistence).
 */
export const MAIN_SCHEMA_VERSION = 2;
export const CONFERENCE_SCHEMA_VERSION = 1;

export const MainDocSchema = z.object({
  schemaVersion: z.literal(MAIN_SCHEMA_VERSION),
  unit: UnitProfileSchema,
  people: z.array(PersonSchema),
});
export type MainDoc = z.infer<typeof MainDocSchema>;

export const ConferenceDocSchema = z.object({
  schemaVersion: z.literal(CONFERENCE_SCHEMA_VERSION),
  conference: ConferenceSchema,
});
export type ConferenceDoc = z.infer<typeof ConferenceDocSchema>;

export function emptyMainDoc(): MainDoc {
  return { schemaVersion: MAIN_SCHEMA_VERSION, unit: UnitProfileSchema.parse({}), people: [] };
}
