/**
 * Step 8 of the guided view ("Theo dõi thực hiện"), computed from the follow-up items: nothing to
 * follow before the resolution is adopted (Luật 10/2022/QH15 Điều 51.4.i); afterwards the head and
 * the union executive check implementation every six months (Điều 52.3), so an overdue item — a
 * legal clock among them — needs attention, and the step is done once every item is closed.
 */
import type { Conference } from './conference';
import { followUpDashboard } from './followUpDashboard';
import { EMPTY_HOLIDAY_TABLE } from './holidays';
import { followUpItemViews } from './followUpView';
import type { Person } from './person';
import type { RuleSet } from '../rules/ruleSets';

export interface FollowUpStepState {
  state: 'notStarted' | 'inProgress' | 'done' | 'needsAttention';
  reason: string;
  action?: string;
}

export function followUpStep(
  conference: Conference,
  people: readonly Person[],
  rules: RuleSet,
  today: string,
): FollowUpStepState {
  if (conference.resolution.stage !== 'adopted') {
    return {
      state: 'notStarted',
      reason: 'Việc theo dõi bắt đầu khi nghị quyết được thông qua.',
    };
  }
  const items = followUpItemViews(conference, {
    people,
    rules,
    today,
    // Holidays and the board only change clocks' due dates and the board view, not item states.
    holidays: EMPTY_HOLIDAY_TABLE,
    hasBoard: false,
  });
  const board = followUpDashboard(items, today);
  if (board.total === 0) {
    return {
      state: 'notStarted',
      reason: 'Chưa có việc theo dõi nào: mở mục Theo dõi để tạo từ nghị quyết.',
      action: 'Mở theo dõi thực hiện',
    };
  }
  const open = board.total - board.byStatus.done - board.byStatus.notDone;
  if (board.overdue > 0) {
    return {
      state: 'needsAttention',
      reason: `${board.overdue} việc quá hạn; ${open}/${board.total} việc chưa xong.`,
      action: 'Xem việc quá hạn',
    };
  }
  if (open === 0) {
    return { state: 'done', reason: `Đã khép lại cả ${board.total} việc theo dõi.` };
  }
  return {
    state: 'inProgress',
    reason: `${board.byStatus.done}/${board.total} việc đã hoàn thành (${String(board.percentDone).replace('.', ',')}%); ${board.dueSoon} việc đến hạn trong 30 ngày.`,
    action: 'Mở theo dõi thực hiện',
  };
}
