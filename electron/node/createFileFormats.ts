import { AppError } from '../../core/domain/appError';
import type { CalendarEvent } from '../../core/domain/followUpCalendar';
import type { SheetTable } from '../../core/domain/followUpSheet';
import type { FileFormats } from '../../core/service/ports';

const FONT = 'Times New Roman';
const HEADER_ROW = 4;

const dayParts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/**
 * An .xlsx of one table, laid out as a union office keeps its lists: a title and a subtitle, bold
 * headers with a filter, frozen under the header, dates as real Excel dates (dd/mm/yyyy, at UTC
 * midnight so no time zone moves them). exceljs is loaded on first use (≈ 0.3 s to load).
 */
async function workbook(table: SheetTable): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Hội nghị CBCCVC';
  const sheet = book.addWorksheet(table.sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  const width = table.columns.length;
  sheet.columns = table.columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, width);
  sheet.getCell(1, 1).value = table.title;
  sheet.getCell(1, 1).font = { name: FONT, size: 14, bold: true };
  sheet.mergeCells(2, 1, 2, width);
  sheet.getCell(2, 1).value = table.subtitle;
  sheet.getCell(2, 1).font = { name: FONT, size: 12, italic: true };
  const border = {
    top: { style: 'thin' as const },
    left: { style: 'thin' as const },
    bottom: { style: 'thin' as const },
    right: { style: 'thin' as const },
  };
  const header = sheet.getRow(HEADER_ROW);
  table.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    cell.border = border;
  });
  table.rows.forEach((values, r) => {
    const row = sheet.getRow(HEADER_ROW + 1 + r);
    values.forEach((value, c) => {
      const column = table.columns[c];
      const cell = row.getCell(c + 1);
      if (column?.kind === 'date' && typeof value === 'string') {
        const [y, m, d] = dayParts(value);
        cell.value = new Date(Date.UTC(y, m - 1, d));
        cell.numFmt = 'dd/mm/yyyy';
      } else {
        cell.value = value;
      }
      cell.font = { name: FONT, size: 12 };
      cell.alignment = { vertical: 'top', wrapText: column?.kind === 'text' };
      cell.border = border;
    });
  });
  sheet.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: HEADER_ROW, column: width },
  };
  const buffer = await book.xlsx.writeBuffer();
  return Buffer.from(buffer).toString('base64');
}

/**
 * An iCalendar file of all-day events with the `ics` library (RFC 5545 folding and escaping).
 * The reminder is written in hours ("-PT72H"): ics formats whole days as "P3DT", which strict
 * readers refuse.
 */
async function calendar(events: readonly CalendarEvent[], calendarName: string): Promise<string> {
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(
    events.map((e) => ({
      uid: e.uid,
      start: dayParts(e.date),
      end: dayParts(e.endDate),
      title: e.title,
      description: e.description,
      categories: e.categories,
      alarms: [
        {
          action: 'display' as const,
          description: e.title,
          trigger: { hours: e.alarmDaysBefore * 24, before: true },
        },
      ],
    })),
    { productId: 'hoi-nghi-cbccvc', calName: calendarName },
  );
  if (error || value === null) {
    throw new AppError(
      'INTERNAL',
      `Không tạo được tệp lịch: ${error instanceof Error ? error.message : 'lỗi không rõ'}`,
    );
  }
  return value;
}

/** The Node writers of the files core describes (ports.ts FileFormats). */
export function createFileFormats(): FileFormats {
  return { workbook, calendar };
}
