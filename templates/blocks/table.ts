/**
 * Tables. Widths are given in twips on the table, its grid AND every cell, with a fixed layout:
 * LibreOffice (and Google Docs) ignore widths otherwise and make the columns equal (docx #528, #556,
 * #1618 — anchors.md lesson 9).
 *
 * - dataTable: a ruled table of text (13 pt), the header row repeated at the top of every page
 *   (tableHeader) and rows never split across pages (cantSplit), so a 100-page list stays readable.
 *   Cell paragraphs take the table paragraph style (13 pt, single, no indent): a cell's run carries
 *   only bold, or a size when the table asks for another — not the face, size and colour each time.
 * - layoutTable: a borderless table that places blocks side by side (national header, signatures).
 *   Every side of the table and of every cell is NONE explicitly: a side left out takes Word's
 *   default single line, and mixing leaves stray borders (docx #725, #2064).
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IContext,
  type IXmlableObject,
} from 'docx';
import { CONTENT_WIDTH_TWIPS } from './pageSetup';
import { SIZE_PT, TABLE_STYLE_ID, TEXT_COLOR, textRun, type RunStyle } from './styles';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: TEXT_COLOR };

/** Every side and every inside line a thin single rule: the ruled tables (dataTable, ballots). */
export const RULED_BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
} as const;

const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE } as const;
const NO_TABLE_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;

type Align = 'left' | 'center' | 'right';

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

export interface LayoutCell {
  children: readonly (Paragraph | Table)[];
  verticalAlign?: 'top' | 'center' | 'bottom';
}

/** A borderless table; `columns` are the widths in twips; each row gives one cell per column. */
export function layoutTable(
  columns: readonly number[],
  rows: readonly (readonly LayoutCell[])[],
  options: { cantSplit?: boolean; keepTogether?: boolean } = {},
): Table {
  return new Table({
    width: { size: sum(columns), type: WidthType.DXA },
    columnWidths: [...columns],
    layout: TableLayoutType.FIXED,
    borders: NO_TABLE_BORDERS,
    // No cell padding: the blocks line up with the text margins as in the NĐ 30 samples.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          ...(options.cantSplit ? { cantSplit: true } : {}),
          // Every row but the last kept with the next: the block moves to the next page whole.
          ...(options.keepTogether && r < rows.length - 1 ? { keepNext: true } : {}),
          children: cells.map(
            (cell, i) =>
              new TableCell({
                width: { size: columns[i] ?? 0, type: WidthType.DXA },
                borders: NO_CELL_BORDERS,
                verticalAlign: cell.verticalAlign ?? VerticalAlignTable.TOP,
                // A cell must hold a paragraph, even an empty one, or Word refuses the file.
                children: cell.children.length > 0 ? cell.children : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

export interface DataColumn {
  header: string;
  /** Twips. */
  width: number;
  align?: Align;
}

/**
 * The columns of a table exactly the text width: `widths` in twips per column, where a width left
 * out (undefined, or past the end) takes what the others leave; `align` per column, left if none.
 */
export function fittedColumns(
  headers: readonly string[],
  widths: readonly (number | undefined)[],
  align: readonly DataColumn['align'][],
): DataColumn[] {
  const fixed = widths.reduce<number>((a, b) => a + (b ?? 0), 0);
  return headers.map((header, i) => ({
    header,
    width: widths[i] ?? CONTENT_WIDTH_TWIPS - fixed,
    align: align[i] ?? 'left',
  }));
}

export interface DataTableOptions {
  columns: readonly DataColumn[];
  rows: readonly (readonly string[])[];
  /** Points; 13 by default (R23 range 13–14, one step down for dense lists). */
  sizePt?: number;
  /** Twips; rows are at least this tall (room for a signature, say). */
  minRowHeight?: number;
}

/** 1 mm either side: narrow columns (STT, Ghi chú) keep their text on one line. */
const CELL_MARGINS = { left: 57, right: 57, top: 30, bottom: 30 } as const;

function dataCell(
  text: string,
  width: number,
  align: Align,
  run: RunStyle,
  keepNext = false,
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        style: TABLE_STYLE_ID,
        ...(keepNext ? { keepNext: true } : {}),
        // Left is the paragraph default: only centred and right-aligned cells say so.
        ...(align === 'left' ? {} : { alignment: ALIGNMENT[align] }),
        // An empty cell (Ký tên) is an empty paragraph: no run to serialise 2,400 times.
        children: text ? [textRun(text, run)] : [],
      }),
    ],
  });
}

/**
 * A placeholder for the text of cell `i` in a row built once per shape; private-use characters, so no
 * real text can be one.
 */
const slot = (i: number) => `\uE000${i}\uE000`;
const SLOT = /^\uE000(\d+)\uE000$/;

/** Puts a row's texts into a copy of a prepared row. */
type Filler = (texts: readonly string[]) => unknown;

/**
 * A filler for a prepared row with placeholders, worked out once per shape: only the arrays and
 * objects on the way to a placeholder are copied for each row; the rest (row, cell and paragraph
 * properties) is shared with the prototype — docx writes a prepared tree without changing it.
 * Undefined when there is no placeholder under `node`.
 */
function fillerFor(node: unknown): Filler | undefined {
  if (typeof node === 'string') {
    const match = SLOT.exec(node);
    const i = Number(match?.[1]);
    // As textRun does: NFC, so these rows are the same bytes as rows docx builds one by one.
    return match ? (texts) => (texts[i] ?? '').normalize('NFC') : undefined;
  }
  if (node === null || typeof node !== 'object') return undefined;
  const fillers = Object.entries(node).flatMap(([key, child]) => {
    const filler = fillerFor(child);
    return filler ? [[key, filler] as const] : [];
  });
  if (fillers.length === 0) return undefined;
  return (texts) => {
    const copy = (Array.isArray(node) ? [...(node as unknown[])] : { ...node }) as Record<
      string,
      unknown
    >;
    for (const [key, filler] of fillers) copy[key] = filler(texts);
    return copy;
  };
}

/**
 * The body rows of a long table, which differ only in their texts. docx builds and prepares one row
 * per shape (which cells are empty: an empty cell has no run) with placeholders for the texts, and
 * each row is that prepared tree with its own texts put in. Building 2,400 rows of six cells one
 * by one made ~150,000 docx objects, each prepared on its own: about half of the time to build D4.
 * The XML written is byte for byte what the one-by-one rows give (tests/unit/templates/table.test.ts).
 */
class ShapedRows {
  private readonly prototypes = new Map<string, Filler | IXmlableObject | undefined>();

  constructor(private readonly buildRow: (texts: readonly string[]) => TableRow) {}

  prepare(texts: readonly string[], context: IContext): IXmlableObject | undefined {
    const shape = texts.map((t) => (t ? '1' : '0')).join('');
    if (!this.prototypes.has(shape)) {
      const tree = this.buildRow(texts.map((t, i) => (t ? slot(i) : ''))).prepForXml(context);
      // A row with no text at all is the prepared row itself.
      this.prototypes.set(shape, fillerFor(tree) ?? tree);
    }
    const prototype = this.prototypes.get(shape);
    return (typeof prototype === 'function' ? prototype(texts) : prototype) as
      IXmlableObject | undefined;
  }
}

/** A row whose XML comes from its table's ShapedRows; it has no docx cells of its own. */
class ShapedRow extends TableRow {
  constructor(
    private readonly rows: ShapedRows,
    private readonly texts: readonly string[],
  ) {
    super({ children: [] });
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    return this.rows.prepare(this.texts, context);
  }
}

export function dataTable(options: DataTableOptions): Table {
  const { columns, rows } = options;
  // The style's 13 pt is not repeated on every run; another size is.
  const size =
    options.sizePt !== undefined && options.sizePt !== SIZE_PT.table
      ? { sizePt: options.sizePt }
      : {};
  const widths = columns.map((c) => c.width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => dataCell(c.header, c.width, 'center', { ...size, bold: true })),
  });
  // The last row stays on the page of what follows it (a totals line, the signatures): a signature
  // block never stands alone on a page, which a văn thư would send back.
  const bodyRow = (cells: readonly string[], keepNext: boolean) =>
    new TableRow({
      cantSplit: true,
      ...(options.minRowHeight
        ? { height: { value: options.minRowHeight, rule: HeightRule.ATLEAST } }
        : {}),
      children: columns.map((c, i) =>
        dataCell(cells[i] ?? '', c.width, c.align ?? 'left', size, keepNext),
      ),
    });
  const shaped = new ShapedRows((cells) => bodyRow(cells, false));
  const last = rows.length - 1;
  const body = rows.map((cells, r) =>
    r === last
      ? bodyRow(cells, true)
      : new ShapedRow(
          shaped,
          columns.map((_, i) => cells[i] ?? ''),
        ),
  );
  return new Table({
    width: { size: sum(widths), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: RULED_BORDERS,
    margins: CELL_MARGINS,
    rows: [header, ...body],
  });
}
