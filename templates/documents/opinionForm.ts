/**
 * D9PYK — Phiếu lấy ý kiến (Luật 10/2022/QH15 Điều 50.2), one A4 page per form.
 *
 * Layout: the national header with the date the forms go out (NĐ 30/2020/NĐ-CP Phụ lục I, R23–R26;
 * no number — a form, not a numbered document), "PHIẾU LẤY Ý KIẾN" and its summary, the reason and
 * the rule in body text, the person's name and sub-unit on dotted lines (or filled in), the items
 * in a ruled table with an empty box per answer, dotted lines for other opinions, then the return
 * deadline and place on the left and the person's signature on the right. The form's text is
 * 13 pt (R23: 13–14) so a form of a few items stays on one page.
 *
 * Every form is a whole one-page document, so none carries a page number and each starts on a
 * new page. With a form per person (2,400 pages), the header, title, text, table and dotted lines
 * are built once and the same objects placed on every page, as D3's letters are: only the name
 * lines and the signature are new.
 *
 * Layout only: every sentence, item, name and date comes from core (opinionFormJob).
 */
import {
  AlignmentType,
  Document,
  LeaderType,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
  type ISectionOptions,
  type Table,
} from 'docx';
import type {
  FormField,
  OpinionFormData,
  OpinionFormPage,
} from '../../core/documents/opinionFormJob';
import { nationalHeader } from '../blocks/nationalHeader';
import { CONTENT_WIDTH_TWIPS, officialSection } from '../blocks/pageSetup';
import { bodyParagraph, centredLine, pageStart } from '../blocks/paragraphs';
import { PARAGRAPH_AFTER_TWIPS, documentStyles, textRun } from '../blocks/styles';
import { dataTable, fittedColumns, layoutTable, type LayoutCell } from '../blocks/table';
import { titleBlock } from '../blocks/titleBlock';
import { afterTable } from './electionBlocks';

const FORM_PT = 13;
const SIGNER_PT = 14;
/** Dotted lines left for other opinions. */
const COMMENT_LINES = 2;
/** Empty lines between the signer's title and name: room to sign. */
const SIGNING_LINES = 3;
/** Each item's row is at least 1 cm high: room for a clear mark in the boxes. */
const ITEM_ROW_TWIPS = 567;
/** STT, the item (the rest), then the three boxes ("Không đồng ý" on two lines at 13 pt). */
const COLUMN_TWIPS = [650, undefined, 1250, 1250, 1250] as const;
const COLUMN_ALIGN = ['center', 'left', 'center', 'center', 'center'] as const;
/** The return details take the left half, the signature the right. */
const HALF = Math.floor(CONTENT_WIDTH_TWIPS / 2);
const CLOSING_COLUMNS = [HALF, CONTENT_WIDTH_TWIPS - HALF] as const;

/** A line ending in dots to the right margin: "Họ và tên: ……", or just dots. */
function dottedLine(label: string, value = '', keepNext = false): Paragraph {
  const runs: TextRun[] = [];
  if (label) runs.push(textRun(`${label}: `, { sizePt: FORM_PT }));
  if (value) runs.push(textRun(value, { sizePt: FORM_PT, bold: true }));
  else runs.push(new TextRun({ children: [new Tab()] }));
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH_TWIPS, leader: LeaderType.DOT }],
    spacing: { before: 0, after: PARAGRAPH_AFTER_TWIPS },
    ...(keepNext ? { keepNext: true } : {}),
    children: runs,
  });
}

function formParagraph(text: string, options: { italics?: boolean } = {}): Paragraph {
  return bodyParagraph([textRun(text, { sizePt: FORM_PT, ...options })]);
}

function leftParagraph(text: string, options: { italics?: boolean; bold?: boolean }): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { before: 0, after: PARAGRAPH_AFTER_TWIPS },
    children: [textRun(text, { sizePt: FORM_PT, ...options })],
  });
}

/**
 * The return deadline and place on the left (where "Nơi nhận" sits on a letter), the person's
 * signature on the right: title, "(Ký và ghi rõ họ tên)", room, the name.
 */
function closing(input: OpinionFormData, returnCell: LayoutCell, own: OpinionFormPage): Table {
  const lines: Paragraph[] = [
    centredLine(input.signerTitle, { sizePt: SIGNER_PT, bold: true }),
    centredLine(input.signerNote, { sizePt: FORM_PT, italics: true }),
  ];
  for (let i = 0; i < SIGNING_LINES; i++) lines.push(centredLine('', { sizePt: SIGNER_PT }));
  lines.push(centredLine(own.signerName, { sizePt: SIGNER_PT, bold: true }));
  return layoutTable(CLOSING_COLUMNS, [[returnCell, { children: lines }]], { cantSplit: true });
}

/** officialSection without the page-number header: every page is the first of its form. */
function formSection(children: FileChild[]): ISectionOptions {
  const official = officialSection(children);
  return {
    properties: { ...official.properties, titlePage: false },
    children: official.children,
  };
}

export function buildOpinionFormDocument(input: OpinionFormData): Document {
  // Built once, placed on every page.
  const top: FileChild[] = [
    nationalHeader({ header: input.header, placeDateText: input.placeDateText }),
    ...titleBlock({ typeName: input.typeName, summary: input.summary }),
    ...input.intro.map((text) => formParagraph(text)),
  ];
  const table: FileChild[] = [
    formParagraph(input.instruction, { italics: true }),
    dataTable({
      columns: fittedColumns(input.columns, COLUMN_TWIPS, COLUMN_ALIGN),
      rows: input.rows,
      minRowHeight: ITEM_ROW_TWIPS,
    }),
    afterTable(),
    leftParagraph(input.commentLabel, { bold: true }),
    // The last line kept with the closing: the signature never stands alone on a page.
    ...Array.from({ length: COMMENT_LINES }, (_, i) => dottedLine('', '', i === COMMENT_LINES - 1)),
  ];
  const returnCell: LayoutCell = {
    children: input.returnLines.map((text) => leftParagraph(text, { italics: true })),
  };
  const breakParagraph = pageStart();
  const children: FileChild[] = [];
  input.pages.forEach((own, i) => {
    if (i > 0) children.push(breakParagraph);
    children.push(...top, ...fieldLines(own.fields), ...table, closing(input, returnCell, own));
  });
  return new Document({
    title: `${input.typeName} — ${input.summary.join(' ')}`,
    creator: 'Hội nghị CBCCVC',
    styles: documentStyles(),
    sections: [formSection(children)],
  });
}

/**
 * The name and the sub-unit: blank, side by side on one line, each label followed by dots to its
 * tab stop (the name to half the line, the sub-unit to the margin); filled in, one line each, so a
 * long sub-unit's name never wraps under the person's.
 */
function fieldLines(fields: readonly FormField[]): Paragraph[] {
  if (fields.some((f) => f.value)) return fields.map((f) => dottedLine(f.label, f.value));
  const stops = fields.map((_, i) => (i === fields.length - 1 ? CONTENT_WIDTH_TWIPS : HALF));
  return [
    new Paragraph({
      tabStops: stops.map((position, i) => ({
        type: i === stops.length - 1 ? TabStopType.RIGHT : TabStopType.LEFT,
        position,
        leader: LeaderType.DOT,
      })),
      spacing: { before: 0, after: PARAGRAPH_AFTER_TWIPS },
      children: fields.flatMap((f, i) => [
        textRun(`${i > 0 ? ' ' : ''}${f.label}: `, { sizePt: FORM_PT }),
        new TextRun({ children: [new Tab()] }),
      ]),
    }),
  ];
}
