/**
 * D18, D19, D20 and D20KH end to end for a conference built from roster-184: the jobs compute,
 * the shared outcome template lays out, packDocx packs. The XML is checked against NĐ 30/2020 Phụ
 * lục I (R23–R28): numbers, date lines, the ruled tables with explicit widths and a repeated header
 * row (lesson 9), the signature blocks; LibreOffice converts each one and the PDF text keeps the
 * diacritics and core's figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { covenantJob } from '../../../core/documents/covenantJob';
import type { DocumentId } from '../../../core/documents/documentContext';
import { resolutionRolloutJob } from '../../../core/documents/resolutionRolloutJob';
import { resultReportJob } from '../../../core/documents/resultReportJob';
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
  tableRowTexts,
} from '../../support/docx';
import { convertedPdfs, expectA4, hasLibreOffice, flatPdfText } from '../../support/libreoffice';
import {
  conferenceDayContext,
  head,
  unionChair,
  withIssuedNumbers,
} from '../core/documents/conferenceDayContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { registryDocx, registryXml } from '../../support/packedDocument';
import { expectRuledTable } from '../../support/expectRuledTable';

const ctx = withIssuedNumbers(conferenceDayContext(), ['D15', 'D19', 'D20', 'D20KH']);

describe('the outcome documents’ XML (NĐ 30/2020 Phụ lục I)', () => {
  let xml: Partial<Record<DocumentId, string>> = {};
  let styles = '';

  beforeAll(async () => {
    ({ xml, styles } = await registryXml(['D18', 'D19', 'D20', 'D20KH'], ctx));
  });

  it('are A4 portrait with the NĐ 30 margins in Times New Roman (R23)', () => {
    for (const id of ['D18', 'D19', 'D20', 'D20KH'] as const) {
      const x = xml[id] ?? '';
      expectA4Page(x, { 'w:left': '1701', 'w:right': '851' });
      expect(fontProblems(styles, [x])).toEqual([]);
      expect(x).not.toContain('<w:numPr>');
      const date = runWithText(x, 'Hà Nội, ngày 15 tháng 01 năm 2026');
      expect(isItalic(date)).toBe(true);
    }
  });

  it('number each document with its own type (R25); the covenant is not numbered', () => {
    expect(runSizePt(runWithText(xml.D19 ?? '', 'Số: 01/BC-CĐCS'))).toBe(13);
    expect(runSizePt(runWithText(xml.D20 ?? '', 'Số: 01/TB-VKHCN'))).toBe(13);
    expect(runSizePt(runWithText(xml.D20KH ?? '', 'Số: 01/KHLT-CĐCS'))).toBe(13);
    expect(textOf(tables(xml.D18 ?? '')[0] ?? '')).not.toContain('Số:');
  });

  it('D18: the targets in a ruled table, the union chair and the head side by side', () => {
    const x = xml.D18 ?? '';
    expect(isBold(runWithText(x, 'BẢN GIAO ƯỚC THI ĐUA'))).toBe(true);
    const table = expectRuledTable(x, 'Mức phấn đấu', 3);
    expect(tableRowTexts(table)).toEqual([
      'STTChỉ tiêuMức phấn đấu',
      ...covenantJob(ctx).targetRows.map((r) => r.join('')),
    ]);
    const signatures = tables(x).find((t) => t.includes('TM. BAN CHẤP HÀNH')) ?? '';
    expect(count(signatures, /<w:gridCol /)).toBe(2);
    const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(signatures)?.[0] ?? '';
    const cells = firstRow.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(cells.map(textOf)).toEqual(['TM. BAN CHẤP HÀNHCHỦ TỊCH', 'VỤ TRƯỞNG']);
    expect(isBold(runWithText(signatures, unionChair.fullName))).toBe(true);
    expect(isBold(runWithText(signatures, head.fullName))).toBe(true);
  });

  it('D19: "Kính gửi" centred, the votes in a ruled table with core’s outcomes', () => {
    const x = xml.D19 ?? '';
    const addressee = 'Kính gửi: Công đoàn Bộ Nông nghiệp và Môi trường.';
    expect(paragraphWithText(x, addressee)).toContain('<w:jc w:val="center"/>');
    const table = expectRuledTable(x, 'Nội dung biểu quyết', 5);
    const job = resultReportJob(ctx);
    expect(tableRowTexts(table).slice(1)).toEqual(
      job.votes.map(
        (c, i) =>
          `${i + 1}${c.vote.title}${c.vote.present}${c.vote.votesFor} (${c.percentFor})${c.outcome.passes ? 'Thông qua' : 'Không thông qua'}`,
      ),
    );
    expect(isBold(runWithText(x, 'III. ĐỀ XUẤT, KIẾN NGHỊ'))).toBe(true);
  });

  it('D20KH: the tasks in a ruled table with owner and deadline, two signature blocks', () => {
    const x = xml.D20KH ?? '';
    const table = expectRuledTable(x, 'Chủ trì thực hiện', 4);
    expect(tableRowTexts(table).slice(1)).toEqual(
      resolutionRolloutJob(ctx).tasks.map((t) => `${t.no}${t.task}${t.owner}${t.deadline}`),
    );
    const signatures = tables(x).find((t) => t.includes('TM. BAN CHẤP HÀNH')) ?? '';
    expect(count(signatures, /<w:gridCol /)).toBe(2);
    expect(textOf(signatures)).toContain('- Lưu: VT, CĐCS.');
  });

  it('D20: the head signs the notice; "Nơi nhận" 12 pt bold italic, entries 11 pt (R28)', () => {
    const x = xml.D20 ?? '';
    const signature = tables(x).find((t) => t.includes('Nơi nhận:')) ?? '';
    expect(isBold(runWithText(signature, 'VỤ TRƯỞNG'))).toBe(true);
    const title = runWithText(signature, 'Nơi nhận:');
    expect(isBold(title) && isItalic(title)).toBe(true);
    expect(runSizePt(title)).toBe(12);
    expect(runSizePt(runWithText(signature, '- Lưu: VT.'))).toBe(11);
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('the outcome documents through LibreOffice', () => {
  const converted = convertedPdfs();

  async function textOfPdf(id: DocumentId): Promise<string> {
    const pdf = await converted.convert(await registryDocx(id, ctx), id.toLowerCase());
    await expectA4(pdf.pdfPath);
    return flatPdfText(pdf.pdfPath);
  }

  it('D18 keeps the diacritics and the targets', async () => {
    const text = await textOfPdf('D18');
    for (const s of [
      'BẢN GIAO ƯỚC THI ĐUA',
      'Cán bộ hoàn thành tốt nhiệm vụ trở lên',
      '5 sáng kiến',
      'TRÁCH NHIỆM CỦA THỦ TRƯỞNG ĐƠN VỊ',
      unionChair.fullName,
      head.fullName,
    ]) {
      expect(text).toContain(s);
    }
  }, 180_000);

  it('D19 keeps the diacritics and core’s attendance and vote figures', async () => {
    const text = await textOfPdf('D19');
    const job = resultReportJob(ctx);
    const { quorum, percent } = job.quorum;
    for (const s of [
      'Số: 01/BC-CĐCS',
      'BÁO CÁO',
      'Kính gửi: Công đoàn Bộ Nông nghiệp và Môi trường.',
      `được triệu tập: ${quorum.base} người; có mặt: ${quorum.present} người (${percent})`,
      'Không thông qua',
      'Đề nghị sớm sửa chữa nhà xe',
    ]) {
      expect(text).toContain(s);
    }
    for (const c of job.votes) expect(text).toContain(`${c.vote.votesFor} (${c.percentFor})`);
  }, 180_000);

  it('D20 and D20KH keep the diacritics, the focal point and the tasks', async () => {
    const notice = await textOfPdf('D20');
    for (const s of ['THÔNG BÁO', 'Số: 01/TB-VKHCN', 'Trần Hữu An', 'Điều 52.4']) {
      expect(notice).toContain(s);
    }
    const plan = await textOfPdf('D20KH');
    for (const s of [
      'Số: 01/KHLT-CĐCS',
      'Triển khai thực hiện Nghị quyết',
      'Hoàn thành chuyển đổi số hồ sơ công việc',
      '30/06/2026',
      'lần thứ nhất tháng 07/2026',
    ]) {
      expect(plan).toContain(s);
    }
  }, 240_000);
});
