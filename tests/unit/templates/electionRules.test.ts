/**
 * D11 end to end (Thể lệ bầu cử): the union header with no number, the italic date line, the bold
 * "Điều n." headings, the rules as configured; then LibreOffice: A4 and every diacritic kept.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { electionRulesJob } from '../../../core/documents/electionRulesJob';
import { packDocx } from '../../../electron/node/packDocx';
import { buildElectionRulesDocument } from '../../../templates/documents/electionRules';
import { DOCUMENTS } from '../../../templates/documents/registry';
import { fontProblems, isBold, isItalic, runSizePt, runWithText, textOf } from '../../support/docx';
import { convertedPdfs, expectA4, hasLibreOffice, flatPdfText } from '../../support/libreoffice';
import { setupContext } from '../core/documents/electionContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const ctx = setupContext();
const job = electionRulesJob(ctx);

describe('D11 document.xml (NĐ 30/2020 Phụ lục I)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildElectionRulesDocument(job)));
  });

  it('is registered as D11 and builds the same document from the context', async () => {
    const entry = DOCUMENTS.D11;
    if (!entry) throw new Error('D11 is not registered');
    expect(entry.fileStem).toBe('D11-the-le-bau-cu');
    expect(textOf(await packedDocumentXml(entry.build(ctx)))).toBe(textOf(xml));
  });

  it('is A4 with the NĐ 30 margins in Times New Roman, no number, an italic date (R23–R25)', () => {
    expectA4Page(xml, { 'w:left': '1701', 'w:right': '851' });
    expect(fontProblems(styles, [xml])).toEqual([]);
    expect(textOf(xml)).not.toContain('Số:');
    expect(isItalic(runWithText(xml, 'Hà Nội, ngày 10 tháng 01 năm 2026'))).toBe(true);
  });

  it('has the bold type name and summary and bold article headings (R26)', () => {
    const title = runWithText(xml, 'THỂ LỆ');
    expect(isBold(title)).toBe(true);
    expect(runSizePt(title)).toBe(14);
    expect(isBold(runWithText(xml, 'Bầu cử Ban Thanh tra nhân dân nhiệm kỳ 2026–2028'))).toBe(true);
    expect(isBold(runWithText(xml, 'Điều 5. Phiếu hợp lệ và phiếu không hợp lệ'))).toBe(true);
    expect(isBold(runWithText(xml, 'Điều 6. Nguyên tắc trúng cử'))).toBe(true);
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D11 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('keeps the diacritics, the threshold and the invalid-ballot rules on A4', async () => {
    const pdf = await converted.convert(await packDocx(buildElectionRulesDocument(job)), 'd11');
    await expectA4(pdf.pdfPath);
    const text = await flatPdfText(pdf.pdfPath);
    for (const s of [
      'THỂ LỆ',
      'Bầu cử Ban Thanh tra nhân dân nhiệm kỳ 2026–2028',
      'Điều 1. Số lượng và danh sách bầu',
      'bỏ phiếu kín',
      'gạch ngang giữa cả họ và tên',
      'Phiếu giữ lại nhiều hơn 05 người;',
      'Phiếu gạch hết tên những người trong danh sách;',
      'người trúng cử phải có ít nhất 76 phiếu bầu',
      'không ít hơn 3 thành viên',
      'ông Đặng Minh Tú – Trưởng ban',
      'TM. BAN CHẤP HÀNH',
    ]) {
      expect(text).toContain(s);
    }
  }, 120_000);
});
