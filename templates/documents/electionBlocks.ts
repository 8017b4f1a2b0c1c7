/**
 * Lays out the blocks the election jobs write (core/documents/electionBlocks.ts): body paragraphs in
 * the NĐ 30/2020/NĐ-CP Phụ lục I style (R23), bold headings, centred lines, list items and the
 * ruled tables with explicit column widths (LibreOffice ignores widths otherwise — lesson 9).
 *
 * Layout only: every sentence and figure comes from core.
 */
import { LineRuleType, Paragraph, type Table } from 'docx';
import type { ElectionBlock, ElectionTableLayout } from '../../core/documents/electionBlocks';
import { bodyParagraph, centredLine, headingParagraph, numberedItem } from '../blocks/paragraphs';
import { PARAGRAPH_AFTER_TWIPS, textRun } from '../blocks/styles';
import { dataTable, fittedColumns, type DataColumn } from '../blocks/table';

/** Twips per column, the last one taking what is left so each table is exactly the text width. */
const WIDTHS: Record<ElectionTableLayout, readonly number[]> = {
  // STT, name (a full name on one line at 12 pt), position, sub-unit, eligibility, consent.
  candidates: [600, 2500, 1700, 2254, 1150],
  // Rank ("Thứ tự" on one line), name, votes, "75,33%", result.
  results: [1000, 3400, 1500, 1400],
  // Serial ("Phiếu số" on one line at 11 pt bold), marks, result — twice per row.
  ballotLog: [950, 1800, 1927, 950, 1800],
};

const ALIGN: Record<ElectionTableLayout, readonly DataColumn['align'][]> = {
  candidates: ['center', 'left', 'left', 'left', 'center', 'center'],
  results: ['center', 'left', 'center', 'center', 'center'],
  ballotLog: ['center', 'left', 'left', 'center', 'left', 'left'],
};

/** Points: the candidate list and results 12–13 pt; the ballot log is a dense annex at 11 pt. */
const SIZE: Record<ElectionTableLayout, number> = { candidates: 12, results: 13, ballotLog: 11 };

/**
 * The ballot log puts two ballots side by side (1 | 2, 3 | 4 …): 3,000 ballots on about 45 pages
 * instead of 90, the header repeated on every page.
 */
function pairRows(rows: readonly (readonly string[])[]): string[][] {
  const paired: string[][] = [];
  for (let i = 0; i < rows.length; i += 2) {
    paired.push([...(rows[i] ?? []), ...(rows[i + 1] ?? ['', '', ''])]);
  }
  return paired;
}

function table(
  layout: ElectionTableLayout,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): Table {
  if (layout === 'ballotLog') {
    return dataTable({
      columns: fittedColumns([...headers, ...headers], WIDTHS[layout], ALIGN[layout]),
      rows: pairRows(rows),
      sizePt: SIZE[layout],
    });
  }
  return dataTable({
    columns: fittedColumns(headers, WIDTHS[layout], ALIGN[layout]),
    rows,
    sizePt: SIZE[layout],
  });
}

/**
 * 6 pt under a table: the next paragraph otherwise touches the table's bottom rule (a table has no
 * "space after"). Exactly 1 pt high, so the gap is the 6 pt and not an empty 14 pt line.
 */
export function afterTable(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: PARAGRAPH_AFTER_TWIPS, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    children: [],
  });
}

export function electionBlock(block: ElectionBlock, keepNext = false): (Paragraph | Table)[] {
  const keep = keepNext ? { keepNext: true } : {};
  switch (block.kind) {
    case 'heading':
      return [
        block.label
          ? headingParagraph(block.label, block.text)
          : bodyParagraph([textRun(block.text, { bold: true })], { keepNext: true }),
      ];
    case 'paragraph':
      return [
        bodyParagraph(
          [
            ...(block.lead ? [textRun(`${block.lead} `, { bold: true })] : []),
            textRun(block.text, { italics: block.italics === true }),
          ],
          keep,
        ),
      ];
    case 'centred':
      return [
        centredLine(
          block.text,
          { bold: block.bold === true, italics: block.italics === true },
          { after: 120 },
        ),
      ];
    case 'item':
      return [
        keepNext
          ? bodyParagraph(`${block.label} ${block.text}`, keep)
          : numberedItem(block.label, block.text),
      ];
    case 'table':
      return [table(block.layout, block.columns, block.rows), afterTable()];
  }
}

/**
 * The blocks in order; the last one is kept with what follows (the signatures): a signature block
 * never stands alone on a page, which a văn thư would send back.
 */
export function electionBlocks(blocks: readonly ElectionBlock[]): (Paragraph | Table)[] {
  const last = blocks.length - 1;
  return blocks.flatMap((block, i) => electionBlock(block, i === last));
}
