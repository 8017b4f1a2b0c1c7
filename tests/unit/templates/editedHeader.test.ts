/**
 * R29 end to end: header lines and signers the user edited (conference.documentSettings) reach
 * word/document.xml of D1 and D4 as typed, in the places and weights of NĐ 30/2020 Phụ lục I
 * (left column 13 pt, bold as chosen; Quốc hiệu 13 bold, Tiêu ngữ 14 bold; signers 14 bold).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSettings } from '../../../core/domain/documentSettings';
import type { DocumentContext } from '../../../core/documents/documentContext';
import { attendanceListJob } from '../../../core/documents/attendanceListJob';
import { planJob } from '../../../core/documents/planJob';
import { packDocx } from '../../../electron/node/packDocx';
import { buildAttendanceListDocument } from '../../../templates/documents/attendanceList';
import { buildPlanDocument } from '../../../templates/documents/plan';
import { context } from '../core/documents/documentContext.fixture';
import { isBold, readDocumentXml, runSizePt, runWithText, runsWithText } from '../../support/docx';

const HEADER = {
  leftLines: [
    { text: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', bold: false },
    { text: 'VỤ KH, CN & MT', bold: true },
    { text: 'Ban Chấp hành Công đoàn Vụ (sửa tay)', bold: false },
  ],
  rightLines: ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập – Tự do – Hạnh phúc'],
} satisfies { leftLines: { text: string; bold: boolean }[]; rightLines: [string, string] };

const SIGNATURES = [
  { authority: 'TM. BAN CHẤP HÀNH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Ký Thay' },
  { authority: 'KT. VỤ TRƯỞNG', title: 'PHÓ VỤ TRƯỞNG', name: 'Hà Thị Ký Thay' },
];

function withSettings(documentSettings: DocumentSettings): DocumentContext {
  const ctx = context();
  return { ...ctx, conference: { ...ctx.conference, documentSettings } };
}

describe.each([
  ['D1', async (ctx: DocumentContext) => packDocx(buildPlanDocument(planJob(ctx)))],
  [
    'D4',
    async (ctx: DocumentContext) => packDocx(buildAttendanceListDocument(attendanceListJob(ctx))),
  ],
] as const)('%s with an edited header (R29)', (id, build) => {
  let xml: string;

  beforeAll(async () => {
    xml = await readDocumentXml(
      await build(
        withSettings({ [id]: { preset: 'joint', header: HEADER, signatures: SIGNATURES } }),
      ),
    );
  });

  it('prints every edited left line verbatim, 13 pt, bold only where chosen', () => {
    for (const line of HEADER.leftLines) {
      const run = runWithText(xml, line.text);
      expect(runSizePt(run)).toBe(13);
      expect(isBold(run)).toBe(line.bold);
    }
    // The unit's own name is gone from the header: nothing of the default is mixed in.
    expect(runsWithText(xml, 'VỤ KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG')).toHaveLength(0);
  });

  it('prints the edited Quốc hiệu and Tiêu ngữ in their sizes', () => {
    const [title, motto] = HEADER.rightLines;
    expect(runSizePt(runWithText(xml, title))).toBe(13);
    expect(runSizePt(runWithText(xml, motto))).toBe(14);
    expect(isBold(runWithText(xml, motto))).toBe(true);
  });

  // Names that are not on the roster, so the list (D4) does not print them too.
  it('prints the edited signers, both blocks', () => {
    for (const s of SIGNATURES) {
      for (const text of [s.authority, s.title, s.name]) {
        expect(isBold(runWithText(xml, text))).toBe(true);
      }
    }
  });
});
