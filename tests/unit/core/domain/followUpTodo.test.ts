import { describe, expect, it } from 'vitest';
import { BoardWorkSchema } from '../../../../core/domain/boardWork';
import { followUpCalendarEvents } from '../../../../core/domain/followUpCalendar';
import { followUpSheet } from '../../../../core/domain/followUpSheet';
import { todoEntries } from '../../../../core/domain/followUpTodo';
import { followUpView } from '../../../../core/domain/followUpView';
import { followed, viewContext } from './followUp.fixture';

const withBoard = () =>
  followed({
    followUp: {
      ...followed().followUp,
      board: BoardWorkSchema.parse({
        inspections: [{ id: 'i1', subject: 'Quỹ phúc lợi', plannedOn: '2027-03-15' }],
        recommendations: [{ id: 'r1', content: 'Công khai quyết toán.', receivedOn: '2027-03-01' }],
      }),
    },
  });

describe('"Việc cần làm" on the start screen', () => {
  it('lists what is overdue and what falls due within 14 days, soonest first', () => {
    const view = followUpView(withBoard(), viewContext('2027-03-05'));
    const entries = todoEntries([view], '2027-03-05');
    expect(entries.map((e) => [e.kind, e.refId, e.dueOn, e.daysLeft, e.overdue])).toEqual([
      ['item', 'clock:dissemination', '2027-02-12', -21, true],
      ['item', 'clock:disclosure', '2027-02-12', -21, true],
      // The last day to notify the inspection of Monday 15/03 is Monday 08/03.
      ['inspectionNotice', 'i1', '2027-03-08', 3, false],
      ['recommendationAnswer', 'r1', '2027-03-16', 11, false],
    ]);
    // k2 (31/03) and the first quarter's report (31/03) are 26 days away: not yet.
    expect(entries[0]).toMatchObject({
      conferenceTitle: 'Hội nghị CBCCVC năm 2027',
      ownerText: 'Đặng Thị Hồng Nhung',
    });
  });

  it('the window is inclusive: due in exactly 14 days is listed, 15 is not', () => {
    const view = followUpView(followed(), viewContext('2027-03-17'));
    expect(todoEntries([view], '2027-03-17').map((e) => e.refId)).toContain('resolution:k2');
    const before = followUpView(followed(), viewContext('2027-03-16'));
    expect(todoEntries([before], '2027-03-16').map((e) => e.refId)).not.toContain('resolution:k2');
  });

  it("reminds of the board's reports only where a board sits, and not for a year carried over", () => {
    const board = followUpView(followed(), viewContext('2027-03-25', true));
    expect(todoEntries([board], '2027-03-25').map((e) => e.kind)).toContain('boardReport');
    const none = followUpView(followed(), viewContext('2027-03-25', false));
    expect(todoEntries([none], '2027-03-25').map((e) => e.kind)).not.toContain('boardReport');
    const closed = followed();
    const carried = followUpView(
      { ...closed, followUp: { ...closed.followUp, nextConferenceId: 'c-2028' } },
      viewContext('2027-03-25'),
    );
    expect(todoEntries([carried], '2027-03-25')).toEqual([]);
  });
});

describe('the calendar and the spreadsheet', () => {
  const view = followUpView(withBoard(), viewContext('2027-03-05'));

  it('one all-day event per open deadline, with a stable uid and a reminder', () => {
    const events = followUpCalendarEvents([view]);
    const disclosure = events.find((e) => e.uid === 'c-2027.item.clock:disclosure@hoi-nghi-cbccvc');
    expect(disclosure).toMatchObject({
      date: '2027-02-12',
      endDate: '2027-02-13',
      alarmDaysBefore: 3,
    });
    expect(disclosure?.title).toMatch(/^Hạn: Công khai nghị quyết/);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    // The 6 open items with a deadline (t1, d1 and e2 have none), the inspection and its notice,
    // the answer, the six reports of the board.
    expect(events).toHaveLength(6 + 2 + 1 + 6);
  });

  it('the list as a table: one row per item, dates as dates, computed columns filled', () => {
    const table = followUpSheet(
      { title: view.title, unitName: 'Trung tâm Dịch vụ công', today: view.today },
      view.items,
    );
    expect(table.title).toBe('THEO DÕI THỰC HIỆN NGHỊ QUYẾT HỘI NGHỊ CBCCVC NĂM 2027');
    expect(table.subtitle).toBe('Trung tâm Dịch vụ công — Số liệu đến ngày 05/03/2027');
    expect(table.rows).toHaveLength(9);
    const header = table.columns.map((c) => c.header);
    const row = table.rows.find(
      (r) => r[header.indexOf('Nội dung')] === 'Sửa đổi quy chế chi tiêu nội bộ.',
    );
    expect(row?.[header.indexOf('Thời hạn')]).toBe('2027-03-31');
    expect(row?.[header.indexOf('Chủ trì')]).toBe('Thủ trưởng cơ quan, đơn vị');
    expect(row?.[header.indexOf('Trạng thái')]).toBe('Chưa thực hiện');
    expect(table.rows[0]?.[header.indexOf('Quá hạn')]).toBe('Quá hạn');
  });
});
