/**
 * Small, readable election data for the domain tests: a roster of 20 with the roles the rules
 * look at (head, deputy head, chief accountant), seven candidates whose given names run A…H so the
 * Vietnamese ballot order is easy to see, a counting board of three and two witnesses.
 */
import {
  ElectionRoundSchema,
  ElectionSchema,
  type BallotEntry,
  type Election,
  type ElectionInput,
  type ElectionRound,
} from '../../../../core/domain/election';
import { PersonSchema, type Person, type Role } from '../../../../core/domain/person';
import { ruleSet } from '../../../../core/rules/ruleSets';

export const rules = ruleSet('law-10-2022');
export const educationRules = ruleSet('education-11-hd-cdn');

const ROSTER: readonly [string, string, Role[]][] = [
  ['Phan Thanh Ước', 'Vụ trưởng', ['head']],
  ['Trần Hữu Khang', 'Phó Vụ trưởng', ['deputyHead']],
  ['Bùi Thị Thu Trang', 'Kế toán trưởng', ['chiefAccountant']],
  ['Nguyễn Thị Hương', 'Chủ tịch Công đoàn', ['unionChair']],
  // Candidates c1…c7, listed out of order on purpose: the ballot sorts them by given name.
  ['Đỗ Văn Hùng', 'Chuyên viên', []],
  ['Trần Thị Bình', 'Chuyên viên', []],
  ['Nguyễn Văn An', 'Chuyên viên', []],
  ['Phạm Thị Dung', 'Chuyên viên', []],
  ['Lê Văn Cường', 'Kế toán viên', []],
  ['Vũ Thị Giang', 'Chuyên viên', []],
  ['Hoàng Văn Em', 'Chuyên viên', []],
  // Counting board and witnesses.
  ['Ngô Đức Thắng', 'Chuyên viên', []],
  ['Đinh Thị Mai', 'Văn thư', []],
  ['Lý Văn Lộc', 'Chuyên viên', []],
  ['Trịnh Thị Yến', 'Chuyên viên', []],
  ['Võ Thành Long', 'Chuyên viên', []],
  ['Huỳnh Thị Ngân', 'Chuyên viên', []],
  ['Đặng Văn Khoa', 'Kỹ sư', []],
  ['Mai Thị Hạnh', 'Nhân viên', []],
  ['Tạ Quốc Việt', 'Chuyên viên', []],
];

export const people: Person[] = ROSTER.map(([fullName, position, roles], i) =>
  PersonSchema.parse({
    id: `p${i + 1}`,
    rosterNo: i + 1,
    fullName,
    position,
    department: 'Văn phòng',
    roles,
  }),
);

export const person = (name: string): Person => {
  const found = people.find((p) => p.fullName === name);
  if (!found) throw new Error(`${name} is not in the fixture`);
  return found;
};

export const HEAD = person('Phan Thanh Ước');
export const DEPUTY = person('Trần Hữu Khang');
export const CHIEF_ACCOUNTANT = person('Bùi Thị Thu Trang');
/** The seven candidates in Vietnamese ballot order: An, Bình, Cường, Dung, Em, Giang, Hùng. */
export const CANDIDATES = [
  'Nguyễn Văn An',
  'Trần Thị Bình',
  'Lê Văn Cường',
  'Phạm Thị Dung',
  'Hoàng Văn Em',
  'Vũ Thị Giang',
  'Đỗ Văn Hùng',
].map(person);
export const BOARD = ['Ngô Đức Thắng', 'Đinh Thị Mai', 'Lý Văn Lộc'].map(person);

/** A complete, valid setup: 7 candidates who agreed, 5 seats, a board of 3, 2 witnesses. */
export function setupElection(overrides: Partial<ElectionInput> = {}): Election {
  return ElectionSchema.parse({
    seats: 5,
    termFromYear: 2026,
    candidates: CANDIDATES.map((p) => ({ personId: p.id, consent: true })),
    countingBoard: {
      headId: BOARD[0]?.id,
      memberIds: BOARD.map((p) => p.id),
      witnesses: [{ personId: person('Trịnh Thị Yến').id }, { name: 'Bà Lê Thị Khách' }],
    },
    ...overrides,
  });
}

/** A round in ballot order (the order the service stores), 150 present and issued by default. */
export function makeRound(overrides: Partial<ElectionRound> = {}): ElectionRound {
  return ElectionRoundSchema.parse({
    number: 1,
    candidateIds: CANDIDATES.map((p) => p.id),
    seats: 5,
    present: 150,
    ballotsIssued: 150,
    ...overrides,
  });
}

/** Ballots 1…n typed alike, each striking the given numbers. */
export function ballots(strikes: readonly (readonly number[])[], from = 1): BallotEntry[] {
  return strikes.map((marks, i) => ({ serial: from + i, marks: [...marks], note: '' }));
}

/** `count` copies of one ballot. */
export function repeat(count: number, marks: readonly number[]): number[][] {
  return Array.from({ length: count }, () => [...marks]);
}
