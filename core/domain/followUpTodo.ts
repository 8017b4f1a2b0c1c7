/**
 * "Việc cần làm" on the start screen, shown each time the app opens (issue 7, item 6): across all
 * conferences, what is overdue and what falls due within 14 days — follow-up items and clocks of
 * the Law, inspection notices (R22, ≥ 5 working days ahead), the head's answers to
 * recommendations (15 days) and the Ban TTND's reports — soonest first, so the reminder comes
 * before the deadline, not after. A conference already carried into next year's is left out: its
 * unfinished items were carried over.
 */
import type { FollowUpView } from './followUpView';
import { isOpen } from './followUpItemState';
import { calendarDaysBetween } from './periodDeadline';

/** The window of the start screen's panel (the 14 days). */
export const TODO_DAYS = 14;

export const TODO_KINDS = [
  'item',
  'inspectionNotice',
  'recommendationAnswer',
  'boardReport',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

export interface TodoEntry {
  conferenceId: string;
  conferenceTitle: string;
  kind: TodoKind;
  /** The item, inspection, recommendation or report slot ("quarter-1") it is about. */
  refId: string;
  title: string;
  dueOn: string;
  /** dueOn − today; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
  ownerText: string;
}

const CLIP = 120;
const clip = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > CLIP ? `${t.slice(0, CLIP - 1)}…` : t;
};

export function todoEntries(
  views: readonly FollowUpView[],
  today: string,
  days: number = TODO_DAYS,
): TodoEntry[] {
  const entries: TodoEntry[] = [];
  for (const view of views) {
    // A year carried into the next one is closed: its unfinished items live on there.
    if (view.nextConferenceId) continue;
    const add = (
      entry: Omit<TodoEntry, 'conferenceId' | 'conferenceTitle' | 'daysLeft' | 'overdue'>,
    ) => {
      const daysLeft = calendarDaysBetween(today, entry.dueOn);
      if (daysLeft > days) return;
      entries.push({
        ...entry,
        conferenceId: view.conferenceId,
        conferenceTitle: view.title,
        daysLeft,
        overdue: daysLeft < 0,
      });
    };
    for (const item of view.items) {
      if (!isOpen(item) || !item.deadline) continue;
      add({
        kind: 'item',
        refId: item.id,
        title: clip(item.title),
        dueOn: item.deadline,
        ownerText: item.state.ownerText,
      });
    }
    for (const inspection of view.board.inspections) {
      // A notice can still be given until the inspection starts; after that it is only a problem.
      if (inspection.notifiedOn || inspection.plannedOn < today) continue;
      add({
        kind: 'inspectionNotice',
        refId: inspection.id,
        title: `Thông báo kế hoạch kiểm tra cho đối tượng: ${clip(inspection.subject)}`,
        dueOn: inspection.latestNoticeOn,
        ownerText: 'Ban Thanh tra nhân dân',
      });
    }
    for (const recommendation of view.board.recommendations) {
      if (recommendation.answeredOn) continue;
      add({
        kind: 'recommendationAnswer',
        refId: recommendation.id,
        title: `Trả lời kiến nghị của Ban Thanh tra nhân dân: ${clip(recommendation.content)}`,
        dueOn: recommendation.answerDueOn,
        ownerText: 'Thủ trưởng cơ quan, đơn vị',
      });
    }
    if (view.boardActive) {
      for (const slot of view.board.reports) {
        if (slot.state === 'submitted') continue;
        add({
          kind: 'boardReport',
          refId: `${slot.period.kind}-${slot.period.number}`,
          title: `${slot.label} của Ban Thanh tra nhân dân gửi Ban Chấp hành Công đoàn`,
          dueOn: slot.dueOn,
          ownerText: 'Ban Thanh tra nhân dân',
        });
      }
    }
  }
  // Stable: entries due the same day keep their conference's list order.
  return entries.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
