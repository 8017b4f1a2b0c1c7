import { AppError } from '../domain/appError';
import type { Conference } from '../domain/conference';
import { vietnamDate } from '../domain/vietnamTime';
import { FollowUpSchema, type FollowUp, type FollowUpItem } from '../domain/followUp';
import { syncFollowUp } from '../domain/followUpSync';
import { followUpView, type FollowUpView, type ViewContext } from '../domain/followUpView';
import type { MainDoc } from '../domain/workspace';
import { ruleSet } from '../rules/ruleSets';
import type { ServiceContext } from './serviceContext';

export interface FollowUpAccess {
  today(): string;
  viewContext(main: MainDoc): ViewContext;
  /** The conference with its follow-up in step with the adopted resolution (not saved). */
  synced(conferenceId: string, main: MainDoc): Conference;
  /** Load, sync, apply the change, save, and answer with the view. */
  change(
    conferenceId: string,
    edit: (followUp: FollowUp, conference: Conference, main: MainDoc) => FollowUp,
  ): FollowUpView;
  view(conference: Conference, main: MainDoc): FollowUpView;
  requireItem(followUp: FollowUp, itemId: string): FollowUpItem;
  /**
   * Last year's regular conference: the one this was created from ("Tạo hội nghị năm sau"), or
   * else the regular conference of the year before, when the app holds it.
   */
  previousOf(conference: Conference): Conference | undefined;
}

/**
 * The conference with its follow-up in step with the adopted resolution (followUpSync.ts): the same
 * object when nothing is to change. Run on every read here, and on adoption, amendment or a new
 * focal point (resolutionHandlers.ts).
 */
export function withSyncedFollowUp(conference: Conference, main: MainDoc, at: string): Conference {
  const followUp = syncFollowUp(conference, {
    holidays: main.holidays,
    rules: ruleSet(main.unit.ruleSetId),
    at,
  });
  return followUp === conference.followUp ? conference : { ...conference, followUp };
}

/**
 * What the follow-up's handlers share (followUpHandlers.ts, boardWorkHandlers.ts): every change
 * starts from the follow-up synced with the adopted resolution (followUpSync.ts), so a file
 * adopted before this version, or a focal point changed since, is right before anything is added.
 */
export function followUpAccess(ctx: ServiceContext): FollowUpAccess {
  const { state, storage, clock, nowIso, updateConference } = ctx;
  const today = () => vietnamDate(clock.now());

  const viewContext = (main: MainDoc): ViewContext => ({
    people: main.people,
    holidays: main.holidays,
    rules: ruleSet(main.unit.ruleSetId),
    today: today(),
    hasBoard: (main.inspectionBoard?.memberIds.length ?? 0) > 0,
  });

  const synced = (conferenceId: string, main: MainDoc): Conference =>
    withSyncedFollowUp(state.getConference(conferenceId).conference, main, nowIso());

  const view = (conference: Conference, main: MainDoc) =>
    followUpView(conference, viewContext(main));

  const previousOf = (conference: Conference): Conference | undefined => {
    const ids = storage.listConferenceIds();
    const load = (id: string) => {
      try {
        return state.getConference(id).conference;
      } catch {
        return undefined;
      }
    };
    const linked = conference.followUp.previousConferenceId;
    if (linked && ids.includes(linked)) return load(linked);
    return ids
      .map(load)
      .find(
        (c) => c?.kind === 'regular' && c.year === conference.year - 1 && c.id !== conference.id,
      );
  };

  return {
    today,
    viewContext,
    previousOf,
    synced,
    view,
    change(conferenceId, edit) {
      const main = state.getMain();
      const stored = state.getConference(conferenceId).conference;
      const conference = synced(conferenceId, main);
      const edited = edit(conference.followUp, conference, main);
      // Nothing changed (a retried request, a field saved with its own value): nothing to write.
      if (edited === stored.followUp) return view(stored, main);
      const followUp = FollowUpSchema.parse(edited);
      const next = updateConference(conferenceId, (c) => ({ ...c, followUp }));
      return view(next, main);
    },
    requireItem(followUp, itemId) {
      const item = followUp.items.find((i) => i.id === itemId);
      if (!item) {
        throw new AppError(
          'NOT_FOUND',
          'Không tìm thấy nội dung theo dõi này (có thể đã bị xoá): hãy tải lại danh sách.',
        );
      }
      return item;
    },
  };
}
