/**
 * D1 end to end: planJob computes, the template lays out, packDocx packs; the XML is checked against
 * NĐ 30/2020 Phụ lục I (R23–R28) and the joint layout of practice (two signature blocks, §4.3), then
 * LibreOffice converts it once and the PDF text must keep every diacritic.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { planJob } from '../../../core/documents/planJob';
import { packDocx } from '../../../electron/node/packDocx';
import { CONTENT_WIDTH_TWIPS } from '../../../templates/blocks/pageSetup';
import { buildPlanDocument } from '../../../templates/documents/plan';
import { DOCUMENTS } from '../../../templates/documents/registry';
import { contextWithTasks } from '../core/documents/documentContext.fixture';
import {
  count,
  fontProblems,
  isBold,
  isItalic,
  paragraphWithText,
  runSizePt,
  runWithText,
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
import { expectA4Page } from '../../support/expectA4Page';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

/** The shared fixture (20 people, 15/01/2026 08:00, two guests) with the default plan of R8. */
const ctx = contextWithTasks();
const data = planJob(ctx);

describe('D1 document.xml (NĐ 30/2020 Phụ lục I, joint plan)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildPlanDocument(data)));
  });

  it('is A4 portrait with the NĐ 30 margins (R23)', () => {
    expectA4Page(xml);
    // Page numbers from page 2 on (the plan runs to several pages).
    expect(xml).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(?:true|1)"\/>/);
  });

  it('uses Times New Roman in all four rFonts slots', () => {
    // All four slots in the document defaults; no style or run names another face.
    expect(fontProblems(styles, [xml])).toEqual([]);
  });

  it('has the joint header, the blank KHLT number and the italic date line (R24, R25, R29)', () => {
    expect(isBold(runWithText(xml, 'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG'))).toBe(true);
    expect(
      isBold(
        runWithText(xml, 'BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG'),
      ),
    ).toBe(true);
    expect(runSizePt(runWithText(xml, 'Số:       /KHLT-CĐCS'))).toBe(13);
    const date = runWithText(xml, 'Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(isItalic(date)).toBe(true);
    expect(runSizePt(date)).toBe(14);
  });

  it('has "KẾ HOẠCH" and the summary, bold 14, centred (R26)', () => {
    const title = runWithText(xml, 'KẾ HOẠCH');
    expect(isBold(title)).toBe(true);
    expect(runSizePt(title)).toBe(14);
    const summary = 'Tổ chức Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026';
    expect(isBold(runWithText(xml, summary))).toBe(true);
    expect(paragraphWithText(xml, summary)).toContain('<w:jc w:val="center"/>');
  });

  it('writes the section headings as bold text, never Word numbering', () => {
    for (const heading of [
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
      'III. NỘI DUNG HỘI NGHỊ',
      'IV. CÔNG TÁC CHUẨN BỊ',
      'V. TỔ CHỨC THỰC HIỆN',
    ]) {
      expect(isBold(runWithText(xml, heading))).toBe(true);
    }
    expect(xml).not.toContain('<w:numPr>');
    const text = textOf(xml);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('Địa điểm: Hội trường tầng 3, số 2 Ngọc Hà, Hà Nội.');
    expect(text).toContain('ngày 15 tháng 01 năm 2026');
  });

  it('lays the preparation tasks out in a ruled table as wide as the text', () => {
    const table = tables(xml).find((t) => t.includes('Người/bộ phận thực hiện')) ?? '';
    const rows = tableRows(table);
    const taskBlock = data.sections[3]?.blocks.find((b) => b.kind === 'tasks');
    if (taskBlock?.kind !== 'tasks') throw new Error('no tasks');
    expect(rows).toHaveLength(taskBlock.rows.length + 1);
    expect(textOf(rows[0] ?? '')).toBe('STTNội dungNgười/bộ phận thực hiệnThời hạn');
    expect(rows[0]).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1)"\/>/);
    const grid = gridWidths(table);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
    expect(textOf(rows[1] ?? '')).toContain('16/12/2025');
    expect(textOf(rows[1] ?? '')).toContain('Nguyễn Thị Hương');
  });

  it('has two signature blocks side by side and "Nơi nhận" (R27, R28, §4.3)', () => {
    const signatures = tables(xml).find((t) => t.includes('TM. BAN CHẤP HÀNH')) ?? '';
    expect(count(signatures, /<w:gridCol /)).toBe(2);
    for (const line of ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', 'VỤ TRƯỞNG']) {
      const run = runWithText(signatures, line);
      expect(isBold(run)).toBe(true);
      expect(runSizePt(run)).toBe(14);
    }
    expect(isBold(runWithText(signatures, 'Nguyễn Thị Hương'))).toBe(true);
    expect(isBold(runWithText(signatures, 'Phan Thanh Ước'))).toBe(true);
    const recipients = runWithText(signatures, 'Nơi nhận:');
    expect(isBold(recipients) && isItalic(recipients)).toBe(true);
    expect(runSizePt(runWithText(signatures, '- Lưu: VT, CĐCS.'))).toBe(11);
  });

  it('is registered as D1', async () => {
    const entry = DOCUMENTS.D1;
    expect(entry?.name).toBe('Kế hoạch tổ chức hội nghị');
    expect(entry?.fileStem).toBe('D1-ke-hoach-to-chuc');
    if (!entry) throw new Error('D1 missing');
    const registered = await packedDocumentXml(entry.build(ctx));
    expect(textOf(registered)).toBe(textOf(xml));
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D1 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('keeps every diacritic on A4', async () => {
    const pdf = await converted.convert(await packDocx(buildPlanDocument(data)), 'd1-plan');
    await expectA4(pdf.pdfPath);
    const first = await pdfText(pdf.pdfPath, { first: 1, last: 1 });
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số:       /KHLT-CĐCS'.replace(/ +/g, ' '),
      'KẾ HOẠCH',
      'Tổ chức Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]) {
      expect(first.replace(/ +/g, ' ')).toContain(s);
    }
    const reading = await flatPdfText(pdf.pdfPath);
    for (const s of [
      'Hội trường tầng 3',
      'ngày 15 tháng 01 năm 2026',
      'Ông/Bà Trần Thị Hồng Nhung',
      'Nguyễn Văn Quyết',
      'TM. BAN CHẤP HÀNH',
      'Nguyễn Thị Hương',
      'Phan Thanh Ước',
      'bầu Ban Thanh tra nhân dân nhiệm kỳ 2026–2028',
      'Nơi nhận:',
    ]) {
      expect(reading).toContain(s);
    }
  }, 120_000);
});
