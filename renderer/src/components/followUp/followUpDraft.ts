import type { FollowUpStatus } from '../../../../core/domain/followUp';
import type { Owner } from '../../../../core/domain/resolution';
import type { FollowUpItemChanges, FollowUpViewOutput } from '../../../../core/followUpContract';

type Item = FollowUpViewOutput['items'][number];

/** The follow-up drawer's form: what the user edits of one item before pressing "Lưu". */
export interface Draft {
  status: FollowUpStatus;
  notDoneReason: string;
  achieved: number | undefined;
  completedOn: string | undefined;
  deadline: string | undefined;
  owner: Owner | undefined;
  issues: string;
  nextSteps: string;
}

export const draftOf = (item: Item): Draft => ({
  status: item.status,
  notDoneReason: item.notDoneReason,
  achieved: item.achieved,
  completedOn: item.completedOn,
  deadline: item.deadline,
  owner: item.owner,
  issues: item.issues,
  nextSteps: item.nextSteps,
});

/**
 * A new answer for the same item (a note added, another window's save) keeps what the user has
 * changed and not saved yet: a field still equal to the old item takes the new item's value.
 */
export function rebaseDraft(old: Item, next: Item, d: Draft): Draft {
  const base = draftOf(old);
  const fresh = draftOf(next);
  const pick = <K extends keyof Draft>(k: K): Draft[K] =>
    JSON.stringify(d[k]) === JSON.stringify(base[k]) ? fresh[k] : d[k];
  return {
    status: pick('status'),
    notDoneReason: pick('notDoneReason'),
    achieved: pick('achieved'),
    completedOn: pick('completedOn'),
    deadline: pick('deadline'),
    owner: pick('owner'),
    issues: pick('issues'),
    nextSteps: pick('nextSteps'),
  };
}

/** Only what the user changed is sent: a resolution item's owner stays unless it was edited. */
export function changesOf(item: Item, d: Draft): FollowUpItemChanges {
  const changes: FollowUpItemChanges = {};
  if (d.status !== item.status) changes.status = d.status;
  if (d.notDoneReason !== item.notDoneReason) changes.notDoneReason = d.notDoneReason;
  if (d.achieved !== item.achieved) changes.achieved = d.achieved ?? null;
  if (d.completedOn !== item.completedOn) changes.completedOn = d.completedOn ?? null;
  if (d.deadline !== item.deadline) changes.deadline = d.deadline ?? null;
  if (JSON.stringify(d.owner) !== JSON.stringify(item.owner)) changes.owner = d.owner ?? null;
  if (d.issues !== item.issues) changes.issues = d.issues;
  if (d.nextSteps !== item.nextSteps) changes.nextSteps = d.nextSteps;
  return changes;
}
