/**
 * The content of the election documents as a list of blocks, each mapped by the template to one
 * paragraph style or table (templates/documents/electionBlocks.ts). The jobs write every sentence
 * and figure; the blocks only say how a piece is laid out.
 */

/** Which table: the template gives each its column widths (LibreOffice needs explicit widths). */
export type ElectionTableLayout =
  /** D10: STT, name, position, sub-unit, eligibility, consent. */
  | 'candidates'
  /** D13: STT, name, votes, share, result. */
  | 'results'
  /** D13 annex: serial, marks, result — twice per row, so 3,000 ballots take half the pages. */
  | 'ballotLog';

export type ElectionBlock =
  /** "1. Số lượng thành viên", "I. THÀNH PHẦN …" — bold, kept with what follows. */
  | { kind: 'heading'; label: string; text: string }
  /** A justified body paragraph; `lead` is printed bold before it ("Điều 1."). */
  | { kind: 'paragraph'; text: string; lead?: string; italics?: boolean }
  /** A centred line: "QUYẾT ĐỊNH:", the authority of a decision, "Kính gửi: …". */
  | { kind: 'centred'; text: string; bold?: boolean; italics?: boolean }
  /** "- …" or "1. …", hanging from the label. */
  | { kind: 'item'; label: string; text: string }
  | { kind: 'table'; layout: ElectionTableLayout; columns: readonly string[]; rows: string[][] };

/** "- a;" … "- z." — list entries end with ";", the last with "." (NĐ 30/2020 practice). */
export function listItems(texts: readonly string[], label = '-', lastMark = '.'): ElectionBlock[] {
  return texts.map((text, i) => ({
    kind: 'item',
    label,
    text: `${text.replace(/[;.]+$/, '')}${i === texts.length - 1 ? lastMark : ';'}`,
  }));
}
