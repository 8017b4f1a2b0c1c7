/**
 * D12 end to end (ballots): one table of sheets, rows of an exact height, dashed cut lines, each
 * ballot with its own serial; LibreOffice then prints exactly ⌈ballots / per sheet⌉ A4 pages — 150
 * ballots 2 per sheet are 75 pages — and a long list at 4 per sheet still fits its quarter page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ballotJob } from '../../../core/documents/ballotJob';
import type { AttendanceEntry } from '../../../core/domain/conference';
import { packDocx } from '../../../electron/node/packDocx';
import { buildBallotsDocument } from '../../../templates/documents/ballots';
import { DOCUMENTS } from '../../../templates/documents/registry';
import { count, fontProblems, isBold, runsWithText, styleWithId, textOf } from '../../support/docx';
import {
  convertedPdfs,
  expectA4,
  hasLibreOffice,
  pdfPageCount,
  pdfText,
} from '../../support/libreoffice';
import {
  electionContext,
  lockedElection,
  people,
  setupContext,
} from '../core/documents/electionContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const ctx = electionContext(lockedElection());
const job = ballotJob(ctx);

/** 15 candidates on a quarter sheet: 8 present, 4 per sheet → 2 pages. */
function longListContext() {
  const candidates = people.slice(10, 25).map((p) => ({ personId: p.id, consent: true }));
  const attendance: Record<string, AttendanceEntry> = {};
  for (const p of people.slice(0, 8))
    attendance[p.id] = { status: 'present', reason: '', at: '2026-01-15T01:00:00.000Z' };
  const base = setupContext({ candidates, seats: 9, ballotsPerSheet: 4 });
  return { ...base, conference: { ...base.conference, attendance } };
}

describe('D12 document.xml', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildBallotsDocument(job)));
  });

  it('is registered as D12 and builds from the context', async () => {
    const entry = DOCUMENTS.D12;
    if (!entry) throw new Error('D12 is not registered');
    expect(entry.fileStem).toBe('D12-phieu-bau');
    expect(textOf(await packedDocumentXml(entry.build(ctx)))).toBe(textOf(xml));
  });

  it('is A4 portrait with 10 mm margins for cutting, in Times New Roman', () => {
    expectA4Page(xml, {
      'w:top': '567',
      'w:bottom': '567',
      'w:left': '567',
      'w:right': '567',
      'w:header': '0',
    });
    expect(fontProblems(styles, [xml])).toEqual([]);
    expect(styleWithId(styles, 'PhieuBau')).toContain('<w:sz w:val="');
  });

  it('lays out 150 rows of half a page each, one ballot each, dashed cut lines', () => {
    // The sheet table's properties come first (the candidate tables are nested inside it).
    const sheets = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('<w:tr'));
    // Only the sheet rows have a height; the candidate tables inside them have none.
    expect(count(xml, /<w:trHeight [^>]*w:hRule="exact"/)).toBe(150);
    expect(sheets).toMatch(/<w:insideH w:val="dashed"/);
    expect(sheets).toMatch(/<w:top w:val="dashed"/);
    expect(count(xml, /<w:insideH w:val="dashed"/)).toBe(1);
  });

  it('prints every ballot’s serial once, bold, and the same heading and names on each', () => {
    expect(runsWithText(xml, 'Số: 001')).toHaveLength(1);
    expect(isBold(runsWithText(xml, 'Số: 150')[0] ?? '')).toBe(true);
    expect(runsWithText(xml, 'Số: 151')).toHaveLength(0);
    expect(runsWithText(xml, 'PHIẾU BẦU THÀNH VIÊN BAN THANH TRA NHÂN DÂN')).toHaveLength(150);
    expect(runsWithText(xml, 'Bùi Đình An')).toHaveLength(150);
    expect(runsWithText(xml, '(Dấu của Công đoàn)')).toHaveLength(150);
    expect(textOf(xml).normalize('NFC')).toBe(textOf(xml));
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D12 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('prints 150 ballots 2 per sheet on 75 A4 pages, serials 001 to 150', async () => {
    const pdf = await converted.convert(await packDocx(buildBallotsDocument(job)), 'd12');
    await expectA4(pdf.pdfPath);
    expect(await pdfPageCount(pdf.pdfPath)).toBe(75);
    const first = await pdfText(pdf.pdfPath, { first: 1, last: 1 });
    for (const s of [
      'CÔNG ĐOÀN VỤ KHOA HỌC VÀ CÔNG NGHỆ',
      '(Dấu của Công đoàn)',
      'PHIẾU BẦU THÀNH VIÊN BAN THANH TRA NHÂN DÂN',
      'NHIỆM KỲ 2026–2028',
      'Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
      '(Bầu 05 người)',
      'Bùi Đình An',
      'Trịnh Thanh Việt',
      'Số: 001',
      'Số: 002',
    ]) {
      expect(first).toContain(s);
    }
    const last = await pdfText(pdf.pdfPath, { first: 75, last: 75 });
    expect(last).toContain('Số: 149');
    expect(last).toContain('Số: 150');
  }, 180_000);

  it('fits 15 candidates on a quarter sheet: 8 ballots 4 per sheet are 2 pages', async () => {
    const long = ballotJob(longListContext());
    expect(long.candidates).toHaveLength(15);
    expect(long.count).toBe(8);
    const pdf = await converted.convert(await packDocx(buildBallotsDocument(long)), 'd12-4');
    expect(await pdfPageCount(pdf.pdfPath)).toBe(2);
    const text = await pdfText(pdf.pdfPath, { first: 1, last: 1, mode: 'reading' });
    // The last candidate of every ballot is printed: nothing is clipped.
    const lastName = long.candidates.at(-1)?.name ?? '';
    expect(text.split(lastName).length - 1).toBe(4);
  }, 180_000);
});
