import { describe, expect, it } from 'vitest';
import { PersonSchema, type Person, type Role } from '../../../../core/domain/person';
import {
  PREPARATION_TASK_INFO,
  PREPARATION_TASK_KINDS,
  PreparationTaskSchema,
  defaultPreparationTasks,
  defaultTaskKinds,
  dueDateBefore,
  preparationFindings,
  preparationSummary,
  taskStatus,
  type PlanContext,
  type PreparationTask,
} from '../../../../core/domain/preparationPlan';

function person(id: string, rosterNo: number, roles: Role[] = []): Person {
  return PersonSchema.parse({ id, rosterNo, fullName: `Trần Thị ${id}`, roles });
}

const people = [person('head', 1, ['head']), person('chair', 2, ['unionChair'])];

function counter(): () => string {
  let n = 0;
  return () => `t${++n}`;
}

const base: PlanContext = { form: 'full', hasBoard: true, electionDue: false };

function plan(ctx: PlanContext = base, date: string | null = '2026-03-20', who = people) {
  return defaultPreparationTasks({
    conference: { form: ctx.form, date: date ?? undefined },
    people: who,
    hasBoard: ctx.hasBoard,
    electionDue: ctx.electionDue,
    newId: counter(),
  });
}

const byKind = (tasks: PreparationTask[], kind: PreparationTask['kind']) =>
  tasks.find((t) => t.kind === kind);

describe('the task table', () => {
  it('has a title, a source and a non-negative day count for every kind', () => {
    for (const kind of PREPARATION_TASK_KINDS) {
      const info = PREPARATION_TASK_INFO[kind];
      expect(info.title.length).toBeGreaterThan(0);
      expect(info.source.length).toBeGreaterThan(0);
      expect(info.daysBefore).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('defaultPreparationTasks', () => {
  it('collects the R8 reports, the plan (Điều 52.1) and the practical tasks', () => {
    expect(defaultTaskKinds(base)).toEqual([
      'plan',
      'draftsForOpinion',
      'subUnitMeetings',
      'headReport',
      'unionReport',
      'boardReport',
      'boardProgramme',
      'covenant',
      'awardsList',
      'invitations',
      'attendanceList',
      'hallAndLogistics',
    ]);
  });

  it('leaves out the Ban TTND report and programme when there is no board', () => {
    const kinds = defaultTaskKinds({ ...base, hasBoard: false });
    expect(kinds).not.toContain('boardReport');
    expect(kinds).not.toContain('boardProgramme');
  });

  it('adds the candidate list when an election is due (Điều 60.1, 63.2.a)', () => {
    const tasks = plan({ ...base, electionDue: true });
    const candidates = byKind(tasks, 'candidateList');
    expect(candidates?.owner).toEqual({ personId: 'chair' });
    expect(PREPARATION_TASK_INFO.candidateList.source).toContain('Điều 60.1');
    expect(defaultTaskKinds(base)).not.toContain('candidateList');
  });

  it('adds the election of delegates only for a delegates’ conference', () => {
    expect(defaultTaskKinds({ ...base, form: 'delegates' })).toContain('delegateElection');
    expect(defaultTaskKinds(base)).not.toContain('delegateElection');
  });

  it('counts due dates back from the conference date', () => {
    const tasks = plan();
    expect(byKind(tasks, 'plan')?.dueDate).toBe('2026-02-18');
    expect(byKind(tasks, 'draftsForOpinion')?.dueDate).toBe('2026-03-05');
    expect(byKind(tasks, 'headReport')?.dueDate).toBe('2026-03-10');
    expect(byKind(tasks, 'invitations')?.dueDate).toBe('2026-03-13');
    expect(byKind(tasks, 'hallAndLogistics')?.dueDate).toBe('2026-03-18');
    const dates = tasks.map((t) => t.dueDate ?? '');
    expect([...dates].sort()).toEqual(dates);
  });

  it('crosses month and year ends', () => {
    expect(dueDateBefore('2026-01-10', 30)).toBe('2025-12-11');
    expect(dueDateBefore('2024-03-01', 1)).toBe('2024-02-29');
  });

  it('omits due dates while the conference has no date', () => {
    for (const task of plan(base, null)) expect(task.dueDate).toBeUndefined();
  });

  it('gives owners by role, as text when the roster lacks the role', () => {
    const tasks = plan();
    expect(byKind(tasks, 'headReport')?.owner).toEqual({ personId: 'head' });
    expect(byKind(tasks, 'unionReport')?.owner).toEqual({ personId: 'chair' });
    expect(byKind(tasks, 'boardReport')?.owner).toEqual({ text: 'Trưởng Ban Thanh tra nhân dân' });
    const nobody = plan(base, '2026-03-20', []);
    expect(byKind(nobody, 'headReport')?.owner).toEqual({ text: 'Thủ trưởng cơ quan, đơn vị' });
  });

  it('produces tasks the schema accepts, with unique ids, not done', () => {
    const tasks = plan({ form: 'delegates', hasBoard: true, electionDue: true });
    for (const task of tasks) expect(PreparationTaskSchema.parse(task)).toEqual(task);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    expect(tasks.every((t) => !t.done)).toBe(true);
  });
});

describe('taskStatus and preparationSummary', () => {
  const task = (dueDate: string | undefined, done = false): PreparationTask => ({
    id: 'x',
    kind: 'custom',
    title: 'Việc',
    owner: {},
    done,
    notes: '',
    ...(dueDate ? { dueDate } : {}),
  });

  it('is done whatever the date', () => {
    expect(taskStatus(task('2026-01-01', true), '2026-03-01')).toBe('done');
  });

  it('is overdue the day after the due date', () => {
    expect(taskStatus(task('2026-02-28'), '2026-03-01')).toBe('overdue');
  });

  it('is due soon from 3 days before up to the due date itself', () => {
    expect(taskStatus(task('2026-03-04'), '2026-03-01')).toBe('dueSoon');
    expect(taskStatus(task('2026-03-01'), '2026-03-01')).toBe('dueSoon');
    expect(taskStatus(task('2026-03-05'), '2026-03-01')).toBe('open');
  });

  it('is open without a due date', () => {
    expect(taskStatus(task(undefined), '2026-03-01')).toBe('open');
  });

  it('counts each status', () => {
    const tasks = [
      task('2026-02-01', true),
      task('2026-02-01'),
      task('2026-03-02'),
      task('2026-04-01'),
      task(undefined),
    ];
    expect(preparationSummary(tasks, '2026-03-01')).toEqual({
      total: 5,
      done: 1,
      overdue: 1,
      dueSoon: 1,
      open: 2,
    });
  });
});

describe('preparationFindings (R8)', () => {
  it('is silent for the default plan', () => {
    const ctx = { ...base, electionDue: true };
    expect(preparationFindings(plan(ctx), ctx)).toEqual([]);
  });

  it('names a required input that was removed, with its source', () => {
    const tasks = plan().filter((t) => t.kind !== 'covenant' && t.kind !== 'boardReport');
    expect(preparationFindings(tasks, base)).toEqual([
      {
        rule: 'R8',
        level: 'warning',
        message:
          'Kế hoạch chuẩn bị chưa có việc “Nhận báo cáo kết quả hoạt động trong năm của Ban Thanh tra nhân dân”: hội nghị cần nội dung này.',
        source: 'Luật 10/2022/QH15, Điều 51.4.đ, 62.3; Nghị định 59/2023/NĐ-CP, Điều 22.3',
      },
      {
        rule: 'R8',
        level: 'warning',
        message:
          'Kế hoạch chuẩn bị chưa có việc “Dự thảo bản giao ước thi đua giữa thủ trưởng và Chủ tịch Công đoàn”: hội nghị cần nội dung này.',
        source: 'Luật 10/2022/QH15, Điều 51.3.d, 51.4.h',
      },
    ]);
  });

  it('does not ask for the board report when there is no board', () => {
    const ctx = { ...base, hasBoard: false };
    expect(preparationFindings(plan(ctx), ctx)).toEqual([]);
  });
});
