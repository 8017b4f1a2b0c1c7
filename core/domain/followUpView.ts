/**
 * The follow-up of one conference as the screens show it on `today`: every item with its computed
 * state, the clocks of the Law with their sources, the six-monthly reviews with their frozen
 * totals, the Ban TTND's year checked against its clocks, and the overview's figures. Computed
 * from the records every time, never stored.
 */
import { boardWorkView, type BoardWorkView } from './boardWorkView';
import type { Conference } from './conference';
import { conferenceTitle } from './conference';
import type { FollowUpItem, LegalClock } from './followUp';
import { followUpDashboard, type FollowUpDashboard } from './followUpDashboard';
import { followUpItemState, type FollowUpItemState } from './followUpItemState';
import { reviewView, type ReviewView } from './followUpReview';
import type { HolidayTable } from './holidays';
import { legalClocks } from './legalClocks';
import type { Person } from './person';
import { adoptedOn } from './resolutionStage';
import type { RuleSet } from '../rules/ruleSets';

export type FollowUpItemView = FollowUpItem & { state: FollowUpItemState };

export interface ClockInfo {
  clock: LegalClock;
  itemId: string;
  /** The date the Law's clock gives (the item's deadline unless the user changed it). */
  due: string;
  source: string;
}

export interface FollowUpView {
  conferenceId: string;
  year: number;
  title: string;
  /** The day the resolution was adopted; null before (no clocks yet). */
  adoptedOn: string | null;
  today: string;
  items: FollowUpItemView[];
  clocks: ClockInfo[];
  reviews: ReviewView[];
  board: BoardWorkView;
  /**
   * The board's quarterly, six-monthly and yearly reports are expected of this conference's year:
   * a regular conference with its resolution adopted, in a unit with a sitting Ban TTND.
   */
  boardActive: boolean;
  dashboard: FollowUpDashboard;
  previousConferenceId: string | null;
  nextConferenceId: string | null;
}

export interface ViewContext {
  people: readonly Person[];
  holidays: HolidayTable;
  rules: RuleSet;
  today: string;
  /** The unit has a sitting Ban TTND (main file's inspectionBoard with members). */
  hasBoard: boolean;
}

export function followUpItemViews(
  conference: Pick<Conference, 'followUp' | 'resolution'>,
  ctx: ViewContext,
): FollowUpItemView[] {
  const resolutionItemIds = new Set(conference.resolution.items.map((i) => i.id));
  const stateCtx = { today: ctx.today, people: ctx.people, rules: ctx.rules, resolutionItemIds };
  return conference.followUp.items.map((item) => ({
    ...item,
    state: followUpItemState(item, stateCtx),
  }));
}

export function followUpView(conference: Conference, ctx: ViewContext): FollowUpView {
  const items = followUpItemViews(conference, ctx);
  const adopted =
    conference.resolution.stage === 'adopted' ? adoptedOn(conference.resolution) : undefined;
  const clocks = adopted
    ? legalClocks(adopted, ctx.holidays, ctx.rules).flatMap(({ clock, due, source }) => {
        const item = items.find((i) => i.clock === clock);
        return item ? [{ clock, itemId: item.id, due, source }] : [];
      })
    : [];
  const followUp = conference.followUp;
  return {
    conferenceId: conference.id,
    year: conference.year,
    title: conferenceTitle(conference),
    adoptedOn: adopted ?? null,
    today: ctx.today,
    items,
    clocks,
    reviews: followUp.reviews.map((r) => reviewView(r, ctx.rules)),
    board: boardWorkView(followUp.board, {
      today: ctx.today,
      year: conference.year,
      holidays: ctx.holidays,
      rules: ctx.rules,
    }),
    boardActive: ctx.hasBoard && conference.kind === 'regular' && adopted !== undefined,
    dashboard: followUpDashboard(items, ctx.today),
    previousConferenceId: followUp.previousConferenceId ?? null,
    nextConferenceId: followUp.nextConferenceId ?? null,
  };
}
