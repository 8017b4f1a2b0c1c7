/**
 * What a follow-up item's records mean on a given day: overdue (open and past its deadline —
 * computed against `today`, never typed), days left, due soon, completed late, the group the
 * overview counts it in, who owns it as the list names them, and what is wrong with it (a
 * "không thực hiện được" without its reason, no focal point for the dissemination, R10's posting
 * too late or too short).
 */
import { formatDateVi } from './dates';
import {
  ONE_OFF_DISCLOSURE_FORMS,
  OPEN_STATUSES,
  followUpGroup,
  type FollowUpGroup,
  type FollowUpItem,
} from './followUp';
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
  /** R10: the recorded disclosure on `today` (null when none is recorded). */
  posting: PostingState | null;
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
 * R10 — how a recorded disclosure stands on `today`:
 * - 'posting': still up and short of the 20 days; `daysLeft` to go through `until`;
 * - 'kept': stayed up through `until` (it may come down now), or came down after it;
 * - 'takenDownEarly': came down before `until`;
 * - 'oneOff': made known only at a meeting or in writing: nothing stays up to count.
 */
export interface PostingState {
  state: 'posting' | 'kept' | 'takenDownEarly' | 'oneOff';
  /** The last day the posting must stay up; null for 'oneOff'. */
  until: string | null;
  /** Days up so far (to today, or to the day it came down), the day it went up not counted. */
  daysPosted: number;
  /** Days still to go through `until` (0: today is the last); null unless 'posting'. */
  daysLeft: number | null;
  /** Went up after the disclosure's deadline (Điều 47.2). */
  late: boolean;
  /** The rule's number of consecutive days (Điều 48). */
  minDays: number;
}

/**
 * R10 — a posting of `minDays` consecutive days: the day of posting is not counted (Bộ luật Dân sự
 * 2015 Điều 147.2), so a notice put up on 01/03 stays through 21/03 for 20 days. The stricter of
 * the two readings: a unit that follows it is never short.
 */
function postingChecks(item: FollowUpItem, ctx: ItemStateContext) {
  const problems: string[] = [];
  const posting = item.posting;
  if (!posting) return { postingUntil: null, posting: null, problems };
  const minDays = ctx.rules.postingMinDays.value;
  const due = item.computedDeadline ?? item.deadline;
  const late = due !== undefined && posting.from > due;
  if (late) {
    problems.push(
      `Niêm yết ngày ${formatDateVi(posting.from)}, sau thời hạn công khai ${formatDateVi(due)} (${ctx.rules.disclosureWorkingDays.value} ngày làm việc, ${ctx.rules.disclosureWorkingDays.source}).`,
    );
  }
  const forms = posting.forms;
  if (forms.length > 0 && forms.every((f) => ONE_OFF_DISCLOSURE_FORMS.includes(f))) {
    const state: PostingState = {
      state: 'oneOff',
      until: null,
      daysPosted: 0,
      daysLeft: null,
      late,
      minDays,
    };
    return { postingUntil: null, posting: state, problems };
  }
  const postingUntil = addCalendarDays(posting.from, minDays);
  const lastUp = posting.until ?? ctx.today;
  const daysPosted = Math.max(0, calendarDaysBetween(posting.from, lastUp));
  let state: PostingState['state'];
  if (posting.until) state = posting.until < postingUntil ? 'takenDownEarly' : 'kept';
  else state = ctx.today > postingUntil ? 'kept' : 'posting';
  if (state === 'takenDownEarly') {
    problems.push(
      `Niêm yết chưa đủ ${minDays} ngày liên tục: phải niêm yết đến hết ngày ${formatDateVi(postingUntil)} (${ctx.rules.postingMinDays.source}).`,
    );
  }
  const daysLeft = state === 'posting' ? calendarDaysBetween(ctx.today, postingUntil) : null;
  return {
    postingUntil,
    posting: { state, until: postingUntil, daysPosted, daysLeft, late, minDays },
    problems,
  };
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
    posting: posting.posting,
    problems,
  };
}
