/**
 * Type and paragraph defaults of an administrative document (NĐ 30/2020/NĐ-CP Phụ lục I, mục I —
 * R23): Times New Roman, black; body 13–14 pt, justified, first-line indent 1 cm or 1.27 cm, at least
 * 6 pt between paragraphs, line spacing single to 1.5.
 *
 * Every run also carries the font, size and colour itself (textRun): when the văn thư copies a block
 * into the office's own template, the text keeps its face instead of taking that template's
 * defaults. The `font` option writes one name into all four w:rFonts slots — Vietnamese letters
 * such as ơ, ư, ạ fall in the hAnsi slot and would otherwise fall back to another face
 * (anchors.md §3.1, lesson 9).
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
        run: { font: FONT, size: halfPoints(SIZE_PT.body), color: TEXT_COLOR },
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
    ],
  };
}

export interface RunStyle {
  /** Points; the body size when left out. */
  sizePt?: number;
  bold?: boolean;
  italics?: boolean;
}

/** A run in the document's face, NFC-normalised (decomposed tone marks render detached — lesson 9). */
export function textRun(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text: text.normalize('NFC'),
    font: FONT,
    size: halfPoints(style.sizePt ?? SIZE_PT.body),
    color: TEXT_COLOR,
    // Only when set: 2,400 table rows of `w:b w:val="false"` would be dead weight.
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  });
}
