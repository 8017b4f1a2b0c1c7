/**
 * D4 end to end: core computes, the template lays out, packDocx packs; the XML is checked against
 * NĐ 30/2020 Phụ lục I (R23–R28), then LibreOffice converts it as a văn thư's machine would and the
 * PDF text must keep every diacritic.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attendanceListData } from '../../../core/domain/attendanceList';
import { ConferenceSchema, type AttendanceEntry } from '../../../core/domain/conference';
import { formatPlaceDate } from '../../../core/domain/dates';
import {
  defaultSignatures,
  headerFromUnit,
  type HeaderPreset,
} from '../../../core/domain/documentHeader';
import {
  documentSymbol,
  emptyRegister,
  formatDocumentNumber,
  issueNumber,
} from '../../../core/domain/documentNumber';
import { PersonSchema, type Person } from '../../../core/domain/person';
import { UnitProfileSchema } from '../../../core/domain/unit';
import { ruleSet } from '../../../core/rules/ruleSets';
import { packDocx } from '../../../electron/node/packDocx';
import { CONTENT_WIDTH_TWIPS } from '../../../templates/blocks/pageSetup';
import { buildAttendanceListDocument } from '../../../templates/documents/attendanceList';
import {
  attributesOf,
  count,
  defaultRunProperties,
  fontProblems,
  isBold,
  isItalic,
  paragraphWithText,
  readDocumentXml,
  readDocxPart,
  runSizePt,
  runWithText,
  runsWithText,
  shownSizePt,
  styleWithId,
  tables,
  textOf,
  gridWidths,
  tableRows,
} from '../../support/docx';
import {
  convertedPdfs,
  expectA4,
  hasLibreOffice,
  pdfPageCount,
  pdfText,
} from '../../support/libreoffice';
import { sharedFixture } from '../../support/paths';

/** The fixture CSVs have no quoted fields: a split on "," is all the parsing they need. */
function readRoster(name: string): Person[] {
  const lines = fs
    .readFileSync(sharedFixture(name), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .slice(1);
  return lines.map((line, i) => {
    const [no = '', fullName = '', , , department = '', position = ''] = line.split(',');
    return PersonSchema.parse({
      id: `p${no}`,
      rosterNo: Number(no),
      fullName,
      department,
      position,
      roles: i === 0 ? ['head'] : i === 1 ? ['unionChair'] : [],
    });
  });
}

const at = '2026-01-15T08:00:00.000Z';
const unit = UnitProfileSchema.parse({
  name: 'Vụ Khoa học, Công nghệ và Môi trường',
  parentBody: 'Bộ Nông nghiệp và Môi trường',
  unionName: 'Công đoàn cơ sở Vụ Khoa học, Công nghệ và Môi trường',
  upperUnion: 'Công đoàn Bộ Nông nghiệp và Môi trường',
  placeName: 'Hà Nội',
});

/** Everything from core, as the service will do it; the template only lays out. */
function buildD4(people: Person[], preset: HeaderPreset = 'unit') {
  const attendance: Record<string, AttendanceEntry> = {};
  people.forEach((p, i) => {
    if (i % 50 === 7) attendance[p.id] = { status: 'absent', reason: 'Ốm', at };
    else if (i % 3 !== 2) attendance[p.id] = { status: 'present', reason: '', at };
  });
  const conference = ConferenceSchema.parse({
    id: 'c1',
    year: 2026,
    date: '2026-01-15',
    createdAt: at,
    updatedAt: at,
    attendance,
  });
  const withChair = { ...unit, unionChairId: people[1]?.id };
  const data = attendanceListData({
    unit: withChair,
    conference,
    people,
    rules: ruleSet('law-10-2022'),
  });
  const issued = issueNumber(emptyRegister(), {
    year: 2026,
    typeCode: 'DS',
    documentId: 'D4',
    conferenceId: 'c1',
    symbol: documentSymbol('DS', 'CĐCS'),
    issuedAt: at,
  });
  if (!issued.ok) throw new Error(issued.error.message);
  return {
    data,
    document: buildAttendanceListDocument({
      header: headerFromUnit(withChair, preset),
      numberText: formatDocumentNumber(issued.data.entry),
      placeDateText: formatPlaceDate(withChair.placeName, '2026-01-15'),
      data,
      signatures: defaultSignatures(preset, withChair, people),
      recipients: { entries: ['Công đoàn Bộ (để b/c);', 'Thủ trưởng đơn vị'], archive: 'VT, CĐCS' },
    }),
  };
}

const roster184 = readRoster('roster-184.csv');

describe('D4 document.xml (NĐ 30/2020 Phụ lục I)', () => {
  let docx: Buffer;
  let xml: string;

  beforeAll(async () => {
    docx = await packDocx(buildD4(roster184).document);
    xml = await readDocumentXml(docx);
  });

  it('is A4 portrait with the NĐ 30 margins, page numbers from page 2 (R23)', async () => {
    expect(attributesOf(xml, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attributesOf(xml, 'w:pgSz')['w:orient'] ?? 'portrait').toBe('portrait');
    // 20 / 20 / 30 / 15 mm, rounded up so no margin falls under the minimum.
    expect(attributesOf(xml, 'w:pgMar')).toMatchObject({
      'w:top': '1134',
      'w:bottom': '1134',
      'w:left': '1701',
      'w:right': '851',
    });
    expect(xml).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(?:true|1)"\/>/);
    const defaultRef = attributesOf(xml, 'w:headerReference w:type="default"');
    const firstRef = attributesOf(xml, 'w:headerReference w:type="first"');
    const rels = await readDocxPart(docx, 'word/_rels/document.xml.rels');
    const target = (id: string | undefined) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    const defaultHeader = await readDocxPart(docx, `word/${target(defaultRef['r:id'])}`);
    const firstHeader = await readDocxPart(docx, `word/${target(firstRef['r:id'])}`);
    expect(defaultHeader).toContain('PAGE');
    expect(defaultHeader).toMatch(/<w:jc w:val="center"\/>/);
    expect(firstHeader).not.toContain('PAGE');
  });

  it('uses Times New Roman in all four rFonts slots, black, everywhere', async () => {
    const styles = await readDocxPart(docx, 'word/styles.xml');
    // Said once, in the document defaults; no run or style names another face.
    expect(fontProblems(styles, [xml])).toEqual([]);
    const defaults = defaultRunProperties(styles);
    expect(defaults).toContain('<w:color w:val="000000"/>');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    const colours = new Set([...xml.matchAll(/<w:color w:val="([^"]+)"\/>/g)].map((m) => m[1]));
    expect([...colours].filter((c) => c !== '000000')).toEqual([]);
    // The runs do not repeat them: 184 rows would otherwise carry 1,100 copies.
    expect(count(xml, /<w:rFonts /)).toBe(0);
  });

  it('defines the body style: justified, 1 cm first line, 6 pt after, 1.15 lines (R23)', async () => {
    const styles = await readDocxPart(docx, 'word/styles.xml');
    const body =
      /<w:style [^>]*w:styleId="VanBanNoiDung"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toMatch(/<w:ind w:firstLine="567"\/>/);
    expect(body).toMatch(/w:after="120"/);
    expect(body).toMatch(/w:line="276"/);
  });

  it('has the national header: bodies left, Quốc hiệu and Tiêu ngữ right, sizes and weights (R24)', () => {
    const qh = runWithText(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(isBold(qh)).toBe(true);
    expect(runSizePt(qh)).toBe(13);
    const tn = runWithText(xml, 'Độc lập - Tự do - Hạnh phúc');
    expect(isBold(tn)).toBe(true);
    expect(runSizePt(tn)).toBe(14);
    const parent = runWithText(xml, 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(isBold(parent)).toBe(false);
    expect(runSizePt(parent)).toBe(13);
    const issuing = runWithText(xml, 'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG');
    expect(isBold(issuing)).toBe(true);
    expect(runSizePt(issuing)).toBe(13);
    // Rules: under the issuing body, under the Tiêu ngữ, under the summary.
    expect(count(xml, /<w:pBdr><w:bottom w:val="single"/)).toBeGreaterThanOrEqual(3);
  });

  it('writes the number "Số: 01/DS-CĐCS" (13 pt) and the italic date line (R25)', () => {
    const number = runWithText(xml, 'Số: 01/DS-CĐCS');
    expect(runSizePt(number)).toBe(13);
    expect(isBold(number)).toBe(false);
    const date = runWithText(xml, 'Hà Nội, ngày 15 tháng 01 năm 2026');
    expect(isItalic(date)).toBe(true);
    expect(runSizePt(date)).toBe(14);
    expect(paragraphWithText(xml, 'Hà Nội, ngày 15 tháng 01 năm 2026')).toContain(
      '<w:jc w:val="center"/>',
    );
  });

  it('lays the header out in a borderless table with explicit widths (LibreOffice)', () => {
    const header = tables(xml)[0] ?? '';
    expect(header).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const tblBorders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(header)?.[0] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(tblBorders).toMatch(new RegExp(`<w:${side} w:val="none"`));
    }
    const cellBorders = [...header.matchAll(/<w:tcBorders>[\s\S]*?<\/w:tcBorders>/g)].map(
      (m) => m[0],
    );
    expect(cellBorders).toHaveLength(4);
    for (const b of cellBorders) {
      for (const side of ['top', 'left', 'bottom', 'right']) {
        expect(b).toMatch(new RegExp(`<w:${side} w:val="none"`));
      }
    }
    expect(attributesOf(header, 'w:tblW')).toMatchObject({
      'w:type': 'dxa',
      'w:w': String(CONTENT_WIDTH_TWIPS),
    });
    expect(header).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...header.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => m[1]);
    const cells = [...header.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => m[1]);
    expect(cells).toEqual([...grid, ...grid]);
  });

  it('has the bold capital title and bold summary (R26)', () => {
    const title = runWithText(xml, 'DANH SÁCH TRIỆU TẬP VÀ ĐIỂM DANH');
    expect(isBold(title)).toBe(true);
    expect(runSizePt(title)).toBe(14);
    const summary = runWithText(
      xml,
      'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
    );
    expect(isBold(summary)).toBe(true);
  });

  it('has the list table: header repeated on each page, rows unsplit, widths on table and cells', async () => {
    const list = tables(xml)[1] ?? '';
    const rows = tableRows(list);
    expect(rows).toHaveLength(roster184.length + 1);
    expect(rows[0]).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1)"\/>/);
    expect(rows.every((r) => /<w:cantSplit/.test(r))).toBe(true);
    expect(textOf(rows[0] ?? '')).toBe('STTHọ và tênChức vụĐơn vịKý tênGhi chú');
    expect(attributesOf(list, 'w:tblW')).toMatchObject({
      'w:type': 'dxa',
      'w:w': String(CONTENT_WIDTH_TWIPS),
    });
    expect(list).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = gridWidths(list);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
    for (const row of rows) {
      const widths = [...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) =>
        Number(m[1]),
      );
      expect(widths).toEqual(grid);
    }
    const styles = await readDocxPart(docx, 'word/styles.xml');
    for (const header of runsWithText(rows[0] ?? '', 'Họ và tên')) {
      expect(isBold(header)).toBe(true);
      expect(shownSizePt(header, list, styles)).toBe(13);
    }
    // 13 pt from the cell style, not repeated on each of the 1,100 runs.
    const name = runWithText(list, 'Phan Thanh Ước');
    expect(runSizePt(name)).toBeUndefined();
    expect(shownSizePt(name, list, styles)).toBe(13);
    expect(paragraphWithText(list, 'Phan Thanh Ước')).toContain('<w:pStyle w:val="BangNoiDung"/>');
    const cellStyle = styleWithId(styles, 'BangNoiDung');
    expect(cellStyle).toMatch(/w:line="240"/);
    expect(cellStyle).toMatch(/w:firstLine="0"/);
  });

  it('prints the totals from core and the signature block (R27, R28)', () => {
    expect(xml).toContain('Tổng số: 184 người; có mặt:');
    const authority = runWithText(xml, 'VỤ TRƯỞNG');
    expect(isBold(authority)).toBe(true);
    const recipients = runWithText(xml, 'Nơi nhận:');
    expect(isBold(recipients)).toBe(true);
    expect(isItalic(recipients)).toBe(true);
    expect(runSizePt(recipients)).toBe(12);
    expect(runSizePt(runWithText(xml, '- Công đoàn Bộ (để b/c);'))).toBe(11);
    expect(runSizePt(runWithText(xml, '- Lưu: VT, CĐCS.'))).toBe(11);
  });

  it('writes NFC text and no Word auto-numbering', () => {
    const text = textOf(xml);
    expect(text).toBe(text.normalize('NFC'));
    expect(xml).not.toContain('<w:numPr>');
  });

  it('puts two signature blocks side by side for the joint preset', async () => {
    const joint = await readDocumentXml(
      await packDocx(buildD4(roster184.slice(0, 6), 'joint').document),
    );
    expect(joint).toContain('BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG');
    const signatures = tables(joint).find((t) => t.includes('TM. BAN CHẤP HÀNH')) ?? '';
    expect(signatures).toContain('VỤ TRƯỞNG');
    expect(count(signatures, /<w:gridCol /)).toBe(2);
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D4 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('keeps every Vietnamese diacritic, A4, page number and table header from page 2', async () => {
    const pdf = await converted.convert(await packDocx(buildD4(roster184).document), 'd4-184');
    await expectA4(pdf.pdfPath);
    const first = await pdfText(pdf.pdfPath, { first: 1, last: 1 });
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 01/DS-CĐCS',
      'Hà Nội, ngày 15 tháng 01 năm 2026',
      'DANH SÁCH TRIỆU TẬP VÀ ĐIỂM DANH',
      'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
      'Họ và tên',
    ]) {
      expect(first).toContain(s);
    }
    // No page number on page 1: its first line is the header, not "1".
    expect(first.trim().split('\n')[0]).toContain('BỘ NÔNG NGHIỆP');
    const second = await pdfText(pdf.pdfPath, { first: 2, last: 2 });
    const lines = second
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines[0]).toBe('2');
    expect(lines[1]).toMatch(/^STT\s+Họ và tên\s+Chức vụ\s+Đơn vị\s+Ký tên\s+Ghi chú$/);
    const all = await pdfText(pdf.pdfPath);
    expect(all).toContain('Phan Thanh Ước');
    // "Vắng: Ốm" may wrap in the narrow "Ghi chú" column; in reading order the halves follow.
    const reading = await pdfText(pdf.pdfPath, { mode: 'reading' });
    expect(reading.replace(/\s+/g, ' ')).toContain('Vắng: Ốm');
    expect(all).toContain('Tổng số: 184 người');
  }, 120_000);

  it('lays 2,400 people out on a plausible number of pages', async () => {
    const roster2400 = readRoster('roster-2400.csv');
    const pdf = await converted.convert(await packDocx(buildD4(roster2400).document), 'd4-2400');
    const pages = await pdfPageCount(pdf.pdfPath);
    expect(pages).toBeGreaterThanOrEqual(40);
    expect(pages).toBeLessThanOrEqual(120);
    const last = await pdfText(pdf.pdfPath, { first: pages, last: pages });
    expect(last).toContain('Tổng số: 2400 người');
  }, 120_000);
});
