/**
 * Step 7 of the guided view ("Nghị quyết và biên bản"), computed from the resolution's stage and
 * the floor votes: the resolution is done once adopted by a vote that passes (R2 while the quorum
 * holds, Luật 10/2022/QH15 Điều 51.2.c) as the last substantive step (Điều 51.4.i).
 */
import type { Conference } from './conference';
import { conferenceQuorum } from './conferenceRules';
import { outcomeSummary, voteOutcome, type VoteContext } from './floorVote';
import { RESOLUTION_STAGE_LABELS } from './glossary';
import type { Person } from './person';
import { adoptionDate } from './resolutionStage';
import type { RuleSet } from '../rules/ruleSets';

export interface ResolutionStepState {
  state: 'notStarted' | 'inProgress' | 'done' | 'needsAttention';
  reason: string;
  action?: string;
}

export function resolutionStep(
  conference: Conference,
  people: readonly Person[],
  rules: RuleSet,
): ResolutionStepState {
  const { resolution, proceedings } = conference;
  const ctx: VoteContext = { quorum: conferenceQuorum(conference, people, rules), rules };
  const outcomes = proceedings.votes.map((vote) => ({ vote, outcome: voteOutcome(vote, ctx) }));

  if (resolution.stage === 'adopted') {
    const adopting = outcomes.find((o) => o.vote.id === resolution.adoptedByVoteId);
    if (!adopting?.outcome.passes) {
      return {
        state: 'needsAttention',
        reason: adopting
          ? `Nghị quyết được ghi là đã thông qua nhưng lần biểu quyết không đạt: ${outcomeSummary(adopting.outcome)}.`
          : 'Nghị quyết được ghi là đã thông qua nhưng không còn lần biểu quyết thông qua.',
        action: 'Xem lại biểu quyết',
      };
    }
    const changes = resolution.changeLog.length;
    return {
      state: 'done',
      reason: `Nghị quyết đã được thông qua ngày ${adoptionDate(resolution)} (${adopting.outcome.sentence}).${changes > 0 ? ` Đã sửa đổi ${changes} lần sau khi thông qua.` : ''}`,
    };
  }

  const invalid = outcomes.find((o) => o.outcome.status === 'invalid');
  if (invalid) {
    return {
      state: 'needsAttention',
      reason: `Biểu quyết “${invalid.vote.title}”: ${invalid.outcome.problems[0] ?? ''}`,
      action: 'Sửa số liệu biểu quyết',
    };
  }
  const onResolution = outcomes.filter((o) => o.vote.subject === 'resolution').at(-1);
  if (onResolution?.outcome.passes) {
    return {
      state: 'inProgress',
      reason: `Hội nghị đã biểu quyết thông qua nghị quyết (${onResolution.outcome.sentence}); hãy ghi nhận để khoá nội dung.`,
      action: 'Ghi nhận nghị quyết đã thông qua',
    };
  }
  if (onResolution) {
    return {
      state: 'needsAttention',
      reason: `Biểu quyết thông qua nghị quyết: ${outcomeSummary(onResolution.outcome)}.`,
      action: 'Xem lại nghị quyết',
    };
  }
  if (resolution.items.length === 0) {
    return {
      state: 'notStarted',
      reason: 'Chưa có dự thảo nghị quyết.',
      action: 'Soạn dự thảo nghị quyết',
    };
  }
  return {
    state: 'inProgress',
    reason: `${RESOLUTION_STAGE_LABELS[resolution.stage]}: ${resolution.items.length} nội dung; chưa biểu quyết thông qua.`,
    action: 'Tiếp tục soạn nghị quyết',
  };
}
