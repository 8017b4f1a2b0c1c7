/**
 * D12 — Phiếu bầu thành viên Ban Thanh tra nhân dân, several per A4 sheet (1, 2 or 4) with dashed
 * cut lines, or one per page.
 *
 * A ballot is not an administrative document (NĐ 30/2020/NĐ-CP governs those), so the sheet has
 * 10 mm margins to leave room for cutting; the type stays Times New Roman (R23). All sheets are ONE
 * table whose rows have an exact height (half or the whole usable page) and never split, so every
 * page holds the same number of ballots and the page count is ⌈ballots / per sheet⌉. The type size
 * steps down until the longest candidate list fits its ballot (a clipped ballot would be unusable).
 *
 * Every ballot is the same but for its serial number: one ballot cell is built and prepared, and
 * every ballot is that cell with its serial put in (PreparedCells). Sizes live in four paragraph
 * styles so the runs carry only bold and italics: 3,000 ballots are then ~6 KB of XML each.
 *
 * Layout only: every line, name and number comes from core (ballotJob).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  LineRuleType,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  WidthType,
  Tab,
  TextRun,
  type IBorderOptions,
  type IParagraphStyleOptions,
} from 'docx';
import type { BallotDocumentData } from '../../core/documents/ballotJob';
import { A4_PORTRAIT, mmToTwip } from '../blocks/pageSetup';
import { boldTextWidthTwips } from '../blocks/paragraphs';
import { PreparedCells } from '../blocks/preparedCells';
import { TEXT_COLOR, documentStyles, halfPoints, textRun } from '../blocks/styles';
import { RULED_BORDERS } from '../blocks/table';

const MARGIN = mmToTwip(10);
const PAGE_WIDTH = A4_PORTRAIT.width - 2 * MARGIN;
const PAGE_HEIGHT = A4_PORTRAIT.height - 2 * MARGIN;
/** Room left under the rows of a page for the closing hairline and rounding. */
const SHEET_SLACK = 240;
/** Padding inside each ballot, from its cut line. */
const CELL_PADDING = mmToTwip(5);

const DASHED: IBorderOptions = { style: BorderStyle.DASHED, size: 4, color: TEXT_COLOR };

/** Rows × columns of ballots on a sheet. */
const GRID: Record<1 | 2 | 4, { rows: number; cols: number }> = {
  1: { rows: 1, cols: 1 },
  2: { rows: 2, cols: 1 },
  4: { rows: 2, cols: 2 },
};

/** Type sizes tried from the largest down; the first whose ballot fits is used. */
const SIZE_LADDER = [14, 13, 12, 11, 10, 9, 8] as const;
const SMALLEST = 8;

interface Sizes {
  text: number;
  title: number;
  /** The union's name, the stamp note, the column headers, positions, the instruction. */
  small: number;
}

function sizesFor(text: number): Sizes {
  return { text, title: text + 1, small: Math.max(7, text - 2) };
}

/** Twips one line takes at this size (single spacing ≈ 1.15 × the size). */
function lineTwips(pt: number): number {
  return Math.ceil(pt * 20 * 1.16);
}

/** Lines a text wraps to in `width` twips (an average letter of Times is under half an em). */
function wrappedLines(text: string, pt: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (pt * 20 * 0.47)));
  return Math.max(1, Math.ceil(text.length / perLine));
}

/** Column widths of the candidate list inside a ballot `width` twips wide. */
function candidateColumns(data: BallotDocumentData, width: number): number[] {
  const no = Math.round(width * 0.09);
  if (data.style === 'strikeOut') {
    const name = Math.round(width * 0.45);
    return [no, name, width - no - name];
  }
  const box = Math.round(width * 0.17);
  return [no, width - no - 2 * box, box, box];
}

/**
 * A cautious estimate of the ballot's height at a size, so the size chosen never clips it: the
 * union block, the title lines, the candidate rows (wrapped) and the instruction.
 */
function ballotHeight(data: BallotDocumentData, s: Sizes, width: number): number {
  const [, nameWidth = width, detailWidth = width] = candidateColumns(data, width);
  let height = (data.headerLeft.length + 1) * lineTwips(s.small) + 60;
  height += 120 + 2 * lineTwips(s.title) + (data.roundLine ? 3 : 2) * lineTwips(s.text) + 120;
  height += lineTwips(s.small) + 60;
  for (const c of data.candidates) {
    const lines = Math.max(
      wrappedLines(c.name, s.text, nameWidth),
      data.style === 'strikeOut' ? wrappedLines(c.detail, s.small, detailWidth) : 1,
    );
    height += lines * lineTwips(s.text) + 60;
  }
  height += 80 + wrappedLines(data.instruction, s.small, width) * lineTwips(s.small);
  return Math.ceil(height * 1.05);
}

/** Paragraph styles of the ballot at the size chosen: runs then carry only bold / italics. */
const STYLE = { text: 'PhieuBau', small: 'PhieuBauNho', title: 'PhieuBauTieuDe' } as const;

function ballotStyles(s: Sizes): IParagraphStyleOptions[] {
  const style = (id: string, name: string, pt: number, title = false): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    run: { size: halfPoints(pt), ...(title ? { bold: true } : {}) },
    paragraph: title ? { alignment: AlignmentType.CENTER } : {},
  });
  return [
    style(STYLE.text, 'Phiếu bầu', s.text),
    style(STYLE.small, 'Phiếu bầu — chữ nhỏ', s.small),
    style(STYLE.title, 'Phiếu bầu — tiêu đề', s.title, true),
  ];
}

type Align = 'center' | 'right' | 'both';
const ALIGNMENT: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.JUSTIFIED,
};

function line(
  style: string,
  text: string,
  options: { bold?: boolean; italics?: boolean; align?: Align } = {},
  spacing: { before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    style,
    ...(options.align ? { alignment: ALIGNMENT[options.align] } : {}),
    ...(spacing.before || spacing.after ? { spacing } : {}),
    children: text ? [textRun(text, { bold: options.bold, italics: options.italics })] : [],
  });
}

/** A tab (a real <w:tab/>, which Word needs: a tab character in the text is not one) then text. */
function tabbed(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({
    children: [new Tab(), text.normalize('NFC')],
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
  });
}

/**
 * The top of a ballot: the union's name centred on the left part (where the stamp goes, đóng dấu
 * treo) and the serial on the right of the first line — tab stops instead of a layout table, which
 * would cost a kilobyte of border XML on each of 3,000 ballots.
 */
function unionBlock(
  data: BallotDocumentData,
  s: Sizes,
  width: number,
  serial: string,
): Paragraph[] {
  const left = Math.round(width * 0.55);
  const tabs = [
    { type: TabStopType.CENTER, position: Math.round(left / 2) },
    { type: TabStopType.RIGHT, position: width },
  ];
  const lines = data.headerLeft.map(
    (l, i) =>
      new Paragraph({
        style: STYLE.small,
        tabStops: tabs,
        children: [
          tabbed(l.text, { bold: l.bold }),
          // The serial in a run of its own: PreparedCells puts each ballot's number there.
          ...(i === 0 && serial
            ? [tabbed(''), textRun(serial, { bold: true, sizePt: s.text })]
            : []),
        ],
      }),
  );
  // The 1/3–1/2 rule under the issuing body, centred under it (NĐ 30 habit, kept on the ballot).
  const issuing = data.headerLeft[data.headerLeft.length - 1]?.text ?? '';
  const rule = Math.round(Math.min(boldTextWidthTwips(issuing, s.small), left) * 0.4);
  const indent = Math.round((left - rule) / 2);
  return [
    ...lines,
    new Paragraph({
      indent: { left: indent, right: width - indent - rule },
      spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: TEXT_COLOR, space: 0 } },
      run: { size: 2 },
      children: [],
    }),
    new Paragraph({
      style: STYLE.small,
      tabStops: tabs,
      children: [tabbed(data.stampText, { italics: true })],
    }),
  ];
}

function listCell(text: string, width: number, style: string, centre: boolean, bold = false) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [line(style, text, { bold, ...(centre ? { align: 'center' as const } : {}) })],
  });
}

/** The numbered candidates, ruled; empty "Đồng ý / Không đồng ý" boxes for that style. */
function candidateTable(data: BallotDocumentData, width: number): Table {
  const widths = candidateColumns(data, width);
  const w = (i: number) => widths[i] ?? 0;
  const header = new TableRow({
    children: data.columns.map((c, i) => listCell(c, w(i), STYLE.small, true, true)),
  });
  const rows = data.candidates.map(
    (c) =>
      new TableRow({
        children:
          data.style === 'strikeOut'
            ? [
                listCell(c.no, w(0), STYLE.text, true),
                listCell(c.name, w(1), STYLE.text, false, true),
                listCell(c.detail, w(2), STYLE.small, false),
              ]
            : [
                listCell(c.no, w(0), STYLE.text, true),
                listCell(c.name, w(1), STYLE.text, false, true),
                listCell('', w(2), STYLE.text, true),
                listCell('', w(3), STYLE.text, true),
              ],
      }),
  );
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: RULED_BORDERS,
    margins: { left: 57, right: 57, top: 20, bottom: 20 },
    rows: [header, ...rows],
  });
}

/** Everything of a ballot below the union's name (the same on every ballot). */
function ballotBody(data: BallotDocumentData, width: number): (Paragraph | Table)[] {
  return [
    line(STYLE.title, data.title, {}, { before: 120 }),
    line(STYLE.title, data.termLine),
    line(STYLE.text, data.conferenceLine, { italics: true, align: 'center' }),
    ...(data.roundLine ? [line(STYLE.text, data.roundLine, { bold: true, align: 'center' })] : []),
    line(STYLE.text, data.seatsLine, { bold: true, align: 'center' }, { after: 120 }),
    candidateTable(data, width),
    line(STYLE.small, data.instruction, { italics: true, align: 'both' }, { before: 80 }),
  ];
}

export function buildBallotsDocument(data: BallotDocumentData): Document {
  const grid = GRID[data.perSheet];
  const cellWidth = Math.floor(PAGE_WIDTH / grid.cols);
  const rowHeight = Math.floor((PAGE_HEIGHT - SHEET_SLACK) / grid.rows);
  const inner = cellWidth - 2 * CELL_PADDING;
  const size =
    SIZE_LADDER.find(
      (pt) => ballotHeight(data, sizesFor(pt), inner) <= rowHeight - 2 * CELL_PADDING,
    ) ?? SMALLEST;
  const s = sizesFor(size);

  const body = ballotBody(data, inner);
  const ballots = new PreparedCells(
    (serial) =>
      new TableCell({
        width: { size: cellWidth, type: WidthType.DXA },
        children: [...unionBlock(data, s, inner, serial), ...body],
      }),
  );
  const emptyCell = () =>
    new TableCell({
      width: { size: cellWidth, type: WidthType.DXA },
      children: [new Paragraph({})],
    });
  // Without serials the placeholder run prints nothing: every ballot is then the same cell.
  const serialOf = (i: number) => data.serials?.[i] ?? '';

  const rows: TableRow[] = [];
  const rowCount = data.sheets * grid.rows;
  for (let r = 0; r < rowCount; r += 1) {
    const cells: TableCell[] = [];
    for (let c = 0; c < grid.cols; c += 1) {
      const i = r * grid.cols + c;
      cells.push(i < data.count ? ballots.cell(serialOf(i), cellWidth) : emptyCell());
    }
    rows.push(
      new TableRow({
        cantSplit: true,
        height: { value: rowHeight, rule: HeightRule.EXACT },
        children: cells,
      }),
    );
  }
  const sheets = new Table({
    width: { size: cellWidth * grid.cols, type: WidthType.DXA },
    columnWidths: Array.from({ length: grid.cols }, () => cellWidth),
    layout: TableLayoutType.FIXED,
    // The cut lines: every side of every ballot, dashed, said once on the table.
    borders: {
      top: DASHED,
      bottom: DASHED,
      left: DASHED,
      right: DASHED,
      insideHorizontal: DASHED,
      insideVertical: DASHED,
    },
    margins: {
      left: CELL_PADDING,
      right: CELL_PADDING,
      top: CELL_PADDING,
      bottom: CELL_PADDING,
    },
    rows,
  });
  // A paragraph must follow a table at the end of a document; 1 pt, so it never makes a page.
  const closing = new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    children: [],
  });

  const base = documentStyles();
  return new Document({
    title: `${data.title} — ${data.termLine}`,
    creator: 'Hội nghị CBCCVC',
    styles: { ...base, paragraphStyles: [...(base.paragraphStyles ?? []), ...ballotStyles(s)] },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4_PORTRAIT, orientation: PageOrientation.PORTRAIT },
            margin: {
              top: MARGIN,
              bottom: MARGIN,
              left: MARGIN,
              right: MARGIN,
              header: 0,
              footer: 0,
            },
          },
        },
        children: [sheets, closing],
      },
    ],
  });
}
