/**
 * The two-column header of an administrative document (NĐ 30/2020/NĐ-CP Phụ lục I, mục II.1–4 —
 * R24, R25; QĐ 933/QĐ-TLĐ for the union preset):
 *
 *   PARENT BODY (caps 13, regular)        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (caps 13, bold)
 *   ISSUING BODY (caps 13, bold)              Độc lập - Tự do - Hạnh phúc (14, bold)
 *        ────── (1/3–1/2 of it)               ─────────────────────────── (as long as it)
 *      Số: 05/KH-CĐCS (13)                  Hà Nội, ngày 05 tháng 01 năm 2026 (14, italic)
 *
 * The number and the place-and-date line are a second row of the same borderless table, so they
 * share a baseline whatever the number of lines above them. Biên bản have no date line (Phụ lục III,
 * Mẫu 1.9): pass no placeDateText.
 */
import type { Table } from 'docx';
import type { DocumentHeader } from '../../core/domain/documentHeader';
import { centredLine, boldTextWidthTwips, ruleParagraph, shortRule } from './paragraphs';
import { CONTENT_WIDTH_TWIPS } from './pageSetup';
import { layoutTable } from './table';

const HEADER_PT = 13;
const MOTTO_PT = 14;
const DATE_PT = 14;
const NUMBER_PT = 13;

/**
 * The right column must hold the Quốc hiệu on one line: 5,424 twips (9.6 cm) at 13 pt bold by
 * boldTextWidthTwips, so it gets 10.2 cm; the left column the rest (6.3 cm), where a long issuing
 * body wraps and its rule is measured against the column.
 */
export const HEADER_COLUMNS_TWIPS = [3572, CONTENT_WIDTH_TWIPS - 3572] as const;

export interface NationalHeaderInput {
  header: DocumentHeader;
  /** "Số: 05/KH-CĐCS" — core's formatDocumentNumber; left out when the document has none yet. */
  numberText?: string;
  /** "Hà Nội, ngày 05 tháng 01 năm 2026" — core's formatPlaceDate; left out for biên bản. */
  placeDateText?: string;
}

export function nationalHeader(input: NationalHeaderInput): Table {
  const { header } = input;
  const [left, right] = HEADER_COLUMNS_TWIPS;
  const issuing = header.leftLines[header.leftLines.length - 1];

  const leftTop = [
    ...header.leftLines.map((line) =>
      centredLine(line.text, { sizePt: HEADER_PT, bold: line.bold }),
    ),
    shortRule(issuing?.text ?? '', HEADER_PT, left),
  ];
  const [title, motto] = header.rightLines;
  const rightTop = [
    centredLine(title, { sizePt: HEADER_PT, bold: true }),
    centredLine(motto, { sizePt: MOTTO_PT, bold: true }),
    // "Đường kẻ ngang, nét liền, có độ dài bằng độ dài của dòng chữ" (mục II.1.b).
    ruleParagraph(boldTextWidthTwips(motto, MOTTO_PT), right),
  ];
  const leftBottom = input.numberText
    ? [centredLine(input.numberText, { sizePt: NUMBER_PT }, { before: 120 })]
    : [];
  const rightBottom = input.placeDateText
    ? [centredLine(input.placeDateText, { sizePt: DATE_PT, italics: true }, { before: 120 })]
    : [];

  return layoutTable(HEADER_COLUMNS_TWIPS, [
    [{ children: leftTop }, { children: rightTop }],
    [{ children: leftBottom }, { children: rightBottom }],
  ]);
}
