import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { readRosterGrid } from '../../../../electron/node/readRosterGrid';
import {
  buildImportPreview,
  detectHeader,
  type Grid,
  type ImportPreview,
} from '../../../../core/domain/rosterImport';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * shared/ sits beside the repository (here and in CI, a fresh clone with shared/ next to it);
 * a copy inside the repository is accepted too.
 */
function fixturesDir(): string {
  const repoRoot = path.resolve(here, '../../../..');
  const candidates = [
    path.resolve(repoRoot, '../shared/fixtures'),
    path.resolve(repoRoot, 'shared/fixtures'),
    path.resolve(process.cwd(), '../shared/fixtures'),
  ];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'roster-6.csv')));
  if (!found) throw new Error(`Roster fixtures not found; looked in ${candidates.join(', ')}`);
  return found;
}

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

let tmp = '';
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'roster-grid-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Writes the bytes to a real file and reads them back, as the app gets them from a dialog. */
async function readVia(fileName: string, bytes: Uint8Array): Promise<Grid> {
  const file = path.join(tmp, fileName);
  await writeFile(file, bytes);
  return readRosterGrid(await readFile(file), fileName);
}

function previewOf(grid: Grid): ImportPreview {
  const header = detectHeader(grid);
  if (!header) throw new Error('no header found');
  return buildImportPreview(grid, header.headerRow, header.mapping, []);
}

async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}

function utf16be(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code >> 8;
    bytes[3 + i * 2] = code & 0xff;
  }
  return bytes;
}

/**
 * Node can decode code page 1258 but not encode it, so the table is built from the decoder. 1258
 * has few precomposed Vietnamese letters: "ễ" is written as "ê" + a combining tilde.
 */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const char = decoder.decode(new Uint8Array([byte]));
    if (char !== '\ufffd' && !table.has(char)) table.set(char, byte);
  }
  const out: number[] = [];
  for (const char of text.normalize('NFC')) {
    const direct = table.get(char);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // Vietnamese letters carry at most two marks: try the base letter with one of them
    // precomposed ("ệ" = "ê" + dot below) and the other as a combining byte.
    const [base = '', ...marks] = char.normalize('NFD');
    const splits = marks.map((mark, i) => ({
      head: base + mark,
      rest: marks.filter((_, j) => j !== i),
    }));
    const encoded = [{ head: base, rest: marks }, ...splits]
      .map(({ head, rest }) => [table.get(head.normalize('NFC')), ...rest.map((m) => table.get(m))])
      .find((bytes): bytes is number[] => bytes.every((byte) => byte !== undefined));
    if (!encoded) throw new Error(`cannot encode ${char} in windows-1258`);
    out.push(...encoded);
  }
  return new Uint8Array(out);
}

const SMALL_ROWS = [
  HEADER,
  ['1', 'Nguyễn Văn Đức', 'Nam', '15/11/1989', 'Văn phòng', 'Vụ trưởng', '', 'x', '0919335463'],
  [
    '2',
    'Trần Thị Ngọc Ánh',
    'Nữ',
    '01/09/1970',
    'Phòng Tổ chức cán bộ',
    'Phó Vụ trưởng',
    'x',
    'x',
    '',
  ],
  [
    '3',
    'Lê Hữu Phước',
    'Nam',
    '03/10/1981',
    'Phòng Pháp chế',
    'Chuyên viên, "tổ trưởng"',
    '',
    'x',
    '',
  ],
];

function csvLine(cells: string[], delimiter: string): string {
  return cells
    .map((cell) => (/[",;\t\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell))
    .join(delimiter);
}

function delimited(delimiter: string, eol = '\r\n'): string {
  return SMALL_ROWS.map((cells) => csvLine(cells, delimiter)).join(eol) + eol;
}

describe('readRosterGrid on the shared fixtures', () => {
  for (const [size, count] of [
    ['6', 6],
    ['184', 184],
    ['2400', 2400],
  ] as const) {
    it(`reads roster-${size} from .xlsx and .csv into the same ${count} people, with no problem`, async () => {
      const dir = fixturesDir();
      const previews: ImportPreview[] = [];
      for (const extension of ['xlsx', 'csv']) {
        const fileName = `roster-${size}.${extension}`;
        const grid = await readRosterGrid(await readFile(path.join(dir, fileName)), fileName);
        const preview = previewOf(grid);
        expect(preview.rows, fileName).toHaveLength(count);
        expect(preview.problems, fileName).toEqual([]);
        expect(preview.skipped, fileName).toEqual([]);
        // The first rows hold the head, two deputies, the chief accountant and an accountant.
        const roles = preview.rows.slice(0, 5).map((r) => r.person.suggestedRoles);
        expect(roles[0]).toContain('head');
        expect(roles[1]).toContain('deputyHead');
        expect(roles[2]).toContain('deputyHead');
        expect(roles[3]).toEqual(expect.arrayContaining(['chiefAccountant']));
        expect(roles[3]).not.toContain('head');
        expect(roles[4]).not.toContain('chiefAccountant');
        if (size !== '2400') expect(preview.rows[0]?.person.fullName).toBe('Phan Thanh Ước');
        previews.push(preview);
      }
      const [fromXlsx, fromCsv] = previews;
      expect(fromXlsx?.rows.map((r) => r.person)).toEqual(fromCsv?.rows.map((r) => r.person));
    });
  }

  it('gives the people of roster-6 with every field read', async () => {
    const fileName = 'roster-6.xlsx';
    const grid = await readRosterGrid(await readFile(path.join(fixturesDir(), fileName)), fileName);
    expect(grid).toHaveLength(7);
    expect(previewOf(grid).rows[1]?.person).toEqual({
      rosterNo: 2,
      fullName: 'Trần Hữu An',
      gender: 'male',
      birthDate: '1967-12-19',
      department: 'Văn phòng',
      position: 'Phó Vụ trưởng',
      phone: '0949595856',
      partyMember: true,
      unionMember: true,
      note: '',
      suggestedRoles: ['deputyHead', 'unionMember'],
    });
  });
});

describe('readRosterGrid on a messy Excel file', () => {
  const title = 'DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC';
  async function messyWorkbook(): Promise<Uint8Array> {
    return xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet('Danh sách');
      sheet.mergeCells('A1:I1');
      sheet.getCell('A1').value = title;
      sheet.addRow(HEADER);
      sheet.addRow([]);
      sheet.addRow([
        1,
        '  Nguyễn   Văn  Đức '.normalize('NFD'),
        'Nam',
        new Date(Date.UTC(1980, 4, 3)),
        'Văn phòng',
        'Vụ trưởng',
        '',
        'x',
        '0919335463',
      ]);
      sheet.getCell('D4').numFmt = 'dd/mm/yyyy';
      sheet.addRow([2, '', 'Nữ', '01/09/1970', '', 'Phó Vụ trưởng', 'x', 'x', 919335463]);
      // Rich text, as a name typed with bold family name comes out of Excel.
      sheet.getCell('B5').value = {
        richText: [{ text: 'Trần ', font: { bold: true } }, { text: 'Thị  Ánh'.normalize('NFD') }],
      };
      // "Văn phòng" merged down over both people.
      sheet.mergeCells('E4:E5');
      sheet.addRow([
        { formula: 'A5+1', result: 3 },
        12345,
        'Nam',
        '03/10/1981',
        'Phòng Pháp chế',
        'Chuyên viên',
        '',
        'x',
        { text: '0961756896', hyperlink: 'tel:0961756896' },
      ]);
      sheet.addRow([4, 'Lê Thu Hà', 'Nữ', 2.5, 'Phòng Pháp chế', 'Chuyên viên', true, 'x', '']);
      sheet.getCell('I7').value = 961756896;
      sheet.getCell('I7').numFmt = '0000000000';
      // A border drawn far to the right: formatting only, no column of data.
      sheet.getCell('AZ3').border = { top: { style: 'thin' } };
      sheet.addRow(['', 'Tổng cộng: 3 người']);
      sheet.addRow([]);
      sheet.addRow([]);
    });
  }

  it('reads cells as Excel shows them: merges repeated, dates dd/mm/yyyy, plain numbers, rich text and formula results', async () => {
    const grid = await readVia('messy.xlsx', await messyWorkbook());
    expect(grid[0]).toEqual(HEADER.map(() => title));
    expect(grid[1]).toEqual(HEADER);
    expect(grid[2]).toEqual(HEADER.map(() => ''));
    expect(grid[3]?.[0]).toBe('1');
    expect(grid[3]?.[3]).toBe('03/05/1980');
    expect(grid[4]?.[1]).toBe(`Trần ${'Thị  Ánh'.normalize('NFD')}`);
    expect(grid[4]?.[4]).toBe('Văn phòng');
    expect(grid[4]?.[8]).toBe('919335463');
    expect(grid[5]?.[0]).toBe('3');
    expect(grid[5]?.[1]).toBe('12345');
    expect(grid[5]?.[8]).toBe('0961756896');
    expect(grid[6]?.[3]).toBe('2.5');
    expect(grid[6]?.[6]).toBe('TRUE');
    expect(grid[6]?.[8]).toBe('0961756896');
    // Trailing empty rows dropped; every row as wide as the widest.
    expect(grid).toHaveLength(8);
    expect(new Set(grid.map((cells) => cells.length))).toEqual(new Set([9]));
  });

  it('reads dates the same west of Greenwich (exceljs hands them over at UTC midnight)', async () => {
    const bytes = await messyWorkbook();
    const saved = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const grid = await readVia('messy-tz.xlsx', bytes);
      expect(grid[3]?.[3]).toBe('03/05/1980');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('gives a preview with the title, blank and totals rows skipped and the bad rows reported', async () => {
    const preview = previewOf(await readVia('messy.xlsx', await messyWorkbook()));
    expect(preview.headerRow).toBe(1);
    expect(preview.skipped).toEqual([
      { row: 3, reason: 'Dòng trống' },
      { row: 8, reason: 'Dòng tổng cộng' },
    ]);
    expect(preview.rows.map((r) => [r.row, r.person.fullName, r.person.birthDate])).toEqual([
      [4, 'Nguyễn Văn Đức', '1980-05-03'],
      [5, 'Trần Thị Ánh', '1970-09-01'],
    ]);
    expect(preview.rows[1]?.person).toMatchObject({ department: 'Văn phòng', phone: '0919335463' });
    expect(preview.problems).toEqual([
      { row: 5, reason: expect.stringContaining('thiếu số 0 ở đầu'), severity: 'warning' },
      { row: 6, reason: 'Họ và tên "12345" là số, không phải họ tên', severity: 'error' },
      {
        row: 7,
        reason:
          'Ngày sinh "2.5" không hợp lệ: ô đang chứa số ngày của Excel, hãy định dạng ô là ngày hoặc gõ dd/mm/yyyy',
        severity: 'error',
      },
    ]);
  });

  it('reads the first worksheet that has data, preferring a visible one', async () => {
    const bytes = await xlsxBytes((workbook) => {
      workbook.addWorksheet('Trống');
      const hidden = workbook.addWorksheet('Danh mục');
      hidden.addRow(['Họ và tên', 'Ghi chú']);
      hidden.addRow(['Không phải người', '']);
      hidden.state = 'hidden';
      const sheet = workbook.addWorksheet('Danh sách');
      sheet.addRow(['Họ và tên']);
      sheet.addRow(['Nguyễn Văn An']);
    });
    expect(await readVia('sheets.xlsx', bytes)).toEqual([['Họ và tên'], ['Nguyễn Văn An']]);
  });
});

describe('readRosterGrid on CSV and text files', () => {
  const expected = SMALL_ROWS;

  it('reads UTF-8 without a BOM', async () => {
    expect(await readVia('plain.csv', utf8(delimited(',')))).toEqual(expected);
  });

  it('reads UTF-8 with a BOM and drops the BOM', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(delimited(','))]);
    const grid = await readVia('bom.csv', bytes);
    expect(grid).toEqual(expected);
    expect(grid[0]?.[0]).toBe('STT');
  });

  it('reads Excel "Unicode text": UTF-16LE with a BOM, tab separated', async () => {
    expect(await readVia('unicode.txt', utf16le(delimited('\t')))).toEqual(expected);
  });

  it('reads UTF-16BE with a BOM', async () => {
    expect(await readVia('be.tsv', utf16be(delimited('\t')))).toEqual(expected);
  });

  it('reads semicolon-separated files, as Excel writes them with Vietnamese regional settings', async () => {
    expect(await readVia('semicolon.csv', utf8(delimited(';', '\n')))).toEqual(expected);
  });

  it('falls back to Windows code page 1258 when the bytes are not UTF-8', async () => {
    const bytes = windows1258(delimited(','));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const grid = await readVia('cp1258.csv', bytes);
    const nfc = grid.map((cells) => cells.map((cell) => cell.normalize('NFC')));
    expect(nfc).toEqual(expected);
    expect(previewOf(grid).rows.map((r) => r.person.fullName)).toEqual([
      'Nguyễn Văn Đức',
      'Trần Thị Ngọc Ánh',
      'Lê Hữu Phước',
    ]);
  });

  it('drops trailing empty rows and pads short rows', async () => {
    const text = 'Họ và tên,Đơn vị,Ghi chú\nNguyễn Văn An\n\nLê Thị Hoa,Văn phòng\n,,\n\n';
    expect(await readVia('ragged.csv', utf8(text))).toEqual([
      ['Họ và tên', 'Đơn vị', 'Ghi chú'],
      ['Nguyễn Văn An', '', ''],
      ['', '', ''],
      ['Lê Thị Hoa', 'Văn phòng', ''],
    ]);
  });

  it('gives the same people from every encoding and separator', async () => {
    const names = async (fileName: string, bytes: Uint8Array): Promise<string[]> =>
      previewOf(await readVia(fileName, bytes)).rows.map((r) => r.person.fullName);
    const reference = await names('a.csv', utf8(delimited(',')));
    expect(reference).toHaveLength(3);
    expect(await names('b.txt', utf16le(delimited('\t')))).toEqual(reference);
    expect(await names('c.csv', utf8(delimited(';')))).toEqual(reference);
    expect(await names('d.csv', windows1258(delimited(';')))).toEqual(reference);
  });
});

describe('readRosterGrid refusals', () => {
  const ole2 = new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array(504).fill(0),
  ]);
  const xlsMessage =
    'Tệp .xls (Excel 97–2003) chưa được hỗ trợ. Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx.';

  it('refuses an old .xls file, telling the user to save it as .xlsx', async () => {
    await expect(readVia('cu.xls', ole2)).rejects.toThrow(xlsMessage);
    await expect(readVia('CU.XLS', utf8('whatever'))).rejects.toThrow(xlsMessage);
  });

  it('recognises an .xls renamed to .xlsx by its bytes', async () => {
    await expect(readVia('renamed.xlsx', ole2)).rejects.toThrow(xlsMessage);
  });

  it('reports a corrupted .xlsx in Vietnamese', async () => {
    const good = await xlsxBytes((workbook) => workbook.addWorksheet('A').addRow(['Họ và tên']));
    await expect(readVia('truncated.xlsx', good.slice(0, good.length / 2))).rejects.toThrow(
      /^Không đọc được tệp Excel: /,
    );
    await expect(readVia('garbage.xlsx', utf8('không phải tệp Excel'))).rejects.toThrow(
      /^Không đọc được tệp Excel: /,
    );
  });

  it('accepts only .xlsx and .csv (and Excel text files)', async () => {
    await expect(readVia('danh-sach.pdf', utf8('%PDF'))).rejects.toThrow(
      'Chỉ nhận tệp .xlsx hoặc .csv',
    );
    await expect(readVia('khong-duoi', utf8('a,b'))).rejects.toThrow(
      'Chỉ nhận tệp .xlsx hoặc .csv',
    );
  });
});
