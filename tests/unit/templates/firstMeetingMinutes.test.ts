/**
 * D17 end to end (Biên bản họp Ban Thanh tra nhân dân lần thứ nhất): a biên bản of NĐ 30/2020 Mẫu
 * 1.9 — no date line in the header, "Số: …/BB-…", THƯ KÝ signing on the left and CHỦ TỌA on the
 * right (R27); LibreOffice keeps every diacritic, the head and the deputy elected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { firstMeetingMinutesJob } from '../../../core/documents/firstMeetingMinutesJob';
import { packDocx } from '../../../electron/node/packDocx';
import { buildFirstMeetingMinutesDocument } from '../../../templates/documents/firstMeetingMinutes';
import { DOCUMENTS } from '../../../templates/documents/registry';
import {
  fontProblems,
  isBold,
  isItalic,
  runWithText,
  runs,
  tables,
  textOf,
} from '../../support/docx';
import { convertedPdfs, expectA4, hasLibreOffice, flatPdfText } from '../../support/libreoffice';
import {
  electionAfterFirstMeeting,
  electionContext,
} from '../core/documents/electionContext.fixture';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const ctx = {
  ...electionContext(electionAfterFirstMeeting()),
  numbers: { D17: 'Số: 04/BB-CĐCS' },
};
const job = firstMeetingMinutesJob(ctx);

describe('D17 document.xml (NĐ 30/2020 Mẫu 1.9)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildFirstMeetingMinutesDocument(job)));
  });

  it('is registered as D17 and builds the same document from the context', async () => {
    const entry = DOCUMENTS.D17;
    if (!entry) throw new Error('D17 is not registered');
    expect(entry.fileStem).toBe('D17-bien-ban-hop-ban-thanh-tra-lan-thu-nhat');
    expect(textOf(await packedDocumentXml(entry.build(ctx)))).toBe(textOf(xml));
  });

  it('has the number, no place-and-date line, a bold title, Times New Roman (R23, R25, R27)', () => {
    expect(fontProblems(styles, [xml])).toEqual([]);
    expect(textOf(xml)).toContain('Số: 04/BB-CĐCS');
    expect(runs(xml).some((r) => isItalic(r) && /ngày \d\d tháng/.test(textOf(r)))).toBe(false);
    expect(isBold(runWithText(xml, 'BIÊN BẢN'))).toBe(true);
    expect(isBold(runWithText(xml, 'NỘI DUNG'))).toBe(true);
  });

  it('is signed THƯ KÝ on the left and CHỦ TỌA on the right', () => {
    const signatures = tables(xml).find((t) => t.includes('CHỦ TỌA')) ?? '';
    const text = textOf(signatures);
    expect(text.indexOf('THƯ KÝ')).toBeLessThan(text.indexOf('CHỦ TỌA'));
    expect(text.indexOf('Ngô Minh Hoa')).toBeLessThan(text.indexOf('Hồ Thanh Hiếu'));
    expect(isBold(runWithText(signatures, 'THƯ KÝ'))).toBe(true);
    expect(isBold(runWithText(signatures, 'Hồ Thanh Hiếu'))).toBe(true);
    expect(text).toContain('- Lưu: VT, Hồ sơ.');
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D17 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('keeps the diacritics, the head and the deputy elected on A4', async () => {
    const pdf = await converted.convert(
      await packDocx(buildFirstMeetingMinutesDocument(job)),
      'd17',
    );
    await expectA4(pdf.pdfPath);
    const text = await flatPdfText(pdf.pdfPath);
    for (const s of [
      'Số: 04/BB-CĐCS',
      'Họp Ban Thanh tra nhân dân lần thứ nhất, nhiệm kỳ 2026–2028',
      'Thời gian bắt đầu: 14 giờ 00, ngày 20 tháng 01 năm 2026.',
      'bầu ông Bùi Đình An giữ chức Trưởng ban Thanh tra nhân dân',
      'bầu ông Khúc Quang Giang giữ chức Phó Trưởng ban Thanh tra nhân dân',
      'THƯ KÝ',
      'CHỦ TỌA',
      'Ngô Minh Hoa',
    ]) {
      expect(text).toContain(s);
    }
  }, 120_000);
});
