/**
 * D3 end to end: convocationJob computes, the template lays out, packDocx packs. One page per
 * letter — the collective convocation, then one invitation per guest (NĐ 30/2020 Phụ lục III,
 * Mẫu 1.7) — each starting on a new page and without a page number; then LibreOffice converts it
 * once: 1 + number-of-guests pages, every diacritic kept. The per-person option is packed for the
 * 2,400 people of roster-2400 (the time is printed, not asserted: docs/performance.md).
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { convocationJob } from '../../../core/documents/convocationJob';
import { PersonSchema, type Person } from '../../../core/domain/person';
import { packDocx } from '../../../electron/node/packDocx';
import { buildConvocationDocument } from '../../../templates/documents/convocation';
import { DOCUMENTS } from '../../../templates/documents/registry';
import { context, guests } from '../core/documents/documentContext.fixture';
import {
  count,
  fontProblems,
  isBold,
  isItalic,
  paragraphWithText,
  runSizePt,
  runWithText,
  runsWithText,
  tables,
  textOf,
} from '../../support/docx';
import { convertedPdfs, hasLibreOffice, pdfPageCount, pdfText } from '../../support/libreoffice';
import { sharedFixture } from '../../support/paths';
import { expectA4Page } from '../../support/expectA4Page';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const PAGE_START = /<w:pageBreakBefore\/>|<w:pageBreakBefore w:val="(?:true|1)"\/>/;

const ctx = context();

describe('D3 document.xml (NĐ 30/2020 Phụ lục I; Phụ lục III, Mẫu 1.7)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildConvocationDocument(convocationJob(ctx))));
  });

  it('is A4 portrait with the NĐ 30 margins and no page numbers: every page is a first page', () => {
    expectA4Page(xml);
    expect(xml).not.toContain('<w:headerReference');
    expect(count(xml, /<w:sectPr/)).toBe(1);
    // All four slots in the document defaults; no style or run names another face.
    expect(fontProblems(styles, [xml])).toEqual([]);
  });

  it('writes the collective convocation with "Kính gửi", time, venue and the request', () => {
    expect(isBold(runWithText(xml, 'GIẤY TRIỆU TẬP'))).toBe(true);
    expect(runSizePt(runWithText(xml, 'GIẤY TRIỆU TẬP'))).toBe(14);
    expect(runSizePt(runWithText(xml, `Số:       /GTT-……`))).toBe(13);
    const kinhGui = paragraphWithText(
      xml,
      'Kính gửi: Cán bộ, công chức, viên chức, người lao động',
    );
    expect(kinhGui).toContain('<w:jc w:val="center"/>');
    expect(textOf(xml)).toContain('(theo danh sách kèm theo).');
    expect(textOf(xml)).toContain('2. Địa điểm: Hội trường tầng 3, số 2 Ngọc Hà, Hà Nội.');
    expect(textOf(xml)).toContain('nghiên cứu trước tài liệu hội nghị và có mặt đúng giờ');
    expect(isItalic(runsWithText(xml, 'Hà Nội, ngày 05 tháng 01 năm 2026')[0] ?? '')).toBe(true);
  });

  it('puts one invitation per guest on its own page (page breaks between letters)', () => {
    expect(runsWithText(xml, 'GIẤY MỜI')).toHaveLength(guests.length);
    expect(count(xml, PAGE_START)).toBe(guests.length);
    expect(count(xml, /<w:br w:type="page"\/>/)).toBe(0);
    // Each letter has its own header and signature.
    const headers = tables(xml).filter((t) => t.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(headers).toHaveLength(1 + guests.length);
    const signatures = tables(xml).filter((t) => t.includes('VỤ TRƯỞNG'));
    expect(signatures).toHaveLength(1 + guests.length);
    for (const s of signatures) expect(count(s, /<w:gridCol /)).toBe(2);
    expect(textOf(xml)).toContain(
      'Vụ Khoa học, Công nghệ và Môi trường trân trọng kính mời: Ông/Bà Trần Thị Hồng Nhung, Phó Chủ tịch, Công đoàn Bộ Nông nghiệp và Môi trường',
    );
    expect(textOf(xml)).toContain('Chủ trì: Ông/Bà Phan Thanh Ước, Vụ trưởng.');
    expect(runsWithText(xml, 'Số:       /GM-……')).toHaveLength(guests.length);
    // The letters follow in order: convocation, then the guests in the order recorded.
    const text = textOf(xml);
    const order = ['GIẤY TRIỆU TẬP', 'Trần Thị Hồng Nhung', 'Nguyễn Văn Quyết'].map((s) =>
      text.indexOf(s),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('is registered as D3', async () => {
    const entry = DOCUMENTS.D3;
    expect(entry?.name).toBe('Giấy triệu tập, giấy mời');
    expect(entry?.fileStem).toBe('D3-giay-trieu-tap-giay-moi');
    if (!entry) throw new Error('D3 missing');
    expect(textOf(await packedDocumentXml(entry.build(ctx)))).toBe(textOf(xml));
  });
});

/** roster-2400.csv: no quoted fields, so a split on "," is all the parsing it needs. */
function readRoster(name: string): Person[] {
  return fs
    .readFileSync(sharedFixture(name), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .slice(1)
    .map((line, i) => {
      const [no = '', fullName = '', gender = '', , department = '', position = ''] =
        line.split(',');
      return PersonSchema.parse({
        id: `p${no}`,
        rosterNo: Number(no),
        fullName,
        gender: gender === 'Nam' ? 'male' : gender === 'Nữ' ? 'female' : undefined,
        department,
        position,
        roles: i === 0 ? ['head'] : i === 1 ? ['unionChair'] : [],
      });
    });
}

describe('D3 per person', () => {
  it('packs one page per summoned person for 2,400 people', async () => {
    const people = readRoster('roster-2400.csv');
    const big = { ...ctx, people, unit: { ...ctx.unit, unionChairId: people[1]?.id } };
    const started = performance.now();
    const document = buildConvocationDocument(convocationJob(big, { perPerson: true }));
    const built = performance.now();
    const xml = await packedDocumentXml(document);
    const packed = performance.now();
    console.info(
      `D3 per person, 2,400 pages: job + build ${Math.round(built - started)} ms, packDocx ${Math.round(packed - built)} ms`,
    );
    expect(runsWithText(xml, 'GIẤY TRIỆU TẬP')).toHaveLength(2400);
    expect(count(xml, PAGE_START)).toBe(2400 - 1 + guests.length);
    expect(count(xml, /Kính gửi: (?:Ông|Bà|Ông\/Bà) /)).toBe(2400);
    const head = people[0];
    if (!head) throw new Error('empty roster');
    // A boolean, so a failure does not print 2,400 pages of text.
    expect(textOf(xml).includes(`${head.fullName}, ${head.position}, ${head.department}.`)).toBe(
      true,
    );
  }, 120_000);
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D3 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('has 1 + number-of-guests pages and keeps every diacritic', async () => {
    const pdf = await converted.convert(
      await packDocx(buildConvocationDocument(convocationJob(ctx))),
      'd3-convocation',
    );
    expect(await pdfPageCount(pdf.pdfPath)).toBe(1 + guests.length);
    const first = (await pdfText(pdf.pdfPath, { first: 1, last: 1, mode: 'reading' })).replace(
      /\s+/g,
      ' ',
    );
    for (const s of [
      'GIẤY TRIỆU TẬP',
      'Kính gửi: Cán bộ, công chức, viên chức, người lao động',
      'Hội trường tầng 3',
      'ngày 15 tháng 01 năm 2026',
      'có mặt đúng giờ',
      'VỤ TRƯỞNG',
      'Phan Thanh Ước',
    ]) {
      expect(first).toContain(s);
    }
    for (const [i, guest] of guests.entries()) {
      const page = await pdfText(pdf.pdfPath, { first: i + 2, last: i + 2, mode: 'reading' });
      const flat = page.replace(/\s+/g, ' ');
      expect(flat).toContain('GIẤY MỜI');
      expect(flat).toContain(guest.fullName);
      expect(flat).toContain('Hội trường tầng 3');
      // No page number: the page opens with the header, not with "2".
      expect(page.trim().split('\n')[0]).toContain('BỘ NÔNG NGHIỆP');
    }
  }, 120_000);
});
