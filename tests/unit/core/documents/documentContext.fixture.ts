/**
 * A realistic DocumentContext for the D2/D5 tests: a Vụ of 20 people (head, deputy, union chair),
 * the 2026 conference on Thursday 15/01/2026 at 08:00 with two guests, the default programme of
 * R7 (the Ban TTND elected in 2024 reports and is re-elected: term of 2 years, R21), a presidium
 * and a secretary, and a check-in of 15 present and 1 absent — quorum 15/20 ≥ 14 (Điều 51.2.c).
 */
import { defaultAgenda } from '../../../../core/domain/agenda';
import { boardStatus } from '../../../../core/domain/boardStatus';
import {
  ConferenceSchema,
  type AttendanceEntry,
  type Conference,
} from '../../../../core/domain/conference';
import { PersonSchema, type Person, type Role } from '../../../../core/domain/person';
import { defaultPreparationTasks } from '../../../../core/domain/preparationPlan';
import { UnitProfileSchema } from '../../../../core/domain/unit';
import type { InspectionBoard } from '../../../../core/domain/workspace';
import type { DocumentContext } from '../../../../core/documents/documentContext';
import { ruleSet } from '../../../../core/rules/ruleSets';

const at = '2026-01-15T07:45:00.000Z';

const ROSTER: readonly [string, string, string, Role[]][] = [
  ['Phan Thanh Ước', 'Vụ trưởng', 'Văn phòng', ['head']],
  ['Nguyễn Thị Hương', 'Chuyên viên chính', 'Phòng Tổ chức cán bộ', ['unionChair']],
  ['Trần Hữu An', 'Phó Vụ trưởng', 'Văn phòng', ['deputyHead']],
  ['Lê Minh Đức', 'Trưởng phòng', 'Phòng Kế hoạch - Tài chính', ['unionExecutive']],
  ['Đỗ Thị Ngọc Ánh', 'Chuyên viên', 'Văn phòng', []],
  ['Vũ Quang Huy', 'Chuyên viên', 'Phòng Pháp chế', []],
  ['Bùi Thị Thu Trang', 'Kế toán trưởng', 'Phòng Kế hoạch - Tài chính', ['chiefAccountant']],
  ['Hoàng Văn Nam', 'Chuyên viên', 'Phòng Quản lý khoa học', []],
  ['Phạm Thị Lan', 'Chuyên viên', 'Phòng Quản lý khoa học', []],
  ['Ngô Đức Thắng', 'Lái xe', 'Văn phòng', []],
  ['Đinh Thị Mai', 'Văn thư', 'Văn phòng', []],
  ['Lý Văn Bình', 'Chuyên viên', 'Phòng Hợp tác quốc tế', []],
  ['Trịnh Thị Yến', 'Chuyên viên', 'Phòng Hợp tác quốc tế', []],
  ['Võ Thành Long', 'Chuyên viên chính', 'Phòng Pháp chế', []],
  ['Huỳnh Thị Ngân', 'Chuyên viên', 'Phòng Tổ chức cán bộ', []],
  ['Đặng Văn Khoa', 'Kỹ sư', 'Trung tâm Thông tin', []],
  ['Mai Thị Hạnh', 'Nhân viên', 'Trung tâm Thông tin', []],
  ['Tạ Quốc Việt', 'Chuyên viên', 'Phòng Quản lý khoa học', []],
  ['Lương Thị Thảo', 'Chuyên viên', 'Văn phòng', []],
  ['Cao Văn Tùng', 'Chuyên viên', 'Phòng Kế hoạch - Tài chính', []],
];

export const people: Person[] = ROSTER.map(([fullName, position, department, roles], i) =>
  PersonSchema.parse({
    id: `p${i + 1}`,
    rosterNo: i + 1,
    fullName,
    position,
    department,
    roles,
  }),
);

export const unit = UnitProfileSchema.parse({
  name: 'Vụ Khoa học, Công nghệ và Môi trường',
  parentBody: 'Bộ Nông nghiệp và Môi trường',
  unionName: 'Công đoàn cơ sở Vụ Khoa học, Công nghệ và Môi trường',
  upperUnion: 'Công đoàn Bộ Nông nghiệp và Môi trường',
  placeName: 'Hà Nội',
  unionChairId: 'p2',
});

export const rules = ruleSet('law-10-2022');
export const inspectionBoard: InspectionBoard = { electedOn: '2024-01-12', memberIds: [] };

export const guests = [
  {
    id: 'g1',
    fullName: 'Trần Thị Hồng Nhung',
    title: 'Phó Chủ tịch',
    organisation: 'Công đoàn Bộ Nông nghiệp và Môi trường',
  },
  {
    id: 'g2',
    fullName: 'Nguyễn Văn Quyết',
    title: 'Trưởng ban Tổ chức',
    organisation: 'Đảng ủy Bộ Nông nghiệp và Môi trường',
  },
];

/** 15 present (p1–p15), p16 absent, the rest not checked in. */
export function checkIns(): Record<string, AttendanceEntry> {
  const attendance: Record<string, AttendanceEntry> = {};
  people.forEach((p, i) => {
    if (i < 15) attendance[p.id] = { status: 'present', reason: '', at };
    else if (i === 15) attendance[p.id] = { status: 'absent', reason: 'Đi công tác', at };
  });
  return attendance;
}

export function conference(fields: Record<string, unknown> = {}): Conference {
  const base = ConferenceSchema.parse({
    id: 'c2026',
    year: 2026,
    date: '2026-01-15',
    startTime: '08:00',
    venue: 'Hội trường tầng 3, số 2 Ngọc Hà, Hà Nội',
    guests,
    presidium: { presidiumIds: ['p1', 'p2'], secretaryIds: ['p5'] },
    createdAt: at,
    updatedAt: at,
    ...fields,
  });
  if ('agenda' in fields) return base;
  const board = boardStatus(inspectionBoard, base, people, rules);
  let n = 0;
  const agenda = defaultAgenda({
    conference: base,
    people,
    electionDue: board.due,
    hasBoard: board.hasBoard,
    newId: () => `a${++n}`,
  });
  return { ...base, agenda };
}

export function context(fields: Record<string, unknown> = {}): DocumentContext {
  return {
    unit,
    people,
    conference: conference({ attendance: checkIns(), ...fields }),
    rules,
    inspectionBoard,
    today: '2026-01-05',
  };
}

/** The fixture with the default preparation plan of R8 (the Preparation tab's starting point). */
export function contextWithTasks(fields: Record<string, unknown> = {}): DocumentContext {
  const ctx = context(fields);
  const board = boardStatus(ctx.inspectionBoard, ctx.conference, ctx.people, ctx.rules);
  let n = 0;
  const preparationTasks = defaultPreparationTasks({
    conference: ctx.conference,
    people: ctx.people,
    hasBoard: board.hasBoard,
    electionDue: board.due,
    newId: () => `t${++n}`,
  });
  return { ...ctx, conference: { ...ctx.conference, preparationTasks } };
}
