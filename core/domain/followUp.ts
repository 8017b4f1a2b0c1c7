/**
 * Theo dõi thực hiện nghị quyết (issue 7; domain-research §2.9, R9, R10): after the conference every
 * target, task and decision of the adopted resolution is an item with an owner, a deadline, a
 * status, progress notes and evidence; the clocks of the Law (dissemination with its focal point,
 * Luật 10/2022/QH15 Điều 52.2; the six-monthly reviews, Điều 52.3; disclosure within 5 working
 * days and posted ≥ 20 days, Điều 47.2, 48) are items too; each six-monthly review freezes a copy
 * of the items on its date; and the Ban TTND's year (boardWork.ts) is kept beside them.
 *
 * Only records are stored. Whether an item is overdue, the clocks' checks and every figure of the
 * overview are computed against a `today` (followUpView.ts) and never typed or stored.
 */
import { z } from 'zod';
import { BoardWorkSchema, EMPTY_BOARD_WORK } from './boardWork';
import { IsoDateSchema } from './person';
import { OwnerSchema, RESOLUTION_SECTIONS } from './resolution';

/** chưa thực hiện / đang thực hiện / hoàn thành / không thực hiện được (with the reason). */
export const FOLLOW_UP_STATUSES = ['notStarted', 'inProgress', 'done', 'notDone'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
/** The statuses of an item still to be done: only these can be overdue or carried to next year. */
export const OPEN_STATUSES: readonly FollowUpStatus[] = ['notStarted', 'inProgress'];

/**
 * Where an item comes from: an item of the adopted resolution, a clock of the Law, added by hand,
 * or carried over unfinished from last year's follow-up.
 */
export const FOLLOW_UP_ORIGINS = ['resolution', 'clock', 'manual', 'carriedOver'] as const;
export type FollowUpOrigin = (typeof FOLLOW_UP_ORIGINS)[number];

/** The clocks R9 and R10 create when the resolution is adopted. */
export const LEGAL_CLOCKS = ['dissemination', 'disclosure', 'firstReview', 'secondReview'] as const;
export type LegalClock = (typeof LEGAL_CLOCKS)[number];

/** Evidence files are kept with the conference's data; one file at most this big. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** base64 of MAX_ATTACHMENT_BYTES (4 characters per 3 bytes, padded). */
export const MAX_ATTACHMENT_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const ProgressNoteSchema = z.object({
  id: z.string().min(1),
  /** The day the note is about (dated notes: "ngày 12/03/2027 đã …"). */
  on: IsoDateSchema,
  text: z.string().trim().min(1, 'Nội dung ghi chú không được để trống').max(5000),
  /** When it was written. */
  at: z.string(),
});
export type ProgressNote = z.infer<typeof ProgressNoteSchema>;

/** A file kept in the data folder (attachments/<conference>/<storedName>), or a document's number. */
export const EvidenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('file'),
    id: z.string().min(1),
    /** The name the user's file had, as shown and offered back when opened. */
    fileName: z.string().min(1).max(260),
    /** The name the file is stored under (safe for every file system), chosen by the store. */
    storedName: z.string().min(1).max(200),
    sizeBytes: z.number().int().nonnegative().max(MAX_ATTACHMENT_BYTES),
    note: z.string().max(2000).default(''),
    addedAt: z.string(),
  }),
  z.object({
    kind: z.literal('document'),
    id: z.string().min(1),
    /** "125/QĐ-UBND", as printed on the document. */
    documentNumber: z.string().trim().min(1, 'Hãy ghi số văn bản').max(100),
    documentDate: IsoDateSchema.optional(),
    note: z.string().max(2000).default(''),
    addedAt: z.string(),
  }),
]);
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * R10 — how the disclosure is made known: Luật 10/2022/QH15 Điều 47 lets the head choose one or
 * several forms — posted at the office (bảng tin), put on the unit's web portal or intranet,
 * announced at a meeting, sent in writing to all staff, or another way.
 */
export const DISCLOSURE_FORMS = [
  'noticeBoard',
  'website',
  'meeting',
  'writtenNotice',
  'other',
] as const;
export type DisclosureForm = (typeof DISCLOSURE_FORMS)[number];
/**
 * Forms said once rather than kept up: a disclosure made only these ways has no posting to keep
 * for 20 days (Điều 48 counts the days a posting stays up). Any other form, or none recorded
 * (files written before the form was asked), counts the 20 days — the stricter reading.
 */
export const ONE_OFF_DISCLOSURE_FORMS: readonly DisclosureForm[] = ['meeting', 'writtenNotice'];

/** R10: where and from when the disclosure is posted (niêm yết), how, and when it came down. */
export const PostingSchema = z.object({
  from: IsoDateSchema,
  until: IsoDateSchema.optional(),
  where: z.string().trim().max(300).default(''),
  forms: z.array(z.enum(DISCLOSURE_FORMS)).max(DISCLOSURE_FORMS.length).default([]),
});
export type Posting = z.infer<typeof PostingSchema>;

/** What a carried-over item was last year, for the report on last year's resolution (Điều 51.3.b). */
export const CarriedFromSchema = z.object({
  conferenceId: z.string().min(1),
  year: z.number().int(),
  itemId: z.string().min(1),
  status: z.enum(FOLLOW_UP_STATUSES),
  deadline: IsoDateSchema.optional(),
  achieved: z.number().optional(),
});
export type CarriedFrom = z.infer<typeof CarriedFromSchema>;

export const FollowUpItemSchema = z.object({
  id: z.string().min(1),
  origin: z.enum(FOLLOW_UP_ORIGINS),
  /** For 'resolution': the resolution item it follows (resolution.items[].id). */
  resolutionItemId: z.string().optional(),
  /** For 'clock': which clock of the Law. */
  clock: z.enum(LEGAL_CLOCKS).optional(),
  /**
   * For 'clock': the due date the clock computed. The deadline follows it (e.g. after a re-adoption
   * on another day) until the user sets another deadline.
   */
  computedDeadline: IsoDateSchema.optional(),
  carriedFrom: CarriedFromSchema.optional(),
  /** The resolution's part the item belongs to (absent for the clocks and some hand-made items). */
  section: z.enum(RESOLUTION_SECTIONS).optional(),
  title: z.string().trim().min(1, 'Nội dung công việc không được để trống').max(5000),
  /** Numeric targets: the indicator, the value set and the value achieved. */
  indicator: z.string().max(300).optional(),
  target: z.number().optional(),
  unitOfMeasure: z.string().max(40).optional(),
  achieved: z.number().optional(),
  /** A person or a sub-unit of the roster, the head, the union executive or the Ban TTND. */
  owner: OwnerSchema.optional(),
  deadline: IsoDateSchema.optional(),
  status: z.enum(FOLLOW_UP_STATUSES).default('notStarted'),
  /** Required with 'notDone' (lý do không thực hiện được). */
  notDoneReason: z.string().max(2000).default(''),
  completedOn: IsoDateSchema.optional(),
  /** Khó khăn, vướng mắc and giải pháp tiếp theo, as the six-monthly report (D21) prints them. */
  issues: z.string().max(5000).default(''),
  nextSteps: z.string().max(5000).default(''),
  notes: z.array(ProgressNoteSchema).max(500).default([]),
  evidence: z.array(EvidenceSchema).max(100).default([]),
  /** R10 only (the disclosure clock): the posting. */
  posting: PostingSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FollowUpItem = z.infer<typeof FollowUpItemSchema>;

/** What every new item starts with (after its status): no progress written, no notes or evidence. */
export function blankProgress(at: string) {
  return {
    notDoneReason: '',
    issues: '',
    nextSteps: '',
    notes: [],
    evidence: [],
    createdAt: at,
    updatedAt: at,
  } satisfies Partial<FollowUpItem>;
}

/** An item as it stood on a review's date, with its owner as then named (a rename changes nothing). */
export const ReviewItemSchema = FollowUpItemSchema.extend({ ownerText: z.string().default('') });
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

/**
 * A six-monthly review (kiểm tra, đánh giá, Điều 52.3): the items frozen on `asOf`, so the report
 * (D21) and the notice to all staff say the same after later edits. It can be taken again until it
 * is issued; then it is locked.
 */
export const ReviewSchema = z.object({
  number: z.number().int().min(1).max(2),
  asOf: IsoDateSchema,
  takenAt: z.string(),
  items: z.array(ReviewItemSchema),
  /** The overall assessment written for the report. */
  summary: z.string().max(20000).default(''),
  issuedAt: z.string().optional(),
  /** Number of the notice to all staff (Thông báo) and the day it was given. */
  noticeNumber: z.string().trim().max(100).default(''),
  notifiedOn: IsoDateSchema.optional(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const FollowUpSchema = z.object({
  items: z.array(FollowUpItemSchema).max(5000).default([]),
  reviews: z.array(ReviewSchema).max(2).default([]),
  board: BoardWorkSchema.default(EMPTY_BOARD_WORK),
  /** The conference this one was started from ("Tạo hội nghị năm sau"). */
  previousConferenceId: z.string().optional(),
  /** Next year's conference started from this one. */
  nextConferenceId: z.string().optional(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const EMPTY_FOLLOW_UP: FollowUp = {
  items: [],
  reviews: [],
  board: EMPTY_BOARD_WORK,
};

/**
 * How the overview groups the items: by the resolution's part, with the clocks of the Law, the
 * items carried over from last year and hand-made items without a part in groups of their own.
 */
export const FOLLOW_UP_GROUPS = [...RESOLUTION_SECTIONS, 'legal', 'carriedOver', 'other'] as const;
export type FollowUpGroup = (typeof FOLLOW_UP_GROUPS)[number];

export function followUpGroup(item: Pick<FollowUpItem, 'origin' | 'section'>): FollowUpGroup {
  if (item.origin === 'clock') return 'legal';
  if (item.origin === 'carriedOver') return 'carriedOver';
  return item.section ?? 'other';
}
