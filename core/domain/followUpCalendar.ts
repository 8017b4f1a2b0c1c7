/**
 * Every open deadline of the follow-up as all-day calendar events, for an `.ics` file opened in
 * Outlook or on a phone (issue 7, item 6): items and clocks of the Law, inspection days and the
 * last day to notify their subject, the head's answers to recommendations, the Ban TTND's reports.
 * Each event has a stable UID (conference, kind, record), so importing a newer file updates the
 * events instead of adding copies, and a reminder a few days before. The file itself is written at
 * the edge (the `ics` library needs Node); this module only says what goes in it.
 */
import { formatDateVi } from './dates';
import { isOpen } from './followUpItemState';
import type { FollowUpView } from './followUpView';
import { FOLLOW_UP_STATUS_LABELS } from './glossary';
import { addCalendarDays } from './periodDeadline';

/** The calendar reminds this many days before each deadline. */
export const CALENDAR_ALARM_DAYS = 3;

export interface CalendarEvent {
  uid: string;
  /** The all-day event's day (yyyy-mm-dd) and the day after it (DTEND is exclusive). */
  date: string;
  endDate: string;
  title: string;
  description: string;
  categories: string[];
  alarmDaysBefore: number;
}

const CLIP = 200;
const clip = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > CLIP ? `${t.slice(0, CLIP - 1)}…` : t;
};

export function followUpCalendarEvents(views: readonly FollowUpView[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  for (const view of views) {
    if (view.nextConferenceId) continue;
    const add = (kind: string, refId: string, date: string, title: string, lines: string[]) =>
      events.push({
        uid: `${view.conferenceId}.${kind}.${refId}@hoi-nghi-cbccvc`,
        date,
        endDate: addCalendarDays(date, 1),
        title: clip(title),
        description: [view.title, ...lines].filter(Boolean).join('\n'),
        categories: [view.title],
        alarmDaysBefore: CALENDAR_ALARM_DAYS,
      });
    for (const item of view.items) {
      if (!isOpen(item) || !item.deadline) continue;
      add('item', item.id, item.deadline, `Hạn: ${item.title}`, [
        item.state.ownerText ? `Chủ trì: ${item.state.ownerText}` : '',
        `Thời hạn: ${formatDateVi(item.deadline)}`,
        `Trạng thái: ${FOLLOW_UP_STATUS_LABELS[item.status]}`,
      ]);
    }
    for (const inspection of view.board.inspections) {
      if (!inspection.notifiedOn) {
        add(
          'inspectionNotice',
          inspection.id,
          inspection.latestNoticeOn,
          `Hạn thông báo kế hoạch kiểm tra: ${inspection.subject}`,
          [`Ngày kiểm tra: ${formatDateVi(inspection.plannedOn)}`],
        );
      }
      if (inspection.resultState !== 'recorded') {
        add('inspection', inspection.id, inspection.plannedOn, `Kiểm tra: ${inspection.subject}`, [
          inspection.content,
        ]);
      }
    }
    for (const recommendation of view.board.recommendations) {
      if (recommendation.answeredOn) continue;
      add(
        'recommendationAnswer',
        recommendation.id,
        recommendation.answerDueOn,
        `Hạn trả lời kiến nghị của Ban Thanh tra nhân dân: ${recommendation.content}`,
        [`Ngày nhận kiến nghị: ${formatDateVi(recommendation.receivedOn)}`],
      );
    }
    if (view.boardActive) {
      for (const slot of view.board.reports) {
        if (slot.state === 'submitted') continue;
        add(
          'boardReport',
          `${slot.period.kind}-${slot.period.number}`,
          slot.dueOn,
          `${slot.label} của Ban Thanh tra nhân dân`,
          ['Gửi Ban Chấp hành Công đoàn (Nghị định 59/2023/NĐ-CP, Điều 22.3)'],
        );
      }
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}
