import { AppError } from '../domain/appError';
import type { Conference } from '../domain/conference';
import { conferenceQuorum } from '../domain/conferenceRules';
import { voteOutcome } from '../domain/floorVote';
import { ResolutionItemSchema, type ResolutionItem } from '../domain/resolution';
import { printedResolution, resolutionTextContext } from '../domain/printedResolution';
import { syncElectionItem } from '../domain/resolutionElection';
import {
  amendProblems,
  amendResolution,
  changeStage,
  lockedMessage,
  stageChangeProblems,
} from '../domain/resolutionStage';
import { withGeneratedText } from '../domain/resolutionText';
import type { MainDoc } from '../domain/workspace';
import { ruleSet } from '../rules/ruleSets';
import type { ResolutionItemInput, ResolutionView } from '../conferenceDayContract';
import { withSyncedFollowUp } from './followUpAccess';
import { normalizeDeep } from './normalizeDeep';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

type ResolutionChannels =
  | 'resolution:get'
  | 'resolution:saveItems'
  | 'resolution:setStage'
  | 'resolution:amend'
  | 'resolution:saveSettings';

/** The resolution with its numbered text and lock, computed from the records (never stored). */
export function resolutionView(conference: Conference, main: MainDoc): ResolutionView {
  const rules = ruleSet(main.unit.ruleSetId);
  const printed = printedResolution(conference, main.people, rules);
  const resolution = { ...conference.resolution, items: printed.items };
  const vote =
    resolution.stage === 'adopted'
      ? conference.proceedings.votes.find((v) => v.id === resolution.adoptedByVoteId)
      : undefined;
  return {
    resolution,
    sections: printed.sections,
    locked: resolution.stage === 'adopted',
    lockedMessage: lockedMessage(resolution),
    adoptedBy: vote
      ? {
          vote,
          outcome: voteOutcome(vote, {
            quorum: conferenceQuorum(conference, main.people, rules),
            rules,
          }),
        }
      : null,
    electionComplete: printed.context.election !== null,
  };
}

/** Opinions taken into an item that no longer exists lose the link (the opinion itself stays). */
function unlinkOpinions(conference: Conference, items: readonly ResolutionItem[]): Conference {
  const ids = new Set(items.map((i) => i.id));
  return {
    ...conference,
    proceedings: {
      ...conference.proceedings,
      opinions: conference.proceedings.opinions.map((o) =>
        o.resolutionItemId && !ids.has(o.resolutionItemId)
          ? { ...o, resolutionItemId: undefined }
          : o,
      ),
    },
  };
}

/**
 * The resolution (D15): its items while drafted, its stages with frozen versions, adoption by a
 * floor vote, changes after adoption with a logged reason, the focal point of Điều 52.2. R9's
 * follow-up tasks (issue 7) start from `resolution.adoptedAt`, set here on adoption.
 */
export function resolutionHandlers(ctx: ServiceContext): Pick<Handlers, ResolutionChannels> {
  const { state, newId, nowIso, updateConference, requirePerson } = ctx;

  const prepare = (main: MainDoc, input: readonly ResolutionItemInput[]): ResolutionItem[] => {
    const items = normalizeDeep(input).map((item) =>
      ResolutionItemSchema.parse({ ...item, id: item.id ?? newId() }),
    );
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) {
        throw new AppError(
          'INVALID_INPUT',
          'Hai nội dung nghị quyết có cùng mã: hãy tải lại nghị quyết rồi sửa tiếp.',
        );
      }
      seen.add(item.id);
      if (item.owner?.personId) requirePerson(main, item.owner.personId);
    }
    return items;
  };

  // R9, R10 (issue 7): adoption, an amendment or a new focal point brings the follow-up list and
  // the clocks of the Law in step at once (idempotent: ids follow the items and clocks).
  const followed = (c: Conference, main: MainDoc): Conference =>
    withSyncedFollowUp(c, main, nowIso());

  const loaded = (conferenceId: string) => ({
    main: state.getMain(),
    conference: state.getConference(conferenceId).conference,
  });

  return {
    'resolution:get': ({ conferenceId }) => {
      const { main, conference } = loaded(conferenceId);
      return resolutionView(conference, main);
    },

    'resolution:saveItems': ({ conferenceId, items: input }) => {
      const { main, conference } = loaded(conferenceId);
      const locked = lockedMessage(conference.resolution);
      if (locked) throw new AppError('CONFLICT', locked);
      const tctx = resolutionTextContext(conference, main.people, ruleSet(main.unit.ruleSetId));
      const items = withGeneratedText(syncElectionItem(prepare(main, input), tctx.election), tctx);
      const next = updateConference(conferenceId, (c) => ({
        ...unlinkOpinions(c, items),
        resolution: { ...c.resolution, items },
      }));
      return resolutionView(next, main);
    },

    'resolution:setStage': ({ conferenceId, stage, voteId, reason }) => {
      const { main, conference } = loaded(conferenceId);
      const rules = ruleSet(main.unit.ruleSetId);
      const at = nowIso();
      const stageCtx = {
        quorum: conferenceQuorum(conference, main.people, rules),
        rules,
        votes: conference.proceedings.votes,
        at,
      };
      // What is frozen (and adopted) is the text as shown, election result included.
      const resolution = {
        ...conference.resolution,
        items: printedResolution(conference, main.people, rules).items,
      };
      const change = { stage, voteId, reason: reason?.normalize('NFC') };
      const problems = stageChangeProblems(resolution, change, stageCtx);
      if (problems.length > 0) throw new AppError('INVALID_INPUT', problems[0] ?? '', problems);
      const next = updateConference(conferenceId, (c) =>
        followed({ ...c, resolution: changeStage(resolution, change, stageCtx) }, main),
      );
      return resolutionView(next, main);
    },

    'resolution:amend': ({ conferenceId, items: input, reason }) => {
      const { main, conference } = loaded(conferenceId);
      const items = withGeneratedText(
        prepare(main, input),
        resolutionTextContext(conference, main.people, ruleSet(main.unit.ruleSetId)),
      );
      const why = reason.normalize('NFC');
      const problems = amendProblems(conference.resolution, items, why);
      if (problems.length > 0) {
        const code = conference.resolution.stage === 'adopted' ? 'INVALID_INPUT' : 'CONFLICT';
        throw new AppError(code, problems[0] ?? '', problems);
      }
      const next = updateConference(conferenceId, (c) =>
        followed(
          {
            ...unlinkOpinions(c, items),
            resolution: amendResolution(c.resolution, items, why, nowIso()),
          },
          main,
        ),
      );
      return resolutionView(next, main);
    },

    'resolution:saveSettings': ({ conferenceId, focalPointId, reportRecipient }) => {
      const main = state.getMain();
      if (focalPointId) requirePerson(main, focalPointId);
      const next = updateConference(conferenceId, (c) =>
        followed(
          {
            ...c,
            resolution: {
              ...c.resolution,
              focalPointId: focalPointId ?? undefined,
              reportRecipient: reportRecipient.normalize('NFC').trim(),
            },
          },
          main,
        ),
      );
      return resolutionView(next, main);
    },
  };
}
