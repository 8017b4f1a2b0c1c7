/**
 * Type and paragraph defaults of an administrative document (NĐ 30/2020/NĐ-CP Phụ lục I, mục I —
 * R23): Times New Roman, black; body 13–14 pt, justified, first-line indent 1 cm or 1.27 cm, at least
 * 6 pt between paragraphs, line spacing single to 1.5.
 *
 * What every run shares — the face, the colour, the language and the body size — is said once, in
 * the document's default run properties (w:docDefaults in styles.xml); table text takes its 13 pt
 * from the cell paragraph style. A run states only what differs from its paragraph: bold, italics,
 * another size (textRun). A 2,400-row list repeating the four font slots, the colour and the size on
 * every run was a 5.7-million-character document.xml, slow to pack and slower to preview.
 *
 * The `font` option of the default run writes one name into all four w:rFonts slots — Vietnamese
 * letters such as ơ, ư, ạ fall in the hAnsi slot and would otherwise fall back to another face
 * (anchors.md §3.1, lesson 9). When the văn thư copies a block into the office's own template, Word
 * pastes the source formatting by default, so the text keeps its face there too.
 */
import { AlignmentType, LineRuleType, TextRun, type IStylesOptions } from 'docx';

export const FONT = 'Times New Roman';
export const TEXT_COLOR = '000000';
/** Vietnamese for spelling and hyphenation in Word and LibreOffice. */
export const LANGUAGE = { value: 'vi-VN' } as const;

/** Sizes in points (docx wants half-points: see halfPoints). */
export const SIZE_PT = {
  body: 14,
  /** Header lines, "Số:", table text (R24, R25: 12–13 / 13). */
  header: 13,
  table: 13,
  /** "Nơi nhận:" 12, its entries 11 (Phụ lục I, mục II.9 — R28). */
  recipientsTitle: 12,
  recipients: 11,
} as const;

export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** 1 cm first-line indent (Phụ lục I, mục I.5). */
export const FIRST_LINE_INDENT_TWIPS = 567;
/** 6 pt between paragraphs (Phụ lục I, mục I.5: "tối thiểu là 6pt"). */
export const PARAGRAPH_AFTER_TWIPS = 120;
/** Line spacing 1.15 (240 = single), inside the "đơn đến 1,5 dòng" range. */
export const BODY_LINE = 276;

export const BODY_STYLE_ID = 'VanBanNoiDung';
/** Table text: 13 pt, single spacing, no indent or extra space (dataTable). */
export const TABLE_STYLE_ID = 'BangNoiDung';

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: FONT,
          size: halfPoints(SIZE_PT.body),
          color: TEXT_COLOR,
          language: LANGUAGE,
        },
        // Header, table and signature paragraphs are single-spaced with no extra space; body
        // paragraphs take the body style below.
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: BODY_STYLE_ID,
        name: 'Văn bản — nội dung',
        basedOn: 'Normal',
        next: BODY_STYLE_ID,
        quickFormat: true,
        run: { size: halfPoints(SIZE_PT.body) },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE_INDENT_TWIPS },
          spacing: {
            before: 0,
            after: PARAGRAPH_AFTER_TWIPS,
            line: BODY_LINE,
            lineRule: LineRuleType.AUTO,
          },
        },
      },
      {
        id: TABLE_STYLE_ID,
        name: 'Bảng — nội dung',
        basedOn: 'Normal',
        next: TABLE_STYLE_ID,
        quickFormat: true,
        run: { size: halfPoints(SIZE_PT.table) },
        paragraph: {
          indent: { left: 0, right: 0, firstLine: 0 },
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
    ],
  };
}

export interface RunStyle {
  /**
   * Points, written on the run only when given; left out, the run takes its paragraph's size (the
   * body size, or 13 pt in a table cell).
   */
  sizePt?: number;
  bold?: boolean;
  italics?: boolean;
}

/**
 * A run, NFC-normalised (decomposed tone marks render detached — lesson 9). Face, colour and
 * language come from the document defaults; the run carries only the properties it is given.
 */
export function textRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: text.normalize('NFC'),
    ...(style.sizePt !== undefined ? { size: halfPoints(style.sizePt) } : {}),
    // Only when set: 2,400 table rows of `w:b w:val="false"` would be dead weight.
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  });
}
