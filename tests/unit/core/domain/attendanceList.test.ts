import { describe, expect, it } from 'vitest';
import { attendanceListData, conferenceFullName } from '../../../../core/domain/attendanceList';
import { ConferenceSchema, type Conference } from '../../../../core/domain/conference';
import { PersonSchema, type Person } from '../../../../core/domain/person';
import { UnitProfileSchema } from '../../../../core/domain/unit';
import { ruleSet } from '../../../../core/rules/ruleSets';

const rules = ruleSet('law-10-2022');
const unit = UnitProfileSchema.parse({ name: 'Vụ Khoa học', placeName: 'Hà Nội' });
const at = '2026-01-15T08:00:00.000Z';

function person(
  id: string,
  rosterNo: number,
  fullName: string,
  fields: Partial<Person> = {},
): Person {
  return PersonSchema.parse({
    id,
    rosterNo,
    fullName,
    position: 'Chuyên viên',
    department: 'Văn phòng',
    ...fields,
  });
}

function conference(fields: Record<string, unknown> = {}): Conference {
  return ConferenceSchema.parse({ id: 'c1', year: 2026, createdAt: at, updatedAt: at, ...fields });
}

const people = [
  person('a', 1, 'Trần Văn Bình'),
  person('b', 2, 'Nguyễn Thị An'),
  person('c', 3, 'Lê Văn Ân', { position: 'Phó Vụ trưởng', department: 'Phòng Pháp chế' }),
  person('d', 4, 'Phạm Thị Chi', { active: false }),
  person('e', 5, 'Đỗ Minh An'),
];
const present = { status: 'present', reason: '', at } as const;

describe('attendanceListData (D4)', () => {
  it('lists every active person of a full assembly in Vietnamese order, numbered from 1', () => {
    const data = attendanceListData({ unit, conference: conference(), people, rules });
    expect(data.title).toBe('DANH SÁCH TRIỆU TẬP VÀ ĐIỂM DANH');
    expect(data.subtitle).toBe('Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026');
    expect(data.rows.map((r) => [r.no, r.fullName])).toEqual([
      [1, 'Đỗ Minh An'],
      [2, 'Nguyễn Thị An'],
      [3, 'Lê Văn Ân'],
      [4, 'Trần Văn Bình'],
    ]);
    expect(data.rows[2]).toMatchObject({ position: 'Phó Vụ trưởng', department: 'Phòng Pháp chế' });
  });

  it('before check-in: empty statuses, the total only, no quorum sentence', () => {
    const data = attendanceListData({ unit, conference: conference(), people, rules });
    expect(data.rows.every((r) => r.statusText === '')).toBe(true);
    expect(data.totalsText).toBe('Tổng số: 4 người');
    expect(data.totals).toEqual({ total: 4, present: 0, absent: 0, unmarked: 4 });
    expect(data.quorumText).toBeUndefined();
  });

  it('shows "Có mặt", "Vắng: <lý do>" and "Vắng"; counts them; states the quorum with its source', () => {
    const c = conference({
      attendance: {
        a: present,
        b: present,
        c: { status: 'absent', reason: ' Ốm ', at },
        e: { status: 'absent', reason: '', at },
        d: present,
      },
    });
    const data = attendanceListData({ unit, conference: c, people, rules });
    const status = Object.fromEntries(data.rows.map((r) => [r.fullName, r.statusText]));
    expect(status).toEqual({
      'Đỗ Minh An': 'Vắng',
      'Nguyễn Thị An': 'Có mặt',
      'Lê Văn Ân': 'Vắng: Ốm',
      'Trần Văn Bình': 'Có mặt',
    });
    // The person who left (d) is not summoned and not counted even though checked in.
    expect(data.totalsText).toBe('Tổng số: 4 người; có mặt: 2; vắng: 2');
    expect(data.quorumText).toBe(
      'Số người có mặt: 2/4 (50%); số tối thiểu phải có mặt (2/3): 3 — chưa đủ điều kiện tiến hành hội nghị (Luật 10/2022/QH15, Điều 51.2.c).',
    );
  });

  it('keeps only the first rows for a preview (rowLimit), still counting everyone', () => {
    const c = conference({ attendance: { a: present, e: present } });
    const whole = attendanceListData({ unit, conference: c, people, rules });
    const preview = attendanceListData({ unit, conference: c, people, rules }, { rowLimit: 2 });
    expect(preview.rows).toEqual(whole.rows.slice(0, 2));
    expect(preview.totals).toEqual({ total: 4, present: 2, absent: 0, unmarked: 2 });
    expect(preview.totalsText).toBe(whole.totalsText);
    expect(preview.quorumText).toBe(whole.quorumText);
  });

  it('lists only the delegates still in the unit at a delegates’ conference', () => {
    const c = conference({
      form: 'delegates',
      delegateIds: ['c', 'a', 'd'],
      attendance: { a: present, c: present },
    });
    const data = attendanceListData({ unit, conference: c, people, rules });
    expect(data.rows.map((r) => r.fullName)).toEqual(['Lê Văn Ân', 'Trần Văn Bình']);
    expect(data.totalsText).toBe('Tổng số: 2 người; có mặt: 2; vắng: 0');
    expect(data.quorumText).toContain('2/2 (100%)');
    expect(data.quorumText).toContain('— đủ điều kiện');
  });

  it('writes a percentage with a decimal comma (123/184 = 66,85 %)', () => {
    const many = Array.from({ length: 184 }, (_, i) => person(`p${i}`, i + 1, `Nguyễn Văn Số${i}`));
    const attendance = Object.fromEntries(many.slice(0, 123).map((p) => [p.id, present]));
    const data = attendanceListData({
      unit,
      conference: conference({ attendance }),
      people: many,
      rules,
    });
    expect(data.totalsText).toBe('Tổng số: 184 người; có mặt: 123; vắng: 0');
    expect(data.quorumText).toContain('123/184 (66,85%)');
    expect(data.quorumText).toContain('(2/3): 123 — đủ');
  });

  it('normalises names to NFC and names an extraordinary conference', () => {
    const decomposed = [person('x', 1, 'Phan Thanh Ước'.normalize('NFD'))];
    const data = attendanceListData({
      unit,
      conference: conference({ kind: 'extraordinary' }),
      people: decomposed,
      rules,
    });
    expect(data.rows[0]?.fullName).toBe('Phan Thanh Ước'.normalize('NFC'));
    expect(data.subtitle).toBe(conferenceFullName({ year: 2026, kind: 'extraordinary' }));
    expect(data.subtitle).toBe(
      'Hội nghị cán bộ, công chức, viên chức, người lao động bất thường năm 2026',
    );
  });
});
