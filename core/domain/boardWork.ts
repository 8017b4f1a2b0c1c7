/**
 * The Ban Thanh tra nhân dân's year as it is stored with the conference whose resolution it checks
 * (R22; domain-research §3.11): its work programme per quarter, six months and year (Luật
 * 10/2022/QH15 Điều 62.2; Nghị định 59/2023/NĐ-CP Điều 22.1.a), inspection plans notified to their
 * subject ahead of time (Điều 22.1.b) with results in writing (Điều 22.2.b), recommendations to the
 * head with the head's answer (Luật Điều 63.1.c) and reports to the union executive (Điều 22.3;
 * Luật Điều 62.3). Only the records live here; every deadline and check is computed
 * (boardWorkView.ts) and never stored.
 */
import { z } from 'zod';
import { IsoDateSchema } from './person';

/** Quarter 1–4, the first or second half (6 tháng), or the whole year. */
export const PROGRAMME_PERIODS = ['quarter', 'half', 'year'] as const;
export type ProgrammePeriodKind = (typeof PROGRAMME_PERIODS)[number];

const PERIOD_COUNT: Record<ProgrammePeriodKind, number> = { quarter: 4, half: 2, year: 1 };

export const PeriodSchema = z
  .object({
    kind: z.enum(PROGRAMME_PERIODS),
    number: z.number().int().min(1).max(4).default(1),
  })
  .strict()
  .refine((p) => p.number <= PERIOD_COUNT[p.kind], {
    message: 'Kỳ không hợp lệ: quý 1–4, 6 tháng 1–2, năm chỉ có một kỳ.',
    path: ['number'],
  });
export type Period = z.infer<typeof PeriodSchema>;

/** One line of a work programme, tied to the follow-up item it watches when it has one. */
export const ProgrammeLineSchema = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(1, 'Nội dung công việc không được để trống').max(2000),
  followUpItemId: z.string().optional(),
  dueOn: IsoDateSchema.optional(),
});
export type ProgrammeLine = z.infer<typeof ProgrammeLineSchema>;

/**
 * A work programme (chương trình công tác): purpose and requirements, content, time, budget and
 * organisation (Nghị định 59/2023/NĐ-CP Điều 22.1.a), based on the conference resolution (Luật Điều
 * 62.2).
 */
export const BoardProgrammeSchema = z.object({
  id: z.string().min(1),
  period: PeriodSchema,
  purpose: z.string().max(5000).default(''),
  requirements: z.string().max(5000).default(''),
  lines: z.array(ProgrammeLineSchema).max(500).default([]),
  budget: z.string().max(2000).default(''),
  organisation: z.string().max(5000).default(''),
  approvedOn: IsoDateSchema.optional(),
  documentNumber: z.string().trim().max(100).default(''),
});
export type BoardProgramme = z.infer<typeof BoardProgrammeSchema>;

/**
 * An inspection (kiểm tra, giám sát): its plan is reported to the union executive and notified to
 * the subject at least 5 working days before it starts (Điều 22.1.b); its result is written down.
 */
export const InspectionSchema = z.object({
  id: z.string().min(1),
  /** Who or what is inspected (đối tượng kiểm tra): a sub-unit, a fund, a person's case. */
  subject: z.string().trim().min(1, 'Hãy ghi đối tượng kiểm tra').max(300),
  content: z.string().max(5000).default(''),
  /** First day of the inspection. */
  plannedOn: IsoDateSchema,
  /** Day the plan was reported to the union executive. */
  reportedOn: IsoDateSchema.optional(),
  /** Day the subject was notified (thông báo cho đối tượng kiểm tra). */
  notifiedOn: IsoDateSchema.optional(),
  /** The follow-up item the inspection checks, when it checks one. */
  followUpItemId: z.string().optional(),
  /** The written result (kết quả kiểm tra bằng văn bản) and its date and number. */
  resultOn: IsoDateSchema.optional(),
  result: z.string().max(20000).default(''),
  resultDocumentNumber: z.string().trim().max(100).default(''),
});
export type Inspection = z.infer<typeof InspectionSchema>;

/** A recommendation (kiến nghị) to the head, who answers within 15 days (Luật Điều 63.1.c). */
export const RecommendationSchema = z.object({
  id: z.string().min(1),
  inspectionId: z.string().optional(),
  content: z.string().trim().min(1, 'Hãy ghi nội dung kiến nghị').max(5000),
  documentNumber: z.string().trim().max(100).default(''),
  /** Day the head received it: the 15 days run from here. */
  receivedOn: IsoDateSchema,
  answeredOn: IsoDateSchema.optional(),
  answer: z.string().max(20000).default(''),
  answerDocumentNumber: z.string().trim().max(100).default(''),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** What a report to the union executive covers (Nghị định 59/2023/NĐ-CP Điều 22.3). */
export const REPORT_PERIODS = ['quarter', 'half', 'year', 'term', 'onRequest'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIODS)[number];

export const BoardReportSchema = z.object({
  id: z.string().min(1),
  period: z.object({
    kind: z.enum(REPORT_PERIODS),
    number: z.number().int().min(1).max(4).default(1),
  }),
  submittedOn: IsoDateSchema.optional(),
  documentNumber: z.string().trim().max(100).default(''),
  summary: z.string().max(20000).default(''),
});
export type BoardReport = z.infer<typeof BoardReportSchema>;

export const BoardWorkSchema = z.object({
  programmes: z.array(BoardProgrammeSchema).max(20).default([]),
  inspections: z.array(InspectionSchema).max(500).default([]),
  recommendations: z.array(RecommendationSchema).max(1000).default([]),
  reports: z.array(BoardReportSchema).max(100).default([]),
});
export type BoardWork = z.infer<typeof BoardWorkSchema>;

export const EMPTY_BOARD_WORK: BoardWork = {
  programmes: [],
  inspections: [],
  recommendations: [],
  reports: [],
};
