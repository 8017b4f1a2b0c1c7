import { AppError } from '../domain/appError';
import type { Conference } from '../domain/conference';
import { activeStaff, conferenceQuorum } from '../domain/conferenceRules';
import {
  voteOutcome,
  voteProblems,
  writtenOpinionOutcome,
  writtenOpinionProblems,
  type VoteContext,
} from '../domain/floorVote';
import { VOTE_SUBJECT_LABELS } from '../domain/glossary';
import { liveAgenda } from '../domain/liveAgenda';
import { vietnamClock } from '../domain/vietnamTime';
import type { NamedPerson } from '../domain/election';
import {
  FloorVoteSchema,
  ItemRecordSchema,
  OpinionSchema,
  WrittenOpinionRouteSchema,
  type FloorVote,
  type Proceedings,
} from '../domain/proceedings';
import type { MainDoc } from '../domain/workspace';
import { ruleSet } from '../rules/ruleSets';
import type { ProceedingsView } from '../conferenceDayContract';
import { normalizeDeep } from './normalizeDeep';
import type { Handlers } from './handlers';
import type { ServiceContext } from './serviceContext';

type ProceedingsChannels =
  | 'proceedings:get'
  | 'proceedings:moveTo'
  | 'proceedings:saveSummary'
  | 'proceedings:saveOpinion'
  | 'proceedings:deleteOpinion'
  | 'proceedings:recordVote'
  | 'proceedings:deleteVote'
  | 'proceedings:open'
  | 'proceedings:close'
  | 'proceedings:saveWrittenOpinions';

/** Everything "Điều hành hội nghị" shows, computed from the records (never stored). */
export function proceedingsView(
  conference: Conference,
  main: MainDoc,
  now: string,
): ProceedingsView {
  const rules = ruleSet(main.unit.ruleSetId);
  const quorum = conferenceQuorum(conference, main.people, rules);
  const ctx: VoteContext = { quorum, rules };
  const { proceedings } = conference;
  const staffCount = activeStaff(main.people).length;
  const route = proceedings.writtenOpinions;
  return {
    proceedings,
    liveAgenda: liveAgenda({
      agenda: conference.agenda,
      startTime: conference.startTime,
      proceedings,
      now,
    }),
    quorum,
    quorumSource: rules.quorum.source,
    outcomes: Object.fromEntries(proceedings.votes.map((v) => [v.id, voteOutcome(v, ctx)])),
    writtenOutcomes: route
      ? Object.fromEntries(
          route.items.map((item) => [
            item.id,
            writtenOpinionOutcome(item, route, staffCount, rules),
          ]),
        )
      : {},
    staffCount,
  };
}

/** Going back within this long of starting an item undoes the start (a key pressed by mistake). */
const ACCIDENTAL_START_MS = 2 * 60_000;

/**
 * The item records with the running item (if it was started) ended at `now` — unless the chair is
 * going back to an earlier item within two minutes of starting this one with nothing recorded
 * under it: that start was a mistaken Alt+→, and the minutes must not print an item that lasted
 * seconds, so its record is removed and it is to come again.
 */
function endRunning(p: Proceedings, now: string, goingBack = false): Proceedings['items'] {
  const items = { ...p.items };
  const id = p.currentItemId;
  const running = id ? items[id] : undefined;
  if (!id || !running?.startedAt) return items;
  const mistaken =
    goingBack &&
    running.endedAt === undefined &&
    Date.parse(now) - Date.parse(running.startedAt) < ACCIDENTAL_START_MS &&
    running.summary.trim() === '' &&
    !p.votes.some((v) => v.agendaItemId === id) &&
    !p.opinions.some((o) => o.agendaItemId === id);
  if (mistaken) delete items[id];
  else items[id] = { ...running, endedAt: now };
  return items;
}

/**
 * The conference day (issue 6): moving through the agenda, the secretary's summaries, opinions and
 * answers (Điều 51.4.c–d), floor votes (R1, R2), opening and closing, and the Điều 50.2 route.
 */
export function proceedingsHandlers(ctx: ServiceContext): Pick<Handlers, ProceedingsChannels> {
  const { state, newId, nowIso, requirePerson, patchConference } = ctx;

  /**
   * The hot path (typing, moving on): one change in memory, durable before the handler answers
   * (the storage journals just the changed part; issue 6: typing is never lost, even to a crash).
   * The whole conference is not re-validated: the channel's strict input and the part's own stored
   * schema (parsed below for each record) already guarantee what is written.
   */
  const patch = (conferenceId: string, change: (p: Proceedings) => Proceedings): Conference =>
    patchConference(conferenceId, (c) => ({ ...c, proceedings: change(c.proceedings) }), {
      durable: true,
    });

  const view = (conference: Conference) => proceedingsView(conference, state.getMain(), nowIso());

  const requireAgendaItem = (conference: Conference, itemId: string, what: string) => {
    if (!conference.agenda.some((i) => i.id === itemId)) {
      throw new AppError('NOT_FOUND', `Mục này không còn trong chương trình hội nghị: ${what}`);
    }
  };

  const requireNamed = (main: MainDoc, named: NamedPerson | undefined) => {
    if (named?.personId) requirePerson(main, named.personId);
  };

  /** R2/R1 context now: the conference's base and the people checked in. */
  const voteContext = (conference: Conference): VoteContext => {
    const main = state.getMain();
    const rules = ruleSet(main.unit.ruleSetId);
    return { quorum: conferenceQuorum(conference, main.people, rules), rules };
  };

  /** The adopted resolution is locked; so is the vote that adopted it (Điều 51.4.i). */
  const refuseIfAdopting = (conference: Conference, voteId: string) => {
    const { resolution } = conference;
    if (resolution.stage === 'adopted' && resolution.adoptedByVoteId === voteId) {
      throw new AppError(
        'CONFLICT',
        'Lần biểu quyết này đã thông qua nghị quyết (nghị quyết đã khoá): muốn sửa hoặc xoá, hãy mở lại nghị quyết và ghi lý do trước.',
      );
    }
  };

  return {
    'proceedings:get': ({ conferenceId }) => view(state.getConference(conferenceId).conference),

    'proceedings:moveTo': ({ conferenceId, itemId }) => {
      const current = state.getConference(conferenceId).conference;
      if (itemId !== null) requireAgendaItem(current, itemId, 'không chuyển được.');
      if (itemId === (current.proceedings.currentItemId ?? null)) return view(current);
      const now = nowIso();
      const order = (id: string | null | undefined) => current.agenda.findIndex((i) => i.id === id);
      const goingBack = itemId !== null && order(itemId) < order(current.proceedings.currentItemId);
      const next = patch(conferenceId, (p) => {
        const items = endRunning(p, now, goingBack);
        if (itemId === null) return { ...p, items, currentItemId: undefined };
        // Going back to an item resumes it: its first start stays, its end is recorded again.
        const record = items[itemId] ?? ItemRecordSchema.parse({});
        items[itemId] = { ...record, startedAt: record.startedAt ?? now, endedAt: undefined };
        return {
          ...p,
          openedAt: p.openedAt ?? vietnamClock(now),
          // Moving on after the closing time was recorded means the conference resumed.
          closedAt: undefined,
          currentItemId: itemId,
          items,
        };
      });
      return view(next);
    },

    'proceedings:saveSummary': ({ conferenceId, itemId, summary }) => {
      const current = state.getConference(conferenceId).conference;
      requireAgendaItem(
        current,
        itemId,
        'phần tóm tắt vừa gõ chưa được lưu — hãy sao chép sang mục khác.',
      );
      const text = summary.normalize('NFC');
      const savedAt = nowIso();
      patch(conferenceId, (p) => ({
        ...p,
        items: {
          ...p.items,
          [itemId]: { ...(p.items[itemId] ?? ItemRecordSchema.parse({})), summary: text },
        },
      }));
      return { itemId, savedAt };
    },

    'proceedings:saveOpinion': ({ conferenceId, opinion: input }) => {
      const main = state.getMain();
      const current = state.getConference(conferenceId).conference;
      const opinion = normalizeDeep(input);
      requireNamed(main, opinion.speaker);
      requireNamed(main, opinion.answer?.by);
      if (opinion.agendaItemId)
        requireAgendaItem(current, opinion.agendaItemId, 'hãy chọn lại mục của ý kiến.');
      if (
        opinion.resolutionItemId &&
        !current.resolution.items.some((i) => i.id === opinion.resolutionItemId)
      ) {
        throw new AppError(
          'INVALID_INPUT',
          'Không có nội dung nghị quyết này (có thể đã bị xoá): hãy chọn lại nội dung được tiếp thu.',
        );
      }
      const id = opinion.id ?? newId();
      const existing = current.proceedings.opinions.find((o) => o.id === id);
      const speakerDepartment = opinion.speaker.personId
        ? (main.people.find((p) => p.id === opinion.speaker.personId)?.department ?? '')
        : '';
      const saved = OpinionSchema.parse({
        ...opinion,
        id,
        department: opinion.department.trim() ? opinion.department : speakerDepartment,
        at: existing?.at ?? opinion.at ?? nowIso(),
      });
      patch(conferenceId, (p) => ({
        ...p,
        opinions: existing
          ? p.opinions.map((o) => (o.id === id ? saved : o))
          : [...p.opinions, saved],
      }));
      return { opinion: saved };
    },

    'proceedings:deleteOpinion': ({ conferenceId, id }) => {
      const current = state.getConference(conferenceId).conference;
      const removed = current.proceedings.opinions.find((o) => o.id === id);
      if (!removed)
        throw new AppError('NOT_FOUND', 'Không tìm thấy ý kiến này. Có thể nó đã bị xoá.');
      patch(conferenceId, (p) => ({ ...p, opinions: p.opinions.filter((o) => o.id !== id) }));
      return { removed };
    },

    'proceedings:recordVote': ({ conferenceId, vote: input }) => {
      const current = state.getConference(conferenceId).conference;
      const vctx = voteContext(current);
      const vote = normalizeDeep(input);
      if (vote.agendaItemId)
        requireAgendaItem(current, vote.agendaItemId, 'hãy chọn lại mục của lần biểu quyết.');
      if (vote.subject === 'resolutionSection' && !vote.resolutionSectionId) {
        throw new AppError('INVALID_INPUT', 'Hãy chọn phần nghị quyết được đưa ra biểu quyết.');
      }
      const existing = vote.id
        ? current.proceedings.votes.find((v) => v.id === vote.id)
        : undefined;
      if (existing) refuseIfAdopting(current, existing.id);
      const saved: FloorVote = FloorVoteSchema.parse({
        ...vote,
        id: vote.id ?? newId(),
        title: vote.title || VOTE_SUBJECT_LABELS[vote.subject],
        present: vote.present ?? vctx.quorum.present,
        at: existing?.at ?? vote.at ?? nowIso(),
      });
      const problems = voteProblems(saved, vctx);
      // The number present comes from check-in; a smaller one typed in (people left the hall)
      // is a correction the minutes must explain. Checked when typed, not when check-in moves on.
      const corrected = saved.present < vctx.quorum.present && saved.present !== existing?.present;
      if (corrected && !saved.presentNote.trim()) {
        problems.push(
          `Số người có mặt khi biểu quyết (${saved.present}) ít hơn số người đã điểm danh (${vctx.quorum.present}): hãy ghi lý do (ví dụ: một số người đã ra về).`,
        );
      }
      if (problems.length > 0) {
        throw new AppError('INVALID_INPUT', problems[0] ?? '', problems);
      }
      // A vote that fails, or that the lost quorum voids, is a fact of the day: it is kept.
      patch(conferenceId, (p) => ({
        ...p,
        votes: existing ? p.votes.map((v) => (v.id === saved.id ? saved : v)) : [...p.votes, saved],
      }));
      return { vote: saved, outcome: voteOutcome(saved, vctx) };
    },

    'proceedings:deleteVote': ({ conferenceId, id }) => {
      const current = state.getConference(conferenceId).conference;
      const removed = current.proceedings.votes.find((v) => v.id === id);
      if (!removed)
        throw new AppError('NOT_FOUND', 'Không tìm thấy lần biểu quyết này. Có thể nó đã bị xoá.');
      refuseIfAdopting(current, id);
      patch(conferenceId, (p) => ({ ...p, votes: p.votes.filter((v) => v.id !== id) }));
      return { removed };
    },

    'proceedings:open': ({ conferenceId, time }) => {
      const current = state.getConference(conferenceId).conference;
      const openedAt = time ?? vietnamClock(nowIso());
      const closedAt = current.proceedings.closedAt;
      if (closedAt && openedAt > closedAt) {
        throw new AppError(
          'INVALID_INPUT',
          `Giờ khai mạc (${openedAt}) muộn hơn giờ bế mạc đã ghi (${closedAt}).`,
        );
      }
      return view(patch(conferenceId, (p) => ({ ...p, openedAt })));
    },

    'proceedings:close': ({ conferenceId, time }) => {
      const current = state.getConference(conferenceId).conference;
      const now = nowIso();
      const closedAt = time ?? vietnamClock(now);
      const openedAt = current.proceedings.openedAt;
      if (openedAt && closedAt < openedAt) {
        throw new AppError(
          'INVALID_INPUT',
          `Giờ bế mạc (${closedAt}) sớm hơn giờ khai mạc (${openedAt}).`,
        );
      }
      const next = patch(conferenceId, (p) => ({
        ...p,
        items: endRunning(p, now),
        currentItemId: undefined,
        closedAt,
      }));
      return view(next);
    },

    'proceedings:saveWrittenOpinions': ({ conferenceId, route }) => {
      if (route === null) {
        return view(patch(conferenceId, (p) => ({ ...p, writtenOpinions: undefined })));
      }
      const main = state.getMain();
      const staffCount = activeStaff(main.people).length;
      const normalised = normalizeDeep(route);
      const saved = WrittenOpinionRouteSchema.parse({
        ...normalised,
        items: normalised.items.map((item) => ({ ...item, id: item.id ?? newId() })),
      });
      const problems = writtenOpinionProblems(saved, staffCount);
      if (problems.length > 0) throw new AppError('INVALID_INPUT', problems[0] ?? '', problems);
      return view(patch(conferenceId, (p) => ({ ...p, writtenOpinions: saved })));
    },
  };
}
