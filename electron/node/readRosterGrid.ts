/**
 * Reads a staff roster file (Excel .xlsx, or CSV / Excel "Unicode text") into a grid of cell texts
 * as the user sees them in Excel. Everything after that — header, checks, diff — is pure core
 * (core/domain/rosterImport).
 */
import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import type { Grid } from '../../core/domain/rosterImport';

const XLS_MESSAGE =
  'Tệp .xls (Excel 97–2003) chưa được hỗ trợ. Hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx.';

/** Old binary Office files (OLE2) start with D0 CF 11 E0, whatever their name says. */
function isOle2(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

export async function readRosterGrid(bytes: Uint8Array, fileName: string): Promise<Grid> {
  const extension = /\.([^.\\/]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (extension === 'xls' || (extension === 'xlsx' && isOle2(bytes))) throw new Error(XLS_MESSAGE);
  if (extension === 'xlsx') return tidy(await readXlsx(bytes));
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') {
    return tidy(parseDelimited(decodeText(bytes)));
  }
  throw new Error('Chỉ nhận tệp .xlsx hoặc .csv');
}

// ---------------------------------------------------------------------------------------------
// Excel

async function readXlsx(bytes: Uint8Array): Promise<Grid> {
  // Loaded on first use: exceljs takes ~0.3 s to load, which start-up should not pay.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types `load` as taking an ArrayBuffer-like; a copy gives one of exactly this file.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Không đọc được tệp Excel: ${detail}`);
  }
  const withData = workbook.worksheets.filter((sheet) => sheet.actualRowCount > 0);
  // A hidden sheet with data is usually a lookup list, not the roster the user is looking at.
  const sheet = withData.find((candidate) => candidate.state === 'visible') ?? withData[0];
  if (!sheet) return [];

  // Not sheet.columnCount: one formatted cell far to the right (a border drawn to column XFD)
  // would make every row 16,384 cells wide. Only cells holding something count.
  let columnCount = 0;
  sheet.eachRow((row) => {
    row.eachCell((cell, col) => {
      if (col > columnCount && cell.master.value !== null && cell.master.value !== '') {
        columnCount = col;
      }
    });
  });
  const grid: Grid = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      // A merged range gives every cell its master's text, so a "Đơn vị" merged down over a
      // block of people applies to each of them.
      const master = row.getCell(c).master;
      cells.push(cellText(master.value, master.numFmt));
    }
    grid.push(cells);
  }
  return grid;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * exceljs turns a date serial into a Date at UTC midnight: read it back in UTC, or every birthday
 * west of Greenwich moves a day. Rounding to the second absorbs serials like 29221.9999999.
 */
function dateText(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  if (Number.isNaN(rounded.getTime())) return '';
  return `${pad2(rounded.getUTCDate())}/${pad2(rounded.getUTCMonth() + 1)}/${rounded.getUTCFullYear()}`;
}

function numberText(value: number, numFmt: string | undefined): string {
  // "0000000000" is how offices keep a phone's leading zero in a Number cell.
  if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) {
    return String(value).padStart(numFmt.length, '0');
  }
  if (Number.isInteger(value)) return String(value);
  // 15 significant digits is what Excel shows; it hides binary noise like 0.30000000000000004.
  return String(Number(value.toPrecision(15)));
}

function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) {
    // exceljs types the text as string, but a styled link comes back as rich text.
    const text: unknown = value.text;
    return typeof text === 'string' ? text : cellText(text as CellValue, numFmt);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? '' : cellText(value.result, numFmt);
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// CSV and Excel "Unicode text"

function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes); // Excel's "Unicode Text" (tab separated)
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: a CSV saved by Excel on a Vietnamese Windows is in code page 1258.
      text = new TextDecoder('windows-1258').decode(bytes);
    }
  }
  return text.replace(/^\uFEFF/, '');
}

function parseDelimited(text: string): Grid {
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  return result.data.map((row) => row.map((cell) => cell ?? ''));
}

// ---------------------------------------------------------------------------------------------

/** Drops trailing empty rows and columns, and pads every row to the same width. */
function tidy(grid: Grid): Grid {
  const isEmpty = (cell: string | undefined): boolean => (cell ?? '').trim() === '';
  let rowCount = grid.length;
  while (rowCount > 0 && (grid[rowCount - 1] ?? []).every(isEmpty)) rowCount--;
  const rows = grid.slice(0, rowCount);
  let width = 0;
  for (const row of rows) {
    for (let c = row.length; c > width; c--) {
      if (!isEmpty(row[c - 1])) {
        width = c;
        break;
      }
    }
  }
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}
