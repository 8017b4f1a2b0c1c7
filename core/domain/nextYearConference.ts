/**
 * "Tạo hội nghị năm sau" (issue 7, item 7): next year's regular conference started from this one.
 *
 * Carried over: the programme (fresh ids; presenters, timings and notes as they were), the
 * conference form and the "held although optional" choice, the venue and start time, the
 * documents' header presets and signers (documentSettings), and every unfinished item of the
 * follow-up (chưa thực hiện / đang thực hiện), marked as carried over with what it was last year.
 * The unit, the roster, the wording of the documents and the register of document numbers live in
 * the main file and simply stay; the Ban TTND's term clock (main file's inspectionBoard) carries on,
 * so the new conference says by itself whether the election falls due (R21).
 *
 * Not carried: anything that belongs to one year — delegates, guests, attendance, the preparation
 * plan (regenerated from the new date), the day's records, the election, the resolution, the
 * reviews, the Ban TTND's year, and of each carried item its notes, evidence and deadline (last
 * year's deadline is kept in carriedFrom; the new one is the new year's decision). Items closed
 * as "không thực hiện được" are not carried: they are reported with their reason (D7) and the new
 * resolution decides whether to take them up again. The clocks of the Law are each year's own.
 */
import type { Conference } from './conference';
import { OPEN_STATUSES, blankProgress, type FollowUpItem } from './followUp';

export interface NextYearInput {
  id: string;
  at: string;
  newId: () => string;
  date?: string;
  venue?: string;
}

/** What ConferenceSchema.parse turns into the new conference (defaults fill the rest). */
export type NextYearDraft = Pick<
  Conference,
  | 'id'
  | 'year'
  | 'kind'
  | 'startTime'
  | 'venue'
  | 'form'
  | 'heldAlthoughOptional'
  | 'agenda'
  | 'documentSettings'
  | 'followUp'
  | 'createdAt'
  | 'updatedAt'
> & { date?: string };

/** The items next year's follow-up takes over from this one. */
export function carriedItems(
  source: Pick<Conference, 'id' | 'year' | 'followUp'>,
  at: string,
  newId: () => string,
): FollowUpItem[] {
  return source.followUp.items
    .filter((item) => item.origin !== 'clock' && OPEN_STATUSES.includes(item.status))
    .map((item) => ({
      id: newId(),
      origin: 'carriedOver',
      carriedFrom: {
        conferenceId: source.id,
        year: source.year,
        itemId: item.id,
        status: item.status,
        ...(item.deadline ? { deadline: item.deadline } : {}),
        ...(item.achieved !== undefined ? { achieved: item.achieved } : {}),
      },
      ...(item.section ? { section: item.section } : {}),
      title: item.title,
      ...(item.indicator !== undefined ? { indicator: item.indicator } : {}),
      ...(item.target !== undefined ? { target: item.target } : {}),
      ...(item.unitOfMeasure !== undefined ? { unitOfMeasure: item.unitOfMeasure } : {}),
      ...(item.owner ? { owner: item.owner } : {}),
      status: item.status,
      ...blankProgress(at),
    }));
}

export function nextYearConference(source: Conference, input: NextYearInput): NextYearDraft {
  return {
    id: input.id,
    year: source.year + 1,
    kind: 'regular',
    ...(input.date ? { date: input.date } : {}),
    startTime: source.startTime,
    venue: input.venue ?? source.venue,
    form: source.form,
    heldAlthoughOptional: source.heldAlthoughOptional,
    agenda: source.agenda.map((item) => ({ ...item, id: input.newId() })),
    documentSettings: source.documentSettings,
    followUp: {
      items: carriedItems(source, input.at, input.newId),
      reviews: [],
      board: { programmes: [], inspections: [], recommendations: [], reports: [] },
      previousConferenceId: source.id,
    },
    createdAt: input.at,
    updatedAt: input.at,
  };
}
