/**
 * D2 end to end: core prepares the rows (programmeJob), the template lays them out, packDocx packs;
 * the XML is checked against NĐ 30/2020 Phụ lục I (R23–R28), then LibreOffice converts it and the
 * PDF text must keep every diacritic, the times and the presenters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { programmeJob } from '../../../core/documents/programmeJob';
import { packDocx } from '../../../electron/node/packDocx';
import { CONTENT_WIDTH_TWIPS } from '../../../templates/blocks/pageSetup';
import { buildProgrammeDocument } from '../../../templates/documents/programme';
import {
  DOCUMENTS,
  availableDocuments,
  type DocumentEntry,
} from '../../../templates/documents/registry';
import {
  attributesOf,
  fontProblems,
  isBold,
  isItalic,
  paragraphWithText,
  runSizePt,
  runWithText,
  runsWithText,
  shownSizePt,
  tables,
  textOf,
  gridWidths,
  tableRows,
} from '../../support/docx';
import {
  convertedPdfs,
  expectA4,
  hasLibreOffice,
  pdfText,
  flatPdfText,
} from '../../support/libreoffice';
import { context } from '../core/documents/documentContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const ctx = context();
const job = programmeJob(ctx);

function d2(): DocumentEntry {
  const entry = DOCUMENTS.D2;
  if (!entry) throw new Error('D2 is not registered');
  return entry;
}

describe('D2 document.xml (NĐ 30/2020 Phụ lục I)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildProgrammeDocument(job)));
  });

  it('is registered as D2 and builds the same document from the context', async () => {
    const entry = d2();
    expect(entry).toMatchObject({
      id: 'D2',
      name: 'Chương trình hội nghị',
      fileStem: 'D2-chuong-trinh-hoi-nghi',
    });
    expect(availableDocuments().map((d) => d.id)).toContain('D2');
    const viaRegistry = await packedDocumentXml(entry.build(ctx));
    expect(textOf(viaRegistry)).toBe(textOf(xml));
  });

  it('is A4 portrait with the NĐ 30 margins in Times New Roman (R23)', () => {
    expectA4Page(xml);
    // All four slots in the document defaults; no style or run names another face.
    expect(fontProblems(styles, [xml])).toEqual([]);
  });

  it('has the joint header, the blank number and the italic date line (R24, R25)', () => {
    expect(isBold(runWithText(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    expect(runSizePt(runWithText(xml, 'Độc lập - Tự do - Hạnh phúc'))).toBe(14);
    expect(isBold(runWithText(xml, 'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG'))).toBe(true);
    expect(
      isBold(
        runWithText(xml, 'BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG'),
      ),
    ).toBe(true);
    const number = runWithText(xml, 'Số:       /CTr-CĐCS');
    expect(runSizePt(number)).toBe(13);
    expect(number).toContain('xml:space="preserve"');
    const date = runWithText(xml, 'Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(isItalic(date)).toBe(true);
    expect(runSizePt(date)).toBe(14);
  });

  it('has the bold title "CHƯƠNG TRÌNH", the bold summary and the when-and-where line (R26)', () => {
    const title = runWithText(xml, 'CHƯƠNG TRÌNH');
    expect(isBold(title)).toBe(true);
    expect(runSizePt(title)).toBe(14);
    expect(
      isBold(runWithText(xml, 'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026')),
    ).toBe(true);
    for (const line of job.data.whenWhereLines) {
      expect(isItalic(runWithText(xml, line))).toBe(true);
      expect(paragraphWithText(xml, line)).toContain('<w:jc w:val="center"/>');
    }
    expect(job.data.whenWhereLines[0]).toContain('thứ Năm, ngày 15 tháng 01 năm 2026');
  });

  it('lays the programme out in three columns with explicit widths, header repeated', () => {
    const table = tables(xml).find((t) => t.includes('Người thực hiện')) ?? '';
    const rows = tableRows(table);
    expect(rows).toHaveLength(ctx.conference.agenda.length + 1);
    expect(textOf(rows[0] ?? '')).toBe('Thời gianNội dungNgười thực hiện');
    expect(rows[0]).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1)"\/>/);
    expect(rows.every((r) => /<w:cantSplit/.test(r))).toBe(true);
    for (const header of ['Thời gian', 'Nội dung', 'Người thực hiện']) {
      const run = runsWithText(rows[0] ?? '', header)[0] ?? '';
      expect(isBold(run)).toBe(true);
      expect(shownSizePt(run, table, styles)).toBe(13);
    }
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(attributesOf(table, 'w:tblW')).toMatchObject({
      'w:type': 'dxa',
      'w:w': String(CONTENT_WIDTH_TWIPS),
    });
    const grid = gridWidths(table);
    expect(grid).toHaveLength(3);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
    for (const row of rows) {
      const widths = [...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) =>
        Number(m[1]),
      );
      expect(widths).toEqual(grid);
    }
  });

  it('prints every row of core: times, titles and presenters', () => {
    const table = tables(xml).find((t) => t.includes('Người thực hiện')) ?? '';
    const rows = tableRows(table).slice(1);
    job.data.rows.forEach((r, i) => {
      expect(textOf(rows[i] ?? '')).toBe(`${r.time}${r.content}${r.presenter}`);
    });
    expect(textOf(rows[0] ?? '')).toBe('08:00 – 08:05Chào cờ');
    expect(runsWithText(table, 'Phan Thanh Ước').length).toBeGreaterThanOrEqual(3);
    expect(runsWithText(table, 'Nguyễn Thị Hương')).toHaveLength(2);
    expect(runsWithText(table, 'Đoàn Chủ tịch').length).toBeGreaterThanOrEqual(1);
    // The time column is centred; the others flush left.
    expect(paragraphWithText(table, '08:20 – 08:30')).toContain('<w:jc w:val="center"/>');
  });

  it('has both signature blocks of the joint preset (R27)', () => {
    const signatures = tables(xml).find((t) => t.includes('TM. BAN CHẤP HÀNH')) ?? '';
    expect(isBold(runWithText(signatures, 'VỤ TRƯỞNG'))).toBe(true);
    expect(isBold(runWithText(signatures, 'Nguyễn Thị Hương'))).toBe(true);
    expect(isBold(runWithText(signatures, 'Phan Thanh Ước'))).toBe(true);
  });

  it('writes NFC text and no Word auto-numbering', () => {
    const text = textOf(xml);
    expect(text).toBe(text.normalize('NFC'));
    expect(xml).not.toContain('<w:numPr>');
  });

  it('prints the default programme when the conference has none yet', async () => {
    const empty = context({ agenda: [] });
    const xmlDefault = await packedDocumentXml(d2().build(empty));
    expect(xmlDefault).toContain('Bầu Ban Thanh tra nhân dân nhiệm kỳ mới');
    expect(xmlDefault).toContain('08:00 – 08:05');
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D2 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('keeps the diacritics, the times and the presenters on A4', async () => {
    const pdf = await converted.convert(await packDocx(buildProgrammeDocument(job)), 'd2');
    await expectA4(pdf.pdfPath);
    const first = await pdfText(pdf.pdfPath, { first: 1, last: 1 });
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      // The number is left blank for the văn thư: "Số:" then the gap, then the symbol.
      'Số:',
      '/CTr-CĐCS',
      'Hà Nội, ngày 05 tháng 01 năm 2026',
      'CHƯƠNG TRÌNH',
      'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
      'Thời gian',
      'Người thực hiện',
      '08:00 – 08:05',
      'Chào cờ',
    ]) {
      expect(first).toContain(s);
    }
    expect(first.trim().split('\n')[0]).toContain('VỤ KHOA HỌC');
    const reading = await flatPdfText(pdf.pdfPath);
    for (const s of [
      'thứ Năm, ngày 15 tháng 01 năm 2026',
      'Hội trường tầng 3, số 2 Ngọc Hà, Hà Nội',
      'Phan Thanh Ước',
      'Nguyễn Thị Hương',
      'Thư ký hội nghị',
      '12:20 – 12:25',
      'Bế mạc hội nghị',
      'TM. BAN CHẤP HÀNH',
    ]) {
      expect(reading).toContain(s);
    }
  }, 120_000);
});
