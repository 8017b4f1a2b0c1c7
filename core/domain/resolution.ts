/**
 * The conference resolution (nghị quyết, D15) as structured items (issue 6; domain research §2.8).
 * No official template exists; the sections follow what Luật 10/2022/QH15 Điều 51.3 puts before the
 * conference and what union practice adopts. Each item's text is generated from its fields and can
 * be edited; numbering of parts, the vote clause and the implementation clause are computed when
 * the document is built.
 */
import { z } from 'zod';
import { IsoDateSchema } from './person';

/** Parts of the resolution in the order they are printed (I, II, III …). */
export const RESOLUTION_SECTIONS = [
  /** Assessment of last year: the previous resolution's targets with what was achieved. */
  'assessment',
  /** Targets for the coming year: indicator, value, unit. */
  'targets',
  /** Tasks and measures, each with an owner and a deadline. */
  'tasks',
  /** Decisions on Điều 49 matters — the Ban TTND result among them. */
  'decisions',
  /** Approval of internal rules (quy chế chi tiêu nội bộ, quy chế dân chủ …; Điều 53–54). */
  'internalRules',
  /** The emulation movement and the covenant (Điều 51.4.g–h). */
  'emulation',
  /** Who implements and who follows up (Điều 52). */
  'implementation',
] as const;
export type ResolutionSection = (typeof RESOLUTION_SECTIONS)[number];

/** Who carries out an item: the head, the union executive, the Ban TTND, a sub-unit or a person. */
export const OwnerSchema = z.object({
  kind: z.enum(['head', 'union', 'board', 'department', 'person']),
  /** The sub-unit's name for 'department'; the person's id for 'person'. */
  department: z.string().max(200).optional(),
  personId: z.string().optional(),
});
export type Owner = z.infer<typeof OwnerSchema>;

export const ResolutionItemSchema = z.object({
  id: z.string().min(1),
  section: z.enum(RESOLUTION_SECTIONS),
  /** The printed sentence; when `textEdited` is false it is regenerated from the fields. */
  text: z.string().max(5000).default(''),
  textEdited: z.boolean().default(false),
  indicator: z.string().max(300).optional(),
  /** Numeric target (targets) or the previous target (assessment). */
  target: z.number().optional(),
  unitOfMeasure: z.string().max(40).optional(),
  /** What was achieved (assessment of last year). */
  achieved: z.number().optional(),
  owner: OwnerSchema.optional(),
  deadline: IsoDateSchema.optional(),
  /** Filled from a locked election, for the Ban TTND decision. */
  fromElection: z.boolean().default(false),
});
export type ResolutionItem = z.infer<typeof ResolutionItemSchema>;

/** Draft for opinion → revised at the conference → adopted (locked). */
export const RESOLUTION_STAGES = ['draft', 'forOpinion', 'revised', 'adopted'] as const;
export type ResolutionStage = (typeof RESOLUTION_STAGES)[number];

export const ResolutionVersionSchema = z.object({
  stage: z.enum(RESOLUTION_STAGES),
  at: z.string(),
  items: z.array(ResolutionItemSchema),
});

export const ResolutionSchema = z.object({
  stage: z.enum(RESOLUTION_STAGES).default('draft'),
  items: z.array(ResolutionItemSchema).default([]),
  /** Earlier stages, frozen when the stage moves on. */
  versions: z.array(ResolutionVersionSchema).default([]),
  /** The floor vote that adopted it (proceedings.votes). */
  adoptedByVoteId: z.string().optional(),
  adoptedAt: z.string().optional(),
  /** Once adopted, every change needs a reason, kept here. */
  changeLog: z
    .array(z.object({ at: z.string(), reason: z.string().min(1).max(500), detail: z.string() }))
    .default([]),
  /** Who implements and who follows up (Điều 52.2: a named focal point for dissemination). */
  focalPointId: z.string().optional(),
  /** D19: the body the result is reported to (công đoàn cấp trên / cơ quan quản lý). */
  reportRecipient: z.string().max(300).default(''),
});
export type Resolution = z.infer<typeof ResolutionSchema>;
