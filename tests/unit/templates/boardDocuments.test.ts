/**
 * D22CT, D22KH, D22BC and D22KN — the Ban TTND's own documents — end to end for the board's year of
 * followUpContext (boardDocumentsContext): the jobs compute, the follow-up template lays out,
 * packDocx packs. The XML is checked against NĐ 30/2020 Phụ lục I (R23–R28): A4 and margins, Times
 * New Roman, the number and the italic date line, the programme's work in a ruled table with
 * explicit widths summing to the text width and a repeated header row, the recommendation's
 * "Kính gửi" centred, the board head's signature; LibreOffice converts each one and the PDF text
 * keeps the diacritics and core's dates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boardProgrammeJob } from '../../../core/documents/boardProgrammeJob';
import type { DocumentContext, DocumentId } from '../../../core/documents/documentContext';
import { inspectionPlanJob } from '../../../core/documents/inspectionPlanJob';
import { recommendationJob } from '../../../core/documents/recommendationJob';
import { availableDocuments } from '../../../templates/documents/registry';
import {
  fontProblems,
  isBold,
  isItalic,
  paragraphWithText,
  runSizePt,
  runWithText,
  tableRowTexts,
  tables,
} from '../../support/docx';
import { convertedPdfs, expectA4, flatPdfText, hasLibreOffice } from '../../support/libreoffice';
import { withIssuedNumbers } from '../core/documents/conferenceDayContext.fixture';
import { boardDocumentsContext, boardHead } from '../core/documents/boardDocumentsContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { registryDocx, registryXml } from '../../support/packedDocument';
import { expectRuledTable } from '../../support/expectRuledTable';

const IDS = ['D22CT', 'D22KH', 'D22BC', 'D22KN'] as const;

/** The recommendation k1 follows the inspection of the Văn phòng; numbers issued for all four. */
const ctx: DocumentContext = withIssuedNumbers(
  boardDocumentsContext((b) => ({
    ...b,
    recommendations: b.recommendations.map((r) =>
      r.id === 'k1' ? { ...r, inspectionId: 'i1' } : r,
    ),
  })),
  ['D15', ...IDS],
);

describe('the Ban TTND’s documents are offered once it holds a record for each', () => {
  it('lists D22CT, D22KH, D22BC and D22KN for a board with a year of records', () => {
    const ids = availableDocuments(ctx).map((d) => d.id);
    for (const id of IDS) expect(ids).toContain(id);
  });
});

describe('the Ban TTND’s documents’ XML (NĐ 30/2020 Phụ lục I)', () => {
  let xml: Partial<Record<DocumentId, string>> = {};
  let styles = '';

  beforeAll(async () => {
    ({ xml, styles } = await registryXml(IDS, ctx));
  });

  it('are A4 portrait with the NĐ 30 margins in Times New Roman, dated in italics (R23, R25)', () => {
    const dates: Record<(typeof IDS)[number], string> = {
      D22CT: 'Hà Nội, ngày 02 tháng 02 năm 2026',
      D22KH: 'Hà Nội, ngày 15 tháng 6 năm 2026',
      D22BC: 'Hà Nội, ngày 24 tháng 4 năm 2026',
      D22KN: 'Hà Nội, ngày 01 tháng 6 năm 2026',
    };
    for (const id of IDS) {
      const x = xml[id] ?? '';
      expectA4Page(x, { 'w:left': '1701', 'w:right': '851' });
      expect(fontProblems(styles, [x])).toEqual([]);
      expect(x).not.toContain('<w:numPr>');
      expect(isItalic(runWithText(x, dates[id]))).toBe(true);
    }
  });

  it('number each document with its own type from the register, the union’s symbol (R25)', () => {
    expect(runSizePt(runWithText(xml.D22CT ?? '', 'Số: 01/CTr-CĐCS'))).toBe(13);
    expect(runSizePt(runWithText(xml.D22KH ?? '', 'Số: 01/KH-CĐCS'))).toBe(13);
    expect(runSizePt(runWithText(xml.D22BC ?? '', 'Số: 01/BC-CĐCS'))).toBe(13);
    expect(runSizePt(runWithText(xml.D22KN ?? '', 'Số: 01/KN-CĐCS'))).toBe(13);
  });

  it('type names in bold capitals (R26)', () => {
    const types = {
      D22CT: 'CHƯƠNG TRÌNH',
      D22KH: 'KẾ HOẠCH',
      D22BC: 'BÁO CÁO',
      D22KN: 'KIẾN NGHỊ',
    };
    for (const id of IDS) expect(isBold(runWithText(xml[id] ?? '', types[id]))).toBe(true);
  });

  it('D22CT: the work in a ruled table of three columns with core’s rows', () => {
    const x = xml.D22CT ?? '';
    const table = expectRuledTable(x, 'Nội dung công việc', 3);
    expect(tableRowTexts(table).slice(1)).toEqual(
      boardProgrammeJob(ctx).lineRows.map((r) => r.join('')),
    );
  });

  it('D22KN: "Kính gửi" centred under the title', () => {
    const line = paragraphWithText(xml.D22KN ?? '', 'Kính gửi: Vụ trưởng Vụ Khoa học và Công nghệ');
    expect(line).toContain('<w:jc w:val="center"/>');
  });

  it('are signed for the board by its head, in bold', () => {
    for (const id of IDS) {
      const signature =
        tables(xml[id] ?? '').find((t) => t.includes('TM. BAN THANH TRA NHÂN DÂN')) ?? '';
      expect(isBold(runWithText(signature, 'TRƯỞNG BAN'))).toBe(true);
      expect(isBold(runWithText(signature, boardHead.fullName))).toBe(true);
    }
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('the Ban TTND’s documents through LibreOffice', () => {
  const converted = convertedPdfs();

  async function textOfPdf(id: DocumentId, c: DocumentContext = ctx): Promise<string> {
    const pdf = await converted.convert(await registryDocx(id, c), id.toLowerCase());
    await expectA4(pdf.pdfPath);
    return flatPdfText(pdf.pdfPath);
  }

  it('D22CT and D22KH keep the diacritics and core’s dates', async () => {
    const programme = await textOfPdf('D22CT');
    for (const s of [
      'CHƯƠNG TRÌNH',
      'Số: 01/CTr-CĐCS',
      'Công tác của Ban Thanh tra nhân dân năm 2026',
      'Giám sát việc chuyển đổi số hồ sơ công việc',
      'Trong năm 2026',
      'TM. BAN THANH TRA NHÂN DÂN',
      boardHead.fullName,
    ]) {
      expect(programme).toContain(s);
    }
    const onTime = { ...ctx, options: { record: 'i1' } };
    const plan = await textOfPdf('D22KH', onTime);
    const job = inspectionPlanJob(onTime);
    for (const s of [
      'KẾ HOẠCH',
      'Kiểm tra, giám sát Văn phòng',
      `ngày ${job.noticeText ?? ''}, trước ${job.inspection.noticeWorkingDays ?? ''} ngày làm việc`,
      'Điều 22.1.b Nghị định số 59/2023/NĐ-CP',
      'ngày 20 tháng 4 năm 2026',
    ]) {
      expect(plan).toContain(s);
    }
  }, 240_000);

  it('D22BC and D22KN keep the diacritics, the result and the answer deadline', async () => {
    const report = await textOfPdf('D22BC');
    for (const s of [
      'BÁO CÁO',
      'KẾT QUẢ KIỂM TRA, GIÁM SÁT',
      'Mua sắm đúng quy định',
      'hạn trả lời 12/05/2026',
    ]) {
      expect(report).toContain(s);
    }
    const letter = await textOfPdf('D22KN');
    const due = recommendationJob(ctx).recommendation.answerDueOn.split('-').reverse().join('/');
    for (const s of [
      'KIẾN NGHỊ',
      'Kính gửi: Vụ trưởng Vụ Khoa học và Công nghệ',
      `chậm nhất là ngày ${due}`,
      'Điều 63.1.c',
    ]) {
      expect(letter).toContain(s);
    }
  }, 240_000);
});
