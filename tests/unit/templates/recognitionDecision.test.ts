/**
 * D16 end to end (Quyết định công nhận kết quả bầu): union header with "Số: …/QĐ-…" and the italic
 * date line of the recognition date, the bold type name and summary, the issuing authority in bold
 * capitals, the bases in italics (";" each, "." last), "QUYẾT ĐỊNH:", bold "Điều n.", signature
 * "TM. BAN CHẤP HÀNH"; LibreOffice keeps every diacritic and the members elected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recognitionDecisionJob } from '../../../core/documents/recognitionDecisionJob';
import { packDocx } from '../../../electron/node/packDocx';
import { buildRecognitionDecisionDocument } from '../../../templates/documents/recognitionDecision';
import { DOCUMENTS } from '../../../templates/documents/registry';
import {
  fontProblems,
  isBold,
  isItalic,
  paragraphWithText,
  runSizePt,
  runWithText,
  runsWithText,
  textOf,
} from '../../support/docx';
import { convertedPdfs, expectA4, hasLibreOffice, flatPdfText } from '../../support/libreoffice';
import { electionContext, lockedElection } from '../core/documents/electionContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const ctx = { ...electionContext(lockedElection()), numbers: { D16: 'Số: 03/QĐ-CĐCS' } };
const job = recognitionDecisionJob(ctx);

describe('D16 document.xml (QĐ 933/QĐ-TLĐ Mẫu 1.3; NĐ 30/2020 Phụ lục I)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildRecognitionDecisionDocument(job)));
  });

  it('is registered as D16 and builds the same document from the context', async () => {
    const entry = DOCUMENTS.D16;
    if (!entry) throw new Error('D16 is not registered');
    expect(entry.fileStem).toBe('D16-quyet-dinh-cong-nhan-ket-qua-bau');
    expect(textOf(await packedDocumentXml(entry.build(ctx)))).toBe(textOf(xml));
  });

  it('is A4 with the NĐ 30 margins in Times New Roman (R23)', () => {
    expectA4Page(xml, { 'w:left': '1701', 'w:right': '851' });
    expect(fontProblems(styles, [xml])).toEqual([]);
  });

  it('has the number and the italic date line of the recognition date (R25)', () => {
    expect(runSizePt(runWithText(xml, 'Số: 03/QĐ-CĐCS'))).toBe(13);
    const date = runWithText(xml, 'Hà Nội, ngày 19 tháng 01 năm 2026');
    expect(isItalic(date)).toBe(true);
    expect(runSizePt(date)).toBe(14);
  });

  it('has the type name, the summary, the authority and "QUYẾT ĐỊNH:" in bold (R26)', () => {
    expect(isBold(runWithText(xml, 'QUYẾT ĐỊNH'))).toBe(true);
    expect(isBold(runWithText(xml, job.summary[0] ?? ''))).toBe(true);
    const authority = 'BAN CHẤP HÀNH CÔNG ĐOÀN VỤ KHOA HỌC VÀ CÔNG NGHỆ';
    expect(isBold(runWithText(xml, authority))).toBe(true);
    expect(paragraphWithText(xml, authority)).toContain('<w:jc w:val="center"/>');
    expect(isBold(runWithText(xml, 'QUYẾT ĐỊNH:'))).toBe(true);
  });

  it('writes the bases in italics, ";" after each and "." after the last (R26)', () => {
    const bases = runsWithText(xml, 'Căn cứ Điều lệ Công đoàn Việt Nam;');
    expect(bases).toHaveLength(1);
    expect(isItalic(bases[0] ?? '')).toBe(true);
    const last = runWithText(
      xml,
      'Căn cứ Biên bản kiểm phiếu bầu thành viên Ban Thanh tra nhân dân tại Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026 ngày 15 tháng 01 năm 2026.',
    );
    expect(isItalic(last)).toBe(true);
  });

  it('has bold article numbers and the members of Điều 1', () => {
    for (const n of [1, 2, 3]) expect(isBold(runWithText(xml, `Điều ${n}. `))).toBe(true);
    expect(textOf(xml)).toContain('1. Ông Bùi Đình An, Chuyên viên, Phòng Quản lý khoa học;');
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D16 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('keeps the diacritics, the bases and the members on A4', async () => {
    const pdf = await converted.convert(
      await packDocx(buildRecognitionDecisionDocument(job)),
      'd16',
    );
    await expectA4(pdf.pdfPath);
    const text = await flatPdfText(pdf.pdfPath);
    for (const s of [
      'Số: 03/QĐ-CĐCS',
      'Hà Nội, ngày 19 tháng 01 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc công nhận kết quả bầu thành viên Ban Thanh tra nhân dân nhiệm kỳ 2026–2028',
      'BAN CHẤP HÀNH CÔNG ĐOÀN VỤ KHOA HỌC VÀ CÔNG NGHỆ',
      'Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023',
      'gồm 05 (năm) ông/bà có tên sau',
      'Bà Nguyễn Thu Nhung, Chuyên viên chính, Phòng Tổ chức cán bộ.',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
      'TM. BAN CHẤP HÀNH',
      'Hồ Thanh Hiếu',
    ]) {
      expect(text).toContain(s);
    }
  }, 120_000);
});
