import { describe, expect, it } from 'vitest';
import {
  BoardWorkSchema,
  InspectionSchema,
  RecommendationSchema,
} from '../../../../core/domain/boardWork';
import {
  boardWorkView,
  inspectionView,
  recommendationView,
  type BoardContext,
} from '../../../../core/domain/boardWorkView';
import { draftBoardProgramme } from '../../../../core/domain/boardProgrammeDraft';
import { periodLabel, periodRange } from '../../../../core/domain/boardPeriods';
import { EMPTY_HOLIDAY_TABLE } from '../../../../core/domain/holidays';
import { followed, rules } from './followUp.fixture';

const ctx = (today: string): BoardContext => ({
  today,
  year: 2027,
  holidays: EMPTY_HOLIDAY_TABLE,
  rules,
});

const inspection = (fields: Record<string, unknown>) =>
  InspectionSchema.parse({ id: 'i1', subject: 'Quỹ phúc lợi', plannedOn: '2027-02-15', ...fields });

describe('R22: an inspection is notified at least 5 working days ahead', () => {
  // Inspection on Monday 15/02/2027, after Tết: the 5 working days before it are 12, 11, 03, 02
  // and 01/02 (04–10/02 are Tết and its nghỉ bù), so the last day to notify is Monday 01/02.
  it('notified on the last possible day: in time', () => {
    expect(
      inspectionView(inspection({ notifiedOn: '2027-02-01' }), ctx('2027-02-01')),
    ).toMatchObject({
      latestNoticeOn: '2027-02-01',
      noticeWorkingDays: 5,
      noticeState: 'ok',
      problems: [],
    });
  });

  it('notified a day later — 4 working days — is flagged with the date it needed', () => {
    const view = inspectionView(inspection({ notifiedOn: '2027-02-02' }), ctx('2027-02-02'));
    expect(view).toMatchObject({ noticeWorkingDays: 4, noticeState: 'late' });
    expect(view.problems).toEqual([
      'Thông báo cho đối tượng kiểm tra ngày 02/02/2027, chỉ trước 4 ngày làm việc: phải thông báo trước ít nhất 5 ngày làm việc, chậm nhất ngày 01/02/2027 (Nghị định 59/2023/NĐ-CP, Điều 22.1.b).',
    ]);
  });

  it('not notified: pending until the last day, missing after it', () => {
    expect(inspectionView(inspection({}), ctx('2027-02-01')).noticeState).toBe('pending');
    expect(inspectionView(inspection({}), ctx('2027-02-02')).noticeState).toBe('missing');
  });

  it('the result is awaited after the inspection day until it is written', () => {
    expect(inspectionView(inspection({}), ctx('2027-02-15')).resultState).toBe('planned');
    expect(inspectionView(inspection({}), ctx('2027-02-16')).resultState).toBe('awaiting');
    expect(
      inspectionView(
        inspection({ resultOn: '2027-02-20', result: 'Đúng quy định.' }),
        ctx('2027-03-01'),
      ).resultState,
    ).toBe('recorded');
  });
});

describe("R22: the head's answer to a recommendation within 15 days (Điều 63.1.c)", () => {
  const recommendation = (fields: Record<string, unknown>) =>
    RecommendationSchema.parse({
      id: 'r1',
      content: 'Công khai quyết toán quỹ phúc lợi.',
      receivedOn: '2027-03-01',
      ...fields,
    });

  it('received Monday 01/03/2027: due Tuesday 16/03/2027, not overdue that day', () => {
    expect(recommendationView(recommendation({}), ctx('2027-03-16'))).toMatchObject({
      answerDueOn: '2027-03-16',
      answerState: 'awaiting',
      daysLeft: 0,
      daysLate: 0,
    });
  });

  it('unanswered the day after: overdue, said with the date', () => {
    const view = recommendationView(recommendation({}), ctx('2027-03-17'));
    expect(view).toMatchObject({ answerState: 'overdue', daysLeft: -1, daysLate: 1 });
    expect(view.problems[0]).toMatch(/hạn trả lời là ngày 16\/03\/2027/);
  });

  it('answered late is flagged with the days late; on the last day is on time', () => {
    expect(
      recommendationView(recommendation({ answeredOn: '2027-03-16' }), ctx('2027-04-01'))
        .answerState,
    ).toBe('answered');
    const late = recommendationView(
      recommendation({ answeredOn: '2027-03-19' }),
      ctx('2027-04-01'),
    );
    expect(late).toMatchObject({ answerState: 'answeredLate', daysLate: 3, daysLeft: null });
    expect(late.problems[0]).toBe(
      'Thủ trưởng trả lời ngày 19/03/2027, chậm 3 ngày so với hạn 16/03/2027 (15 ngày kể từ ngày nhận kiến nghị, Luật 10/2022/QH15, Điều 63.1.c).',
    );
  });

  it('a 15th day in Tết moves to the first working day after it', () => {
    expect(
      recommendationView(recommendation({ receivedOn: '2027-01-25' }), ctx('2027-02-01'))
        .answerDueOn,
    ).toBe('2027-02-11');
  });
});

describe("the board's year", () => {
  it('names and dates its periods', () => {
    expect(periodRange({ kind: 'quarter', number: 1 }, 2027)).toEqual({
      from: '2027-01-01',
      to: '2027-03-31',
    });
    expect(periodRange({ kind: 'half', number: 2 }, 2027)).toEqual({
      from: '2027-07-01',
      to: '2027-12-31',
    });
    expect(periodLabel({ kind: 'quarter', number: 4 }, 2027)).toBe('quý IV năm 2027');
    expect(periodLabel({ kind: 'half', number: 1 }, 2027)).toBe('6 tháng đầu năm 2027');
  });

  it('expects a report each quarter, for the first six months and the year', () => {
    const board = BoardWorkSchema.parse({
      reports: [{ id: 'q1', period: { kind: 'quarter', number: 1 }, submittedOn: '2027-03-30' }],
    });
    const view = boardWorkView(board, ctx('2027-06-10'));
    expect(view.reports.map((r) => [r.label, r.dueOn, r.state])).toEqual([
      ['Báo cáo quý I năm 2027', '2027-03-31', 'submitted'],
      ['Báo cáo quý II năm 2027', '2027-06-30', 'dueSoon'],
      ['Báo cáo 6 tháng đầu năm 2027', '2027-06-30', 'dueSoon'],
      ['Báo cáo quý III năm 2027', '2027-09-30', 'upcoming'],
      // 31/12/2027 is a Friday.
      ['Báo cáo quý IV năm 2027', '2027-12-31', 'upcoming'],
      ['Báo cáo năm 2027', '2027-12-31', 'upcoming'],
    ]);
    expect(view.summary.reports).toEqual({ expected: 6, submitted: 1, overdue: 0, dueSoon: 2 });
  });

  it("drafts a quarter's programme from the items due in it, with its inspections and report", () => {
    const c = followed({
      followUp: {
        ...followed().followUp,
        board: BoardWorkSchema.parse({
          inspections: [{ id: 'i1', subject: 'Quỹ phúc lợi', plannedOn: '2027-02-15' }],
        }),
      },
    });
    let n = 0;
    const draft = draftBoardProgramme(c.followUp, {
      id: 'p1',
      period: { kind: 'quarter', number: 1 },
      year: 2027,
      newId: () => `l${(n += 1)}`,
    });
    expect(draft.lines.map((l) => l.text)).toEqual([
      'Giám sát việc thực hiện: Sửa đổi quy chế chi tiêu nội bộ (thời hạn 31/03/2027).',
      'Kiểm tra: Quỹ phúc lợi (ngày 15/02/2027).',
      'Tiếp nhận, xem xét, kiến nghị giải quyết ý kiến, phản ánh của cán bộ, công chức, viên chức, người lao động (Luật Thực hiện dân chủ ở cơ sở, Điều 61).',
      'Báo cáo Ban Chấp hành Công đoàn kết quả hoạt động quý I năm 2027 (Nghị định 59/2023/NĐ-CP, Điều 22.3).',
    ]);
    expect(draft.lines[0]?.followUpItemId).toBe('resolution:k2');
    // The year's programme watches every open item of the resolution (the clocks are not the board's).
    const year = draftBoardProgramme(c.followUp, {
      id: 'p2',
      period: { kind: 'year', number: 1 },
      year: 2027,
      newId: () => `y${(n += 1)}`,
    });
    expect(year.lines.filter((l) => l.followUpItemId).map((l) => l.followUpItemId)).toEqual([
      'resolution:t1',
      'resolution:k1',
      'resolution:k2',
      'resolution:d1',
      'resolution:e2',
    ]);
  });
});
