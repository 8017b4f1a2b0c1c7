/**
 * D13 end to end (Biên bản kiểm phiếu) for the roster-184 election: the XML is a biên bản of NĐ
 * 30/2020 Mẫu 1.9 (no date line, "Số: …/BB-…", bold title, the whole board and the witnesses
 * signing); LibreOffice converts it and every figure read back from the PDF equals tallyRound's —
 * ballots, validity, each candidate's votes and share with the base stated, the elected — and the
 * annex lists every agreed ballot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { countingMinutesJob } from '../../../core/documents/countingMinutesJob';
import { agreedBallots } from '../../../core/domain/ballotComparison';
import { formatShare, tallyRound } from '../../../core/domain/electionTally';
import { packDocx } from '../../../electron/node/packDocx';
import { CONTENT_WIDTH_TWIPS } from '../../../templates/blocks/pageSetup';
import { buildCountingMinutesDocument } from '../../../templates/documents/countingMinutes';
import { DOCUMENTS } from '../../../templates/documents/registry';
import {
  count,
  fontProblems,
  isBold,
  isItalic,
  runSizePt,
  runWithText,
  runs,
  tables,
  textOf,
  gridWidths,
} from '../../support/docx';
import {
  convertedPdfs,
  expectA4,
  hasLibreOffice,
  pdfPageCount,
  pdfText,
  flatPdfText,
} from '../../support/libreoffice';
import {
  electionContext,
  lockedElection,
  nameOf,
  people,
  rules,
} from '../core/documents/electionContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const election = lockedElection();
const ctx = { ...electionContext(election), numbers: { D13: 'Số: 02/BB-CĐCS' } };
const job = countingMinutesJob(ctx);
const round = election.rounds[0];
if (!round) throw new Error('no round');
const tally = tallyRound(election, round, people, rules);

describe('D13 document.xml (NĐ 30/2020 Phụ lục III, Mẫu 1.9)', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildCountingMinutesDocument(job)));
  });

  it('is registered as D13 and builds the same document from the context', async () => {
    const entry = DOCUMENTS.D13;
    if (!entry) throw new Error('D13 is not registered');
    expect(entry.fileStem).toBe('D13-bien-ban-kiem-phieu');
    expect(textOf(await packedDocumentXml(entry.build(ctx)))).toBe(textOf(xml));
  });

  it('is A4 with the NĐ 30 margins in Times New Roman (R23)', () => {
    expectA4Page(xml, { 'w:top': '1134', 'w:left': '1701' });
    expect(fontProblems(styles, [xml])).toEqual([]);
  });

  it('has the union header and the number but no place-and-date line (R25, R27)', () => {
    expect(isBold(runWithText(xml, 'CÔNG ĐOÀN VỤ KHOA HỌC VÀ CÔNG NGHỆ'))).toBe(true);
    expect(runSizePt(runWithText(xml, 'Số: 02/BB-CĐCS'))).toBe(13);
    expect(runs(xml).some((r) => isItalic(r) && /ngày \d\d tháng/.test(textOf(r)))).toBe(false);
    const title = runWithText(xml, 'BIÊN BẢN');
    expect(isBold(title)).toBe(true);
    expect(runSizePt(title)).toBe(14);
  });

  it('lays the results out in five columns of explicit widths', () => {
    const results = tables(xml).find((t) => t.includes('Số phiếu bầu')) ?? '';
    const grid = gridWidths(results);
    expect(grid).toHaveLength(5);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
  });

  it('is signed by every member of the counting board and the witnesses, titles bold', () => {
    const grid = tables(xml).find((t) => t.includes('TRƯỞNG BAN KIỂM PHIẾU')) ?? '';
    expect(isBold(runWithText(grid, 'TRƯỞNG BAN KIỂM PHIẾU'))).toBe(true);
    for (const name of [
      'Đặng Minh Tú',
      'Ngô Minh Hoa',
      'Vũ Thanh Loan',
      'Đỗ Đức Sơn',
      'Trần Văn Chứng',
    ])
      expect(isBold(runWithText(grid, name))).toBe(true);
    expect(count(grid, /NGƯỜI CHỨNG KIẾN/)).toBe(2);
  });

  it('starts the annex on a new page with a compact two-ballots-a-row log', () => {
    expect(count(xml, /<w:pageBreakBefore\/>|<w:pageBreakBefore w:val="(?:true|1)"\/>/)).toBe(1);
    const log = tables(xml).find((t) => t.includes('Gạch tên')) ?? '';
    const grid = gridWidths(log);
    expect(grid).toHaveLength(6);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH_TWIPS);
    expect(log).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(?:true|1)"\/>/);
    // 149 ballots, two a row, plus the header row.
    expect(count(log, /<w:tr>|<w:tr /)).toBe(Math.ceil(agreedBallots(round).length / 2) + 1);
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D13 through LibreOffice: the figures are the tally’s', () => {
  const converted = convertedPdfs();
  let reading: string;
  let layout: string;
  let pages: number;

  beforeAll(async () => {
    const pdf = await converted.convert(await packDocx(buildCountingMinutesDocument(job)), 'd13');
    await expectA4(pdf.pdfPath);
    pages = await pdfPageCount(pdf.pdfPath);
    reading = await flatPdfText(pdf.pdfPath);
    layout = await pdfText(pdf.pdfPath);
  }, 180_000);

  it('prints the ballots issued, collected, valid and invalid, and the attendance', () => {
    for (const s of [
      'BIÊN BẢN',
      'Kiểm phiếu bầu thành viên Ban Thanh tra nhân dân nhiệm kỳ 2026–2028',
      'Số: 02/BB-CĐCS',
      `Số lượng thành viên cần bầu: 0${tally.seats} người; số người trong danh sách bầu: 0${tally.candidates} người.`,
      `số người có mặt: ${tally.present} người (81,52% so với tổng số người được triệu tập)`,
      `Số phiếu phát ra: ${tally.issued} phiếu; số phiếu thu vào: ${tally.collected} phiếu.`,
      `Số phiếu hợp lệ: ${tally.valid} phiếu; số phiếu không hợp lệ: ${tally.invalid} phiếu`,
      '01 phiếu quá số lượng cần bầu; 01 phiếu không bầu người nào; 01 phiếu không có dấu của Công đoàn',
      `tổng số người có mặt tại Hội nghị (${tally.base.value} người)`,
      `tức ít nhất ${tally.votesNeeded} phiếu`,
      'kết thúc vào hồi 10 giờ 15 cùng ngày',
    ]) {
      expect(reading).toContain(s);
    }
  });

  it('prints each candidate’s votes and share on their row, ranked, the elected marked', () => {
    const lines = layout.split('\n');
    for (const r of tally.results) {
      const row = lines.find(
        (l) => l.includes(nameOf(r.personId)) && l.includes(formatShare(r.share)),
      );
      expect(row, nameOf(r.personId)).toBeDefined();
      expect(row).toMatch(new RegExp(`^\\s*${r.rank}\\s+${nameOf(r.personId)}\\s+${r.votes}\\s+`));
      expect(row?.includes('Trúng cử')).toBe(r.elected);
    }
    for (const r of tally.results.filter((x) => x.elected))
      expect(reading).toContain(
        `${nameOf(r.personId)}: ${r.votes} phiếu (${formatShare(r.share)})`,
      );
  });

  it('lists every agreed ballot in the annex, as many valid as the tally counts', () => {
    expect(reading).toContain('PHỤ LỤC');
    const annex = reading.slice(reading.indexOf('PHỤ LỤC'));
    expect(annex.split('Hợp lệ').length - 1).toBe(tally.valid);
    expect(annex.split('Không hợp lệ').length - 1).toBe(tally.invalid);
    expect(annex).toContain('Phiếu số 37: Tổ A gạch');
    expect(pages).toBeGreaterThanOrEqual(4);
  });

  it('keeps the signatures with the diacritics', () => {
    for (const s of ['TRƯỞNG BAN KIỂM PHIẾU', 'Đặng Minh Tú', 'NGƯỜI CHỨNG KIẾN', 'Trần Văn Chứng'])
      expect(reading).toContain(s);
  });
});
