/**
 * Check-in on the day: find a person by name without accents or by roster number, fast enough to run
 * on every keystroke over a 2,400-person roster, and count attendance over the quorum base.
 *
 * Everything expensive (folding, splitting, the collator-based Vietnamese sort) happens once in
 * createCheckInIndex; searchCheckIn only does `includes`/`startsWith` on precomputed strings and never
 * calls a collator, so a query costs well under a millisecond.
 */
import type { Conference } from './conference';
import type { Person } from './person';
import { foldForSearch, sortByVietnameseName } from './vietnamese';

/** One person as the search sees them: every string already folded (no accents, đ → d, lower case). */
export interface CheckInEntry {
  readonly person: Person;
  /** Folded full name, e.g. "nguyen van an". */
  readonly name: string;
  /** The folded name with a leading space: `includes(' ' + word)` is "some name word starts with". */
  readonly spacedName: string;
  /** Folded given name (last word), which Vietnamese lists sort and call people by. */
  readonly given: string;
  /** Folded department with a leading space, matched on word starts only ("ke toan", not "an"). */
  readonly spacedDepartment: string;
  readonly rosterNo: string;
  /** Position in Vietnamese list order (given, middle, family name), 0-based. */
  readonly order: number;
}

export interface CheckInIndex {
  /** In Vietnamese list order. */
  readonly entries: readonly CheckInEntry[];
  /** In ascending roster-number order, for number queries. */
  readonly byRosterNo: readonly CheckInEntry[];
}

export function createCheckInIndex(people: readonly Person[]): CheckInIndex {
  const sorted = sortByVietnameseName(people);
  // A roster has a few dozen departments: fold each once, not 2,400 times.
  const departments = new Map<string, string>();
  const foldDepartment = (department: string): string => {
    let folded = departments.get(department);
    if (folded === undefined) {
      folded = foldForSearch(department);
      departments.set(department, folded);
    }
    return folded;
  };
  const entries = sorted.map((person, order): CheckInEntry => {
    const name = foldForSearch(person.fullName);
    const words = name.split(' ');
    return {
      person,
      name,
      spacedName: ` ${name}`,
      given: words[words.length - 1] ?? '',
      spacedDepartment: ` ${foldDepartment(person.department)}`,
      rosterNo: String(person.rosterNo),
      order,
    };
  });
  const byRosterNo = [...entries].sort((a, b) => a.person.rosterNo - b.person.rosterNo);
  return { entries, byRosterNo };
}

const DIGITS = /^\d+$/;

/**
 * The roster number the query is, or null when it is not only digits. A printed list may show
 * "012"; the roster number itself has no leading zeros. The screen uses it to mark someone by number
 * only on an exact match: "6" must not mark number 60 when number 6 is not on the list.
 */
export function rosterNumberTyped(query: string): number | null {
  const folded = foldForSearch(query);
  return DIGITS.test(folded) ? Number(folded) : null;
}

/**
 * Whether every word typed starts a word of the name ("ng v an" → "Nguyễn Văn An"): a match the
 * officer clearly meant. Weaker matches (inside a word, or through the department) are listed but
 * the screen does not mark them on a bare Enter: "nguyen van an" must not mark "Nguyễn Văn Bình"
 * just because "an" occurs in "Văn" when Nguyễn Văn An is not on the list.
 */
export function isWordStartMatch(query: string, fullName: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return false;
  const name = ` ${foldForSearch(fullName)}`;
  return words.every((word) => name.includes(` ${word}`));
}

/** Ranks, best first; within a rank the Vietnamese list order decides. */
const RANK_EXACT = 0;
const RANK_GIVEN = 1;
const RANK_WORD_PREFIX = 2;
const RANK_SUBSTRING = 3;
const RANK_DEPARTMENT = 4;
const RANK_COUNT = 5;

/**
 * People matching what the officer typed, best first, at most `limit`.
 * - empty query: everyone in Vietnamese list order;
 * - digits: the roster number typed first, then the numbers starting with it (12 → 12, 120, 121…);
 * - words: every word must occur in the name (or the department). Ranked: the whole name typed;
 *   every word starting a name word, those whose given name starts with the last word typed first
 *   ("an" → "Nguyễn Văn An" before "Trần An Bình"); any substring; then matches that need the
 *   department.
 */
export function searchCheckIn(index: CheckInIndex, query: string, limit = 50): Person[] {
  const max = Math.max(0, Math.floor(limit));
  if (max === 0) return [];
  const folded = foldForSearch(query);
  if (!folded) return index.entries.slice(0, max).map((e) => e.person);

  if (DIGITS.test(folded)) {
    const number = String(Number(folded));
    const found: Person[] = [];
    // byRosterNo is ascending, so the exact number (the shortest prefix match) comes first and
    // shorter numbers before longer ones.
    for (const entry of index.byRosterNo) {
      if (entry.rosterNo.startsWith(number)) {
        found.push(entry.person);
        if (found.length >= max) break;
      }
    }
    return found;
  }

  const words = folded.split(' ');
  const spacedWords = words.map((w) => ` ${w}`);
  const last = words[words.length - 1] ?? '';
  const buckets: Person[][] = Array.from({ length: RANK_COUNT }, () => []);

  for (const entry of index.entries) {
    const rank = rankEntry(entry, folded, words, spacedWords, last);
    if (rank >= 0) buckets[rank]?.push(entry.person);
  }

  const result: Person[] = [];
  for (const bucket of buckets) {
    for (const person of bucket) {
      if (result.length >= max) return result;
      result.push(person);
    }
  }
  return result;
}

/** The rank of one entry for the query, or -1 when it does not match. */
function rankEntry(
  entry: CheckInEntry,
  folded: string,
  words: readonly string[],
  spacedWords: readonly string[],
  last: string,
): number {
  let inName = true;
  let allWordPrefixes = true;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (!entry.name.includes(word)) {
      inName = false;
      break;
    }
    if (allWordPrefixes && !entry.spacedName.includes(spacedWords[i] ?? ''))
      allWordPrefixes = false;
  }
  if (inName) {
    if (entry.name === folded) return RANK_EXACT;
    // The given-name preference applies among word-start matches only, so that the first row is a
    // word-start match whenever there is one (the screen marks only those on a bare Enter).
    if (!allWordPrefixes) return RANK_SUBSTRING;
    return entry.given.startsWith(last) ? RANK_GIVEN : RANK_WORD_PREFIX;
  }
  // "ke toan" or "hung ke toan" (two Hùng, one in accounting): words may also start a word of the
  // department. Word starts only: "an" would otherwise match every "Văn phòng" and "Kế toán".
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (!entry.name.includes(word) && !entry.spacedDepartment.includes(spacedWords[i] ?? '')) {
      return -1;
    }
  }
  return RANK_DEPARTMENT;
}

export interface AttendanceCounts {
  present: number;
  absent: number;
  notYet: number;
}

/**
 * Attendance over the quorum base only (quorumBaseIds): guests, people who left the unit and, at a
 * delegates' conference, staff who were not summoned are never counted (Luật 10/2022 Điều 51.2.c).
 */
export function attendanceCounts(
  conference: Pick<Conference, 'attendance'>,
  people: readonly Person[],
  baseIds: ReadonlySet<string>,
): AttendanceCounts {
  const counts: AttendanceCounts = { present: 0, absent: 0, notYet: 0 };
  for (const person of people) {
    if (!baseIds.has(person.id)) continue;
    const status = conference.attendance[person.id]?.status;
    if (status === 'present') counts.present += 1;
    else if (status === 'absent') counts.absent += 1;
    else counts.notYet += 1;
  }
  return counts;
}
