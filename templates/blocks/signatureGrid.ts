/**
 * Signatures of a collective minute: every member of a counting board and the witnesses sign the
 * vote-counting minutes (domain-research §3.10; NĐ 59/2023/NĐ-CP Mẫu 02 by analogy), so the block
 * is a grid of three per row: the title in capitals, bold (R27), room to sign, the name in bold.
 * Borderless like the other layout tables; a row never splits and the grid stays on one page with
 * the paragraph before it.
 */
import { Paragraph, type Table } from 'docx';
import { centredLine } from './paragraphs';
import { CONTENT_WIDTH_TWIPS } from './pageSetup';
import { layoutTable, type LayoutCell } from './table';

const TITLE_PT = 13;
const NAME_PT = 14;
/** Empty lines between the title and the name: room for a signature. */
const SIGNING_LINES = 3;
const PER_ROW = 3;

export interface GridSigner {
  title: string;
  /** '' leaves the line for the name to be written in. */
  name: string;
}

function titleCell(signer: GridSigner | undefined): LayoutCell {
  return signer
    ? { children: [centredLine(signer.title, { sizePt: TITLE_PT, bold: true })] }
    : { children: [] };
}

function nameCell(signer: GridSigner | undefined): LayoutCell {
  if (!signer) return { children: [] };
  const lines: Paragraph[] = [];
  for (let i = 0; i < SIGNING_LINES; i += 1) lines.push(centredLine('', { sizePt: NAME_PT }));
  lines.push(centredLine(signer.name, { sizePt: NAME_PT, bold: true }, { after: 240 }));
  return { children: lines };
}

/**
 * Titles in one row and names in the next, three signers at a time: a title that wraps ("TRƯỞNG
 * BAN KIỂM PHIẾU") does not push its name below the others.
 */
export function signatureGrid(signers: readonly GridSigner[]): (Paragraph | Table)[] {
  const width = Math.floor(CONTENT_WIDTH_TWIPS / PER_ROW);
  const columns = [width, width, CONTENT_WIDTH_TWIPS - 2 * width];
  const rows: LayoutCell[][] = [];
  for (let i = 0; i < signers.length; i += PER_ROW) {
    const group = columns.map((_, c) => signers[i + c]);
    rows.push(group.map(titleCell), group.map(nameCell));
  }
  const spacer = new Paragraph({ keepNext: true, children: [] });
  return rows.length > 0
    ? [spacer, layoutTable(columns, rows, { cantSplit: true, keepTogether: true })]
    : [];
}
