/**
 * D14 end to end (Biên bản hội nghị) for a conference built from roster-184: conferenceMinutesJob
 * computes, the template lays out, packDocx packs; the XML is checked against NĐ 30/2020 Phụ lục I
 * (R23–R28) and Mẫu 1.9 (no date line; THƯ KÝ left, CHỦ TỌA right — R27), then LibreOffice
 * converts it and the PDF text keeps every diacritic and prints core's figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { conferenceMinutesJob } from '../../../core/documents/conferenceMinutesJob';
import { formatShare } from '../../../core/domain/electionTally';
import { packDocx } from '../../../electron/node/packDocx';
import { DOCUMENTS } from '../../../templates/documents/registry';
import { buildConferenceMinutesDocument } from '../../../templates/documents/conferenceMinutes';
import {
  count,
  fontProblems,
  isBold,
  isItalic,
  paragraphWithText,
  paragraphs,
  runSizePt,
  runWithText,
  shownSizePt,
  tables,
  textOf,
} from '../../support/docx';
import {
  convertedPdfs,
  expectA4,
  hasLibreOffice,
  pdfText,
  flatPdfText,
} from '../../support/libreoffice';
import {
  conferenceDayContext,
  head,
  people,
  secretary,
  withIssuedNumbers,
} from '../core/documents/conferenceDayContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const ctx = withIssuedNumbers(conferenceDayContext(), ['D14']);
const job = conferenceMinutesJob(ctx);

describe('D14 document.xml (NĐ 30/2020 Phụ lục I, Mẫu 1.9)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildConferenceMinutesDocument(job)));
  });

  it('is A4 portrait with the NĐ 30 margins in Times New Roman (R23)', () => {
    expectA4Page(xml);
    expect(fontProblems(styles, [xml])).toEqual([]);
    expect(xml).not.toContain('<w:numPr>');
  });

  it('has the unit header and the number, and no place-and-date line (R24, R25, R27)', () => {
    const parent = runWithText(xml, 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(isBold(parent)).toBe(false);
    expect(runSizePt(parent)).toBe(13);
    expect(isBold(runWithText(xml, 'VỤ KHOA HỌC VÀ CÔNG NGHỆ'))).toBe(true);
    expect(runSizePt(runWithText(xml, 'Số: 01/BB-VKHCN'))).toBe(13);
    const header = tables(xml)[0] ?? '';
    expect(textOf(header)).not.toMatch(/ngày \d\d tháng/);
    expect(header).not.toMatch(/<w:i\/>/);
  });

  it('has "BIÊN BẢN" and the conference as summary, bold 14, centred (R26)', () => {
    const title = runWithText(xml, 'BIÊN BẢN');
    expect(isBold(title)).toBe(true);
    expect(runSizePt(title)).toBe(14);
    const summary = 'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026';
    expect(isBold(runWithText(xml, summary))).toBe(true);
    expect(paragraphWithText(xml, summary)).toContain('<w:jc w:val="center"/>');
  });

  it('prints the proceedings as justified 14 pt body text with bold item headings', () => {
    const quorum = job.figures.quorum;
    const line = `Tổng số cán bộ, công chức, viên chức, người lao động được triệu tập: ${quorum.quorum.base} người; có mặt: ${quorum.quorum.present} người (${quorum.percent}); vắng mặt: ${quorum.absent} người.`;
    const paragraph = paragraphs(xml).find((p) => textOf(p).startsWith(line)) ?? '';
    expect(paragraph).toContain('<w:pStyle w:val="VanBanNoiDung"/>');
    const run = /<w:r>[\s\S]*?<\/w:r>/.exec(paragraph)?.[0] ?? '';
    expect(shownSizePt(run, xml, styles)).toBe(14);
    const heading = runWithText(
      xml,
      '8. Thảo luận, góp ý kiến, kiến nghị (từ 09 giờ 20 đến 10 giờ 05)',
    );
    expect(isBold(heading)).toBe(true);
  });

  it('signs THƯ KÝ on the left and CHỦ TỌA on the right, names bold 14 (R27)', () => {
    const signatures = tables(xml).find((t) => t.includes('CHỦ TỌA')) ?? '';
    expect(count(signatures, /<w:gridCol /)).toBe(2);
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(signatures)?.[0] ?? '';
    const cells = firstRow.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(cells.map(textOf)).toEqual(['THƯ KÝ', 'CHỦ TỌA']);
    for (const title of ['THƯ KÝ', 'CHỦ TỌA']) {
      const run = runWithText(signatures, title);
      expect(isBold(run)).toBe(true);
      expect(runSizePt(run)).toBe(14);
    }
    for (const name of [secretary.fullName, head.fullName]) {
      expect(isBold(runWithText(signatures, name))).toBe(true);
    }
    const recipients = runWithText(signatures, 'Nơi nhận:');
    expect(isBold(recipients) && isItalic(recipients)).toBe(true);
    expect(runSizePt(runWithText(signatures, '- Lưu: VT, Hồ sơ hội nghị.'))).toBe(11);
  });

  it('is registered as D14 and builds the same document from the context', async () => {
    const entry = DOCUMENTS.D14;
    expect(entry).toMatchObject({ id: 'D14', fileStem: 'D14-bien-ban-hoi-nghi' });
    if (!entry) throw new Error('D14 missing');
    const viaRegistry = await packedDocumentXml(entry.build(ctx));
    expect(textOf(viaRegistry)).toBe(textOf(xml));
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D14 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('keeps the diacritics and prints core’s quorum, vote and election figures', async () => {
    const pdf = await converted.convert(await packDocx(buildConferenceMinutesDocument(job)), 'd14');
    await expectA4(pdf.pdfPath);
    const text = await flatPdfText(pdf.pdfPath);
    const { quorum, percent, absent } = job.figures.quorum;
    const failed = job.figures.votes.find((c) => c.vote.id === 'v4');
    const tally = job.figures.rounds[0];
    if (!failed || !tally) throw new Error('fixture changed');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 01/BB-VKHCN',
      'BIÊN BẢN',
      'Thời gian bắt đầu: 08 giờ 00, ngày 15 tháng 01 năm 2026.',
      `được triệu tập: ${quorum.base} người; có mặt: ${quorum.present} người (${percent}); vắng mặt: ${absent} người.`,
      `(tối thiểu ${quorum.needed} người)`,
      'Thảo luận, góp ý kiến, kiến nghị',
      'Ông Huỳnh Thanh Khánh, Phòng Pháp chế: Đề nghị bố trí thêm máy tính',
      `đồng ý ${failed.vote.votesFor}, không đồng ý ${failed.vote.votesAgainst}, ý kiến khác ${failed.vote.votesOther}`,
      `(${failed.percentFor}) — không thông qua (cần ít nhất ${failed.outcome.needed})`,
      `số phiếu phát ra ${tally.issued}, thu vào ${tally.collected}, hợp lệ ${tally.valid}, không hợp lệ ${tally.invalid}`,
      'Biên bản kết thúc lúc 11 giờ 30',
      'THƯ KÝ',
      'CHỦ TỌA',
      secretary.fullName,
      head.fullName,
    ]) {
      expect(text).toContain(s);
    }
    for (const r of tally.results) {
      const name = people.find((p) => p.id === r.personId)?.fullName ?? '';
      expect(text).toContain(`${name}: ${r.votes} phiếu (${formatShare(r.share)})`);
    }
    // Mẫu 1.9: the secretary's title on the left of the chair's, on the same line.
    const layout = await pdfText(pdf.pdfPath, { mode: 'layout' });
    const line =
      layout.split('\n').find((l) => l.includes('THƯ KÝ') && l.includes('CHỦ TỌA')) ?? '';
    expect(line.indexOf('THƯ KÝ')).toBeGreaterThanOrEqual(0);
    expect(line.indexOf('THƯ KÝ')).toBeLessThan(line.indexOf('CHỦ TỌA'));
  }, 180_000);
});
