/**
 * THE api: channel → { input, output } zod schemas. Electron's ipcMain, the browser-mode host and
 * the renderer's client all read this one table (ARCHITECTURE.md, "Two transports, one service").
 */
import { z } from 'zod';
import {
  ConferenceSchema,
  ConferenceSetupSchema,
  GuestSchema,
  AttendanceEntrySchema,
} from './domain/conference';
import { PersonInputSchema, PersonSchema } from './domain/person';
import { UnitProfileSchema } from './domain/unit';
import { AgendaSchema, PresidiumSchema } from './domain/agenda';
import { PreparationTaskSchema } from './domain/preparationPlan';
import { InspectionBoardSchema } from './domain/workspace';
import { DOCUMENT_IDS } from './documents/documentContext';
import { WordingOverridesInputSchema, WordingOverridesSchema } from './documents/documentWording';
import { STEP_IDS } from './domain/conferenceSteps';

export const ROSTER_FIELDS = [
  'rosterNo',
  'fullName',
  'familyName',
  'givenName',
  'gender',
  'birthDate',
  'department',
  'position',
  'partyMember',
  'unionMember',
  'phone',
  'note',
] as const;

const Id = z.string().min(1).max(100);
const GridSchema = z.array(z.array(z.string().max(2000))).max(100_000);
const MappingSchema = z.record(z.string().regex(/^\d+$/), z.enum(ROSTER_FIELDS).nullable());

const StepSchema = z.object({
  id: z.enum(STEP_IDS),
  title: z.string(),
  state: z.enum([
    'notStarted',
    'inProgress',
    'done',
    'needsAttention',
    'notApplicable',
    'notAvailable',
  ]),
  reason: z.string(),
  action: z.string().optional(),
});

export const ConferenceSummarySchema = z.object({
  id: Id,
  year: z.number(),
  kind: ConferenceSchema.shape.kind,
  date: z.string().optional(),
  venue: z.string(),
  form: ConferenceSchema.shape.form,
  steps: z.array(StepSchema),
});
export type ConferenceSummary = z.infer<typeof ConferenceSummarySchema>;

export const BackupSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  reason: z.string(),
  sizeBytes: z.number(),
  /** False when a data file in the snapshot could not be parsed (a snapshot of a damaged state). */
  readable: z.boolean(),
  /** What the snapshot holds, e.g. "184 người, 2 hội nghị", so the user can pick the right one. */
  summary: z.string(),
});
export type Backup = z.infer<typeof BackupSchema>;

export const WorkspaceSchema = z.object({
  unit: UnitProfileSchema,
  people: z.array(PersonSchema),
  inspectionBoard: InspectionBoardSchema.optional(),
  wording: WordingOverridesSchema,
  conferences: z.array(ConferenceSummarySchema),
  /** Conference files that could not be read: listed with the reason, never dropped silently. */
  brokenConferences: z.array(z.object({ id: z.string(), message: z.string() })),
});
export type Workspace = z.infer<typeof WorkspaceSchema>;

const SaveStatusSchema = z.object({
  pendingWrites: z.number(),
  lastSavedAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type SaveStatus = z.infer<typeof SaveStatusSchema>;

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({
  input,
  output,
});
const Empty = z.object({}).strict();

export const contract = {
  'app:info': channel(
    Empty,
    z.object({
      version: z.string(),
      mode: z.enum(['desktop', 'browser']),
      dataDir: z.string(),
      helpUrl: z.string(),
    }),
  ),
  'workspace:load': channel(Empty, WorkspaceSchema),
  'unit:save': channel(UnitProfileSchema.strict(), UnitProfileSchema),
  'people:save': channel(PersonInputSchema.strict(), PersonSchema),
  'people:remove': channel(
    z.object({ id: Id }).strict(),
    z.object({ removed: z.boolean(), deactivated: z.boolean() }),
  ),
  'roster:read': channel(
    z.object({ fileName: z.string().min(1).max(260), base64: z.string().max(40_000_000) }).strict(),
    z.object({ grid: GridSchema }),
  ),
  'roster:apply': channel(
    z
      .object({
        grid: GridSchema,
        headerRow: z.number().int().nonnegative(),
        mapping: MappingSchema,
        goneAction: z.enum(['deactivate', 'keep']),
      })
      .strict(),
    z.object({
      people: z.array(PersonSchema),
      added: z.number(),
      changed: z.number(),
      deactivated: z.number(),
      rejectedRows: z.number(),
    }),
  ),
  'conference:create': channel(ConferenceSetupSchema.strict(), ConferenceSchema),
  'conference:get': channel(z.object({ id: Id }).strict(), ConferenceSchema),
  'conference:update': channel(
    z.object({ id: Id, setup: ConferenceSetupSchema.strict() }).strict(),
    ConferenceSchema,
  ),
  'conference:setDelegates': channel(
    z.object({ id: Id, personIds: z.array(Id).max(10_000) }).strict(),
    ConferenceSchema,
  ),
  'conference:setGuests': channel(
    z.object({ id: Id, guests: z.array(GuestSchema.partial({ id: true })).max(500) }).strict(),
    ConferenceSchema,
  ),
  'conference:delete': channel(z.object({ id: Id }).strict(), z.object({ backupId: z.string() })),
  'conference:exportFile': channel(
    z.object({ id: Id }).strict(),
    z.object({ fileName: z.string(), text: z.string() }),
  ),
  'conference:importFile': channel(
    z.object({ fileName: z.string().min(1).max(260), text: z.string().max(50_000_000) }).strict(),
    z.object({
      conference: ConferenceSchema,
      title: z.string(),
      addedPeople: z.number(),
      adoptedUnit: z.boolean(),
    }),
  ),
  'agenda:save': channel(
    z.object({ id: Id, agenda: AgendaSchema.max(100), presidium: PresidiumSchema }).strict(),
    ConferenceSchema,
  ),
  'agenda:reset': channel(z.object({ id: Id }).strict(), ConferenceSchema),
  'preparation:save': channel(
    z.object({ id: Id, tasks: z.array(PreparationTaskSchema).max(200) }).strict(),
    ConferenceSchema,
  ),
  'preparation:reset': channel(z.object({ id: Id }).strict(), ConferenceSchema),
  'board:save': channel(InspectionBoardSchema.strict(), InspectionBoardSchema),
  'documents:list': channel(
    z.object({ conferenceId: Id }).strict(),
    z.array(
      z.object({
        id: z.enum(DOCUMENT_IDS),
        name: z.string(),
        /** The issued number ("Số: 05/KHLT-CĐCS"), null while none is issued. */
        numberText: z.string().nullable(),
        numbered: z.boolean(),
      }),
    ),
  ),
  'documents:issueNumber': channel(
    z
      .object({
        conferenceId: Id,
        id: z.enum(DOCUMENT_IDS),
        override: z.number().int().positive().max(99_999).optional(),
      })
      .strict(),
    z.object({ numberText: z.string() }),
  ),
  'wording:save': channel(WordingOverridesInputSchema, WordingOverridesSchema),
  'documents:build': channel(
    z
      .object({
        conferenceId: Id,
        ids: z.array(z.enum(DOCUMENT_IDS)).min(1).max(DOCUMENT_IDS.length),
        perPerson: z.boolean().optional(),
      })
      .strict(),
    z.object({
      files: z.array(
        z.object({ id: z.enum(DOCUMENT_IDS), fileName: z.string(), base64: z.string() }),
      ),
    }),
  ),
  'documents:buildZip': channel(
    z.object({ conferenceId: Id }).strict(),
    z.object({ fileName: z.string(), base64: z.string() }),
  ),
  'attendance:mark': channel(
    z
      .object({
        conferenceId: Id,
        personId: Id,
        status: z.enum(['present', 'absent']).nullable(),
        reason: z.string().max(300).default(''),
      })
      .strict(),
    z.object({
      personId: z.string(),
      entry: AttendanceEntrySchema.nullable(),
      undoable: z.number(),
    }),
  ),
  'attendance:undo': channel(
    z.object({ conferenceId: Id }).strict(),
    z.object({
      personId: z.string().nullable(),
      entry: AttendanceEntrySchema.nullable(),
      undoable: z.number(),
    }),
  ),
  'backup:list': channel(Empty, z.array(BackupSchema)),
  'backup:create': channel(Empty, BackupSchema),
  'backup:restore': channel(
    z.object({ id: z.string().min(1).max(200) }).strict(),
    z.object({ restored: z.literal(true) }),
  ),
  'data:status': channel(Empty, SaveStatusSchema),
  'data:flush': channel(Empty, SaveStatusSchema),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
