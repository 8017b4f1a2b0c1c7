/**
 * The conference day's channels (issue 6; interface agreed in notes/conference-day-api.md), spread
 * into `contract` (contract.ts) like the election's: running the agenda live, the secretary's
 * summaries and the opinions, floor votes (R1, R2), and the resolution with its stages. Inputs are
 * strict like every other channel's; handlers are in core/service/proceedingsHandlers.ts and
 * core/service/resolutionHandlers.ts.
 */
import { z } from 'zod';
import { NamedPersonSchema } from './domain/election';
import { AGENDA_KINDS } from './domain/agendaKinds';
import { TimeSchema } from './domain/person';
import {
  FloorVoteSchema,
  OpinionSchema,
  ProceedingsSchema,
  WrittenOpinionRouteSchema,
} from './domain/proceedings';
import {
  OwnerSchema,
  RESOLUTION_SECTIONS,
  RESOLUTION_STAGES,
  ResolutionItemSchema,
  ResolutionSchema,
} from './domain/resolution';

const Id = z.string().min(1).max(100);
const Count = z.number().int().nonnegative().max(100_000);
/** An ISO timestamp as the clock gives it; the service sets it when absent. */
const Instant = z.string().min(1).max(40);

const channel = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({
  input,
  output,
});

/**
 * One opinion as the secretary types it. A new opinion may come with an id made by the screen
 * (so the debounced saves of one opinion never create two); without one the service makes it.
 */
export const OpinionInputSchema = OpinionSchema.extend({
  id: Id.optional(),
  agendaItemId: Id.optional(),
  resolutionItemId: Id.optional(),
  speaker: NamedPersonSchema.strict(),
  answer: z
    .object({ by: NamedPersonSchema.strict(), content: z.string().max(20000).default('') })
    .strict()
    .optional(),
  at: Instant.optional(),
}).strict();
export type OpinionInput = z.input<typeof OpinionInputSchema>;

/**
 * One vote as recorded: `present` defaults to the number checked in at that moment; a figure
 * typed above or below it needs `presentNote`. A vote with an id already recorded is corrected in
 * place.
 */
export const FloorVoteInputSchema = FloorVoteSchema.extend({
  id: Id.optional(),
  title: z.string().trim().max(500).default(''),
  agendaItemId: Id.optional(),
  resolutionSectionId: z.enum(RESOLUTION_SECTIONS).optional(),
  present: Count.optional(),
  votesFor: Count,
  votesAgainst: Count,
  votesOther: Count,
  at: Instant.optional(),
}).strict();
export type FloorVoteInput = z.input<typeof FloorVoteInputSchema>;

/** One resolution item as edited; a new item may come without an id. */
export const ResolutionItemInputSchema = ResolutionItemSchema.extend({
  id: Id.optional(),
  owner: OwnerSchema.strict().optional(),
}).strict();
export type ResolutionItemInput = z.input<typeof ResolutionItemInputSchema>;

const WrittenOpinionRouteInputSchema = WrittenOpinionRouteSchema.extend({
  formsIssued: Count.default(0),
  formsReturned: Count.default(0),
  items: z
    .array(
      z
        .object({
          id: Id.optional(),
          title: z.string().trim().max(500),
          votesFor: Count.default(0),
          votesAgainst: Count.default(0),
          votesOther: Count.default(0),
        })
        .strict(),
    )
    .max(100)
    .default([]),
}).strict();

export const VoteOutcomeSchema = z.object({
  status: z.enum(['passes', 'fails', 'noQuorum', 'invalid']),
  passes: z.boolean(),
  needed: z.number(),
  problems: z.array(z.string()),
  /** Hundredths of a percent of the people present (5333 = 53,33%). */
  percentFor: z.number(),
  quorumHeld: z.boolean(),
  /** Why the vote decides nothing whatever the count (quorum lost, Điều 51.2.c). */
  reason: z.string().optional(),
  sentence: z.string(),
});

export const QuorumSchema = z.object({
  present: z.number(),
  base: z.number(),
  needed: z.number(),
  reached: z.boolean(),
  percent: z.number(),
});

export const LiveAgendaSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      number: z.number(),
      kind: z.enum(AGENDA_KINDS),
      title: z.string(),
      plannedStart: z.string().nullable(),
      plannedEnd: z.string().nullable(),
      plannedMinutes: z.number(),
      actualStart: z.string().nullable(),
      actualEnd: z.string().nullable(),
      actualMinutes: z.number().nullable(),
      overrunMinutes: z.number().nullable(),
      status: z.enum(['done', 'current', 'upcoming', 'skipped']),
    }),
  ),
  currentId: z.string().nullable(),
  nextId: z.string().nullable(),
  elapsedMinutes: z.number().nullable(),
  currentElapsedMinutes: z.number().nullable(),
  currentRemainingMinutes: z.number().nullable(),
  delayMinutes: z.number().nullable(),
  expectedEnd: z.string().nullable(),
  plannedEnd: z.string().nullable(),
});

/** "Điều hành hội nghị": the records, the live programme, the quorum now and every vote's outcome. */
export const ProceedingsViewSchema = z.object({
  proceedings: ProceedingsSchema,
  liveAgenda: LiveAgendaSchema,
  /** From check-in, now (R1). */
  quorum: QuorumSchema,
  /** "Luật 10/2022/QH15, Điều 51.2.c": shown beside the quorum and every outcome. */
  quorumSource: z.string(),
  /** Per vote id (proceedings.votes): computed, never stored. */
  outcomes: z.record(z.string(), VoteOutcomeSchema),
  /** Điều 50.2 route, per item id of proceedings.writtenOpinions: over all active staff. */
  writtenOutcomes: z.record(z.string(), VoteOutcomeSchema),
  /** Active staff: the base of the written-opinion route (Điều 50.2). */
  staffCount: z.number(),
});
export type ProceedingsView = z.output<typeof ProceedingsViewSchema>;

/** The resolution with its printed text (numbered I., II. … / 1., 2. …) and its lock. */
export const ResolutionViewSchema = z.object({
  resolution: ResolutionSchema,
  sections: z.array(
    z.object({
      section: z.enum(RESOLUTION_SECTIONS),
      label: z.string(),
      heading: z.string(),
      items: z.array(z.object({ id: z.string(), label: z.string(), text: z.string() })),
    }),
  ),
  /** Adopted: items change only through 'resolution:amend' with a reason. */
  locked: z.boolean(),
  lockedMessage: z.string().nullable(),
  /** The vote that adopted it, with its outcome, once adopted. */
  adoptedBy: z.object({ vote: FloorVoteSchema, outcome: VoteOutcomeSchema }).nullable(),
  /** The Ban TTND election is complete: its result is (or will be) the decision item. */
  electionComplete: z.boolean(),
});
export type ResolutionView = z.output<typeof ResolutionViewSchema>;

const ConferenceRef = { conferenceId: Id };

export const conferenceDayChannels = {
  'proceedings:get': channel(z.object(ConferenceRef).strict(), ProceedingsViewSchema),
  /** Ends the running item and starts this one (null: ends it and stops); opens the day if needed. */
  'proceedings:moveTo': channel(
    z.object({ ...ConferenceRef, itemId: Id.nullable() }).strict(),
    ProceedingsViewSchema,
  ),
  /** Called while the secretary types (debounced): answers with the time only, to stay cheap. */
  'proceedings:saveSummary': channel(
    z.object({ ...ConferenceRef, itemId: Id, summary: z.string().max(20000) }).strict(),
    z.object({ itemId: z.string(), savedAt: z.string() }),
  ),
  'proceedings:saveOpinion': channel(
    z.object({ ...ConferenceRef, opinion: OpinionInputSchema }).strict(),
    z.object({ opinion: OpinionSchema }),
  ),
  /** Answers with the opinion removed, so the screen can offer to put it back. */
  'proceedings:deleteOpinion': channel(
    z.object({ ...ConferenceRef, id: Id }).strict(),
    z.object({ removed: OpinionSchema }),
  ),
  'proceedings:recordVote': channel(
    z.object({ ...ConferenceRef, vote: FloorVoteInputSchema }).strict(),
    z.object({ vote: FloorVoteSchema, outcome: VoteOutcomeSchema }),
  ),
  'proceedings:deleteVote': channel(
    z.object({ ...ConferenceRef, id: Id }).strict(),
    z.object({ removed: FloorVoteSchema }),
  ),
  /** Opening and closing time (hh:mm); without a time, the clock's. Closing ends the running item. */
  'proceedings:open': channel(
    z.object({ ...ConferenceRef, time: TimeSchema.optional() }).strict(),
    ProceedingsViewSchema,
  ),
  'proceedings:close': channel(
    z.object({ ...ConferenceRef, time: TimeSchema.optional() }).strict(),
    ProceedingsViewSchema,
  ),
  /** Điều 50.2: the opinion forms after a second convocation without the quorum. */
  'proceedings:saveWrittenOpinions': channel(
    z.object({ ...ConferenceRef, route: WrittenOpinionRouteInputSchema.nullable() }).strict(),
    ProceedingsViewSchema,
  ),
  'resolution:get': channel(z.object(ConferenceRef).strict(), ResolutionViewSchema),
  /** The draft's items, in order; refused once adopted (use 'resolution:amend'). */
  'resolution:saveItems': channel(
    z.object({ ...ConferenceRef, items: z.array(ResolutionItemInputSchema).max(300) }).strict(),
    ResolutionViewSchema,
  ),
  /** 'adopted' needs the passing vote (subject 'resolution'); leaving 'adopted' needs a reason. */
  'resolution:setStage': channel(
    z
      .object({
        ...ConferenceRef,
        stage: z.enum(RESOLUTION_STAGES),
        voteId: Id.optional(),
        reason: z.string().max(500, 'Lý do không quá 500 ký tự.').optional(),
      })
      .strict(),
    ResolutionViewSchema,
  ),
  /** A change after adoption: the reason and what changed are logged; the text before is kept. */
  'resolution:amend': channel(
    z
      .object({
        ...ConferenceRef,
        items: z.array(ResolutionItemInputSchema).max(300),
        reason: z.string().max(500, 'Lý do không quá 500 ký tự.'),
      })
      .strict(),
    ResolutionViewSchema,
  ),
  /** Điều 52.2 focal point (đầu mối) and the D19 recipient; allowed at every stage. */
  'resolution:saveSettings': channel(
    z
      .object({
        ...ConferenceRef,
        focalPointId: Id.nullable().optional(),
        reportRecipient: z.string().max(300).default(''),
      })
      .strict(),
    ResolutionViewSchema,
  ),
} as const;
