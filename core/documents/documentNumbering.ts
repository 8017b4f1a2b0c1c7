import {
  documentSymbol,
  formatDocumentNumber,
  type DocumentNumberRegister,
} from '../domain/documentNumber';
import type { DocumentContext, DocumentId } from './documentContext';

/** The symbol of the issuing body in the numbers of conference documents ("05/KHLT-CĐCS"). */
export const ISSUER_ABBREVIATION = 'CĐCS';

/**
 * Which documents take a number from the register, with their type (NĐ 30/2020 Phụ lục III). D3's
 * convocation type is practice only and D5 is internal: they stay unnumbered.
 */
export const NUMBERED_DOCUMENTS: Partial<Record<DocumentId, { typeCode: string }>> = {
  D1: { typeCode: 'KHLT' },
  D2: { typeCode: 'CTr' },
  D4: { typeCode: 'DS' },
};

/** "Số: 05/KHLT-CĐCS" once issued; until then the blank form the văn thư fills in by hand. */
export function numberTextFor(
  ctx: Pick<DocumentContext, 'numbers'>,
  id: DocumentId,
  typeCode: string,
): string {
  return ctx.numbers?.[id] ?? `Số:       /${documentSymbol(typeCode, ISSUER_ABBREVIATION)}`;
}

/** The numbers issued to one conference's documents, ready to print. */
export function issuedNumbers(
  register: DocumentNumberRegister,
  conferenceId: string,
): Partial<Record<DocumentId, string>> {
  const numbers: Partial<Record<DocumentId, string>> = {};
  for (const entry of register.records) {
    if (entry.conferenceId === conferenceId)
      numbers[entry.documentId as DocumentId] = formatDocumentNumber(entry);
  }
  return numbers;
}
