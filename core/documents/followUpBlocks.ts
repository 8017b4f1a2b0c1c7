/**
 * The content of the documents written from what was tracked after the conference (D21, D21TB,
 * D8, the Ban TTND's D22) as blocks: the blocks of the outcome documents (outcomeBlocks.ts) and six
 * ruled tables of their own. The jobs write every sentence and figure; the template
 * (templates/documents/followUpBlocks.ts) only lays them out.
 */
import type { OutcomeBlock, OutcomeDocumentData } from './outcomeBlocks';
import { outcomeBlockTexts } from './outcomeBlocks';

/** Which table: the template gives each its column widths (LibreOffice needs explicit widths). */
export type FollowUpTableLayout =
  /** D21: STT, part of the resolution, total, done, in progress, not started, not done, overdue. */
  | 'reviewGroups'
  /** D21: STT, item, owner and deadline, result and evidence, problems, next steps. */
  | 'reviewItems'
  /** D6, D7: STT, indicator, target, achieved, share. */
  | 'targets'
  /** D8: STT, subject and content, dates, result. */
  | 'inspections'
  /** D8: STT, recommendation, received and due, answer. */
  | 'recommendations'
  /** D22CT: STT, the work of the board's programme, its time. */
  | 'programmeLines';

export interface FollowUpTable {
  kind: 'followUpTable';
  layout: FollowUpTableLayout;
  columns: readonly string[];
  rows: string[][];
}

export type FollowUpBlock = OutcomeBlock | FollowUpTable;

export interface FollowUpDocumentData extends Omit<OutcomeDocumentData, 'blocks'> {
  blocks: FollowUpBlock[];
}

/** The text of every block, in order (tables row by row, cells joined by " | "): for checks. */
export function followUpBlockTexts(blocks: readonly FollowUpBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.kind === 'followUpTable'
      ? [b.columns.join(' | '), ...b.rows.map((r) => r.join(' | '))]
      : outcomeBlockTexts([b]),
  );
}
