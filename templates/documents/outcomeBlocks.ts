/**
 * Lays out the blocks of the conference's outcome documents (core/documents/outcomeBlocks.ts):
 * headings, paragraphs, centred lines and items exactly as the election documents print them
 * (electionBlock), and the four ruled tables of their own with explicit column widths — LibreOffice
 * ignores widths otherwise (anchors.md lesson 9).
 *
 * Layout only: every sentence and figure comes from core.
 */
import type { Paragraph, Table } from 'docx';
import type {
  OutcomeBlock,
  OutcomeTable,
  OutcomeTableLayout,
} from '../../core/documents/outcomeBlocks';
import { dataTable, fittedColumns, type DataColumn } from '../blocks/table';
import { afterTable, electionBlock } from './electionBlocks';

/** Twips per column, the last one taking what is left so each table is exactly the text width. */
const WIDTHS: Record<OutcomeTableLayout, readonly (number | undefined)[]> = {
  // STT, the target (the rest), the level ("95% cán bộ" on one line at 13 pt).
  targets: [660, undefined, 2600],
  // STT, the task (the rest), the owner (a department's name on two lines), "30/06/2026".
  tasks: [660, undefined, 2600, 1400],
  // STT, what was voted on (the rest), present ("2.400"), "2.399 (99,96%)", "Không thông qua".
  votes: [600, undefined, 950, 1650, 1750],
  // STT, the item (the rest), three counts ("2.400"), "100,00%", "Không thông qua" on two lines.
  writtenResults: [600, undefined, 850, 950, 850, 1300, 1400],
};

const ALIGN: Record<OutcomeTableLayout, readonly DataColumn['align'][]> = {
  targets: ['center', 'left', 'left'],
  tasks: ['center', 'left', 'left', 'center'],
  votes: ['center', 'left', 'center', 'center', 'center'],
  writtenResults: ['center', 'left', 'center', 'center', 'center', 'center', 'center'],
};

function table(block: OutcomeTable): Table {
  return dataTable({
    columns: fittedColumns(block.columns, WIDTHS[block.layout], ALIGN[block.layout]),
    rows: block.rows,
    sizePt: block.layout === 'votes' || block.layout === 'writtenResults' ? 12 : 13,
  });
}

export function outcomeBlock(block: OutcomeBlock, keepNext = false): (Paragraph | Table)[] {
  return block.kind === 'outcomeTable'
    ? [table(block), afterTable()]
    : electionBlock(block, keepNext);
}

/**
 * The blocks in order; the last one is kept with what follows (the signatures): a signature block
 * never stands alone on a page.
 */
export function outcomeBlocks(blocks: readonly OutcomeBlock[]): (Paragraph | Table)[] {
  const last = blocks.length - 1;
  return blocks.flatMap((block, i) => outcomeBlock(block, i === last));
}
