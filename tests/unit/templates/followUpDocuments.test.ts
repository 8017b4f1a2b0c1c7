/**
 * D21, D21TB, D8 and the D6/D7 drafts end to end for the conference of conferenceDayContext half a year on
 * (followUpContext): the jobs compute, the follow-up template lays out, packDocx packs. The XML is
 * checked against NĐ 30/2020 Phụ lục I (R23–R28): A4 and margins, Times New Roman, the number and
 * the italic date line, the ruled tables with explicit widths summing to the text width and a
 * repeated header row, the signature blocks; LibreOffice converts each one and the PDF text keeps
 * the diacritics and core's figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { boardReportJob } from '../../../core/documents/boardReportJob';
import type { DocumentContext, DocumentId } from '../../../core/documents/documentContext';
import { reviewReportJob } from '../../../core/documents/reviewReportJob';
import { unionReportJob } from '../../../core/documents/unionReportJob';
import { availableDocuments } from '../../../templates/documents/registry';
import {
  count,
  fontProblems,
  isBold,
  isItalic,
  runSizePt,
  runWithText,
  tables,
  textOf,
  tableRowTexts,
} from '../../support/docx';
import { convertedPdfs, expectA4, hasLibreOffice, flatPdfText } from '../../support/libreoffice';
import {
  byName,
  head,
  unionChair,
  withIssuedNumbers,
} from '../core/documents/conferenceDayContext.fixture';
import { followUpContext } from '../core/documents/followUpContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { registryDocx, registryXml } from '../../support/packedDocument';
import { expectRuledTable } from '../../support/expectRuledTable';

const IDS = ['D21', 'D21TB', 'D8', 'D6', 'D7'] as const;
const boardHead = byName('Trần Hữu An');

function context(): DocumentContext {
  const base = followUpContext();
  const election = base.conference.election;
  return withIssuedNumbers(
    {
      ...base,
      conference: {
        ...base.conference,
        ...(election
          ? {
              election: {
                ...election,
                firstMeeting: { ...election.firstMeeting, headId: boardHead.id },
              },
            }
          : {}),
      },
    },
    ['D15', 'D21', 'D21TB', 'D8', 'D6', 'D7'],
  );
}
const ctx = context();

describe('the follow-up documents are offered when there is something to report', () => {
  it('D21, D21TB and D8 are listed for a conference with a review and a board year', () => {
    const ids = availableDocuments(ctx).map((d) => d.id);
    for (const id of IDS) expect(ids).toContain(id);
  });
});

describe('the follow-up documents’ XML (NĐ 30/2020 Phụ lục I)', () => {
  let xml: Partial<Record<DocumentId, string>> = {};
  let styles = '';

  beforeAll(async () => {
    ({ xml, styles } = await registryXml(IDS, ctx));
  });

  it('are A4 portrait with the NĐ 30 margins in Times New Roman, dated in italics (R23)', () => {
    const dates: Record<(typeof IDS)[number], string> = {
      D21: 'Hà Nội, ngày 20 tháng 7 năm 2026',
      D21TB: 'Hà Nội, ngày 20 tháng 7 năm 2026',
      D8: 'Hà Nội, ngày 20 tháng 7 năm 2026',
      D6: 'Hà Nội, ngày 20 tháng 7 năm 2026',
      D7: 'Hà Nội, ngày 20 tháng 7 năm 2026',
    };
    for (const id of IDS) {
      const x = xml[id] ?? '';
      expectA4Page(x, { 'w:left': '1701', 'w:right': '851' });
      expect(fontProblems(styles, [x])).toEqual([]);
      expect(x).not.toContain('<w:numPr>');
      expect(isItalic(runWithText(x, dates[id]))).toBe(true);
    }
  });

  it('number each document with its own type (R25)', () => {
    expect(runSizePt(runWithText(xml.D21 ?? '', 'Số: 01/BC-CĐCS'))).toBe(13);
    expect(runSizePt(runWithText(xml.D21TB ?? '', 'Số: 01/TB-VKHCN'))).toBe(13);
    expect(runSizePt(runWithText(xml.D8 ?? '', 'Số: 02/BC-CĐCS'))).toBe(13);
    expect(runSizePt(runWithText(xml.D6 ?? '', 'Số: 03/BC-VKHCN'))).toBe(13);
    expect(runSizePt(runWithText(xml.D7 ?? '', 'Số: 04/BC-CĐCS'))).toBe(13);
  });

  it('D6 and D7: the counts and the targets in ruled tables with core’s figures', () => {
    const job = unionReportJob(ctx);
    for (const id of ['D6', 'D7'] as const) {
      const x = xml[id] ?? '';
      const counts = expectRuledTable(x, 'Phần của nghị quyết', 8);
      expect(tableRowTexts(counts).slice(1)).toEqual(job.facts.groupRows.map((r) => r.join('')));
      const targets = expectRuledTable(x, 'Kế hoạch', 5);
      expect(tableRowTexts(targets).slice(1)).toEqual(job.facts.targetRows.map((r) => r.join('')));
    }
    expect(isBold(runWithText(xml.D6 ?? '', head.fullName))).toBe(true);
    expect(isBold(runWithText(xml.D7 ?? '', unionChair.fullName))).toBe(true);
  });

  it('D21: the totals and the items in ruled tables with core’s figures; both sign', () => {
    const x = xml.D21 ?? '';
    expect(isBold(runWithText(x, 'BÁO CÁO'))).toBe(true);
    const job = reviewReportJob(ctx);
    const totals = expectRuledTable(x, 'Phần của nghị quyết', 8);
    expect(tableRowTexts(totals).slice(1)).toEqual(job.groupRows.map((r) => r.join('')));
    const itemTables = tables(x).filter((t) => t.includes('Giải pháp tiếp theo'));
    expect(itemTables).toHaveLength(4);
    expectRuledTable(x, 'Giải pháp tiếp theo', 6);
    const printed = itemTables.flatMap((t) => tableRowTexts(t).slice(1));
    expect(printed).toEqual(job.itemRows.map((r) => r.cells.join('')));
    const signatures = tables(x).find((t) => t.includes('TM. BAN CHẤP HÀNH')) ?? '';
    expect(count(signatures, /<w:gridCol /)).toBe(2);
    expect(isBold(runWithText(signatures, unionChair.fullName))).toBe(true);
    expect(isBold(runWithText(signatures, head.fullName))).toBe(true);
    expect(textOf(signatures)).toContain('- Lưu: VT, CĐCS.');
  });

  it('D21TB: the head signs; "Nơi nhận" 12 pt bold italic (R28)', () => {
    const x = xml.D21TB ?? '';
    const signature = tables(x).find((t) => t.includes('Nơi nhận:')) ?? '';
    expect(isBold(runWithText(signature, 'VỤ TRƯỞNG'))).toBe(true);
    const title = runWithText(signature, 'Nơi nhận:');
    expect(isBold(title) && isItalic(title)).toBe(true);
    expect(runSizePt(title)).toBe(12);
  });

  it('D8: inspections and recommendations in ruled tables; the board’s head signs', () => {
    const x = xml.D8 ?? '';
    const job = boardReportJob(ctx);
    const inspections = expectRuledTable(x, 'Đối tượng, nội dung', 4);
    expect(tableRowTexts(inspections).slice(1)).toEqual(job.inspectionRows.map((r) => r.join('')));
    const recommendations = expectRuledTable(x, 'Nội dung kiến nghị', 4);
    expect(tableRowTexts(recommendations).slice(1)).toEqual(
      job.recommendationRows.map((r) => r.join('')),
    );
    const signature = tables(x).find((t) => t.includes('TM. BAN THANH TRA NHÂN DÂN')) ?? '';
    expect(isBold(runWithText(signature, 'TRƯỞNG BAN'))).toBe(true);
    expect(isBold(runWithText(signature, boardHead.fullName))).toBe(true);
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('the follow-up documents through LibreOffice', () => {
  const converted = convertedPdfs();

  async function textOfPdf(id: DocumentId): Promise<string> {
    const pdf = await converted.convert(await registryDocx(id, ctx), id.toLowerCase());
    await expectA4(pdf.pdfPath);
    return flatPdfText(pdf.pdfPath);
  }

  it('D21 keeps the diacritics and core’s totals', async () => {
    const text = await textOfPdf('D21');
    const t = reviewReportJob(ctx).review.totals;
    for (const s of [
      'Số: 01/BC-CĐCS',
      'KẾT QUẢ THỰC HIỆN TỪNG NỘI DUNG',
      `Tổng số ${t.total} nội dung được theo dõi: hoàn thành ${t.byStatus.done} nội dung (đạt 55,56%)`,
      'III. TỒN TẠI, HẠN CHẾ',
      'Hội đồng sáng kiến chưa họp',
      'Điều 52.3 Luật Thực hiện dân chủ ở cơ sở',
      unionChair.fullName,
      head.fullName,
    ]) {
      expect(text).toContain(s);
    }
  }, 180_000);

  it('D21TB and D8 keep the diacritics and core’s figures', async () => {
    const notice = await textOfPdf('D21TB');
    for (const s of ['THÔNG BÁO', 'Số: 01/TB-VKHCN', 'hoàn thành 2 (66,67%)']) {
      expect(notice).toContain(s);
    }
    const report = await textOfPdf('D8');
    const s8 = boardReportJob(ctx).board.summary;
    for (const s of [
      'Số: 02/BC-CĐCS',
      `Ban đã tiến hành ${s8.inspections.total} cuộc kiểm tra, giám sát`,
      '1 kiến nghị được trả lời chậm',
      'CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027',
      'TM. BAN THANH TRA NHÂN DÂN',
      boardHead.fullName,
    ]) {
      expect(report).toContain(s);
    }
  }, 240_000);

  it('D6 and D7 keep the diacritics and core’s figures', async () => {
    const t = unionReportJob(ctx).facts.report.totals;
    const total = `Nghị quyết có ${t.total} nội dung được theo dõi`;
    const head6 = await textOfPdf('D6');
    for (const s of ['Số: 03/BC-VKHCN', total, 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027', '101,05%']) {
      expect(head6).toContain(s);
    }
    const union7 = await textOfPdf('D7');
    for (const s of [
      'Số: 04/BC-CĐCS',
      total,
      'Hội đồng sáng kiến chưa họp',
      'ĐỀ XUẤT, KIẾN NGHỊ',
    ]) {
      expect(union7).toContain(s);
    }
  }, 240_000);
});
