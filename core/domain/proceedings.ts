/**
 * What happens on the conference day, as recorded by the secretary and the chair (issue 6; domain
 * research §2.4–§2.7, rules R1, R2, R7): when each agenda item actually ran, what was said under it,
 * the opinions of the discussion (Luật 10/2022/QH15 Điều 51.4.c) and the answers (Điều 51.4.d), and
 * every vote taken on the floor (biểu quyết, Điều 51.2.c). Outcomes — passed or not, quorum held or
 * not — are computed by floorVote.ts and never stored.
 */
import { z } from 'zod';
import { NamedPersonSchema } from './election';
import { IsoDateSchema, TimeSchema } from './person';

/** What actually happened to one agenda item: real start and end, and the secretary's summary. */
export const ItemRecordSchema = z.object({
  startedAt: z.string().optional(),
  endedAt: z.string().optional(),
  summary: z.string().max(20000).default(''),
});
export type ItemRecord = z.infer<typeof ItemRecordSchema>;

/**
 * One opinion from the floor (Điều 51.4.c) and, when given, the answer (Điều 51.4.d: the head and
 * the union chair answer). An opinion taken into the resolution links to the item it produced.
 */
export const OpinionSchema = z.object({
  id: z.string().min(1),
  agendaItemId: z.string().optional(),
  speaker: NamedPersonSchema,
  /** The speaker's sub-unit as said in the hall; defaults to the roster's department. */
  department: z.string().max(200).default(''),
  content: z.string().max(20000).default(''),
  answer: z
    .object({ by: NamedPersonSchema, content: z.string().max(20000).default('') })
    .optional(),
  takenIntoResolution: z.boolean().default(false),
  resolutionItemId: z.string().optional(),
  at: z.string(),
});
export type Opinion = z.infer<typeof OpinionSchema>;

/**
 * What a floor vote is about. Điều 49 matters are decided by the conference; drafts of Điều 53 are
 * put to it for opinions; the resolution is adopted as a whole or section by section (Điều 51.4.i).
 */
export const VOTE_SUBJECTS = [
  'presidium',
  'programme',
  'countingBoard',
  'boardSeats',
  'candidateList',
  'electionRules',
  'decision',
  'draftOpinion',
  'resolutionSection',
  'resolution',
  'other',
] as const;
export type VoteSubject = (typeof VOTE_SUBJECTS)[number];

/**
 * One show-of-hands vote. `present` is taken from check-in at the moment of the vote and can be
 * corrected with a reason (someone left the hall). R2: it passes with votes for strictly more than
 * half of the people present, and only while the quorum holds (R1).
 */
export const FloorVoteSchema = z.object({
  id: z.string().min(1),
  subject: z.enum(VOTE_SUBJECTS),
  title: z.string().trim().max(500),
  agendaItemId: z.string().optional(),
  /** The resolution section put to the vote, for 'resolutionSection'. */
  resolutionSectionId: z.string().optional(),
  present: z.number().int().nonnegative(),
  presentNote: z.string().max(300).default(''),
  votesFor: z.number().int().nonnegative(),
  votesAgainst: z.number().int().nonnegative(),
  votesOther: z.number().int().nonnegative(),
  at: z.string(),
});
export type FloorVote = z.infer<typeof FloorVoteSchema>;

/**
 * Điều 50.2: when the quorum is not reached at a second convocation, opinions are taken in writing
 * (phiếu lấy ý kiến) on the items, counted against the number of staff. The form (D9PYK) prints
 * the day it goes out, the return deadline and where to return it; the results record (D9KQ) the
 * day the returned forms were counted — each a blank to write in while it is not set.
 */
export const WrittenOpinionRouteSchema = z.object({
  firstAttemptDate: IsoDateSchema.optional(),
  secondConvocationDate: IsoDateSchema.optional(),
  issuedOn: IsoDateSchema.optional(),
  returnBy: IsoDateSchema.optional(),
  /** Where the forms are returned ("Văn phòng Công đoàn, phòng 201"). */
  returnTo: z.string().trim().max(300).default(''),
  countedOn: IsoDateSchema.optional(),
  formsIssued: z.number().int().nonnegative().default(0),
  /** Per item put on the form: the returned forms' counts. */
  items: z
    .array(
      z.object({
        id: z.string().min(1),
        title: z.string().trim().max(500),
        votesFor: z.number().int().nonnegative().default(0),
        votesAgainst: z.number().int().nonnegative().default(0),
        votesOther: z.number().int().nonnegative().default(0),
      }),
    )
    .default([]),
  formsReturned: z.number().int().nonnegative().default(0),
});
export type WrittenOpinionRoute = z.infer<typeof WrittenOpinionRouteSchema>;

export const ProceedingsSchema = z.object({
  openedAt: TimeSchema.optional(),
  closedAt: TimeSchema.optional(),
  /** The agenda item on screen in "Điều hành hội nghị". */
  currentItemId: z.string().optional(),
  items: z.record(z.string(), ItemRecordSchema).default({}),
  opinions: z.array(OpinionSchema).default([]),
  votes: z.array(FloorVoteSchema).default([]),
  writtenOpinions: WrittenOpinionRouteSchema.optional(),
});
export type Proceedings = z.infer<typeof ProceedingsSchema>;
