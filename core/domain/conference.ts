import { z } from 'zod';
import { AgendaSchema, PresidiumSchema } from './agenda';
import { DocumentSettingsSchema } from './documentSettings';
import { ElectionSchema } from './election';
import { EMPTY_FOLLOW_UP, FollowUpSchema } from './followUp';
import { ProceedingsSchema } from './proceedings';
import { ResolutionSchema } from './resolution';
import { IsoDateSchema, TimeSchema } from './person';
import { PreparationTaskSchema } from './preparationPlan';

export const CONFERENCE_KINDS = ['regular', 'extraordinary'] as const;
export const CONFERENCE_FORMS = ['full', 'delegates'] as const;
/** Who may call an extraordinary conference (Luật 10/2022 Điều 50.1). */
export const EXTRAORDINARY_TRIGGERS = ['unionExecutive', 'head', 'staff'] as const;

export { TimeSchema };

export const GuestSchema = z.object({
  id: z.string().min(1),
  fullName: z.string().trim().min(1, 'Tên khách mời không được để trống').max(120),
  title: z.string().trim().max(200).default(''),
  organisation: z.string().trim().max(200).default(''),
});
export type Guest = z.infer<typeof GuestSchema>;

export const AttendanceEntrySchema = z.object({
  status: z.enum(['present', 'absent']),
  reason: z.string().max(300).default(''),
  at: z.string(),
});
export type AttendanceEntry = z.infer<typeof AttendanceEntrySchema>;

/** One check-in action, kept so "Hoàn tác" can put the previous state back, even after a restart. */
export const AttendanceChangeSchema = z.object({
  personId: z.string(),
  before: AttendanceEntrySchema.nullable(),
  after: AttendanceEntrySchema.nullable(),
});
export type AttendanceChange = z.infer<typeof AttendanceChangeSchema>;

export const ConferenceSchema = z.object({
  id: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(CONFERENCE_KINDS).default('regular'),
  /** Extraordinary conferences record who called them (Điều 50.1) — R6. */
  trigger: z
    .object({
      by: z.enum(EXTRAORDINARY_TRIGGERS),
      signatures: z.number().int().nonnegative().default(0),
      note: z.string().max(500).default(''),
    })
    .optional(),
  date: IsoDateSchema.optional(),
  startTime: TimeSchema.default('08:00'),
  venue: z.string().trim().max(200).default(''),
  form: z.enum(CONFERENCE_FORMS).default('full'),
  /**
   * R3: a unit under 100 may hold a delegates' conference only when dispersed or unable to leave
   * posts, with the union's agreement; 100 or more record the choice and the agreement (Điều 51.2.b).
   */
  formDecision: z
    .object({
      dispersedReason: z.string().max(500).default(''),
      unionAgreement: z.string().max(300).default(''),
    })
    .default({ dispersedReason: '', unionAgreement: '' }),
  /** R4: a unit of 7 or fewer may hold the conference if it sees fit; the user records that choice. */
  heldAlthoughOptional: z.boolean().default(false),
  delegateIds: z.array(z.string()).default([]),
  guests: z.array(GuestSchema).default([]),
  /** The programme (chương trình): ceremonial frame around steps a–i of Điều 51.4 (R7). */
  agenda: AgendaSchema.default([]),
  /** Đoàn chủ tịch and thư ký, chosen from the roster. */
  presidium: PresidiumSchema.default({ presidiumIds: [], secretaryIds: [] }),
  /** The preparation plan: reports to collect (R8), drafts, invitations, logistics. */
  preparationTasks: z.array(PreparationTaskSchema).default([]),
  attendance: z.record(z.string(), AttendanceEntrySchema).default({}),
  attendanceHistory: z.array(AttendanceChangeSchema).default([]),
  /** Per document: header preset and the lines and signers the user edited (R29); {} = defaults. */
  documentSettings: DocumentSettingsSchema.default({}),
  /** The Ban TTND election at this conference, when one is held or waived (R11–R21). */
  election: ElectionSchema.optional(),
  /** The conference day as recorded: item times, summaries, opinions, floor votes (issue 6). */
  proceedings: ProceedingsSchema.default({ items: {}, opinions: [], votes: [] }),
  /** The resolution (D15) as structured items, its stages and, once adopted, its change log. */
  resolution: ResolutionSchema.default({
    stage: 'draft',
    items: [],
    versions: [],
    changeLog: [],
    reportRecipient: '',
  }),
  /**
   * After the conference (issue 7): follow-up of the adopted resolution, the clocks of the Law,
   * the six-monthly reviews and the Ban TTND's year. Defaulted, so older files load unchanged.
   */
  followUp: FollowUpSchema.default(EMPTY_FOLLOW_UP),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Conference = z.infer<typeof ConferenceSchema>;
export type ConferenceForm = Conference['form'];

/** What the user sets in the conference form (the rest is the service's job). */
export const ConferenceSetupSchema = ConferenceSchema.pick({
  year: true,
  kind: true,
  trigger: true,
  date: true,
  startTime: true,
  venue: true,
  form: true,
  formDecision: true,
  heldAlthoughOptional: true,
});
export type ConferenceSetup = z.input<typeof ConferenceSetupSchema>;

/** "Hội nghị CBCCVC năm 2026" / "Hội nghị CBCCVC bất thường năm 2026". */
export function conferenceTitle(c: Pick<Conference, 'year' | 'kind'>): string {
  return c.kind === 'extraordinary'
    ? `Hội nghị CBCCVC bất thường năm ${c.year}`
    : `Hội nghị CBCCVC năm ${c.year}`;
}

/** Undo history is bounded so a long check-in does not grow the file without end. */
export const ATTENDANCE_HISTORY_LIMIT = 500;
