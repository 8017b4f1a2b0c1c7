/**
 * D9PYK (Phiếu lấy ý kiến) and D9KQ (Biên bản tổng hợp kết quả lấy ý kiến) end to end, for the
 * roster-184 conference that twice missed its quorum and took the staff's opinions on forms
 * (Luật 10/2022/QH15 Điều 50.2): the jobs compute, the templates lay out, packDocx packs; the XML
 * is checked against NĐ 30/2020 Phụ lục I (R23–R28) — the form as one A4 page per person without
 * a number or page number, the record as a biên bản (no date line, THƯ KÝ left and CHỦ TỌA right,
 * R27) — then LibreOffice converts both and the PDF text keeps every diacritic and core's figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { opinionFormJob } from '../../../core/documents/opinionFormJob';
import { writtenOpinionResultsJob } from '../../../core/documents/writtenOpinionResultsJob';
import { packDocx } from '../../../electron/node/packDocx';
import { CONTENT_WIDTH_TWIPS } from '../../../templates/blocks/pageSetup';
import { buildOpinionFormDocument } from '../../../templates/documents/opinionForm';
import { DOCUMENTS } from '../../../templates/documents/registry';
import { buildWrittenOpinionResultsDocument } from '../../../templates/documents/writtenOpinionResults';
import {
  count,
  fontProblems,
  gridWidths,
  isBold,
  isItalic,
  runSizePt,
  runWithText,
  runsWithText,
  tableRowTexts,
  tables,
  textOf,
} from '../../support/docx';
import { expectA4Page } from '../../support/expectA4Page';
import {
  convertedPdfs,
  expectA4,
  flatPdfText,
  hasLibreOffice,
  pdfPageCount,
  pdfText,
} from '../../support/libreoffice';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';
import {
  head,
  secretary,
  writtenOpinionContext,
} from '../core/documents/writtenOpinionContext.fixture';

const PAGE_START = /<w:pageBreakBefore\/>|<w:pageBreakBefore w:val="(?:true|1)"\/>/;

const ctx = writtenOpinionContext();
const form = opinionFormJob(ctx);
const results = writtenOpinionResultsJob(ctx);

describe('D9PYK document.xml (NĐ 30/2020 Phụ lục I; Luật 10/2022/QH15 Điều 50.2)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildOpinionFormDocument(form)));
  });

  it('is A4 portrait with the NĐ 30 margins in Times New Roman, without page numbers', () => {
    expectA4Page(xml);
    expect(fontProblems(styles, [xml])).toEqual([]);
    expect(xml).not.toContain('<w:headerReference');
    expect(xml).not.toContain('<w:numPr>');
  });

  it('has the joint header and the dated line but no number, and the title bold 14 (R24–R26)', () => {
    expect(isBold(runWithText(xml, 'VỤ KHOA HỌC VÀ CÔNG NGHỆ'))).toBe(true);
    expect(isBold(runWithText(xml, 'BAN CHẤP HÀNH CÔNG ĐOÀN VỤ KHOA HỌC VÀ CÔNG NGHỆ'))).toBe(true);
    const date = runWithText(xml, 'Hà Nội, ngày 23 tháng 01 năm 2026');
    expect(isItalic(date)).toBe(true);
    expect(runSizePt(date)).toBe(14);
    expect(textOf(xml)).not.toContain('Số:');
    const title = runWithText(xml, 'PHIẾU LẤY Ý KIẾN');
    expect(isBold(title)).toBe(true);
    expect(runSizePt(title)).toBe(14);
  });

  it('leaves dotted lines for the name, the sub-unit and other opinions', () => {
    expect(textOf(xml)).toContain('Họ và tên: ');
    expect(textOf(xml)).toContain('Đơn vị công tác: ');
    expect(count(xml, /w:leader="dot"/)).toBe(2 + 2);
  });

  it('lists the items in a ruled table the text width, with an empty box per answer', () => {
    const table = tables(xml).find((t) => t.includes('Nội dung lấy ý kiến')) ?? '';
    expect(gridWidths(table).reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
    const rows = tableRowTexts(table);
    expect(rows[0]).toBe('STTNội dung lấy ý kiếnĐồng ýKhông đồng ýÝ kiến khác');
    expect(rows.slice(1)).toEqual(form.rows.map((r) => `${r[0]}${r[1]}`));
    expect(runSizePt(runWithText(table, 'Quy chế chi tiêu nội bộ năm 2026'))).toBeUndefined();
  });

  it('puts the deadline and place on the left and the person’s signature on the right', () => {
    const closing = tables(xml).find((t) => t.includes('NGƯỜI CHO Ý KIẾN')) ?? '';
    expect(count(closing, /<w:gridCol /)).toBe(2);
    const cells = closing.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(textOf(cells[0] ?? '')).toBe(form.returnLines.join(''));
    expect(isBold(runWithText(closing, 'NGƯỜI CHO Ý KIẾN'))).toBe(true);
    expect(isItalic(runWithText(closing, '(Ký và ghi rõ họ tên)'))).toBe(true);
  });

  it('prints one form per member of staff with perPerson, each on its own page, names filled in', async () => {
    const perPerson = opinionFormJob(ctx, { perPerson: true });
    const many = await packedDocumentXml(buildOpinionFormDocument(perPerson));
    expect(runsWithText(many, 'PHIẾU LẤY Ý KIẾN')).toHaveLength(184);
    expect(count(many, PAGE_START)).toBe(183);
    expect(count(many, /w:leader="dot"/)).toBe(184 * 2 + 184 * 2);
    const first = perPerson.pages[0];
    if (!first) throw new Error('no page');
    // Bold on the name line and under the signature.
    const named = runsWithText(many, first.signerName);
    expect(named).toHaveLength(2);
    expect(named.every(isBold)).toBe(true);
    // A boolean, so a failure does not print 184 pages of text.
    expect(textOf(many).includes(`Họ và tên: ${first.signerName}`)).toBe(true);
  });

  it('is registered as D9PYK, one form per person when the export asks for it', async () => {
    const entry = DOCUMENTS.D9PYK;
    expect(entry).toMatchObject({ id: 'D9PYK', fileStem: 'D9PYK-phieu-lay-y-kien' });
    if (!entry) throw new Error('D9PYK missing');
    expect(textOf(await packedDocumentXml(entry.build(ctx)))).toBe(textOf(xml));
    const perPerson = await packedDocumentXml(
      entry.build({ ...ctx, options: { perPerson: true } }),
    );
    expect(count(perPerson, PAGE_START)).toBe(183);
  });
});

describe('D9KQ document.xml (NĐ 30/2020 Phụ lục III, Mẫu 1.9)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildWrittenOpinionResultsDocument(results)));
  });

  it('is A4 portrait with the NĐ 30 margins in Times New Roman', () => {
    expectA4Page(xml);
    expect(fontProblems(styles, [xml])).toEqual([]);
  });

  it('is a numbered biên bản with no place-and-date line (R25, R27)', () => {
    expect(runSizePt(runWithText(xml, 'Số:       /BB-CĐCS'))).toBe(13);
    const header = tables(xml)[0] ?? '';
    expect(textOf(header)).not.toMatch(/ngày \d\d tháng/);
    expect(isBold(runWithText(xml, 'BIÊN BẢN'))).toBe(true);
    expect(isBold(runWithText(xml, 'Tổng hợp kết quả lấy ý kiến bằng phiếu'))).toBe(true);
  });

  it('tabulates each item with core’s counts, share of all staff and result', () => {
    const table = tables(xml).find((t) => t.includes('Tỷ lệ đồng ý')) ?? '';
    expect(gridWidths(table).reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
    const rows = tableRowTexts(table).slice(1);
    expect(rows).toEqual(
      results.figures.items.map(
        (i) =>
          `${i.label}${i.title}${i.votesFor}${i.votesAgainst}${i.votesOther}${i.percentFor}${
            i.outcome.passes ? 'Thông qua' : 'Không thông qua'
          }`,
      ),
    );
  });

  it('signs THƯ KÝ on the left and CHỦ TỌA on the right, names bold 14 (R27)', () => {
    const signatures = tables(xml).find((t) => t.includes('CHỦ TỌA')) ?? '';
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(signatures)?.[0] ?? '';
    const cells = firstRow.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(cells.map(textOf)).toEqual(['THƯ KÝ', 'CHỦ TỌA']);
    for (const name of [secretary.fullName, head.fullName]) {
      const run = runWithText(signatures, name);
      expect(isBold(run)).toBe(true);
      expect(runSizePt(run)).toBe(14);
    }
  });

  it('is registered as D9KQ and builds the same document from the context', async () => {
    const entry = DOCUMENTS.D9KQ;
    expect(entry).toMatchObject({
      id: 'D9KQ',
      fileStem: 'D9KQ-bien-ban-tong-hop-ket-qua-lay-y-kien',
    });
    if (!entry) throw new Error('D9KQ missing');
    expect(textOf(await packedDocumentXml(entry.build(ctx)))).toBe(textOf(xml));
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D9PYK and D9KQ through LibreOffice', () => {
  const converted = convertedPdfs();

  it('D9PYK: the blank form is one A4 page and keeps every diacritic', async () => {
    const pdf = await converted.convert(await packDocx(buildOpinionFormDocument(form)), 'd9pyk');
    await expectA4(pdf.pdfPath);
    expect(await pdfPageCount(pdf.pdfPath)).toBe(1);
    const text = await flatPdfText(pdf.pdfPath);
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 23 tháng 01 năm 2026',
      'PHIẾU LẤY Ý KIẾN',
      'lần thứ hai ngày 22 tháng 01 năm 2026 nhưng không đủ số người tham dự tối thiểu',
      'khoản 2 Điều 50 Luật Thực hiện dân chủ ở cơ sở',
      '(ít nhất 93/184 người) đồng ý',
      'Mức đóng góp quỹ phúc lợi 200.000',
      'Không đồng ý',
      'Ý kiến khác',
      'Thời hạn nộp phiếu: chậm nhất ngày 30 tháng 01 năm 2026.',
      'Văn phòng Công đoàn, phòng 201',
      'NGƯỜI CHO Ý KIẾN',
      '(Ký và ghi rõ họ tên)',
    ]) {
      expect(text).toContain(s);
    }
  }, 180_000);

  it('D9KQ: keeps the diacritics and prints core’s figures and outcomes, THƯ KÝ left of CHỦ TỌA', async () => {
    const pdf = await converted.convert(
      await packDocx(buildWrittenOpinionResultsDocument(results)),
      'd9kq',
    );
    await expectA4(pdf.pdfPath);
    const text = await flatPdfText(pdf.pdfPath);
    const failing = results.figures.items.find((i) => !i.outcome.passes);
    if (!failing) throw new Error('fixture changed');
    for (const s of [
      'BIÊN BẢN',
      'Tổng hợp kết quả lấy ý kiến bằng phiếu',
      'Hôm nay, ngày 02 tháng 02 năm 2026',
      `Số phiếu thu về: ${results.figures.formsReturned} phiếu (${results.figures.returnedShare} số phiếu phát ra)`,
      `tức là ít nhất ${results.figures.needed} người`,
      `${failing.title}: ${failing.outcome.sentence}.`,
      'Chủ trì: Ông Phan Thanh Ước – Vụ trưởng.',
      secretary.fullName,
      head.fullName,
    ]) {
      expect(text).toContain(s);
    }
    const layout = await pdfText(pdf.pdfPath, { mode: 'layout' });
    const line =
      layout.split('\n').find((l) => l.includes('THƯ KÝ') && l.includes('CHỦ TỌA')) ?? '';
    expect(line.indexOf('THƯ KÝ')).toBeGreaterThanOrEqual(0);
    expect(line.indexOf('THƯ KÝ')).toBeLessThan(line.indexOf('CHỦ TỌA'));
  }, 180_000);
});
