/**
 * D5 end to end: core writes the script (chairScriptJob from scriptWording), the template lays it
 * out, packDocx packs; the XML is checked for the page and type of NĐ 30/2020 Phụ lục I (R23) and
 * the emphasis of headings, steps and stage directions; LibreOffice then converts it and the PDF
 * text must keep the diacritics and carry core's quorum figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { conferenceQuorum } from '../../../core/domain/conferenceRules';
import { votesToPass } from '../../../core/domain/quorum';
import { chairScriptJob } from '../../../core/documents/chairScriptJob';
import { packDocx } from '../../../electron/node/packDocx';
import { buildChairScriptDocument } from '../../../templates/documents/chairScript';
import {
  DOCUMENTS,
  availableDocuments,
  type DocumentEntry,
} from '../../../templates/documents/registry';
import {
  defaultRunProperties,
  fontProblems,
  isBold,
  isItalic,
  paragraphWithText,
  runSizePt,
  runWithText,
  runsWithText,
  shownSizePt,
  textOf,
} from '../../support/docx';
import {
  convertedPdfs,
  expectA4,
  hasLibreOffice,
  pdfText,
  flatPdfText,
} from '../../support/libreoffice';
import { context, rules } from '../core/documents/documentContext.fixture';
import { expectA4Page } from '../../support/expectA4Page';
import { packedDocument, packedDocumentXml } from '../../support/packedDocument';

const ctx = context();
const job = chairScriptJob(ctx);
const q = conferenceQuorum(ctx.conference, ctx.people, rules);
const QUORUM_SENTENCE = `Tổng số cán bộ, công chức, viên chức, người lao động được triệu tập: ${q.base} người; có mặt: ${q.present} người, đạt ${q.percent}% (số cần có theo quy định: ${q.needed} người). Hội nghị đủ điều kiện tiến hành theo Điều 51.2.c Luật Thực hiện dân chủ ở cơ sở.`;
const PASS_SENTENCE = `Theo Luật, nội dung được thông qua khi có trên 50% số người dự hội nghị tán thành, tức là ít nhất ${votesToPass(q.present, rules.passFraction.value)} người.`;

function d5(): DocumentEntry {
  const entry = DOCUMENTS.D5;
  if (!entry) throw new Error('D5 is not registered');
  return entry;
}

describe('D5 document.xml', () => {
  let xml: string;
  let styles: string;

  beforeAll(async () => {
    ({ xml, styles } = await packedDocument(buildChairScriptDocument(job)));
  });

  it('is registered as D5 and builds the same document from the context', async () => {
    expect(d5()).toMatchObject({
      id: 'D5',
      name: 'Kịch bản điều hành hội nghị',
      fileStem: 'D5-kich-ban-dieu-hanh',
    });
    expect(availableDocuments().map((d) => d.id)).toContain('D5');
    const viaRegistry = await packedDocumentXml(d5().build(ctx));
    expect(textOf(viaRegistry)).toBe(textOf(xml));
  });

  it('is A4 portrait with the NĐ 30 margins in Times New Roman, black (R23)', () => {
    expectA4Page(xml, { 'w:left': '1701', 'w:right': '851' });
    // All four slots in the document defaults; no style or run names another face.
    expect(fontProblems(styles, [xml])).toEqual([]);
    expect(defaultRunProperties(styles)).toContain('<w:color w:val="000000"/>');
    const colours = new Set([...xml.matchAll(/<w:color w:val="([^"]+)"\/>/g)].map((m) => m[1]));
    expect([...colours].filter((c) => c !== '000000')).toEqual([]);
  });

  it('has the simple internal header: the unit, no Quốc hiệu, no number', () => {
    const parent = runWithText(xml, 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(isBold(parent)).toBe(false);
    expect(runSizePt(parent)).toBe(13);
    const unit = runWithText(xml, 'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG');
    expect(isBold(unit)).toBe(true);
    expect(xml).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).not.toContain('Số:');
  });

  it('has the bold title and summary', () => {
    const title = runWithText(xml, 'KỊCH BẢN ĐIỀU HÀNH HỘI NGHỊ');
    expect(isBold(title)).toBe(true);
    expect(runSizePt(title)).toBe(14);
    expect(isBold(runWithText(xml, 'Cán bộ, công chức, viên chức, người lao động năm 2026'))).toBe(
      true,
    );
  });

  it('heads each agenda item in bold with its time, title and presenter', () => {
    expect(job.data.sections).toHaveLength(ctx.conference.agenda.length);
    for (const s of job.data.sections) {
      const run = runWithText(xml, s.heading);
      expect(isBold(run), s.heading).toBe(true);
      expect(paragraphWithText(xml, s.heading)).toContain('<w:keepNext/>');
    }
    expect(runsWithText(xml, '08:00 — Chào cờ')).toHaveLength(1);
    expect(runsWithText(xml, '08:20 — Phát biểu khai mạc hội nghị (Phan Thanh Ước)')).toHaveLength(
      1,
    );
  });

  it('prints stage directions in italics and the election steps in bold', () => {
    expect(isItalic(runWithText(xml, '(Quốc ca.)'))).toBe(true);
    for (const step of ['Bước 1. Số lượng thành viên', 'Bước 7. Công bố kết quả']) {
      expect(isBold(runWithText(xml, step))).toBe(true);
    }
    const speech = runsWithText(xml, 'Kính thưa hội nghị!')[0] ?? '';
    expect(isBold(speech)).toBe(false);
    expect(isItalic(speech)).toBe(false);
    expect(shownSizePt(speech, xml, styles)).toBe(14);
  });

  it('carries core’s quorum sentence and a vote prompt with the pass rule for every vote', () => {
    expect(paragraphWithText(xml, QUORUM_SENTENCE)).toContain('VanBanNoiDung');
    const votes = job.data.sections.flatMap((s) =>
      s.lines.filter((l) => l.text === 'Ai đồng ý xin giơ tay… Xin cảm ơn.'),
    ).length;
    expect(votes).toBeGreaterThanOrEqual(6);
    expect(runsWithText(xml, 'Ai đồng ý xin giơ tay… Xin cảm ơn.')).toHaveLength(votes);
    expect(runsWithText(xml, PASS_SENTENCE)).toHaveLength(votes);
  });

  it('introduces the guests and the presidium by name', () => {
    expect(
      runsWithText(
        xml,
        '- Đồng chí Trần Thị Hồng Nhung – Phó Chủ tịch Công đoàn Bộ Nông nghiệp và Môi trường;',
      ),
    ).toHaveLength(1);
    expect(runsWithText(xml, 'Đồng chí Phan Thanh Ước làm chủ tọa hội nghị.')).toHaveLength(1);
  });

  it('writes NFC text and no Word auto-numbering', () => {
    const text = textOf(xml);
    expect(text).toBe(text.normalize('NFC'));
    expect(xml).not.toContain('<w:numPr>');
  });
});

const libreOffice = await hasLibreOffice();

describe.skipIf(!libreOffice)('D5 through LibreOffice', () => {
  const converted = convertedPdfs();

  it('keeps the diacritics and core’s figures', async () => {
    const pdf = await converted.convert(await packDocx(buildChairScriptDocument(job)), 'd5');
    await expectA4(pdf.pdfPath);
    const first = await pdfText(pdf.pdfPath, { first: 1, last: 1 });
    expect(first.trim().split('\n')[0]).toContain('BỘ NÔNG NGHIỆP');
    expect(first).toContain('KỊCH BẢN ĐIỀU HÀNH HỘI NGHỊ');
    // Justified paragraphs wrap anywhere: compare with the white space folded.
    const text = await flatPdfText(pdf.pdfPath);
    for (const s of [
      'Ai đồng ý xin giơ tay… Xin cảm ơn.',
      'Ai có ý kiến khác xin giơ tay… Xin cảm ơn.',
      'Điều 51.2.c',
      'Trần Thị Hồng Nhung',
      'Nguyễn Văn Quyết',
      'ngày 15 tháng 01 năm 2026',
      'long trọng tổ chức Hội nghị cán bộ, công chức, viên chức, người lao động năm 2026',
      '10:55 — Bầu Ban Thanh tra nhân dân nhiệm kỳ mới (Đoàn Chủ tịch)',
      'là … đồng chí',
      'Bước 3. Ban kiểm phiếu',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toContain(QUORUM_SENTENCE);
    expect(text).toContain(
      `được triệu tập: 20 người; có mặt: 15 người, đạt 75% (số cần có theo quy định: 14 người)`,
    );
    expect(text).toContain(PASS_SENTENCE);
    expect(PASS_SENTENCE).toContain('ít nhất 8 người');
  }, 120_000);
});
