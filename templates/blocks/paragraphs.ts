/**
 * Body paragraphs (NĐ 30/2020/NĐ-CP Phụ lục I, mục I.5 — R23), headings, clause items and the short
 * horizontal rules under the issuing body, the Tiêu ngữ and the summary (mục II.1, II.2, II.5).
 *
 * Clause numbers ("I.", "1.", "a)") are written as text, never as Word auto-numbering: list
 * restarts are unreliable in docx and LibreOffice (anchors.md §3.1, lesson 9), and a văn thư
 * editing the file expects to see the numbers as typed.
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, type TextRun } from 'docx';
import { BODY_STYLE_ID, TEXT_COLOR, textRun, type RunStyle } from './styles';

type Content = string | readonly TextRun[];

function runsOf(content: Content, style: RunStyle = {}): TextRun[] {
  return typeof content === 'string' ? [textRun(content, style)] : [...content];
}

/** Justified, 1 cm first-line indent, 6 pt after, 1.15 lines (the body style). */
export function bodyParagraph(
  content: Content,
  options: { keepNext?: boolean; spaceBefore?: number } = {},
): Paragraph {
  return new Paragraph({
    style: BODY_STYLE_ID,
    children: runsOf(content),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.spaceBefore ? { spacing: { before: options.spaceBefore } } : {}),
  });
}

/** "I. MỤC ĐÍCH, YÊU CẦU" — bold, kept with the paragraph that follows it. */
export function headingParagraph(label: string, text: string): Paragraph {
  return new Paragraph({
    style: BODY_STYLE_ID,
    keepNext: true,
    children: [textRun(`${label} ${text}`, { bold: true })],
  });
}

/** "1. Thời gian: …" — the number is text; a bold label may lead the item. */
export function numberedItem(
  label: string,
  text: string,
  options: { boldLabel?: boolean } = {},
): Paragraph {
  return new Paragraph({
    style: BODY_STYLE_ID,
    children: options.boldLabel
      ? [textRun(`${label} `, { bold: true }), textRun(text)]
      : [textRun(`${label} ${text}`)],
  });
}

/** A centred paragraph of one run (header lines, titles, signature lines). */
export function centredLine(
  text: string,
  style: RunStyle = {},
  spacing: { before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    children: [textRun(text, style)],
  });
}

/**
 * Advance widths of Times New Roman Bold in 1/1000 em: the Adobe Times-Bold metrics, which Times New
 * Roman and Liberation Serif Bold share (checked against LiberationSerif-Bold.ttf's hmtx table).
 * Vietnamese letters are measured by their base letter.
 */
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const UPPER_WIDTHS = [
  722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556,
  667, 722, 722, 1000, 722, 722, 667,
];
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LOWER_WIDTHS = [
  500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444,
];
const OTHER_WIDTHS: Record<string, number> = {
  ' ': 250,
  '-': 333,
  ',': 250,
  '.': 250,
  ':': 333,
  '/': 278,
  '(': 333,
  ')': 333,
};

function boldWidth(ch: string): number {
  const upper = UPPER.indexOf(ch);
  if (upper >= 0) return UPPER_WIDTHS[upper] ?? 556;
  const lower = LOWER.indexOf(ch);
  if (lower >= 0) return LOWER_WIDTHS[lower] ?? 556;
  // Digits are 500; anything else is taken as an average letter.
  return OTHER_WIDTHS[ch] ?? (/\d/.test(ch) ? 500 : 556);
}

function baseLetter(ch: string): string {
  if (ch === 'Đ') return 'D';
  if (ch === 'đ') return 'd';
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Width of a line of bold text in twips — enough to size a rule to it. */
export function boldTextWidthTwips(text: string, sizePt: number): number {
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    units += boldWidth(baseLetter(ch));
  }
  return Math.round((units / 1000) * sizePt * 20);
}

/**
 * A solid rule `width` twips long, centred in `available` twips: an empty 3 pt paragraph with a
 * bottom border, indented from both sides. It sits right under the line above it, as the rules of
 * the NĐ 30 header do.
 */
export function ruleParagraph(width: number, available: number, spaceAfter = 0): Paragraph {
  const indent = Math.max(0, Math.round((available - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: indent, right: indent },
    // Exactly 3 pt high: an empty paragraph is otherwise as tall as a line of the default 14 pt
    // text in LibreOffice (it ignores the mark's size), which drops the rule a line too low.
    spacing: { before: 0, after: spaceAfter, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: TEXT_COLOR, space: 0 } },
    run: { size: 2 },
    children: [],
  });
}

/**
 * The "1/3–1/2 of the text" rule under the issuing body and the summary (Phụ lục I, mục II.2.b,
 * II.5): 40 % of the longest line, the line being at most the space it wraps in.
 */
export function shortRule(
  text: string,
  sizePt: number,
  available: number,
  spaceAfter = 0,
): Paragraph {
  const line = Math.min(boldTextWidthTwips(text, sizePt), available);
  return ruleParagraph(Math.round(line * 0.4), available, spaceAfter);
}

/**
 * Starts a new page: an empty 1 pt paragraph with "page break before", so the new page begins with
 * this hairline and then the header table, not with an empty line (a `<w:br w:type="page"/>` leaves
 * its paragraph mark, a whole line, at the top of the next page).
 */
export function pageStart(): Paragraph {
  return new Paragraph({
    pageBreakBefore: true,
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    children: [],
  });
}
