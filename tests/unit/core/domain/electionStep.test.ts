import { describe, expect, it } from 'vitest';
import { boardStatus } from '../../../../core/domain/boardStatus';
import { ConferenceSchema, type Conference } from '../../../../core/domain/conference';
import { conferenceSteps } from '../../../../core/domain/conferenceSteps';
import type { ElectionInput } from '../../../../core/domain/election';
import {
  recognitionDeadline,
  recognitionFindings,
} from '../../../../core/domain/electionRecognition';
import { firstMeetingProblems } from '../../../../core/domain/firstMeetingProblems';
import { FirstMeetingSchema } from '../../../../core/domain/election';
import { EMPTY_HOLIDAY_TABLE } from '../../../../core/domain/holidays';
import { UnitProfileSchema } from '../../../../core/domain/unit';
import type { InspectionBoard } from '../../../../core/domain/workspace';
import {
  CANDIDATES,
  ballots,
  educationRules,
  makeRound,
  people,
  repeat,
  rules,
  setupElection,
} from './election.fixture';

const LOCK = { at: '2026-01-15T10:00:00Z', note: '' };
const fullStack = ballots(repeat(150, [6, 7]));
const shortStack = ballots([...repeat(75, [6, 7]), ...repeat(75, [4, 5])]);

function conference(election?: ElectionInput): Conference {
  return ConferenceSchema.parse({
    id: 'c1',
    year: 2026,
    date: '2026-01-15',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...(election ? { election } : {}),
  });
}

function electionStep(c: Conference, board?: InspectionBoard) {
  const steps = conferenceSteps({
    unit: UnitProfileSchema.parse({}),
    people,
    conference: c,
    rules,
    today: '2026-01-15',
    ...(board ? { inspectionBoard: board } : {}),
  });
  return steps.find((s) => s.id === 'election');
}

describe('the election step of the guided view (computed from electionOutcome)', () => {
  it('not started when an election is due and nothing is set up', () => {
    expect(electionStep(conference())).toMatchObject({
      state: 'notStarted',
      action: 'Thiết lập bầu cử',
    });
  });

  it('not applicable while the sitting board is in its term (a by-election stays possible)', () => {
    const step = electionStep(conference(), { electedOn: '2025-01-20', memberIds: [] });
    expect(step?.state).toBe('notApplicable');
    expect(step?.reason).toMatch(/còn nhiệm kỳ.*bầu bổ sung\.$/);
  });

  it('not applicable when waived, with the superior union’s decision — NĐ 59/2023 Điều 21.2', () => {
    const step = electionStep(
      conference({ waiver: { reason: 'upperUnionDecision', decisionRef: 'QĐ số 12/QĐ-CĐ' } }),
    );
    expect(step).toMatchObject({ state: 'notApplicable' });
    expect(step?.reason).toContain('Công đoàn cấp trên quyết định không thành lập');
    expect(step?.reason).toContain('QĐ số 12/QĐ-CĐ');
  });

  it('needs attention while the setup has an error, in progress once it is ready', () => {
    const missingConsent = setupElection({
      candidates: CANDIDATES.map((p, i) => ({ personId: p.id, consent: i > 0 })),
    });
    expect(electionStep(conference(missingConsent))).toMatchObject({
      state: 'needsAttention',
      action: 'Sửa thiết lập bầu cử',
    });
    expect(electionStep(conference(setupElection()))).toMatchObject({
      state: 'inProgress',
      action: 'Bắt đầu bầu',
    });
  });

  it('in progress while counting, needs attention on a shortfall, done when complete', () => {
    expect(electionStep(conference(setupElection({ rounds: [makeRound()] })))).toMatchObject({
      state: 'inProgress',
      action: 'Tiếp tục kiểm phiếu',
    });
    const short = makeRound({ passes: { A: shortStack, B: shortStack }, locked: LOCK });
    expect(electionStep(conference(setupElection({ rounds: [short] })))).toMatchObject({
      state: 'needsAttention',
      action: 'Ghi quyết định của đoàn chủ tịch',
    });
    const full = makeRound({ passes: { A: fullStack, B: fullStack }, locked: LOCK });
    expect(electionStep(conference(setupElection({ rounds: [full] })))).toMatchObject({
      state: 'done',
      reason: 'Đã bầu đủ 5 thành viên Ban Thanh tra nhân dân.',
    });
  });

  it('stays done after the election replaced the unit’s board with the one it elected', () => {
    const full = makeRound({ passes: { A: fullStack, B: fullStack }, locked: LOCK });
    const c = conference(setupElection({ rounds: [full], replacedBoard: null }));
    const elected = { electedOn: '2026-01-15', memberIds: CANDIDATES.slice(0, 5).map((p) => p.id) };
    expect(electionStep(c, elected)?.state).toBe('done');
  });
});

describe('boardStatus with this conference’s election (R21)', () => {
  const newBoard = { electedOn: '2026-01-15', memberIds: [] };

  it('answers "was an election due" from the board the election replaced', () => {
    const before = { electedOn: '2024-01-18', memberIds: [] };
    const c = conference(setupElection({ replacedBoard: before }));
    expect(boardStatus(newBoard, c, people, rules)).toMatchObject({ due: true, hasBoard: true });
    // Without the record, the board elected today would make the election look not due.
    expect(boardStatus(newBoard, conference(setupElection()), people, rules).due).toBe(false);
    const first = conference(setupElection({ replacedBoard: null }));
    expect(boardStatus(newBoard, first, people, rules)).toMatchObject({
      due: true,
      hasBoard: false,
    });
  });

  it('a waived election is not due — Điều 60.1, 63.2.e', () => {
    const c = conference({ waiver: { reason: 'smallUnit' } });
    expect(boardStatus(undefined, c, people, rules)).toMatchObject({
      due: false,
      source: rules.optionalAtOrBelow.source,
    });
  });
});

describe('recognition deadline (R20, NĐ 59/2023 Điều 21.1)', () => {
  it('is the 5th working day after the conference', () => {
    expect(recognitionDeadline('2026-01-15', EMPTY_HOLIDAY_TABLE, rules)).toBe('2026-01-22');
    // Over Tết Bính Ngọ: the 5th working day after Friday 13/02/2026 is Friday 27/02/2026.
    expect(recognitionDeadline('2026-02-13', EMPTY_HOLIDAY_TABLE, rules)).toBe('2026-02-27');
  });

  it('warns (does not refuse) when the decision is dated later', () => {
    expect(recognitionFindings('2026-01-22', '2026-01-15', EMPTY_HOLIDAY_TABLE, rules)).toEqual([]);
    const late = recognitionFindings('2026-01-23', '2026-01-15', EMPTY_HOLIDAY_TABLE, rules);
    expect(late).toEqual([
      {
        id: 'R20.late',
        severity: 'warning',
        message:
          'Quyết định công nhận ngày 23/01/2026 muộn hơn hạn 22/01/2026 (5 ngày làm việc sau hội nghị ngày 15/01/2026).',
        source: 'Nghị định 59/2023/NĐ-CP, Điều 21.1',
      },
    ]);
  });
});

describe('first meeting of the board (R19)', () => {
  const nine = people.slice(4, 13).map((p) => p.id);
  const meeting = (headId: string | undefined, deputyIds: string[]) =>
    FirstMeetingSchema.parse({ headId, deputyIds });

  it('at most 2 deputies on a board of 9 or more — NĐ 59/2023 Điều 21.3', () => {
    const ctx = { memberIds: nine, people, rules, conferenceDate: '2026-01-15' };
    expect(firstMeetingProblems(meeting(nine[0], nine.slice(1, 3)), ctx)).toEqual([]);
    expect(firstMeetingProblems(meeting(nine[0], nine.slice(1, 4)), ctx)).toEqual([
      'Ban có 9 thành viên nên có không quá 2 Phó Trưởng ban (Nghị định 59/2023/NĐ-CP, Điều 21.3); đang chọn 3.',
    ]);
  });

  it('education preset: one deputy below 9 members — Hướng dẫn 11/HD-CĐN', () => {
    const five = nine.slice(0, 5);
    const ctx = { memberIds: five, people, rules: educationRules };
    expect(firstMeetingProblems(meeting(five[0], five.slice(1, 2)), ctx)).toEqual([]);
    expect(firstMeetingProblems(meeting(five[0], five.slice(1, 3)), ctx)[0]).toMatch(
      /^Ban có 5 thành viên nên có không quá 1 Phó Trưởng ban/,
    );
    // The Law itself sets no limit below 9.
    expect(firstMeetingProblems(meeting(five[0], five.slice(1, 3)), { ...ctx, rules })).toEqual([]);
  });

  it('the head and deputies are members of the board, elected by it — Luật 10/2022 Điều 63.2.a', () => {
    const ctx = { memberIds: nine, people, rules };
    expect(firstMeetingProblems(meeting(people[0]?.id, []), ctx)).toEqual([
      'Phan Thanh Ước không phải thành viên Ban Thanh tra nhân dân vừa được bầu.',
    ]);
    expect(firstMeetingProblems(meeting(nine[0], [nine[0] ?? '']), ctx)).toEqual([
      'Đỗ Văn Hùng không thể vừa là Trưởng ban vừa là Phó Trưởng ban.',
    ]);
    expect(firstMeetingProblems(meeting(nine[0], []), { ...ctx, memberIds: [] })[0]).toMatch(
      /^Chưa có kết quả bầu/,
    );
  });
});
