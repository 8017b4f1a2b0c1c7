/**
 * Signature and recipients (NĐ 30/2020/NĐ-CP Phụ lục I, mục II.7 and II.9 — R27, R28):
 * - authority prefix ("TM.", "KT.", "Q.", "TL.", "TUQ.") and the signer's title: capitals, bold,
 *   13–14 pt; room to sign and stamp; the name bold, no academic title before it;
 * - "Nơi nhận:" 12 pt bold italic on the left, level with the signer's title; entries 11 pt, one per
 *   line, "- …;" and the last "- Lưu: VT, ….".
 * Joint documents (practice, domain-research §4.3) carry two signature blocks side by side, each
 * with its own seal; the recipients then go below them on the left.
 */
import { AlignmentType, Paragraph, type Table } from 'docx';
import type { Signature } from '../../core/domain/documentHeader';
import { centredLine } from './paragraphs';
import { CONTENT_WIDTH_TWIPS } from './pageSetup';
import { SIZE_PT, textRun } from './styles';
import { layoutTable, type LayoutCell } from './table';

const SIGNER_PT = 14;
/** Empty lines between the title and the name: room for the signature and the seal. */
const SIGNING_LINES = 4;

export interface Recipients {
  /** "Như trên", "Công đoàn cấp trên (để b/c)" — without the leading "-" or trailing ";". */
  entries: readonly string[];
  /** What follows "Lưu:": "VT, CĐCS". */
  archive: string;
}

export interface SignatureBlockInput {
  /** One signer, or two for a joint document (left, right). */
  signatures: readonly Signature[];
  recipients?: Recipients;
}

/** Authority and title lines (the prefix only when there is one). */
function signerHeading(signature: Signature): Paragraph[] {
  const lines: Paragraph[] = [];
  if (signature.authority.trim()) {
    lines.push(centredLine(signature.authority, { sizePt: SIGNER_PT, bold: true }));
  }
  lines.push(centredLine(signature.title, { sizePt: SIGNER_PT, bold: true }));
  return lines;
}

/** Room to sign and stamp, then the name. */
function signerName(signature: Signature): Paragraph[] {
  const lines: Paragraph[] = [];
  for (let i = 0; i < SIGNING_LINES; i++) lines.push(centredLine('', { sizePt: SIGNER_PT }));
  lines.push(centredLine(signature.name, { sizePt: SIGNER_PT, bold: true }));
  return lines;
}

/** "Như trên;" → "Như trên": the block writes its own punctuation. */
function entryText(entry: string): string {
  return entry
    .trim()
    .replace(/^-\s*/, '')
    .replace(/[;.]+$/, '');
}

function recipientParagraphs(recipients: Recipients): Paragraph[] {
  const line = (text: string): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [textRun(text, { sizePt: SIZE_PT.recipients })],
    });
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [
        textRun('Nơi nhận:', { sizePt: SIZE_PT.recipientsTitle, bold: true, italics: true }),
      ],
    }),
    ...recipients.entries.map((entry) => line(`- ${entryText(entry)};`)),
    line(`- Lưu: ${entryText(recipients.archive) || 'VT'}.`),
  ];
}

/** A blank line above the block, then the table; rows never split across pages. */
export function signatureBlock(input: SignatureBlockInput): (Paragraph | Table)[] {
  const { signatures, recipients } = input;
  const spacer = new Paragraph({ keepNext: true, children: [] });
  if (signatures.length >= 2) {
    // Headings in one row and names in the next: a signer with a "TM." line and one without still
    // have their names on the same line.
    const pair = signatures.slice(0, 2);
    const half = Math.floor(CONTENT_WIDTH_TWIPS / 2);
    const columns = [half, CONTENT_WIDTH_TWIPS - half];
    const rows: LayoutCell[][] = [
      pair.map((s) => ({ children: signerHeading(s) })),
      pair.map((s) => ({ children: signerName(s) })),
    ];
    if (recipients) {
      rows.push([
        { children: [new Paragraph({}), ...recipientParagraphs(recipients)] },
        { children: [] },
      ]);
    }
    return [spacer, layoutTable(columns, rows, { cantSplit: true, keepTogether: true })];
  }
  const signer = signatures[0];
  // Recipients take the left 45 %, the signer the right (the NĐ 30 samples); "Nơi nhận:" is then
  // level with the authority line.
  const left = Math.round(CONTENT_WIDTH_TWIPS * 0.45);
  return [
    spacer,
    layoutTable(
      [left, CONTENT_WIDTH_TWIPS - left],
      [
        [
          { children: recipients ? recipientParagraphs(recipients) : [] },
          { children: signer ? [...signerHeading(signer), ...signerName(signer)] : [] },
        ],
      ],
      { cantSplit: true },
    ),
  ];
}
