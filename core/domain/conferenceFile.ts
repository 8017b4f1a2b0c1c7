import { z } from 'zod';
import { ConferenceSchema } from './conference';
import { PersonSchema } from './person';
import { UnitProfileSchema } from './unit';
import { InspectionBoardSchema } from './workspace';

/**
 * One conference in one self-contained file (`*.hoinghi.json`): the conference, the unit profile and
 * the roster it refers to, so the file opens on another computer and its documents still have every
 * name. Files written by any released version must import forever: `schemaVersion` + migrations.
 */
export const CONFERENCE_FILE_FORMAT = 'hoi-nghi-cbccvc/conference';
export const CONFERENCE_FILE_VERSION = 1;
export const CONFERENCE_FILE_EXTENSION = '.hoinghi.json';

export const ConferenceFileSchema = z
  .object({
    format: z.literal(CONFERENCE_FILE_FORMAT),
    schemaVersion: z.literal(CONFERENCE_FILE_VERSION),
    exportedAt: z.string(),
    appVersion: z.string(),
    unit: UnitProfileSchema,
    people: z.array(PersonSchema),
    /** The sitting Ban TTND, so the programme knows whether its report and an election are due. */
    inspectionBoard: InspectionBoardSchema.optional(),
    conference: ConferenceSchema,
  })
  .meta({
    title: 'Hội nghị CBCCVC — tệp hội nghị',
    description:
      'Một hội nghị cán bộ, công chức, viên chức, người lao động cùng thông tin đơn vị và danh sách cán bộ mà nó dùng.',
  });
export type ConferenceFile = z.infer<typeof ConferenceFileSchema>;

/** "hoi-nghi-2026.hoinghi.json" / "hoi-nghi-bat-thuong-2026.hoinghi.json". */
export function conferenceFileName(conference: {
  year: number;
  kind: 'regular' | 'extraordinary';
}): string {
  return `hoi-nghi-${conference.kind === 'extraordinary' ? 'bat-thuong-' : ''}${conference.year}${CONFERENCE_FILE_EXTENSION}`;
}
