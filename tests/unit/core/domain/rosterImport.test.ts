import { describe, it, expect } from 'vitest';
import { PersonSchema, type Person } from '../../../../core/domain/person';
import {
  applyRosterImport,
  buildImportPreview,
  detectHeader,
  suggestRoles,
  validateMapping,
  ROSTER_FIELD_LABELS,
  type ColumnMapping,
  type Grid,
  type ImportPreview,
} from '../../../../core/domain/rosterImport';

const HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Đơn vị',
  'Chức vụ',
  'Đảng viên',
  'Đoàn viên công đoàn',
  'Điện thoại',
];

interface RowInput {
  no?: string;
  name?: string;
  gender?: string;
  birth?: string;
  department?: string;
  position?: string;
  party?: string;
  union?: string;
  phone?: string;
}

function row(input: RowInput): string[] {
  return [
    input.no ?? '',
    input.name ?? '',
    input.gender ?? '',
    input.birth ?? '',
    input.department ?? '',
    input.position ?? '',
    input.party ?? '',
    input.union ?? '',
    input.phone ?? '',
  ];
}

function previewOf(grid: Grid, existing: Person[] = []): ImportPreview {
  const header = detectHeader(grid);
  if (!header) throw new Error('no header found');
  return buildImportPreview(grid, header.headerRow, header.mapping, existing);
}

/** A one-data-row file: the quickest way to see how a single cell is read. */
function single(input: RowInput): ImportPreview {
  return previewOf([HEADER, row({ no: '1', name: 'Nguyễn Văn An', ...input })]);
}

function errorsOf(preview: ImportPreview): string[] {
  return preview.problems.filter((p) => p.severity === 'error').map((p) => p.reason);
}

function warningsOf(preview: ImportPreview): string[] {
  return preview.problems.filter((p) => p.severity === 'warning').map((p) => p.reason);
}

function person(fields: Partial<Person> & Pick<Person, 'id' | 'rosterNo' | 'fullName'>): Person {
  return PersonSchema.parse(fields);
}

describe('detectHeader', () => {
  it('skips a merged title row (its text repeated in every cell) and a unit line above the header', () => {
    const title = 'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC NĂM 2025';
    const grid: Grid = [
      HEADER.map(() => title),
      ['Đơn vị: Vụ Pháp chế', '', '', '', '', '', '', '', ''],
      HEADER,
      row({ no: '1', name: 'Nguyễn Văn An' }),
    ];
    const header = detectHeader(grid);
    expect(header?.headerRow).toBe(2);
    expect(header?.mapping).toEqual({
      0: 'rosterNo',
      1: 'fullName',
      2: 'gender',
      3: 'birthDate',
      4: 'department',
      5: 'position',
      6: 'partyMember',
      7: 'unionMember',
      8: 'phone',
    });
  });

  it('matches header aliases whatever the accents, case, punctuation and spacing', () => {
    const grid: Grid = [
      [
        'số  TT',
        'HO, TEN',
        'Nam/Nữ',
        'Ngày tháng năm sinh (dd/mm/yyyy)',
        'Phòng ban',
        'Chức vụ, chức danh',
        'dang vien',
        'Công đoàn viên',
        'SĐT:',
        'Ghi chú',
        'Quê quán',
      ],
    ];
    expect(detectHeader(grid)?.mapping).toEqual({
      0: 'rosterNo',
      1: 'fullName',
      2: 'gender',
      3: 'birthDate',
      4: 'department',
      5: 'position',
      6: 'partyMember',
      7: 'unionMember',
      8: 'phone',
      9: 'note',
      10: null,
    });
  });

  it('reads other common spellings: Mã CB, Tên cán bộ, Năm sinh, Bộ phận, Khoa, Tổ, Chức danh, Đoàn viên CĐ, Số điện thoại', () => {
    const mapping = detectHeader([
      ['Mã CB', 'Tên cán bộ', 'Năm sinh', 'Bộ phận', 'Chức danh', 'Đoàn viên CĐ', 'Số điện thoại'],
    ])?.mapping;
    expect(Object.values(mapping ?? {})).toEqual([
      'rosterNo',
      'fullName',
      'birthDate',
      'department',
      'position',
      'unionMember',
      'phone',
    ]);
    expect(detectHeader([['Họ tên', 'Khoa']])?.mapping[1]).toBe('department');
    expect(detectHeader([['Họ tên', 'Tổ']])?.mapping[1]).toBe('department');
  });

  it('maps split "Họ" (or "Họ đệm") and "Tên" columns to family and given name', () => {
    expect(detectHeader([['STT', 'Họ', 'Tên', 'Đơn vị']])?.mapping).toEqual({
      0: 'rosterNo',
      1: 'familyName',
      2: 'givenName',
      3: 'department',
    });
    expect(detectHeader([['STT', 'Họ và tên đệm', 'Tên']])?.mapping[1]).toBe('familyName');
  });

  it('reads "Họ và tên" merged over two columns as family name + given name', () => {
    const grid: Grid = [
      ['STT', 'Họ và tên', 'Họ và tên', 'Đơn vị'],
      ['1', 'Nguyễn Văn', 'An', 'Văn phòng'],
    ];
    const header = detectHeader(grid);
    expect(header?.mapping).toEqual({
      0: 'rosterNo',
      1: 'familyName',
      2: 'givenName',
      3: 'department',
    });
    expect(previewOf(grid).rows[0]?.person.fullName).toBe('Nguyễn Văn An');
  });

  it('ignores the "Tên" sort-helper column when the file has a full-name column', () => {
    expect(detectHeader([['STT', 'Họ và tên', 'Tên', 'Đơn vị']])?.mapping).toEqual({
      0: 'rosterNo',
      1: 'fullName',
      2: null,
      3: 'department',
    });
  });

  it('finds no header without a name column, or when it lies below the first 20 rows', () => {
    expect(detectHeader([['STT', 'Ngày sinh', 'Đơn vị']])).toBeNull();
    expect(detectHeader([['Chỉ là một ghi chú']])).toBeNull();
    const deep: Grid = [...Array.from({ length: 20 }, () => ['']), HEADER];
    expect(detectHeader(deep)).toBeNull();
  });
});

describe('validateMapping', () => {
  it('accepts a full-name mapping, or a family + given pair', () => {
    expect(validateMapping({ 0: 'rosterNo', 1: 'fullName', 2: null })).toEqual([]);
    expect(validateMapping({ 0: 'familyName', 1: 'givenName' })).toEqual([]);
  });

  it('says in Vietnamese when there is no name column', () => {
    expect(validateMapping({ 0: 'rosterNo', 1: 'department' })).toEqual([
      'Chưa chọn cột "Họ và tên" (hoặc hai cột "Họ (và tên đệm)" và "Tên").',
    ]);
    expect(validateMapping({ 0: 'familyName' })[0]).toContain('phải được chọn cùng nhau');
    expect(validateMapping({ 0: 'fullName', 1: 'givenName' })[0]).toContain('không chọn thêm');
  });

  it('names the columns (as Excel letters) of a field mapped twice', () => {
    const mapping: ColumnMapping = { 0: 'fullName', 2: 'birthDate', 5: 'birthDate' };
    expect(validateMapping(mapping)).toEqual(['"Ngày sinh" được chọn cho nhiều cột: C, F.']);
  });

  it('turns a bad mapping into problems instead of rows', () => {
    const preview = buildImportPreview([HEADER, row({ name: 'An' })], 0, { 0: 'rosterNo' }, []);
    expect(preview.rows).toEqual([]);
    expect(preview.problems[0]).toMatchObject({ row: 1, severity: 'error' });
  });

  it('has a Vietnamese label for every field', () => {
    expect(ROSTER_FIELD_LABELS.fullName).toBe('Họ và tên');
    expect(Object.values(ROSTER_FIELD_LABELS).every((label) => label.length > 0)).toBe(true);
  });
});

describe('buildImportPreview: names', () => {
  it('turns NFD names with stray spaces into NFC, single-spaced, without touching the case', () => {
    const nfd = '  Nguyễn   Thị\u00a0 Minh   Khai '.normalize('NFD');
    const preview = previewOf([
      HEADER,
      row({ no: '1', name: nfd, department: ' Văn  phòng '.normalize('NFD') }),
      row({ no: '2', name: 'NGUYỄN văn AN' }),
    ]);
    expect(preview.problems).toEqual([]);
    const [first, second] = preview.rows;
    expect(first?.person.fullName).toBe('Nguyễn Thị Minh Khai');
    expect(first?.person.fullName).toBe(first?.person.fullName.normalize('NFC'));
    expect(first?.person.department).toBe('Văn phòng');
    expect(second?.person.fullName).toBe('NGUYỄN văn AN');
  });

  it('joins split "Họ" and "Tên" columns into the full name', () => {
    const grid: Grid = [
      ['STT', 'Họ', 'Tên', 'Đơn vị'],
      ['1', 'Trần  Thị Thu', ' Hà', 'Văn phòng'],
    ];
    expect(previewOf(grid).rows[0]?.person.fullName).toBe('Trần Thị Thu Hà');
  });

  it('keeps the apostrophes and hyphens of ethnic-minority names', () => {
    expect(single({ name: "H'Hen Niê" }).rows[0]?.person.fullName).toBe("H'Hen Niê");
    expect(single({ name: 'Y-Moan Êban' }).rows).toHaveLength(1);
  });

  it('rejects a missing name, a number in the name column, digits or junk in a name', () => {
    expect(errorsOf(single({ name: '' }))).toEqual(['Thiếu họ và tên']);
    expect(errorsOf(single({ name: '12345' }))).toEqual([
      'Họ và tên "12345" là số, không phải họ tên',
    ]);
    expect(errorsOf(single({ name: 'Nguyễn Văn 2' }))).toEqual([
      'Họ và tên "Nguyễn Văn 2" có chữ số',
    ]);
    expect(errorsOf(single({ name: 'Nguyễn @Văn #An' }))[0]).toBe(
      'Họ và tên "Nguyễn @Văn #An" có ký tự không hợp lệ: @ #',
    );
    expect(errorsOf(single({ name: '#N/A' }))).toHaveLength(1);
  });

  it('keeps rows with an error out of the rows, with their 1-based spreadsheet row number', () => {
    const preview = previewOf([
      ['DANH SÁCH', 'DANH SÁCH'],
      HEADER,
      row({ no: '1', name: 'Nguyễn Văn An' }),
      row({ no: '2', name: '42' }),
    ]);
    expect(preview.rows.map((r) => r.row)).toEqual([3]);
    expect(preview.problems).toEqual([
      { row: 4, reason: 'Họ và tên "42" là số, không phải họ tên', severity: 'error' },
    ]);
  });

  it('warns, but keeps both rows, when two people share a name (namesakes are common)', () => {
    const preview = previewOf([
      HEADER,
      row({ no: '1', name: 'Nguyễn Văn An', department: 'Văn phòng' }),
      row({ no: '2', name: 'Lê Thị Hoa' }),
      row({ no: '3', name: 'nguyễn văn an', department: 'Phòng Pháp chế' }),
    ]);
    expect(preview.rows).toHaveLength(3);
    expect(preview.problems).toEqual([
      { row: 4, reason: 'Trùng họ tên với dòng 2', severity: 'warning' },
    ]);
    expect(preview.rows[2]?.warnings).toEqual(['Trùng họ tên với dòng 2']);
  });

  it('does not warn about namesakes whose birth dates tell them apart', () => {
    const preview = previewOf([
      HEADER,
      row({ no: '1', name: 'Nguyễn Văn An', birth: '01/01/1980' }),
      row({ no: '2', name: 'Nguyễn Văn An', birth: '02/02/1990' }),
      row({ no: '3', name: 'Nguyễn Văn An', birth: '01/01/1980' }),
    ]);
    expect(preview.problems).toEqual([
      { row: 4, reason: 'Trùng họ tên với dòng 2', severity: 'warning' },
    ]);
  });
});

describe('buildImportPreview: rows that are not people', () => {
  it('skips blank rows, a totals row and a header repeated at a page break, saying why', () => {
    const preview = previewOf([
      HEADER,
      row({ no: '1', name: 'Nguyễn Văn An' }),
      row({}),
      ['   ', '', '\u00a0', '', '', '', '', '', ''],
      row({ no: '2', name: 'Lê Thị Hoa' }),
      HEADER.map((cell) => cell.toUpperCase()),
      row({ no: '3', name: 'Tống Văn Hải' }),
      row({ name: 'Tổng cộng: 3 người' }),
    ]);
    expect(preview.rows.map((r) => r.person.fullName)).toEqual([
      'Nguyễn Văn An',
      'Lê Thị Hoa',
      'Tống Văn Hải',
    ]);
    expect(preview.problems).toEqual([]);
    expect(preview.skipped).toEqual([
      { row: 3, reason: 'Dòng trống' },
      { row: 4, reason: 'Dòng trống' },
      { row: 6, reason: 'Dòng tiêu đề lặp lại (ngắt trang)' },
      { row: 8, reason: 'Dòng tổng cộng' },
    ]);
  });

  it('recognises "Cộng", "Tổng số" and "Tổng" totals in the first filled cell, but not the family name "Tống"', () => {
    for (const label of ['Cộng', 'Tổng số:', 'TỔNG', 'Tổng cộng']) {
      const preview = previewOf([HEADER, row({ no: label, name: '', union: '3' })]);
      expect(preview.skipped, label).toEqual([{ row: 2, reason: 'Dòng tổng cộng' }]);
    }
    expect(single({ name: 'Tống Thị Cúc' }).rows).toHaveLength(1);
  });

  it('skips the "(1) (2) (3)…" column-number row of official forms and merged group headings', () => {
    const preview = previewOf([
      HEADER,
      HEADER.map((_, i) => `(${i + 1})`),
      HEADER.map(() => 'Phòng Tổ chức cán bộ'),
      row({ no: '1', name: 'Nguyễn Văn An' }),
    ]);
    expect(preview.rows).toHaveLength(1);
    expect(preview.skipped).toEqual([
      { row: 2, reason: 'Dòng đánh số cột' },
      { row: 3, reason: 'Dòng tiêu đề nhóm "Phòng Tổ chức cán bộ"' },
    ]);
  });
});

describe('buildImportPreview: cells', () => {
  it.each([
    ['15/11/1989', '1989-11-15'],
    ['5/1/1989', '1989-01-05'],
    ['05-01-1989', '1989-01-05'],
    ['05.01.1989', '1989-01-05'],
    ['1989-01-05', '1989-01-05'],
    ['29/02/1980', '1980-02-29'],
  ])('reads the birth date %s as %s', (text, iso) => {
    const preview = single({ birth: text });
    expect(preview.problems).toEqual([]);
    expect(preview.rows[0]?.person.birthDate).toBe(iso);
  });

  it('rejects impossible dates such as 31/02', () => {
    expect(errorsOf(single({ birth: '31/02/1980' }))).toEqual([
      'Ngày sinh "31/02/1980" không hợp lệ',
    ]);
    expect(errorsOf(single({ birth: '29/02/1981' }))).toEqual([
      'Ngày sinh "29/02/1981" không hợp lệ',
    ]);
    expect(errorsOf(single({ birth: '12/13/1980' }))).toHaveLength(1);
    expect(single({ birth: '31/02/1980' }).rows).toEqual([]);
  });

  it('rejects an Excel date serial and other unreadable dates', () => {
    const [serial] = errorsOf(single({ birth: '29221' }));
    expect(serial).toMatch(/^Ngày sinh "29221" không hợp lệ: ô đang chứa số ngày của Excel/);
    expect(errorsOf(single({ birth: '15/11/89' }))[0]).toContain('không hợp lệ');
    expect(errorsOf(single({ birth: 'mười lăm tháng mười một' }))).toHaveLength(1);
  });

  it('stores no birth date for a bare year, with a warning', () => {
    const preview = single({ birth: '1980' });
    expect(preview.rows[0]?.person.birthDate).toBeUndefined();
    expect(warningsOf(preview)).toEqual(['Chỉ có năm sinh 1980']);
  });

  it.each([
    ['Nam', 'male'],
    ['nam', 'male'],
    ['Nữ', 'female'],
    ['NỮ', 'female'],
    ['nu', 'female'],
    ['Khác', 'other'],
  ])('reads the gender %s as %s', (text, gender) => {
    expect(single({ gender: text }).rows[0]?.person.gender).toBe(gender);
  });

  it('rejects a gender it cannot read, and leaves an empty one unset', () => {
    expect(errorsOf(single({ gender: 'M' }))).toEqual([
      'Giới tính "M" không hợp lệ (chỉ nhận Nam, Nữ hoặc Khác)',
    ]);
    expect(errorsOf(single({ gender: '1' }))).toHaveLength(1);
    expect(single({ gender: '' }).rows[0]?.person.gender).toBeUndefined();
  });

  it.each(['x', 'X', 'có', 'Có', '1', 'true', 'TRUE', '✓', 'v', 'yes', '12/05/2005'])(
    'reads the membership mark %s as yes',
    (mark) => {
      const preview = single({ party: mark, union: mark });
      expect(preview.problems).toEqual([]);
      expect(preview.rows[0]?.person).toMatchObject({ partyMember: true, unionMember: true });
    },
  );

  it.each(['', 'không', 'Không', '0'])('reads the membership mark "%s" as no', (mark) => {
    const preview = single({ party: mark, union: mark });
    expect(preview.problems).toEqual([]);
    expect(preview.rows[0]?.person).toMatchObject({ partyMember: false, unionMember: false });
  });

  it('reads an unknown membership mark as no, with a warning', () => {
    const preview = single({ party: 'chưa rõ' });
    expect(preview.rows[0]?.person.partyMember).toBe(false);
    expect(warningsOf(preview)).toEqual([
      'Đảng viên "chưa rõ" không rõ nghĩa, coi như không (dùng "x" cho có, để trống cho không)',
    ]);
  });

  it('accepts a positive whole STT and rejects anything else', () => {
    expect(single({ no: '007' }).rows[0]?.person.rosterNo).toBe(7);
    expect(single({ no: '' }).rows[0]?.person.rosterNo).toBeUndefined();
    for (const bad of ['abc', '0', '-1', '1.5']) {
      expect(errorsOf(single({ no: bad })), bad).toEqual([
        `STT / Mã cán bộ "${bad}" không phải số nguyên dương`,
      ]);
    }
  });

  it('rejects the second of two rows with the same STT, naming the first', () => {
    const preview = previewOf([
      HEADER,
      row({ no: '5', name: 'Nguyễn Văn An' }),
      row({ no: '5', name: 'Lê Thị Hoa' }),
    ]);
    expect(preview.rows.map((r) => r.person.fullName)).toEqual(['Nguyễn Văn An']);
    expect(preview.problems).toEqual([
      { row: 3, reason: 'Trùng STT / Mã cán bộ 5 với dòng 2', severity: 'error' },
    ]);
  });

  it('puts back the leading zero Excel drops from a phone typed as a number', () => {
    const preview = single({ phone: '919335463' });
    expect(preview.rows[0]?.person.phone).toBe('0919335463');
    expect(warningsOf(preview)).toHaveLength(1);
    expect(single({ phone: '0919335463' }).problems).toEqual([]);
  });

  it('rejects texts longer than the roster keeps', () => {
    expect(errorsOf(single({ position: 'x'.repeat(201) }))).toEqual(['Chức vụ dài quá 200 ký tự']);
  });

  it('suggests roles from the position and union membership', () => {
    const preview = single({ position: 'Phó Vụ trưởng', union: 'x' });
    expect(preview.rows[0]?.person.suggestedRoles).toEqual(['deputyHead', 'unionMember']);
  });
});

describe('suggestRoles', () => {
  it.each([
    ['Vụ trưởng', ['head']],
    ['Vụ trưởng Vụ Pháp chế', ['head']],
    ['VỤ TRƯỞNG', ['head']],
    ['Cục trưởng', ['head']],
    ['Giám đốc', ['head']],
    ['Hiệu trưởng', ['head']],
    ['Viện trưởng', ['head']],
    ['Tổng biên tập', ['head']],
    ['Thủ trưởng đơn vị', ['head']],
    ['Chủ tịch', ['head']],
    ['Quyền Vụ trưởng', ['head']],
    ['Phó Vụ trưởng', ['deputyHead']],
    ['Phó Giám đốc', ['deputyHead']],
    ['Phó Hiệu trưởng', ['deputyHead']],
    ['Phó Chủ tịch', ['deputyHead']],
    ['Kế toán trưởng', ['chiefAccountant']],
    ['Kế toán viên', []],
    ['Kế toán', []],
    ['Trưởng phòng', []],
    ['Phó trưởng phòng', []],
    ['Trưởng khoa', []],
    ['Tổ trưởng', []],
    ['Chánh Văn phòng', []],
    ['Chuyên viên chính', []],
    ['Chủ tịch công đoàn', ['unionChair', 'unionExecutive']],
    ['Chủ tịch CĐ', ['unionChair', 'unionExecutive']],
    ['CTCĐ', ['unionChair', 'unionExecutive']],
    ['Chủ tịch Công đoàn cơ sở', ['unionChair', 'unionExecutive']],
    ['Phó chủ tịch công đoàn', ['unionViceChair', 'unionExecutive']],
    ['Phó Chủ tịch CĐ', ['unionViceChair', 'unionExecutive']],
    ['Ủy viên BCH', ['unionExecutive']],
    ['Uỷ viên Ban chấp hành Công đoàn', ['unionExecutive']],
    ['UV BCH CĐ', ['unionExecutive']],
    ['Ủy viên BCH Đảng ủy', []],
    ['Phó Vụ trưởng, Chủ tịch CĐ', ['deputyHead', 'unionChair', 'unionExecutive']],
    ['Phó Vụ trưởng Chủ tịch CĐ', ['deputyHead', 'unionChair', 'unionExecutive']],
    ['Chuyên viên kiêm Kế toán trưởng', ['chiefAccountant']],
    ['Phó Giám đốc kiêm Kế toán trưởng', ['deputyHead', 'chiefAccountant']],
    ['Trưởng phòng (UV BCH công đoàn)', ['unionExecutive']],
    ['', []],
  ])('%s → %j', (position, roles) => {
    expect(suggestRoles(position, false)).toEqual(roles);
  });

  it('adds the union-member role from the membership column, in the order of ROLES', () => {
    expect(suggestRoles('Chuyên viên', true)).toEqual(['unionMember']);
    expect(suggestRoles('Chủ tịch công đoàn', true)).toEqual([
      'unionChair',
      'unionExecutive',
      'unionMember',
    ]);
  });

  it('reads positions typed without accents or in NFD', () => {
    expect(suggestRoles('Pho vu truong', false)).toEqual(['deputyHead']);
    expect(suggestRoles('Kế toán trưởng'.normalize('NFD'), false)).toEqual(['chiefAccountant']);
  });
});

describe('diff against the roster in the app', () => {
  const existing: Person[] = [
    person({
      id: 'p-an',
      rosterNo: 1,
      fullName: 'Nguyễn Văn An',
      birthDate: '1980-01-01',
      department: 'Văn phòng',
      position: 'Vụ trưởng',
      phone: '0900000001',
      roles: ['head', 'unionMember'],
    }),
    person({
      id: 'p-hoa',
      rosterNo: 2,
      fullName: 'Lê Thị Hoa',
      gender: 'female',
      department: 'Phòng Pháp chế',
      position: 'Chuyên viên',
      roles: ['unionMember', 'unionExecutive'],
    }),
    person({ id: 'p-binh', rosterNo: 3, fullName: 'Trần Văn Bình', roles: ['unionMember'] }),
    person({ id: 'p-old', rosterNo: 4, fullName: 'Phạm Văn Cũ', active: false }),
  ];
  const grid: Grid = [
    HEADER,
    row({
      no: '1',
      name: 'Nguyễn Văn An',
      birth: '01/01/1980',
      department: 'Văn phòng',
      position: 'Vụ trưởng',
      union: 'x',
      phone: '0900000001',
    }),
    row({
      no: '2',
      name: 'Lê Thị Hoa',
      gender: 'Nữ',
      department: 'Phòng Pháp chế',
      position: 'Phó Vụ trưởng',
      party: 'x',
    }),
    row({ no: '5', name: 'Đỗ Minh Tâm', position: 'Chủ tịch công đoàn', union: 'x' }),
  ];

  it('sorts the file into added, changed (with Vietnamese labels), unchanged and gone', () => {
    const { diff } = previewOf(grid, existing);
    expect(diff.unchanged.map((u) => u.personId)).toEqual(['p-an']);
    expect(diff.added.map((a) => a.person.fullName)).toEqual(['Đỗ Minh Tâm']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.personId).toBe('p-hoa');
    expect(diff.changed[0]?.changes).toEqual([
      { field: 'position', label: 'Chức vụ', before: 'Chuyên viên', after: 'Phó Vụ trưởng' },
      { field: 'partyMember', label: 'Đảng viên', before: 'Không', after: 'Có' },
      { field: 'unionMember', label: 'Đoàn viên công đoàn', before: 'Có', after: 'Không' },
    ]);
    // The one who already left is not "gone" again.
    expect(diff.gone.map((p) => p.id)).toEqual(['p-binh']);
  });

  it('does not count roles edited in the app as a change', () => {
    // Roles set by hand that the position would not suggest, and a suggested role left unset.
    const people = [
      person({
        id: 'p1',
        rosterNo: 1,
        fullName: 'Vũ Thu Nhung',
        position: 'Chuyên viên',
        roles: ['chiefAccountant'],
      }),
      person({ id: 'p2', rosterNo: 2, fullName: 'Phan Thanh Ước', position: 'Vụ trưởng' }),
    ];
    const file: Grid = [
      ['Họ và tên', 'Chức vụ'],
      ['Vũ Thu Nhung', 'Chuyên viên'],
      ['Phan Thanh Ước', 'Vụ trưởng'],
    ];
    const { diff } = previewOf(file, people);
    expect(diff.unchanged.map((u) => u.personId)).toEqual(['p1', 'p2']);
    expect(diff.changed).toEqual([]);
  });

  it('shows name spelling and birth-date corrections as changes of a matched person', () => {
    const people = [
      person({ id: 'p1', rosterNo: 1, fullName: 'Nguyen Van An', department: 'Văn phòng' }),
    ];
    const file: Grid = [
      ['Họ và tên', 'Ngày sinh', 'Đơn vị'],
      ['Nguyễn Văn An', '03/05/1980', 'Văn phòng'],
    ];
    expect(previewOf(file, people).diff.changed[0]?.changes).toEqual([
      { field: 'fullName', label: 'Họ và tên', before: 'Nguyen Van An', after: 'Nguyễn Văn An' },
      { field: 'birthDate', label: 'Ngày sinh', before: '', after: '03/05/1980' },
    ]);
  });

  it('tells namesakes apart by department, and never guesses between two of them', () => {
    const people = [
      person({ id: 'a1', rosterNo: 1, fullName: 'Nguyễn Văn An', department: 'Văn phòng' }),
      person({ id: 'a2', rosterNo: 2, fullName: 'Nguyễn Văn An', department: 'Phòng Pháp chế' }),
    ];
    const byDepartment: Grid = [
      ['Họ và tên', 'Đơn vị', 'Chức vụ'],
      ['Nguyễn Văn An', 'Phòng Pháp chế', 'Chuyên viên'],
      ['Nguyễn Văn An', 'Văn phòng', 'Lái xe'],
    ];
    const { diff } = previewOf(byDepartment, people);
    expect(diff.changed.map((c) => [c.personId, c.row.person.position])).toEqual([
      ['a2', 'Chuyên viên'],
      ['a1', 'Lái xe'],
    ]);
    const nameOnly: Grid = [['Họ và tên'], ['Nguyễn Văn An']];
    const ambiguous = previewOf(nameOnly, people).diff;
    expect(ambiguous.added).toHaveLength(1);
    expect(ambiguous.gone.map((p) => p.id)).toEqual(['a1', 'a2']);
  });

  it('matches on name alone when unique, but never across two different birth dates', () => {
    const people = [
      person({ id: 'a1', rosterNo: 1, fullName: 'Nguyễn Văn An', birthDate: '1980-01-01' }),
    ];
    const moved: Grid = [
      ['Họ và tên', 'Đơn vị'],
      ['Nguyễn Văn An', 'Phòng mới'],
    ];
    expect(previewOf(moved, people).diff.changed[0]?.changes).toEqual([
      { field: 'department', label: 'Đơn vị', before: '', after: 'Phòng mới' },
    ]);
    const namesake: Grid = [
      ['Họ và tên', 'Ngày sinh'],
      ['Nguyễn Văn An', '02/02/1995'],
    ];
    const { diff } = previewOf(namesake, people);
    expect(diff.added).toHaveLength(1);
    expect(diff.gone.map((p) => p.id)).toEqual(['a1']);
  });

  it('leaves fields the file has no column for alone, and keeps a known date when the file has only its year', () => {
    const people = [
      person({
        id: 'a1',
        rosterNo: 1,
        fullName: 'Nguyễn Văn An',
        birthDate: '1980-05-03',
        phone: '0900000001',
      }),
    ];
    const file: Grid = [
      ['Họ và tên', 'Năm sinh'],
      ['Nguyễn Văn An', '1980'],
    ];
    const preview = previewOf(file, people);
    expect(preview.diff.unchanged).toHaveLength(1);
    const [after] = applyRosterImport(people, preview, { goneAction: 'deactivate' }, () => 'new');
    expect(after).toMatchObject({ phone: '0900000001', birthDate: '1980-05-03' });
  });

  it('brings back a person who had left, as a change of status', () => {
    const people = [person({ id: 'a1', rosterNo: 1, fullName: 'Phạm Văn Cũ', active: false })];
    const { diff } = previewOf([['Họ và tên'], ['Phạm Văn Cũ']], people);
    expect(diff.changed[0]?.changes).toEqual([
      { field: 'active', label: 'Trạng thái', before: 'Đã nghỉ', after: 'Đang làm việc' },
    ]);
  });
});

describe('applyRosterImport', () => {
  const existing: Person[] = [
    person({
      id: 'p-an',
      rosterNo: 1,
      fullName: 'Nguyễn Văn An',
      department: 'Văn phòng',
      position: 'Chuyên viên',
      roles: ['unionExecutive', 'unionMember'],
    }),
    person({ id: 'p-binh', rosterNo: 2, fullName: 'Trần Văn Bình', roles: ['unionMember'] }),
  ];
  let counter = 0;
  const newId = (): string => `new-${++counter}`;

  it('keeps ids and app-edited roles, adds new people with suggested roles, deactivates the gone', () => {
    counter = 0;
    const file: Grid = [
      ['Họ và tên', 'Đơn vị', 'Chức vụ', 'Đoàn viên công đoàn'],
      ['Nguyễn Văn An', 'Văn phòng', 'Phó Vụ trưởng', ''],
      ['Đỗ Minh Tâm', 'Văn phòng', 'Chủ tịch công đoàn', 'x'],
    ];
    const preview = previewOf(file, existing);
    const people = applyRosterImport(existing, preview, { goneAction: 'deactivate' }, newId);
    expect(people.map((p) => [p.id, p.rosterNo, p.fullName, p.active, p.roles])).toEqual([
      // Union membership follows the file; the executive role stays (it is edited in the app)
      // and "Phó Vụ trưởng" is not turned into a role for someone already on the roster.
      ['p-an', 1, 'Nguyễn Văn An', true, ['unionExecutive']],
      ['p-binh', 2, 'Trần Văn Bình', false, ['unionMember']],
      ['new-1', 3, 'Đỗ Minh Tâm', true, ['unionChair', 'unionExecutive', 'unionMember']],
    ]);
    expect(people[0]?.position).toBe('Phó Vụ trưởng');
    for (const p of people) expect(PersonSchema.safeParse(p).success).toBe(true);
  });

  it('keeps the gone active when asked to, and never deletes anyone', () => {
    const preview = previewOf([['Họ và tên'], ['Nguyễn Văn An']], existing);
    const people = applyRosterImport(existing, preview, { goneAction: 'keep' }, newId);
    expect(people.map((p) => [p.id, p.active])).toEqual([
      ['p-an', true],
      ['p-binh', true],
    ]);
  });

  it('takes STT from the file and renumbers anyone outside the file who held that number', () => {
    counter = 0;
    const file: Grid = [
      ['STT', 'Họ và tên'],
      ['2', 'Nguyễn Văn An'],
      ['7', 'Đỗ Minh Tâm'],
    ];
    const preview = previewOf(file, existing);
    const people = applyRosterImport(existing, preview, { goneAction: 'keep' }, newId);
    expect(people.map((p) => [p.id, p.rosterNo])).toEqual([
      ['p-an', 2],
      ['p-binh', 8],
      ['new-1', 7],
    ]);
    expect(new Set(people.map((p) => p.rosterNo)).size).toBe(people.length);
  });

  it('writes every imported field of a new person', () => {
    counter = 0;
    const grid: Grid = [
      [...HEADER, 'Ghi chú'],
      [
        ...row({
          no: '9',
          name: 'Vũ Thu Nhung',
          gender: 'Nữ',
          birth: '09/10/1979',
          department: 'Phòng Kế hoạch - Tài chính',
          position: 'Kế toán trưởng',
          party: 'x',
          union: 'x',
          phone: '0946200564',
        }),
        'Chuyển đến 2024',
      ],
    ];
    const [added] = applyRosterImport([], previewOf(grid), { goneAction: 'deactivate' }, newId);
    expect(added).toEqual({
      id: 'new-1',
      rosterNo: 9,
      fullName: 'Vũ Thu Nhung',
      gender: 'female',
      birthDate: '1979-10-09',
      department: 'Phòng Kế hoạch - Tài chính',
      position: 'Kế toán trưởng',
      phone: '0946200564',
      partyMember: true,
      roles: ['chiefAccountant', 'unionMember'],
      active: true,
      note: 'Chuyển đến 2024',
    });
  });

  it('refuses a preview made against another roster', () => {
    const preview = previewOf([['Họ và tên'], ['Nguyễn Văn An']], existing);
    expect(() => applyRosterImport([], preview, { goneAction: 'keep' }, newId)).toThrow(
      /xem trước lại/,
    );
  });
});
