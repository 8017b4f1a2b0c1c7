import { describe, expect, it } from 'vitest';
import { ConferenceSchema, type Conference } from '../../../../core/domain/conference';
import { applyItemChanges } from '../../../../core/domain/followUpEdit';
import { nextYearConference } from '../../../../core/domain/nextYearConference';
import { implementationReport } from '../../../../core/domain/implementationReport';
import { BoardWorkSchema } from '../../../../core/domain/boardWork';
import { AT, followed, viewContext } from './followUp.fixture';

/** Last year's conference at the end of its year: some items done, one closed, the rest open. */
function yearEnd(): Conference {
  const c = followed({
    venue: 'Hội trường tầng 3',
    startTime: '07:30',
    form: 'delegates',
    delegateIds: ['p-3'],
    guests: [{ id: 'g1', fullName: 'Nguyễn Văn Khách', title: '', organisation: '' }],
    agenda: [
      { id: 'a1', kind: 'flagSalute', title: 'Chào cờ', durationMinutes: 5 },
      {
        id: 'a2',
        kind: 'unionReport',
        title: 'Báo cáo của Công đoàn',
        durationMinutes: 20,
        presenter: { personId: 'p-focal' },
      },
    ],
    documentSettings: { D1: { preset: 'joint' } },
  });
  const at = { today: '2027-12-20', at: AT };
  const items = c.followUp.items.map((i) => {
    if (i.id === 'clock:disclosure')
      return applyItemChanges(i, { status: 'done', completedOn: '2027-02-10' }, at);
    if (i.id === 'resolution:t1')
      return {
        ...applyItemChanges(i, { status: 'inProgress', achieved: 96.5 }, at),
        notes: [{ id: 'n1', on: '2027-10-01', text: 'Đạt 96,5%.', at: AT }],
      };
    if (i.id === 'resolution:k1')
      return applyItemChanges(i, { status: 'done', completedOn: '2027-06-20' }, at);
    if (i.id === 'resolution:d1')
      return applyItemChanges(
        i,
        { status: 'notDone', notDoneReason: 'Cấp trên chưa cho phép.' },
        at,
      );
    return i;
  });
  return {
    ...c,
    followUp: {
      ...c.followUp,
      items: [
        ...items,
        {
          ...items[0]!,
          id: 'm1',
          origin: 'manual',
          clock: undefined,
          computedDeadline: undefined,
          title: 'Sửa mái nhà xe.',
          owner: { kind: 'department', department: 'Văn phòng' },
          deadline: '2027-11-30',
          status: 'inProgress',
          evidence: [
            { kind: 'document', id: 'ev1', documentNumber: '12/QĐ-VP', note: '', addedAt: AT },
          ],
        },
      ],
      board: BoardWorkSchema.parse({
        inspections: [
          {
            id: 'i1',
            subject: 'Quỹ phúc lợi',
            plannedOn: '2027-05-10',
            notifiedOn: '2027-04-28',
            resultOn: '2027-05-12',
            result: 'Đúng quy định.',
          },
        ],
        recommendations: [
          {
            id: 'r1',
            content: 'Công khai quyết toán.',
            receivedOn: '2027-05-13',
            answeredOn: '2027-06-01',
            answer: 'Đã công khai.',
          },
        ],
      }),
    },
  };
}

let n = 0;
const newId = () => `new-${(n += 1)}`;

describe('"Tạo hội nghị năm sau": what is carried, and nothing more', () => {
  const source = yearEnd();
  const next = ConferenceSchema.parse(
    nextYearConference(source, { id: 'c-2028', at: '2027-12-20T08:00:00.000Z', newId }),
  );

  it('is the regular conference of the next year, with the setup and programme carried over', () => {
    expect(next).toMatchObject({
      id: 'c-2028',
      year: 2028,
      kind: 'regular',
      venue: 'Hội trường tầng 3',
      startTime: '07:30',
      form: 'delegates',
      documentSettings: { D1: { preset: 'joint' } },
    });
    expect(next.agenda.map((a) => [a.kind, a.title, a.presenter])).toEqual([
      ['flagSalute', 'Chào cờ', {}],
      ['unionReport', 'Báo cáo của Công đoàn', { personId: 'p-focal' }],
    ]);
    // Fresh ids: the two years' programmes are separate records.
    expect(next.agenda.map((a) => a.id)).not.toContain('a1');
  });

  it('carries the unfinished items only, marked as carried over with what they were', () => {
    const carried = next.followUp.items;
    // Open: t1 (in progress), k2, e2 and the hand-made m1; not the clocks, not k1 (done), not d1
    // (closed with its reason).
    expect(carried.map((i) => i.title)).toEqual([
      'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.',
      'Sửa đổi quy chế chi tiêu nội bộ.',
      'Tổ chức hội thi nghiệp vụ.',
      'Sửa mái nhà xe.',
    ]);
    expect(carried.every((i) => i.origin === 'carriedOver')).toBe(true);
    expect(carried[0]).toMatchObject({
      section: 'targets',
      indicator: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
      target: 98,
      status: 'inProgress',
      carriedFrom: {
        conferenceId: 'c-2027',
        year: 2027,
        itemId: 'resolution:t1',
        status: 'inProgress',
        achieved: 96.5,
      },
      notes: [],
      evidence: [],
    });
    expect(carried[0]?.achieved).toBeUndefined();
    expect(carried[3]).toMatchObject({
      owner: { kind: 'department', department: 'Văn phòng' },
      carriedFrom: { deadline: '2027-11-30' },
      evidence: [],
    });
    expect(carried[3]?.deadline).toBeUndefined();
    expect(next.followUp.previousConferenceId).toBe('c-2027');
  });

  it('leaves behind what belongs to one year', () => {
    expect(next.delegateIds).toEqual([]);
    expect(next.guests).toEqual([]);
    expect(next.attendance).toEqual({});
    expect(next.preparationTasks).toEqual([]);
    expect(next.election).toBeUndefined();
    expect(next.resolution).toMatchObject({ stage: 'draft', items: [] });
    expect(next.followUp.reviews).toEqual([]);
    expect(next.followUp.board).toEqual({
      programmes: [],
      inspections: [],
      recommendations: [],
      reports: [],
    });
    expect(next.date).toBeUndefined();
  });
});

describe("last year's implementation for next year's reports (D6, D7, D8)", () => {
  const report = implementationReport(yearEnd(), viewContext('2027-12-20'));

  it('counts done, open and not done, per part, with the reasons and the targets', () => {
    expect(report.totals).toMatchObject({
      total: 10,
      byStatus: { done: 2, inProgress: 2, notStarted: 5, notDone: 1 },
      percentDone: 20,
    });
    expect(report.notDone.map((l) => [l.title, l.reason])).toEqual([
      ['Mỗi người đóng góp một ngày lương cho quỹ xã hội.', 'Cấp trên chưa cho phép.'],
    ]);
    expect(
      report.targets.map((l) => [l.indicator, l.target, l.achieved, l.percentOfTarget]),
    ).toEqual([['Tỷ lệ hồ sơ giải quyết đúng hạn', 98, 96.5, 98.47]]);
    expect(report.sections.map((s) => [s.label, s.totals.total, s.totals.byStatus.done])).toEqual([
      ['Chỉ tiêu', 1, 0],
      ['Nhiệm vụ, giải pháp', 2, 1],
      ['Quyết định (Điều 49)', 1, 0],
      ['Thi đua, giao ước thi đua', 1, 0],
      ['Việc theo quy định của Luật', 4, 1],
      ['Nội dung khác', 1, 0],
    ]);
    expect(report.unfinished.map((l) => l.itemId)).toContain('m1');
    expect(report.sections.at(-1)?.lines[0]?.evidence).toEqual(['Văn bản số 12/QĐ-VP']);
  });

  it("gives the board's inspections and the head's answers", () => {
    expect(report.board.summary.inspections).toMatchObject({ total: 1, resultRecorded: 1 });
    // Received 13/05, answered 01/06: due 28/05 → late.
    expect(report.board.recommendations).toEqual([
      {
        content: 'Công khai quyết toán.',
        receivedOn: '2027-05-13',
        answerDueOn: '2027-05-28',
        answeredOn: '2027-06-01',
        answerState: 'answeredLate',
        answer: 'Đã công khai.',
      },
    ]);
  });
});
