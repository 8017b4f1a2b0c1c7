/**
 * The overview a chair reads in ten seconds (issue 7, item 2): how many items in each status, how
 * many overdue, what falls due in the next 30 days, progress per part of the resolution, and the
 * same for the Ban TTND's work. Every figure is counted here from the items' computed state.
 */
import {
  FOLLOW_UP_GROUPS,
  FOLLOW_UP_STATUSES,
  type FollowUpGroup,
  type FollowUpItem,
  type FollowUpStatus,
} from './followUp';
import type { FollowUpItemState } from './followUpItemState';
import { FOLLOW_UP_GROUP_LABELS } from './glossary';
import { percentOf } from './quorum';

export type StatusCounts = Record<FollowUpStatus, number>;

export interface GroupProgress {
  group: FollowUpGroup;
  label: string;
  total: number;
  byStatus: StatusCounts;
  overdue: number;
  /** done / total × 100, two decimals. */
  percentDone: number;
}

export interface FollowUpDashboard {
  asOf: string;
  total: number;
  byStatus: StatusCounts;
  overdue: number;
  dueSoon: number;
  /** Open items without a deadline: nothing will ever remind about them. */
  noDeadline: number;
  percentDone: number;
  /** Overdue items, most overdue first, then those due within 30 days, soonest first. */
  overdueIds: string[];
  dueSoonIds: string[];
  /** Only the groups that have items, in the resolution's order. */
  groups: GroupProgress[];
}

type Stated = Pick<FollowUpItem, 'id' | 'status' | 'deadline'> & { state: FollowUpItemState };

const zeroCounts = (): StatusCounts =>
  Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as StatusCounts;

/** Soonest first; the sort is stable, so items due the same day keep the list's order. */
const byDeadline = (a: Stated, b: Stated) => (a.deadline ?? '').localeCompare(b.deadline ?? '');

export function followUpDashboard(items: readonly Stated[], asOf: string): FollowUpDashboard {
  const byStatus = zeroCounts();
  const groups = new Map<FollowUpGroup, GroupProgress>();
  for (const item of items) {
    byStatus[item.status] += 1;
    const group = item.state.group;
    let progress = groups.get(group);
    if (!progress) {
      progress = {
        group,
        label: FOLLOW_UP_GROUP_LABELS[group],
        total: 0,
        byStatus: zeroCounts(),
        overdue: 0,
        percentDone: 0,
      };
      groups.set(group, progress);
    }
    progress.total += 1;
    progress.byStatus[item.status] += 1;
    if (item.state.overdue) progress.overdue += 1;
  }
  for (const progress of groups.values())
    progress.percentDone = percentOf(progress.byStatus.done, progress.total);
  const overdue = items.filter((i) => i.state.overdue).sort(byDeadline);
  const dueSoon = items.filter((i) => i.state.dueSoon).sort(byDeadline);
  return {
    asOf,
    total: items.length,
    byStatus,
    overdue: overdue.length,
    dueSoon: dueSoon.length,
    noDeadline: items.filter(
      (i) => i.deadline === undefined && (i.status === 'notStarted' || i.status === 'inProgress'),
    ).length,
    percentDone: percentOf(byStatus.done, items.length),
    overdueIds: overdue.map((i) => i.id),
    dueSoonIds: dueSoon.map((i) => i.id),
    groups: FOLLOW_UP_GROUPS.flatMap((g) => {
      const progress = groups.get(g);
      return progress ? [progress] : [];
    }),
  };
}
