/**
 * After the conference (issue 7): the channels of the follow-up of the adopted resolution, the
 * clocks of the Law (R9, R10), the six-monthly reviews, the Ban TTND's year (R22), the reminders
 * and next year's conference. Spread into `contract` (contract.ts) like the election's; inputs are
 * strict; handlers in core/service/followUpHandlers.ts. Every change answers with the whole
 * follow-up as the screens show it (FollowUpView), computed against the clock's today.
 */
import { z } from 'zod';
import {
  BoardProgrammeSchema,
  BoardReportSchema,
  InspectionSchema,
  PeriodSchema,
  REPORT_PERIODS,
  RecommendationSchema,
} from './domain/boardWork';
import { ConferenceSchema } from './domain/conference';
import { dayNumber } from './domain/dayNumber';
import {
  DISCLOSURE_FORMS,
  FOLLOW_UP_GROUPS,
  FOLLOW_UP_STATUSES,
  FollowUpItemSchema,
  LEGAL_CLOCKS,
  MAX_ATTACHMENT_BASE64,
  ReviewItemSchema,
  ReviewSchema,
} from './domain/followUp';
import { FollowUpFilterSchema } from './domain/followUpFilter';
import { TODO_KINDS } from './domain/followUpTodo';
import { IsoDateSchema } from './domain/person';
import { OwnerSchema, RESOLUTION_SECTIONS } from './domain/resolution';

const Id = z.string().min(1).max(100);
const ConferenceRef = { conferenceId: Id };
/** A real calendar day: 2027-02-30 is refused here rather than rolled over to March. */
const Day = IsoDateSchema.refine((iso) => dayNumber(iso) !== undefined, 'Ngày không có trên lịch');
const ReviewNumber = z.union([z.literal(1), z.literal(2)]);
const Text = (max: number) => z.string().max(max, `Không quá ${max} ký tự.`);
const Finite = z.number().finite();

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({
  input,
  output,
});

const OwnerInputSchema = OwnerSchema.strict();

/** An item added by hand (origin 'manual'); an id made by the screen keeps retried saves single. */
export const FollowUpItemInputSchema = z
  .object({
    id: Id.optional(),
    title: z.string().trim().min(1, 'Nội dung công việc không được để trống').max(5000),
    section: z.enum(RESOLUTION_SECTIONS).optional(),
    indicator: Text(300).optional(),
    target: Finite.optional(),
    unitOfMeasure: Text(40).optional(),
    owner: OwnerInputSchema.optional(),
    deadline: Day.optional(),
  })
  .strict();
export type FollowUpItemInput = z.input<typeof FollowUpItemInputSchema>;

/**
 * A change to one item: only the fields given change; null clears an optional field. What the
 * resolution says (title, part, indicator, target, unit) changes only on hand-made and carried-over
 * items; the dissemination's owner is the focal point chosen with the resolution (Điều 52.2).
 */
export const FollowUpItemChangesSchema = z
  .object({
    title: z.string().trim().min(1, 'Nội dung công việc không được để trống').max(5000).optional(),
    section: z.enum(RESOLUTION_SECTIONS).nullable().optional(),
    indicator: Text(300).nullable().optional(),
    target: Finite.nullable().optional(),
    unitOfMeasure: Text(40).nullable().optional(),
    owner: OwnerInputSchema.nullable().optional(),
    deadline: Day.nullable().optional(),
    status: z.enum(FOLLOW_UP_STATUSES).optional(),
    notDoneReason: Text(2000).optional(),
    completedOn: Day.nullable().optional(),
    achieved: Finite.nullable().optional(),
    issues: Text(5000).optional(),
    nextSteps: Text(5000).optional(),
    /** R10, the disclosure clock only: from when, until when, where and how it was made known. */
    posting: z
      .object({
        from: Day,
        until: Day.optional(),
        where: Text(300).default(''),
        forms: z.array(z.enum(DISCLOSURE_FORMS)).max(DISCLOSURE_FORMS.length).default([]),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();
export type FollowUpItemChanges = z.output<typeof FollowUpItemChangesSchema>;

export const EvidenceInputSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('file'),
      fileName: z.string().trim().min(1, 'Thiếu tên tệp').max(260, 'Tên tệp quá dài'),
      base64: z
        .string()
        .min(1, 'Tệp rỗng')
        .max(MAX_ATTACHMENT_BASE64, 'Tệp minh chứng quá lớn (tối đa 20 MB).'),
      note: Text(2000).default(''),
    })
    .strict(),
  z
    .object({
      kind: z.literal('document'),
      documentNumber: z.string().trim().min(1, 'Hãy ghi số văn bản').max(100),
      documentDate: Day.optional(),
      note: Text(2000).default(''),
    })
    .strict(),
]);
export type EvidenceInput = z.input<typeof EvidenceInputSchema>;

export const BoardProgrammeInputSchema = BoardProgrammeSchema.extend({
  id: Id.optional(),
  period: PeriodSchema,
  lines: z
    .array(
      z
        .object({
          id: Id.optional(),
          text: z.string().trim().min(1, 'Nội dung công việc không được để trống').max(2000),
          followUpItemId: Id.optional(),
          dueOn: Day.optional(),
        })
        .strict(),
    )
    .max(500)
    .default([]),
  approvedOn: Day.optional(),
}).strict();

export const InspectionInputSchema = InspectionSchema.extend({
  id: Id.optional(),
  plannedOn: Day,
  reportedOn: Day.optional(),
  notifiedOn: Day.optional(),
  followUpItemId: Id.optional(),
  resultOn: Day.optional(),
}).strict();

export const RecommendationInputSchema = RecommendationSchema.extend({
  id: Id.optional(),
  inspectionId: Id.optional(),
  receivedOn: Day,
  answeredOn: Day.optional(),
}).strict();

export const BoardReportInputSchema = BoardReportSchema.extend({
  id: Id.optional(),
  period: z
    .object({ kind: z.enum(REPORT_PERIODS), number: z.number().int().min(1).max(4).default(1) })
    .strict(),
  submittedOn: Day.optional(),
}).strict();

// ---------------------------------------------------------------------------------------------
// What the screens get back (computed by core/domain/followUpView.ts and its helpers).

const StatusCountsSchema = z.object({
  notStarted: z.number(),
  inProgress: z.number(),
  done: z.number(),
  notDone: z.number(),
});

export const ItemStateSchema = z.object({
  group: z.enum(FOLLOW_UP_GROUPS),
  ownerText: z.string(),
  overdue: z.boolean(),
  daysLeft: z.number().nullable(),
  dueSoon: z.boolean(),
  completedLate: z.boolean(),
  detached: z.boolean(),
  percentOfTarget: z.number().nullable(),
  postingUntil: z.string().nullable(),
  posting: z
    .object({
      state: z.enum(['posting', 'kept', 'takenDownEarly', 'oneOff']),
      until: z.string().nullable(),
      daysPosted: z.number(),
      daysLeft: z.number().nullable(),
      late: z.boolean(),
      minDays: z.number(),
    })
    .nullable(),
  problems: z.array(z.string()),
});

export const FollowUpItemViewSchema = FollowUpItemSchema.extend({ state: ItemStateSchema });

export const FollowUpDashboardSchema = z.object({
  asOf: z.string(),
  total: z.number(),
  byStatus: StatusCountsSchema,
  overdue: z.number(),
  dueSoon: z.number(),
  noDeadline: z.number(),
  percentDone: z.number(),
  overdueIds: z.array(z.string()),
  dueSoonIds: z.array(z.string()),
  groups: z.array(
    z.object({
      group: z.enum(FOLLOW_UP_GROUPS),
      label: z.string(),
      total: z.number(),
      byStatus: StatusCountsSchema,
      overdue: z.number(),
      percentDone: z.number(),
    }),
  ),
});

export const ReviewViewSchema = ReviewSchema.extend({
  issued: z.boolean(),
  items: z.array(ReviewItemSchema.extend({ state: ItemStateSchema })),
  totals: FollowUpDashboardSchema,
});

const PeriodRefSchema = z.object({ kind: PeriodSchema.shape.kind, number: z.number() });

export const BoardSummarySchema = z.object({
  programmes: z.number(),
  inspections: z.object({
    total: z.number(),
    resultRecorded: z.number(),
    awaitingResult: z.number(),
    noticeLate: z.number(),
    noticeMissing: z.number(),
  }),
  recommendations: z.object({
    total: z.number(),
    answered: z.number(),
    answeredLate: z.number(),
    awaiting: z.number(),
    overdue: z.number(),
  }),
  reports: z.object({
    expected: z.number(),
    submitted: z.number(),
    overdue: z.number(),
    dueSoon: z.number(),
  }),
});

export const BoardWorkViewSchema = z.object({
  programmes: z.array(
    BoardProgrammeSchema.extend({ label: z.string(), from: z.string(), to: z.string() }),
  ),
  inspections: z.array(
    InspectionSchema.extend({
      latestNoticeOn: z.string(),
      noticeWorkingDays: z.number().nullable(),
      noticeState: z.enum(['ok', 'late', 'missing', 'pending']),
      resultState: z.enum(['recorded', 'awaiting', 'planned']),
      problems: z.array(z.string()),
    }),
  ),
  recommendations: z.array(
    RecommendationSchema.extend({
      answerDueOn: z.string(),
      answerState: z.enum(['answered', 'answeredLate', 'awaiting', 'overdue']),
      daysLeft: z.number().nullable(),
      daysLate: z.number(),
      problems: z.array(z.string()),
    }),
  ),
  reports: z.array(
    z.object({
      period: PeriodRefSchema,
      label: z.string(),
      dueOn: z.string(),
      report: BoardReportSchema.nullable(),
      state: z.enum(['submitted', 'overdue', 'dueSoon', 'upcoming']),
    }),
  ),
  otherReports: z.array(BoardReportSchema),
  summary: BoardSummarySchema,
});

export const FollowUpViewSchema = z.object({
  conferenceId: z.string(),
  year: z.number(),
  title: z.string(),
  adoptedOn: z.string().nullable(),
  today: z.string(),
  items: z.array(FollowUpItemViewSchema),
  clocks: z.array(
    z.object({
      clock: z.enum(LEGAL_CLOCKS),
      itemId: z.string(),
      due: z.string(),
      source: z.string(),
    }),
  ),
  reviews: z.array(ReviewViewSchema),
  board: BoardWorkViewSchema,
  boardActive: z.boolean(),
  dashboard: FollowUpDashboardSchema,
  previousConferenceId: z.string().nullable(),
  nextConferenceId: z.string().nullable(),
});
export type FollowUpViewOutput = z.output<typeof FollowUpViewSchema>;

const TodoEntrySchema = z.object({
  conferenceId: z.string(),
  conferenceTitle: z.string(),
  kind: z.enum(TODO_KINDS),
  refId: z.string(),
  title: z.string(),
  dueOn: z.string(),
  daysLeft: z.number(),
  overdue: z.boolean(),
  ownerText: z.string(),
});

const ReportLineSchema = z.object({
  itemId: z.string(),
  title: z.string(),
  group: z.enum(FOLLOW_UP_GROUPS),
  indicator: z.string().nullable(),
  target: z.number().nullable(),
  achieved: z.number().nullable(),
  unitOfMeasure: z.string().nullable(),
  percentOfTarget: z.number().nullable(),
  status: z.enum(FOLLOW_UP_STATUSES),
  statusLabel: z.string(),
  reason: z.string(),
  ownerText: z.string(),
  deadline: z.string().nullable(),
  completedOn: z.string().nullable(),
  completedLate: z.boolean(),
  overdue: z.boolean(),
  evidence: z.array(z.string()),
  issues: z.string(),
  nextSteps: z.string(),
});

const ReportTotalsSchema = z.object({
  total: z.number(),
  byStatus: StatusCountsSchema,
  overdue: z.number(),
  percentDone: z.number(),
});

export const ImplementationReportSchema = z.object({
  conferenceId: z.string(),
  year: z.number(),
  title: z.string(),
  adoptedOn: z.string().nullable(),
  asOf: z.string(),
  totals: ReportTotalsSchema,
  sections: z.array(
    z.object({
      group: z.enum(FOLLOW_UP_GROUPS),
      label: z.string(),
      lines: z.array(ReportLineSchema),
      totals: ReportTotalsSchema,
    }),
  ),
  targets: z.array(ReportLineSchema),
  notDone: z.array(ReportLineSchema),
  unfinished: z.array(ReportLineSchema),
  reviews: z.array(
    z.object({
      number: z.number(),
      asOf: z.string(),
      notifiedOn: z.string().nullable(),
      noticeNumber: z.string(),
    }),
  ),
  board: z.object({
    summary: BoardSummarySchema,
    inspections: z.array(
      z.object({
        subject: z.string(),
        plannedOn: z.string(),
        resultOn: z.string().nullable(),
        result: z.string(),
        resultDocumentNumber: z.string(),
      }),
    ),
    recommendations: z.array(
      z.object({
        content: z.string(),
        receivedOn: z.string(),
        answerDueOn: z.string(),
        answeredOn: z.string().nullable(),
        answerState: z.enum(['answered', 'answeredLate', 'awaiting', 'overdue']),
        answer: z.string(),
      }),
    ),
  }),
});

const ItemRef = { ...ConferenceRef, itemId: Id };

export const followUpChannels = {
  /** The follow-up as the screens show it; the adopted resolution's items and clocks are synced. */
  'followUp:get': channel(z.object(ConferenceRef).strict(), FollowUpViewSchema),
  'followUp:addItem': channel(
    z.object({ ...ConferenceRef, item: FollowUpItemInputSchema }).strict(),
    FollowUpViewSchema,
  ),
  'followUp:updateItem': channel(
    z.object({ ...ItemRef, changes: FollowUpItemChangesSchema }).strict(),
    FollowUpViewSchema,
  ),
  /** Hand-made and carried-over items only; their evidence files are deleted with them. */
  'followUp:removeItem': channel(z.object(ItemRef).strict(), FollowUpViewSchema),
  /** A dated progress note; `on` defaults to today. */
  'followUp:addNote': channel(
    z
      .object({
        ...ItemRef,
        note: z
          .object({
            on: Day.optional(),
            text: z.string().trim().min(1, 'Nội dung ghi chú không được để trống').max(5000),
          })
          .strict(),
      })
      .strict(),
    FollowUpViewSchema,
  ),
  'followUp:removeNote': channel(z.object({ ...ItemRef, noteId: Id }).strict(), FollowUpViewSchema),
  /** A file (base64, ≤ 20 MB, kept in the data folder) or the number of a document. */
  'followUp:addEvidence': channel(
    z.object({ ...ItemRef, evidence: EvidenceInputSchema }).strict(),
    FollowUpViewSchema,
  ),
  'followUp:readEvidence': channel(
    z.object({ ...ItemRef, evidenceId: Id }).strict(),
    z.object({ fileName: z.string(), base64: z.string() }),
  ),
  'followUp:removeEvidence': channel(
    z.object({ ...ItemRef, evidenceId: Id }).strict(),
    FollowUpViewSchema,
  ),
  /** R9: freezes the items on `asOf` (default today, never later) as review 1 or 2. */
  'followUp:takeReview': channel(
    z.object({ ...ConferenceRef, number: ReviewNumber, asOf: Day.optional() }).strict(),
    FollowUpViewSchema,
  ),
  'followUp:saveReview': channel(
    z.object({ ...ConferenceRef, number: ReviewNumber, summary: Text(20000) }).strict(),
    FollowUpViewSchema,
  ),
  /** The notice to all staff (Điều 52.3) was given: the review is locked, its clock done. */
  'followUp:issueReview': channel(
    z
      .object({
        ...ConferenceRef,
        number: ReviewNumber,
        notifiedOn: Day,
        noticeNumber: Text(100).default(''),
      })
      .strict(),
    FollowUpViewSchema,
  ),
  /** "Việc cần làm" on the start screen: overdue and due within 14 days, all conferences. */
  'followUp:todo': channel(
    z.object({}).strict(),
    z.object({ today: z.string(), days: z.number(), entries: z.array(TodoEntrySchema) }),
  ),
  /** An .ics of every open deadline: one conference, or all of them without an id. */
  'followUp:exportCalendar': channel(
    z.object({ conferenceId: Id.optional() }).strict(),
    z.object({ fileName: z.string(), text: z.string(), events: z.number() }),
  ),
  /** The list (filtered as on the screen) as .xlsx. */
  'followUp:exportSpreadsheet': channel(
    z.object({ ...ConferenceRef, filter: FollowUpFilterSchema.optional() }).strict(),
    z.object({ fileName: z.string(), base64: z.string(), rows: z.number() }),
  ),
  /** "Tạo hội nghị năm sau": see core/domain/nextYearConference.ts for what is carried. */
  'followUp:createNextYear': channel(
    z.object({ ...ConferenceRef, date: Day.optional(), venue: Text(200).optional() }).strict(),
    z.object({
      conference: ConferenceSchema,
      carried: z.number(),
      electionDue: z.object({ due: z.boolean(), reason: z.string(), source: z.string() }),
    }),
  ),
  /** This conference's implementation as next year's reports use it (D6, D7, D8 data). */
  'followUp:report': channel(z.object(ConferenceRef).strict(), ImplementationReportSchema),
  /** The same for the conference before this one (the one it was started from, or last year's). */
  'followUp:previousReport': channel(
    z.object(ConferenceRef).strict(),
    z.object({ report: ImplementationReportSchema.nullable() }),
  ),
  /** R22: a draft programme for a period, from the resolution's items (not saved). */
  'boardWork:draftProgramme': channel(
    z.object({ ...ConferenceRef, period: PeriodSchema }).strict(),
    BoardProgrammeSchema,
  ),
  'boardWork:saveProgramme': channel(
    z.object({ ...ConferenceRef, programme: BoardProgrammeInputSchema }).strict(),
    FollowUpViewSchema,
  ),
  'boardWork:removeProgramme': channel(
    z.object({ ...ConferenceRef, id: Id }).strict(),
    FollowUpViewSchema,
  ),
  'boardWork:saveInspection': channel(
    z.object({ ...ConferenceRef, inspection: InspectionInputSchema }).strict(),
    FollowUpViewSchema,
  ),
  'boardWork:removeInspection': channel(
    z.object({ ...ConferenceRef, id: Id }).strict(),
    FollowUpViewSchema,
  ),
  'boardWork:saveRecommendation': channel(
    z.object({ ...ConferenceRef, recommendation: RecommendationInputSchema }).strict(),
    FollowUpViewSchema,
  ),
  'boardWork:removeRecommendation': channel(
    z.object({ ...ConferenceRef, id: Id }).strict(),
    FollowUpViewSchema,
  ),
  'boardWork:saveReport': channel(
    z.object({ ...ConferenceRef, report: BoardReportInputSchema }).strict(),
    FollowUpViewSchema,
  ),
  'boardWork:removeReport': channel(
    z.object({ ...ConferenceRef, id: Id }).strict(),
    FollowUpViewSchema,
  ),
} as const;
