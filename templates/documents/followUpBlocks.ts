/**
 * Lays out the blocks of the documents written from what was tracked (core/documents/
 * followUpBlocks.ts): the outcome documents' blocks as they print them, and six ruled tables with
 * explicit column widths — LibreOffice ignores widths otherwise (anchors.md lesson 9).
 *
 * Layout only: every sentence and figure comes from core.
 */
import type { Document, Paragraph, Table } from 'docx';
import type {
  FollowUpBlock,
  FollowUpDocumentData,
  FollowUpTable,
  FollowUpTableLayout,
} from '../../core/documents/followUpBlocks';
import { officialDocument } from '../blocks/officialDocument';
import { dataTable, fittedColumns, type DataColumn } from '../blocks/table';
import { afterTable } from './electionBlocks';
import { outcomeBlock } from './outcomeBlocks';

/** Twips per column; `undefined` takes what is left so each table is exactly the text width. */
const WIDTHS: Record<FollowUpTableLayout, readonly (number | undefined)[]> = {
  // "STT" on one line at 11–12 pt, the part (the rest), six counts ("Không thực hiện được" on three lines at 11 pt).
  reviewGroups: [620, undefined, 850, 1000, 1000, 1000, 1100, 850],
  // STT, the item (the rest), "Văn phòng; hạn 30/06/2027", the result, problems, next steps.
  reviewItems: [620, undefined, 1500, 1900, 1500, 1500],
  // STT, the indicator (the rest), the level set, the level achieved, "101,05%".
  targets: [620, undefined, 1500, 1500, 1200],
  // STT, the subject and content (the rest), "15/03/2027", the result.
  inspections: [600, undefined, 1500, 3200],
  // STT, the recommendation (the rest), received and due dates, the answer.
  recommendations: [600, undefined, 1900, 3000],
  // STT, the work (the rest), "16/03/2026" or "Trong 6 tháng đầu năm 2026" on two lines at 13 pt.
  programmeLines: [620, undefined, 2200],
};

const ALIGN: Record<FollowUpTableLayout, readonly DataColumn['align'][]> = {
  reviewGroups: ['center', 'left', 'center', 'center', 'center', 'center', 'center', 'center'],
  reviewItems: ['center', 'left', 'left', 'left', 'left', 'left'],
  targets: ['center', 'left', 'center', 'center', 'center'],
  inspections: ['center', 'left', 'center', 'left'],
  recommendations: ['center', 'left', 'center', 'left'],
  programmeLines: ['center', 'left', 'center'],
};

/**
 * Dense tables at 11 pt (the lower end NĐ 30 allows in tables), the counts at 12; a programme's
 * three columns have room for the body size, 13.
 */
const SIZE_PT: Record<FollowUpTableLayout, number> = {
  reviewGroups: 12,
  reviewItems: 11,
  targets: 12,
  inspections: 11,
  recommendations: 11,
  programmeLines: 13,
};

function table(block: FollowUpTable): Table {
  return dataTable({
    columns: fittedColumns(block.columns, WIDTHS[block.layout], ALIGN[block.layout]),
    rows: block.rows,
    sizePt: SIZE_PT[block.layout],
  });
}

/** The blocks in order; the last one is kept with the signatures. */
export function followUpBlocks(blocks: readonly FollowUpBlock[]): (Paragraph | Table)[] {
  const last = blocks.length - 1;
  return blocks.flatMap((block, i) =>
    block.kind === 'followUpTable' ? [table(block), afterTable()] : outcomeBlock(block, i === last),
  );
}

/** The official document of NĐ 30/2020/NĐ-CP Phụ lục III around the blocks core wrote. */
export function followUpDocument(input: FollowUpDocumentData): Document {
  return officialDocument({ ...input, body: followUpBlocks(input.blocks) });
}
