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
import {
  DocumentHeaderSettingsSchema,
  DocumentSettingInputSchema,
} from './domain/documentSettings';
import { WordingOverridesInputSchema, WordingOverridesSchema } from './documents/documentWording';
import { STEP_IDS } from './domain/conferenceSteps';
import { electionChannels } from './electionContract';
import { conferenceDayChannels } from './conferenceDayContract';
import { followUpChannels } from './followUpContract';
import {
  HOLIDAY_YEAR_MAX,
  HOLIDAY_YEAR_MIN,
  HolidayDateSchema,
  HolidayEntrySchema,
  HolidayYearViewSchema,
} from './domain/holidays';

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
/**
 * A folder on the user's machine, as typed or picked. NUL would cut the path short in the system
 * calls; whether it is absolute is checked by the Node side, which knows the platform's rules.
 */
const FolderPath = z
  .string()
  .min(1, 'Hãy ghi thư mục để xuất văn bản.')
  .max(1000, 'Đường dẫn thư mục quá dài.')
  .refine((path) => !path.includes('\0'), 'Đường dẫn thư mục chứa ký tự không hợp lệ (NUL).');
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
const HolidayYear = z.number().int().min(HOLIDAY_YEAR_MIN).max(HOLIDAY_YEAR_MAX);

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
    z
      .object({
        conferenceId: Id,
        /** A Ban TTND record (D22): the documents of its kind print it, numbers included. */
        record: Id.optional(),
      })
      .strict(),
    z.array(
      z.object({
        id: z.enum(DOCUMENT_IDS),
        name: z.string(),
        /** The issued number ("Số: 05/KHLT-CĐCS"), null while none is issued. */
        numberText: z.string().nullable(),
        numbered: z.boolean(),
        /** D22: the board record the document prints, in words ("Chương trình quý I năm 2026"). */
        record: z.string().nullable(),
      }),
    ),
  ),
  'documents:issueNumber': channel(
    z
      .object({
        conferenceId: Id,
        id: z.enum(DOCUMENT_IDS),
        /** D22: the board record numbered (each record its own number); the latest by default. */
        record: Id.optional(),
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
        /** D22: the board record printed (a programme, an inspection, a recommendation). */
        record: Id.optional(),
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
  /**
   * "Xuất ra thư mục" (core/service/exportHandlers.ts): the folder to suggest, the native dialog
   * (desktop only), which names are taken, one document written per request (so the screen shows
   * real progress), and opening a folder the app has just written to.
   */
  'export:folderInfo': channel(
    z.object({ conferenceId: Id }).strict(),
    z.object({ folder: z.string(), canPick: z.boolean() }),
  ),
  'export:pickFolder': channel(
    z.object({ startAt: FolderPath.optional() }).strict(),
    z.object({ folder: z.string().nullable() }),
  ),
  'export:check': channel(
    z
      .object({
        conferenceId: Id,
        folder: FolderPath,
        ids: z.array(z.enum(DOCUMENT_IDS)).min(1).max(DOCUMENT_IDS.length),
      })
      .strict(),
    z.object({
      folder: z.string(),
      files: z.array(
        z.object({ id: z.enum(DOCUMENT_IDS), fileName: z.string(), exists: z.boolean() }),
      ),
    }),
  ),
  'export:writeDocument': channel(
    z
      .object({
        conferenceId: Id,
        folder: FolderPath,
        id: z.enum(DOCUMENT_IDS),
        perPerson: z.boolean().optional(),
        onExisting: z.enum(['refuse', 'overwrite', 'keepBoth']).default('refuse'),
      })
      .strict(),
    z.object({ id: z.enum(DOCUMENT_IDS), fileName: z.string(), folder: z.string() }),
  ),
  'export:openFolder': channel(
    z.object({ folder: FolderPath }).strict(),
    z.object({ opened: z.literal(true) }),
  ),
  /**
   * One document for the in-app preview. A long list (D4 of a large conference, D13's annex of
   * ballots) shows its first rows only and D12 its first ballots: `rows` says how many of how many
   * (null when the preview is the whole document); totals and figures still count everything, and
   * `documents:build` gives the whole file.
   */
  'documents:preview': channel(
    z.object({ conferenceId: Id, id: z.enum(DOCUMENT_IDS), record: Id.optional() }).strict(),
    z.object({
      file: z.object({ id: z.enum(DOCUMENT_IDS), fileName: z.string(), base64: z.string() }),
      /** Set when the preview leaves rows (D4, D13's annex) or ballots (D12) out: how many. */
      rows: z
        .object({
          shown: z.number().int().nonnegative(),
          total: z.number().int().nonnegative(),
          unit: z.enum(['rows', 'ballots']),
        })
        .nullable(),
      /**
       * What the document cannot print as it should from the records (documentProblems.ts: an
       * inspection notified fewer than 5 working days ahead…), shown beside the preview.
       */
      problems: z.array(z.string()),
    }),
  ),
  /** One document's header preset, header lines and signers (R29): read, save, back to default. */
  'documentSettings:get': channel(
    z.object({ conferenceId: Id, id: z.enum(DOCUMENT_IDS) }).strict(),
    DocumentHeaderSettingsSchema,
  ),
  'documentSettings:save': channel(DocumentSettingInputSchema, DocumentHeaderSettingsSchema),
  'documentSettings:reset': channel(
    z.object({ conferenceId: Id, id: z.enum(DOCUMENT_IDS) }).strict(),
    DocumentHeaderSettingsSchema,
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
  /** The days off of one year (rule + the user's amendments): view, add, remove, back to the rule. */
  'holidays:get': channel(z.object({ year: HolidayYear }).strict(), HolidayYearViewSchema),
  'holidays:add': channel(
    z.object({ year: HolidayYear, entry: HolidayEntrySchema.strict() }).strict(),
    HolidayYearViewSchema,
  ),
  'holidays:remove': channel(
    z.object({ year: HolidayYear, date: HolidayDateSchema }).strict(),
    HolidayYearViewSchema,
  ),
  'holidays:reset': channel(
    z.object({ year: HolidayYear, date: HolidayDateSchema.optional() }).strict(),
    HolidayYearViewSchema,
  ),
  'backup:list': channel(Empty, z.array(BackupSchema)),
  'backup:create': channel(Empty, BackupSchema),
  'backup:restore': channel(
    z.object({ id: z.string().min(1).max(200) }).strict(),
    z.object({ restored: z.literal(true) }),
  ),
  'data:status': channel(Empty, SaveStatusSchema),
  'data:flush': channel(Empty, SaveStatusSchema),
  ...electionChannels,
  ...conferenceDayChannels,
  ...followUpChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
