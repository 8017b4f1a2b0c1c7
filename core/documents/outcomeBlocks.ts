/**
 * The content of the documents of the conference day and after it (D14, D15, D18, D19, D20,
 * D20KH, and D9KQ when the written-opinion route replaces the conference) as blocks: the paragraph
 * kinds of the election documents (electionBlocks.ts — heading, paragraph, centred line, item) and
 * four ruled tables of their own. The jobs write every sentence and figure; the template
 * (templates/documents/outcomeBlocks.ts) only lays them out.
 */
import type { DocumentHeader, Signature } from '../domain/documentHeader';
import type { ElectionBlock } from './electionBlocks';
import type { DocumentRecipients } from './planJob';

/** Which table: the template gives each its column widths (LibreOffice needs explicit widths). */
export type OutcomeTableLayout =
  /** D18: STT, target, level. */
  | 'targets'
  /** D20KH: STT, task, owner, deadline. */
  | 'tasks'
  /** D19: STT, what was voted on, present, for (with the share), result. */
  | 'votes'
  /** D9KQ: STT, the item, for, against, other, the share of all staff, result (Điều 50.2). */
  | 'writtenResults';

export interface OutcomeTable {
  kind: 'outcomeTable';
  layout: OutcomeTableLayout;
  columns: readonly string[];
  rows: string[][];
}

export type OutcomeBlock = ElectionBlock | OutcomeTable;

/** The text of every block, in order (tables row by row, cells joined by " | "): for checks. */
export function outcomeBlockTexts(blocks: readonly OutcomeBlock[]): string[] {
  return blocks.flatMap((b) => {
    if (b.kind === 'table' || b.kind === 'outcomeTable')
      return [b.columns.join(' | '), ...b.rows.map((r) => r.join(' | '))];
    if (b.kind === 'item') return [`${b.label} ${b.text}`];
    if (b.kind === 'heading') return [`${b.label} ${b.text}`.trim()];
    if (b.kind === 'paragraph' && b.lead) return [`${b.lead} ${b.text}`];
    return [b.text];
  });
}

/** What each of these documents prints around its blocks (NĐ 30/2020/NĐ-CP Phụ lục III). */
export interface OutcomeDocumentData {
  header: DocumentHeader;
  /** "Số: 01/BB-VKHCN", or the blank form until issued; undefined for an unnumbered document. */
  numberText?: string;
  /** Left out for a biên bản (Mẫu 1.9). */
  placeDateText?: string;
  typeName: string;
  summary: string[];
  blocks: OutcomeBlock[];
  signatures: Signature[];
  recipients?: DocumentRecipients;
}
