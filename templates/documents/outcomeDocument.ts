/**
 * The shell of the conference's outcome documents (D14, D15, D18, D19, D20, D20KH): the official
 * document of NĐ 30/2020/NĐ-CP Phụ lục III (header, number, place and date — none for a biên bản —,
 * type name and summary, content, signatures, "Nơi nhận") with the blocks core wrote.
 */
import type { Document } from 'docx';
import type { OutcomeDocumentData } from '../../core/documents/outcomeBlocks';
import { officialDocument } from '../blocks/officialDocument';
import { outcomeBlocks } from './outcomeBlocks';

export function outcomeDocument(input: OutcomeDocumentData): Document {
  return officialDocument({ ...input, body: outcomeBlocks(input.blocks) });
}
