/**
 * A DocumentContext with a Ban Thanh tra nhân dân election, built from roster-184
 * (../shared/fixtures/roster-184.xlsx, read the way the app imports it, roles suggested from the
 * positions): the 2026 conference on Thursday 15/01/2026, 150 of the 184 present; 5 seats and 7
 * candidates (none the head, a deputy or the chief accountant, all consenting); a counting board of
 * 3 and 2 witnesses; a strike-out ballot with serials, 2 per sheet. Round 1: 150 ballots issued,
 * 149 collected, entered by team A and team B with two disagreements settled on paper; a few
 * invalid ballots (over-vote, all struck, no stamp). `lockedElection` locks it.
 *
 * The ballots come from a seeded generator, so every run builds the same election.
 */
import fs from 'node:fs';
import {
  ConferenceSchema,
  type AttendanceEntry,
  type Conference,
} from '../../../../core/domain/conference';
import {
  ElectionSchema,
  type BallotEntry,
  type Election,
  type ElectionInput,
} from '../../../../core/domain/election';
import type { Person } from '../../../../core/domain/person';
import {
  applyRosterImport,
  buildImportPreview,
  detectHeader,
} from '../../../../core/domain/rosterImport';
import { UnitProfileSchema } from '../../../../core/domain/unit';
import { sortByVietnameseName } from '../../../../core/domain/vietnamese';
import type { DocumentContext } from '../../../../core/documents/documentContext';
import type { ElectionBlock } from '../../../../core/documents/electionBlocks';
import { ruleSet } from '../../../../core/rules/ruleSets';
import { readRosterGrid } from '../../../../electron/node/readRosterGrid';
import { sharedFixture } from '../../../support/paths';

const at = '2026-01-15T01:00:00.000Z';

async function readRoster184(): Promise<Person[]> {
  const bytes = fs.readFileSync(sharedFixture('roster-184.xlsx'));
  const grid = await readRosterGrid(new Uint8Array(bytes), 'roster-184.xlsx');
  const detected = detectHeader(grid);
  if (!detected) throw new Error('roster-184 has no header');
  let n = 0;
  return applyRosterImport(
    [],
    buildImportPreview(grid, detected.headerRow, detected.mapping, []),
    { goneAction: 'keep' },
    () => `p${++n}`,
  );
}

export const people: Person[] = await readRoster184();

export function byName(name: string): Person {
  const person = people.find((p) => p.fullName === name);
  if (!person) throw new Error(`${name} is not in roster-184`);
  return person;
}

/** The full name of the roster-184 person with this id, '' when there is none. */
export function nameOf(id: string): string {
  return people.find((p) => p.id === id)?.fullName ?? '';
}

export const unit = UnitProfileSchema.parse({
  name: 'Vụ Khoa học và Công nghệ',
  parentBody: 'Bộ Nông nghiệp và Môi trường',
  unionName: 'Công đoàn Vụ Khoa học và Công nghệ',
  upperUnion: 'Công đoàn Bộ Nông nghiệp và Môi trường',
  placeName: 'Hà Nội',
  unionChairId: byName('Hồ Thanh Hiếu').id,
});

export const rules = ruleSet('law-10-2022');

/** Everyone is summoned (full assembly); 150 present, the others absent. */
export function attendance(present = 150): Record<string, AttendanceEntry> {
  const entries: Record<string, AttendanceEntry> = {};
  people.forEach((p, i) => {
    entries[p.id] =
      i < present ? { status: 'present', reason: '', at } : { status: 'absent', reason: 'Ốm', at };
  });
  return entries;
}

/** Seven candidates who may stand (R12): ordinary staff, union members. */
export const CANDIDATE_NAMES = [
  'Trịnh Thanh Việt',
  'Hoàng Phương Hạnh',
  'Ngô Minh Uyên',
  'Khúc Quang Giang',
  'Phan Minh Linh',
  'Bùi Đình An',
  'Nguyễn Thu Nhung',
] as const;

export const candidateIds = CANDIDATE_NAMES.map((n) => byName(n).id);
/** The candidates in ballot order (given name first): the numbers the teams type. */
export const ballotOrder = sortByVietnameseName(
  candidateIds.map((id) => people.find((p) => p.id === id) as Person),
).map((p) => p.id);

export const countingBoard = {
  headId: byName('Đặng Minh Tú').id,
  memberIds: [byName('Đặng Minh Tú').id, byName('Ngô Minh Hoa').id, byName('Vũ Thanh Loan').id],
  witnesses: [{ personId: byName('Đỗ Đức Sơn').id, name: '' }, { name: 'Trần Văn Chứng' }],
};

/** A seeded linear congruential generator: the same ballots every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `count` strike-out ballots over `candidates` names for `seats` seats. Each voter strikes the names
 * they do not want (the popular ones less often) and keeps at most `seats`; ballot 7 keeps too many
 * (over-vote), ballot 13 strikes every name, ballot 21 has no stamp (a reason seen on the paper).
 */
export function strikeOutBallots(
  count: number,
  candidates: number,
  seats: number,
  seed = 2026,
): BallotEntry[] {
  const random = generator(seed);
  const ballots: BallotEntry[] = [];
  for (let serial = 1; serial <= count; serial += 1) {
    if (serial === 7) {
      ballots.push({ serial, marks: [1], note: '' });
      continue;
    }
    if (serial === 13) {
      ballots.push({
        serial,
        marks: Array.from({ length: candidates }, (_, i) => i + 1),
        note: '',
      });
      continue;
    }
    if (serial === 21) {
      ballots.push({ serial, marks: [2, 4], invalidReason: 'noStamp', note: '' });
      continue;
    }
    const struck = new Set<number>();
    for (let n = 1; n <= candidates; n += 1) {
      // Candidate n is struck with probability 0.05 + 0.06 n: a spread of results.
      if (random() < 0.05 + 0.06 * n) struck.add(n);
    }
    // Keep at most `seats`: strike more from the end of the list.
    for (let n = candidates; candidates - struck.size > seats && n >= 1; n -= 1) struck.add(n);
    ballots.push({ serial, marks: [...struck].sort((a, b) => a - b), note: '' });
  }
  return ballots;
}

/** Team B entered ballots 37 and 88 differently; both were settled by looking at the paper. */
function teamB(ballots: readonly BallotEntry[]): BallotEntry[] {
  return ballots.map((b) =>
    b.serial === 37
      ? { ...b, marks: b.marks.slice(0, 1) }
      : b.serial === 88
        ? { ...b, marks: b.marks.includes(1) ? b.marks.filter((m) => m !== 1) : [1, ...b.marks] }
        : b,
  );
}

export function electionInput(fields: Partial<ElectionInput> = {}): ElectionInput {
  return {
    kind: 'fullTerm',
    termFromYear: 2026,
    seats: 5,
    candidates: candidateIds.map((personId) => ({ personId, consent: true })),
    countingBoard,
    ballotStyle: 'strikeOut',
    winningBase: 'present',
    ballotSerials: true,
    ballotsPerSheet: 2,
    ...fields,
  };
}

/** Round 1 counted by both teams (149 of 150 ballots came back), locked. */
export function lockedElection(fields: Partial<ElectionInput> = {}, ballotCount = 149): Election {
  const ballots = strikeOutBallots(ballotCount, candidateIds.length, 5);
  const settled = Object.fromEntries(
    ballots.filter((b) => b.serial === 37 || b.serial === 88).map((b) => [String(b.serial), b]),
  );
  return ElectionSchema.parse(
    electionInput({
      rounds: [
        {
          number: 1,
          reason: 'first',
          candidateIds: ballotOrder,
          seats: 5,
          present: 150,
          ballotsIssued: 150,
          mode: 'ballots',
          passes: { A: ballots, B: teamB(ballots) },
          settlements: settled,
          startedAt: '2026-01-15T02:30:00.000Z',
          countEndedAt: '10:15',
          locked: { at: '2026-01-15T03:20:00.000Z', note: '' },
        },
      ],
      recognition: { date: '2026-01-19' },
      firstMeeting: {
        date: '2026-01-20',
        time: '14:00',
        place: 'Phòng họp tầng 2',
        convenedById: byName('Hồ Thanh Hiếu').id,
        deputyIds: [],
        tasksNote: '',
      },
      ...fields,
    }),
  );
}

/**
 * The locked election whose board met (D17): the first two on the ballot elected head and deputy,
 * Ngô Minh Hoa keeping the minutes; `fields` change the meeting's record.
 */
export function electionAfterFirstMeeting(
  fields: Partial<Election['firstMeeting']> = {},
): Election {
  const election = lockedElection();
  election.firstMeeting = {
    ...election.firstMeeting,
    headId: ballotOrder[0],
    deputyIds: [ballotOrder[1] ?? ''],
    secretaryId: byName('Ngô Minh Hoa').id,
    ...fields,
  };
  return election;
}

export function conference(
  election: Election | undefined,
  fields: Record<string, unknown> = {},
): Conference {
  return ConferenceSchema.parse({
    id: 'c2026',
    year: 2026,
    date: '2026-01-15',
    startTime: '08:00',
    venue: 'Hội trường tầng 3, trụ sở Bộ',
    attendance: attendance(),
    ...(election ? { election } : {}),
    createdAt: at,
    updatedAt: at,
    ...fields,
  });
}

/** The context the service would build for this conference. */
export function electionContext(
  election: Election | undefined,
  fields: Record<string, unknown> = {},
): DocumentContext {
  return {
    unit,
    people,
    conference: conference(election, fields),
    rules,
    inspectionBoard: { electedOn: '2024-01-18', memberIds: [] },
    today: '2026-01-10',
  };
}

/** Before any round: the setup only (D10–D12 print from it). */
export function setupContext(fields: Partial<ElectionInput> = {}): DocumentContext {
  return electionContext(ElectionSchema.parse(electionInput(fields)));
}

/** Every text of a job's blocks, in order (tables row by row, cells joined by " | "). */
export function blockTexts(blocks: readonly ElectionBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'table') return [b.columns.join(' | '), ...b.rows.map((r) => r.join(' | '))];
    if (b.kind === 'item') return [`${b.label} ${b.text}`];
    if (b.kind === 'heading') return [`${b.label} ${b.text}`.trim()];
    if (b.kind === 'paragraph' && b.lead) return [`${b.lead} ${b.text}`];
    return [b.text];
  });
}
