/**
 * D15 end to end (Nghị quyết hội nghị) for a conference built from roster-184: resolutionJob
 * computes, the template lays out, packDocx packs; the XML is checked against NĐ 30/2020 Phụ lục I
 * (R23–R28) and the resolution of Mẫu 1.1 (bases in italics, "QUYẾT NGHỊ:"), then LibreOffice
 * converts it and the PDF text keeps the diacritics, the parts and the adopting vote's figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolutionJob } from '../../../core/documents/resolutionJob';
import { packDocx } from '../../../electron/node/packDocx';
import { buildResolutionDocument } from '../../../templates/documents/resolution';
import { DOCUMENTS } from '../../../templates/documents/registry';
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
} from '../../support/docx';
import { convertedPdfs, expectA4, hasLibreOffice, flatPdfText } from '../../support/libreoffice';
import {
  conferenceDayContext,
  head,
  withIssuedNumbers,
} from '../core/documents/conferenceDayContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const ctx = withIssuedNumbers(conferenceDayContext(), ['D15']);
const job = resolutionJob(ctx);

describe('D15 document.xml (NĐ 30/2020 Phụ lục I, Mẫu 1.1)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildResolutionDocument(job)));
  });

  it('is A4 portrait with the NĐ 30 margins in Times New Roman (R23)', () => {
    expectA4Page(xml);
    expect(fontProblems(styles, [xml])).toEqual([]);
    expect(xml).not.toContain('<w:numPr>');
  });

  it('has the number and the italic date line of the day it was adopted (R25)', () => {
    expect(runSizePt(runWithText(xml, 'Số: 01/NQ-VKHCN'))).toBe(13);
    const date = runWithText(xml, 'Hà Nội, ngày 15 tháng 01 năm 2026');
    expect(isItalic(date)).toBe(true);
    expect(runSizePt(date)).toBe(14);
  });

  it('has the title, the adopting body, the italic bases and "QUYẾT NGHỊ:" (R26)', () => {
    const title = runWithText(xml, 'NGHỊ QUYẾT');
    expect(isBold(title)).toBe(true);
    expect(runSizePt(title)).toBe(14);
    const authority =
      'HỘI NGHỊ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC, NGƯỜI LAO ĐỘNG VỤ KHOA HỌC VÀ CÔNG NGHỆ';
    expect(isBold(runWithText(xml, authority))).toBe(true);
    expect(paragraphWithText(xml, authority)).toContain('<w:jc w:val="center"/>');
    const bases = [
      'Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022;',
      'Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở;',
      'Căn cứ kết quả thảo luận và biểu quyết tại Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 ngày 15 tháng 01 năm 2026.',
    ];
    for (const basis of bases) expect(isItalic(runWithText(xml, basis))).toBe(true);
    const verb = runWithText(xml, 'QUYẾT NGHỊ:');
    expect(isBold(verb)).toBe(true);
    expect(paragraphWithText(xml, 'QUYẾT NGHỊ:')).toContain('<w:jc w:val="center"/>');
  });

  it('prints each part heading in bold and its items as typed numbers', () => {
    for (const part of job.parts) {
      expect(isBold(runWithText(xml, `${part.label} ${part.heading}`))).toBe(true);
      for (const item of part.items) {
        expect(textOf(xml)).toContain(`${item.label} ${item.text}`);
      }
    }
  });

  it('is signed for the conference by its chair, recipients on the left (R27, R28)', () => {
    const signature = tables(xml).find((t) => t.includes('TM. HỘI NGHỊ')) ?? '';
    expect(count(signature, /<w:gridCol /)).toBe(2);
    for (const line of ['TM. HỘI NGHỊ', 'CHỦ TỌA', head.fullName]) {
      const run = runWithText(signature, line);
      expect(isBold(run)).toBe(true);
      expect(runSizePt(run)).toBe(14);
    }
    const recipients = runWithText(signature, 'Nơi nhận:');
    expect(isBold(recipients) && isItalic(recipients)).toBe(true);
    expect(textOf(signature)).toContain('- Lưu: VT, Hồ sơ hội nghị.');
  });

  it('is registered as D15 and builds the same document from the context', async () => {
    const entry = DOCUMENTS.D15;
    expect(entry).toMatchObject({ id: 'D15', fileStem: 'D15-nghi-quyet-hoi-nghi' });
    if (!entry) throw new Error('D15 missing');
    const viaRegistry = await packedDocumentXml(entry.build(ctx));
    expect(textOf(viaRegistry)).toBe(textOf(xml));
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D15 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('keeps the diacritics, the parts and the adopting vote on A4', async () => {
    const pdf = await converted.convert(await packDocx(buildResolutionDocument(job)), 'd15');
    await expectA4(pdf.pdfPath);
    const text = await flatPdfText(pdf.pdfPath);
    const adopted = job.adoption;
    if (!adopted) throw new Error('fixture changed');
    for (const s of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 01/NQ-VKHCN',
      'Hà Nội, ngày 15 tháng 01 năm 2026',
      'NGHỊ QUYẾT',
      'QUYẾT NGHỊ:',
      'II. Các chỉ tiêu chủ yếu năm 2026',
      'Cán bộ hoàn thành tốt nhiệm vụ trở lên: 95%.',
      'Bầu Ban Thanh tra nhân dân nhiệm kỳ 2026–2028',
      'làm đầu mối theo dõi, đôn đốc việc thực hiện Nghị quyết',
      `thông qua với ${adopted.vote.votesFor}/${adopted.vote.present} người có mặt tán thành (${adopted.percentFor})./.`,
      'TM. HỘI NGHỊ',
      'CHỦ TỌA',
      head.fullName,
    ]) {
      expect(text).toContain(s);
    }
  }, 180_000);
});
