/**
 * What a follow-up item's records mean on a given day: overdue (open and past its deadline —
 * computed against `today`, never typed), days left, due soon, completed late, the group the
 * overview counts it in, who owns it as the list names them, and what is wrong with it (a
 * "không thực hiện được" without its reason, no focal point for the dissemination, R10's posting
 * too late or too short).
 */
import { formatDateVi } from './dates';
import { OPEN_STATUSES, followUpGroup, type FollowUpGroup, type FollowUpItem } from './followUp';
import { OWNER_KIND_LABELS } from './glossary';
import type { Person } from './person';
import { addCalendarDays, calendarDaysBetween } from './periodDeadline';
import { percentOf } from './quorum';
import type { Owner } from './resolution';
import type { RuleSet } from '../rules/ruleSets';

/** "Sắp đến hạn" on the overview: due within this many days (the 30 days). */
export const DUE_SOON_DAYS = 30;

export interface FollowUpItemState {
  group: FollowUpGroup;
  ownerText: string;
  /** Open (chưa / đang thực hiện) and its deadline is before today. Due today is not overdue. */
  overdue: boolean;
  /** Deadline − today in calendar days (negative when past); null without a deadline. */
  daysLeft: number | null;
  /** Open, not overdue, due within DUE_SOON_DAYS. */
  dueSoon: boolean;
  /** Done after its deadline. */
  completedLate: boolean;
  /** A resolution item an amendment removed: kept, with its notes and evidence. */
  detached: boolean;
  /** achieved / target × 100 (2 decimals) for a numeric target; null otherwise. */
  percentOfTarget: number | null;
  /** R10: the posting may come down after this day (null when not posted). */
  postingUntil: string | null;
  problems: string[];
}

export interface ItemStateContext {
  today: string;
  people: readonly Person[];
  rules: Pick<RuleSet, 'postingMinDays' | 'disclosureWorkingDays'>;
  /** Ids of the items of the resolution as it now stands (to tell a dropped item). */
  resolutionItemIds: ReadonlySet<string>;
}

/** The owner as a list names them: a person's full name, a sub-unit's name, or the body. */
export function ownerText(owner: Owner | undefined, people: readonly Person[]): string {
  if (!owner) return '';
  if (owner.kind === 'person') {
    const person = people.find((p) => p.id === owner.personId);
    return person ? person.fullName : '(người không còn trong danh sách)';
  }
  if (owner.kind === 'department') return owner.department?.trim() || 'Phòng, ban';
  return OWNER_KIND_LABELS[owner.kind];
}

export function isOpen(item: Pick<FollowUpItem, 'status'>): boolean {
  return OPEN_STATUSES.includes(item.status);
}

/**
 * R10 — a posting of `minDays` consecutive days: the day of posting is not counted (Bộ luật Dân sự
 * 2015 Điều 147.2), so a notice put up on 01/03 stays through 21/03 for 20 days. The stricter of
 * the two readings: a unit that follows it is never short.
 */
function postingChecks(item: FollowUpItem, ctx: ItemStateContext) {
  const problems: string[] = [];
  const posting = item.posting;
  if (!posting) return { postingUntil: null, problems };
  const minDays = ctx.rules.postingMinDays.value;
  const postingUntil = addCalendarDays(posting.from, minDays);
  const due = item.computedDeadline ?? item.deadline;
  if (due && posting.from > due) {
    problems.push(
      `Niêm yết ngày ${formatDateVi(posting.from)}, sau thời hạn công khai ${formatDateVi(due)} (${ctx.rules.disclosureWorkingDays.value} ngày làm việc, ${ctx.rules.disclosureWorkingDays.source}).`,
    );
  }
  if (posting.until && posting.until < postingUntil) {
    problems.push(
      `Niêm yết chưa đủ ${minDays} ngày liên tục: phải niêm yết đến hết ngày ${formatDateVi(postingUntil)} (${ctx.rules.postingMinDays.source}).`,
    );
  }
  return { postingUntil, problems };
}

export function followUpItemState(item: FollowUpItem, ctx: ItemStateContext): FollowUpItemState {
  const open = isOpen(item);
  const daysLeft = item.deadline ? calendarDaysBetween(ctx.today, item.deadline) : null;
  const overdue = open && daysLeft !== null && daysLeft < 0;
  const problems: string[] = [];
  if (item.status === 'notDone' && !item.notDoneReason.trim())
    problems.push('Chưa ghi lý do không thực hiện được.');
  if (item.clock === 'dissemination' && !item.owner)
    problems.push(
      'Chưa phân công đầu mối theo dõi, đôn đốc thực hiện nghị quyết (Luật 10/2022/QH15, Điều 52.2): hãy chọn đầu mối trong phần Nghị quyết.',
    );
  const detached =
    item.origin === 'resolution' &&
    item.resolutionItemId !== undefined &&
    !ctx.resolutionItemIds.has(item.resolutionItemId);
  if (detached)
    problems.push('Nội dung này không còn trong nghị quyết (đã sửa đổi sau khi thông qua).');
  const posting = postingChecks(item, ctx);
  problems.push(...posting.problems);
  const percentOfTarget =
    item.target !== undefined && item.achieved !== undefined && item.target > 0
      ? percentOf(item.achieved, item.target)
      : null;
  return {
    group: followUpGroup(item),
    ownerText: ownerText(item.owner, ctx.people),
    overdue,
    daysLeft,
    dueSoon: open && daysLeft !== null && daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS,
    completedLate:
      item.status === 'done' &&
      item.deadline !== undefined &&
      item.completedOn !== undefined &&
      item.completedOn > item.deadline,
    detached,
    percentOfTarget,
    postingUntil: posting.postingUntil,
    problems,
  };
}
