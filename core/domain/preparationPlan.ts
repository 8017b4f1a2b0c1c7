/**
 * The preparation plan (D1): tasks with an owner and a due date counted back from the conference
 * date. The organising plan itself is a legal duty of the head and the union executive
 * (Luật 10/2022/QH15 Điều 52.1); the reports the statutory order needs are R8 (Điều 51.3, 51.4).
 * A task's status is computed from today's date, never stored.
 */
import { differenceInCalendarDays, parseISO, subDays } from 'date-fns';
import { z } from 'zod';
import { firstActiveWithRole } from './agenda';
import type { Conference } from './conference';
import type { Finding } from './conferenceRules';
import { toIsoDate } from './dates';
import { IsoDateSchema, type Person } from './person';
import {
  PREPARATION_TASK_INFO,
  PREPARATION_TASK_KINDS,
  type DefaultOwner,
  type PreparationTaskKind,
  type TaskCondition,
} from './preparationTaskKinds';

export {
  PREPARATION_TASK_INFO,
  PREPARATION_TASK_KINDS,
  type PreparationTaskKind,
} from './preparationTaskKinds';

export const TaskOwnerSchema = z.object({
  personId: z.string().min(1).optional(),
  text: z.string().trim().max(200).optional(),
});
export type TaskOwner = z.infer<typeof TaskOwnerSchema>;

export const PreparationTaskSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(PREPARATION_TASK_KINDS),
  title: z.string().trim().min(1, 'Tên công việc không được để trống').max(300),
  owner: TaskOwnerSchema.default({}),
  /** Absent while the conference has no date: nothing to count back from. */
  dueDate: IsoDateSchema.optional(),
  done: z.boolean().default(false),
  notes: z.string().max(2000).default(''),
});
export type PreparationTask = z.infer<typeof PreparationTaskSchema>;

export interface PlanContext {
  form: Conference['form'];
  hasBoard: boolean;
  electionDue: boolean;
}

function applies(when: TaskCondition, ctx: PlanContext): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'hasBoard':
      return ctx.hasBoard;
    case 'electionDue':
      return ctx.electionDue;
    case 'delegates':
      return ctx.form === 'delegates';
    case 'never':
      return false;
  }
}

/** The kinds of a default plan for this conference, in plan order. */
export function defaultTaskKinds(ctx: PlanContext): PreparationTaskKind[] {
  return PREPARATION_TASK_KINDS.filter((kind) => applies(PREPARATION_TASK_INFO[kind].when, ctx));
}

/** A role's holder by id when the roster has one; otherwise the role's name as text. */
function resolveOwner(owner: DefaultOwner, people: readonly Person[]): TaskOwner {
  if ('text' in owner) return owner.text ? { text: owner.text } : {};
  const person = firstActiveWithRole(people, owner.role);
  if (person) return { personId: person.id };
  return { text: owner.role === 'head' ? 'Thủ trưởng cơ quan, đơn vị' : 'Chủ tịch Công đoàn' };
}

/** `daysBefore` calendar days before the conference date (yyyy-mm-dd). */
export function dueDateBefore(conferenceDate: string, daysBefore: number): string {
  return toIsoDate(subDays(parseISO(conferenceDate), daysBefore));
}

export interface DefaultPreparationInput {
  conference: Pick<Conference, 'date' | 'form'>;
  people: readonly Person[];
  hasBoard: boolean;
  electionDue: boolean;
  newId: () => string;
}

export function newPreparationTask(
  kind: PreparationTaskKind,
  input: Pick<DefaultPreparationInput, 'conference' | 'people' | 'newId'>,
): PreparationTask {
  const info = PREPARATION_TASK_INFO[kind];
  const { date } = input.conference;
  return {
    id: input.newId(),
    kind,
    title: info.title,
    owner: resolveOwner(info.owner, input.people),
    ...(date ? { dueDate: dueDateBefore(date, info.daysBefore) } : {}),
    done: false,
    notes: '',
  };
}

export function defaultPreparationTasks(input: DefaultPreparationInput): PreparationTask[] {
  const { conference, hasBoard, electionDue } = input;
  return defaultTaskKinds({ form: conference.form, hasBoard, electionDue }).map((kind) =>
    newPreparationTask(kind, input),
  );
}

export type TaskStatus = 'done' | 'overdue' | 'dueSoon' | 'open';

/** Within this many days of the due date (and on it) a task is "due soon". */
export const DUE_SOON_DAYS = 3;

export function taskStatus(
  task: Pick<PreparationTask, 'done' | 'dueDate'>,
  today: string,
): TaskStatus {
  if (task.done) return 'done';
  if (!task.dueDate) return 'open';
  const daysLeft = differenceInCalendarDays(parseISO(task.dueDate), parseISO(today));
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'dueSoon';
  return 'open';
}

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  done: 'Đã xong',
  overdue: 'Quá hạn',
  dueSoon: 'Sắp đến hạn',
  open: 'Chưa làm',
};

export interface PreparationSummary {
  total: number;
  done: number;
  overdue: number;
  dueSoon: number;
  open: number;
}

export function preparationSummary(
  tasks: readonly PreparationTask[],
  today: string,
): PreparationSummary {
  const summary: PreparationSummary = {
    total: tasks.length,
    done: 0,
    overdue: 0,
    dueSoon: 0,
    open: 0,
  };
  for (const task of tasks) summary[taskStatus(task, today)] += 1;
  return summary;
}

/**
 * R8 — the inputs the statutory order needs must be in the plan: the head's and the union's
 * reports, the Ban TTND report and programme when a board exists, the covenant, the candidate list
 * when an election is due, and the plan itself (Điều 52.1). A task removed by mistake is caught here.
 */
export function preparationFindings(
  tasks: readonly PreparationTask[],
  ctx: PlanContext,
): Finding[] {
  const present = new Set(tasks.map((t) => t.kind));
  return defaultTaskKinds(ctx)
    .filter((kind) => PREPARATION_TASK_INFO[kind].required && !present.has(kind))
    .map((kind) => ({
      rule: 'R8',
      level: 'warning' as const,
      message: `Kế hoạch chuẩn bị chưa có việc “${PREPARATION_TASK_INFO[kind].title}”: hội nghị cần nội dung này.`,
      source: PREPARATION_TASK_INFO[kind].source,
    }));
}
