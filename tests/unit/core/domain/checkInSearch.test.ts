import { describe, expect, it } from 'vitest';
import {
  attendanceCounts,
  createCheckInIndex,
  isWordStartMatch,
  rosterNumberTyped,
  searchCheckIn,
} from '../../../../core/domain/checkInSearch';
import { ConferenceSchema, type AttendanceEntry } from '../../../../core/domain/conference';
import { PersonSchema, type Person } from '../../../../core/domain/person';
import { compareVietnameseNames } from '../../../../core/domain/vietnamese';
import { quorumShortfall } from '../../../../core/domain/quorum';

function person(rosterNo: number, fullName: string, department = '', active = true): Person {
  return PersonSchema.parse({ id: `p${rosterNo}`, rosterNo, fullName, department, active });
}

const roster: Person[] = [
  person(1, 'Nguyễn Văn An', 'Văn phòng'),
  person(2, 'Lê Thị An', 'Phòng Kế toán'),
  person(3, 'Nguyễn Văn Anh', 'Văn phòng'),
  person(4, 'Trần An Bình', 'Phòng Tổ chức'),
  person(5, 'Phan Văn Minh', 'Phòng Kế toán'),
  person(6, 'Đặng Thị Hoa', 'Văn phòng'),
  person(7, 'Trần Văn Cường', 'Phòng Kế toán'),
  person(12, 'Vũ Thanh Hải', 'Văn phòng'),
  person(112, 'Hoàng Minh Đức', 'Phòng Tổ chức'),
  person(120, 'Đỗ Thu Dung', 'Văn phòng'),
  person(121, 'Bùi Đức Thắng', 'Văn phòng'),
  person(1200, 'Lý Thanh Hạnh', 'Văn phòng'),
];
const index = createCheckInIndex(roster);
const names = (people: readonly Person[]) => people.map((p) => p.fullName);

describe('searchCheckIn', () => {
  it('finds a name typed without accents', () => {
    expect(searchCheckIn(index, 'nguyen van an')[0]?.fullName).toBe('Nguyễn Văn An');
  });

  it('folds đ to d ("dang" finds "Đặng …")', () => {
    expect(names(searchCheckIn(index, 'dang'))).toEqual(['Đặng Thị Hoa']);
    expect(names(searchCheckIn(index, 'duc'))).toEqual(['Hoàng Minh Đức', 'Bùi Đức Thắng']);
  });

  it('puts the person with that roster number first, then numbers starting with it', () => {
    expect(searchCheckIn(index, '12').map((p) => p.rosterNo)).toEqual([12, 120, 121, 1200]);
    expect(searchCheckIn(index, '120').map((p) => p.rosterNo)).toEqual([120, 1200]);
    // A printed list may show leading zeros.
    expect(searchCheckIn(index, '007').map((p) => p.rosterNo)).toEqual([7]);
    expect(searchCheckIn(index, ' 1 ')[0]?.rosterNo).toBe(1);
    expect(searchCheckIn(index, '999')).toEqual([]);
  });

  it('prefers the given name, then word starts, then any substring', () => {
    expect(names(searchCheckIn(index, 'an'))).toEqual([
      // Given name "An" (Vietnamese order: given, then middle name Thị < Văn).
      'Lê Thị An',
      'Nguyễn Văn An',
      // Given name starting with "an".
      'Nguyễn Văn Anh',
      // A word starting with "an" that is not the given name.
      'Trần An Bình',
      // "an" inside a word only, in Vietnamese order (given names Cường < Đức < Hải < …).
      'Trần Văn Cường',
      'Hoàng Minh Đức',
      'Vũ Thanh Hải',
      'Lý Thanh Hạnh',
      'Đặng Thị Hoa',
      'Phan Văn Minh',
      'Bùi Đức Thắng',
    ]);
  });

  it('prefers word starts to a given name matched only inside other words', () => {
    const people = [person(1, 'Trần Thị Vân'), person(2, 'Nguyễn Văn An')];
    // "an" is inside "Trần" only; Nguyễn Văn An has both words as word starts.
    expect(names(searchCheckIn(createCheckInIndex(people), 'an van'))).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Vân',
    ]);
  });

  it('puts the whole name typed before longer names that start the same way', () => {
    expect(names(searchCheckIn(index, 'nguyen van an'))).toEqual([
      'Nguyễn Văn An',
      'Nguyễn Văn Anh',
    ]);
    expect(names(searchCheckIn(index, 'nguyen van anh'))).toEqual(['Nguyễn Văn Anh']);
  });

  it('requires every word of a multi-word query, in any order', () => {
    expect(names(searchCheckIn(index, 'tran binh'))).toEqual(['Trần An Bình']);
    expect(names(searchCheckIn(index, 'binh tran'))).toEqual(['Trần An Bình']);
    expect(names(searchCheckIn(index, 'van  an')).slice(0, 3)).toEqual([
      'Nguyễn Văn An',
      'Nguyễn Văn Anh',
      // "an" inside "Trần"/"Văn": still a name match, so before department matches.
      'Trần Văn Cường',
    ]);
    expect(searchCheckIn(index, 'nguyen hoa')).toEqual([]);
  });

  it('accepts decomposed (NFD) and upper-case queries', () => {
    const nfd = 'Nguyễn Văn An'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Văn An');
    expect(searchCheckIn(index, nfd)[0]?.fullName).toBe('Nguyễn Văn An');
    expect(searchCheckIn(index, 'ĐẶNG THỊ HOA'.normalize('NFD'))[0]?.fullName).toBe('Đặng Thị Hoa');
  });

  it('matches the department after every name match', () => {
    expect(names(searchCheckIn(index, 'ke toan'))).toEqual([
      'Lê Thị An',
      'Trần Văn Cường',
      'Phan Văn Minh',
    ]);
    // Name and department words together narrow a common name down.
    expect(names(searchCheckIn(index, 'an ke toan'))).toEqual([
      'Lê Thị An',
      'Trần Văn Cường',
      'Phan Văn Minh',
    ]);
    expect(names(searchCheckIn(index, 'minh to chuc'))).toEqual(['Hoàng Minh Đức']);
    // Department words match on word starts only: "an" does not pull in "Văn phòng".
    expect(names(searchCheckIn(index, 'an'))).not.toContain('Đỗ Thu Dung');
    expect(searchCheckIn(index, 'phong')).toHaveLength(roster.length);
  });

  it('respects the limit', () => {
    expect(searchCheckIn(index, 'an', 3)).toHaveLength(3);
    expect(searchCheckIn(index, '', 5)).toHaveLength(5);
    expect(searchCheckIn(index, '1', 2).map((p) => p.rosterNo)).toEqual([1, 12]);
    expect(searchCheckIn(index, 'an', 0)).toEqual([]);
    const many = createCheckInIndex(
      Array.from({ length: 120 }, (_, i) => person(i + 1, `Nguyễn Văn An ${i}`)),
    );
    expect(searchCheckIn(many, 'an')).toHaveLength(50);
  });

  it('lists everyone in Vietnamese order for an empty query, as compareVietnameseNames does', () => {
    const families = ['Nguyễn', 'Trần', 'Lê', 'Đặng', 'Đỗ', 'Âu', 'Ông', 'Phạm'];
    const middles = ['Văn', 'Thị', 'Thị Minh', 'Đức', 'Hữu', ''];
    const givens = ['An', 'Ân', 'Anh', 'Ánh', 'Bình', 'Đào', 'Dung', 'Dũng', 'Hùng', 'Ý', 'Yến'];
    const people: Person[] = [];
    let n = 0;
    for (const f of families) {
      for (const m of middles) {
        for (const g of givens) {
          n += 1;
          people.push(person(n, [f, m, g].filter(Boolean).join(' ')));
        }
      }
    }
    // Duplicates keep roster order.
    people.push(person(n + 1, 'Nguyễn Văn An'));
    const big = createCheckInIndex([...people].reverse());
    const expected = [...people].sort(
      (a, b) => compareVietnameseNames(a.fullName, b.fullName) || a.rosterNo - b.rosterNo,
    );
    expect(searchCheckIn(big, '', people.length).map((p) => p.id)).toEqual(
      expected.map((p) => p.id),
    );
    expect(searchCheckIn(index, '   ', 100)).toHaveLength(roster.length);
  });
});

describe('rosterNumberTyped', () => {
  it('reads a roster number, leading zeros and spaces allowed', () => {
    expect(rosterNumberTyped('12')).toBe(12);
    expect(rosterNumberTyped(' 007 ')).toBe(7);
    expect(rosterNumberTyped('an')).toBeNull();
    expect(rosterNumberTyped('12a')).toBeNull();
    expect(rosterNumberTyped('1 2')).toBeNull();
    expect(rosterNumberTyped('')).toBeNull();
  });
});

describe('isWordStartMatch', () => {
  it('is true when every word typed starts a word of the name', () => {
    expect(isWordStartMatch('nguyen van an', 'Nguyễn Văn An')).toBe(true);
    expect(isWordStartMatch('ng v a', 'Nguyễn Văn Anh')).toBe(true);
    expect(isWordStartMatch('an nguyen', 'Nguyễn Văn An')).toBe(true);
    expect(isWordStartMatch('DANG', 'Đặng Thị Hoa'.normalize('NFD'))).toBe(true);
  });

  it('is false for matches inside a word, or nothing typed', () => {
    // "an" only inside "Văn": Nguyễn Văn Bình is not who was typed.
    expect(isWordStartMatch('nguyen van an', 'Nguyễn Văn Bình')).toBe(false);
    expect(isWordStartMatch('uyen', 'Nguyễn Văn An')).toBe(false);
    expect(isWordStartMatch('  ', 'Nguyễn Văn An')).toBe(false);
  });
});

describe('attendanceCounts', () => {
  const at = '2026-01-05T08:00:00.000Z';
  const present: AttendanceEntry = { status: 'present', reason: '', at };
  const absent: AttendanceEntry = { status: 'absent', reason: 'Ốm', at };
  const conference = ConferenceSchema.parse({
    id: 'c1',
    year: 2026,
    createdAt: at,
    updatedAt: at,
    attendance: { p1: present, p2: absent, p3: present, p4: present, guest1: present },
  });

  it('counts only the people of the base', () => {
    const base = new Set(['p1', 'p2', 'p5', 'p6']);
    expect(attendanceCounts(conference, roster, base)).toEqual({
      present: 1,
      absent: 1,
      notYet: 2,
    });
  });

  it('counts nothing for an empty base', () => {
    expect(attendanceCounts(conference, roster, new Set())).toEqual({
      present: 0,
      absent: 0,
      notYet: 0,
    });
  });
});

describe('quorumShortfall', () => {
  it('is what is still missing, never negative', () => {
    expect(quorumShortfall({ present: 100, needed: 123 })).toBe(23);
    expect(quorumShortfall({ present: 123, needed: 123 })).toBe(0);
    expect(quorumShortfall({ present: 150, needed: 123 })).toBe(0);
  });
});
