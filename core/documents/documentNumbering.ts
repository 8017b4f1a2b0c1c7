import {
  formatDocumentNumber,
  jointTypeCode,
  type DocumentNumberRegister,
} from '../domain/documentNumber';
import type { HeaderPreset } from '../domain/documentHeader';
import type { DocumentContext, DocumentId } from './documentContext';

/**
 * Which documents take a number from the register, with their type (NĐ 30/2020 Phụ lục III). D3's
 * convocation type is practice only and D5 is internal: they stay unnumbered. Issued jointly, the
 * plan is a "KHLT" (the suffix is practice kept from TT 01/2011/TT-BNV, domain-research §4.3); the
 * programme and the list keep their own type, as units print them.
 */
export const NUMBERED_DOCUMENTS: Partial<
  Record<DocumentId, { typeCode: string; jointTypeCode?: string }>
> = {
  D1: { typeCode: 'KH', jointTypeCode: jointTypeCode('KH') },
  D2: { typeCode: 'CTr' },
  D4: { typeCode: 'DS' },
  // The election: the union executive's Tờ trình and Quyết định, the counting board's and the
  // board's first-meeting Biên bản. D11 (read out and adopted) and D12 (ballots) are unnumbered.
  D10: { typeCode: 'TTr' },
  D13: { typeCode: 'BB' },
  D16: { typeCode: 'QĐ' },
  D17: { typeCode: 'BB' },
  // The conference's outcome: its minutes and resolution, the report to the upper level, the
  // notice and, jointly issued, the plan carrying out the resolution. The covenant (D18) is
  // signed by both parties at the conference and is not numbered.
  D14: { typeCode: 'BB' },
  D15: { typeCode: 'NQ' },
  D19: { typeCode: 'BC' },
  D20: { typeCode: 'TB' },
  D20KH: { typeCode: 'KH', jointTypeCode: jointTypeCode('KH') },
  // After the conference: the six-monthly review's report and its notice to all staff (Điều
  // 52.3), and the Ban TTND's annual report to the conference (Điều 51.4.đ, 62.3).
  D21: { typeCode: 'BC' },
  D21TB: { typeCode: 'TB' },
  D8: { typeCode: 'BC' },
  // The written-opinion route (Điều 50.2): the record of the forms counted is a Biên bản; the
  // form itself (D9PYK), handed to every member of staff, is not numbered, as ballots are not.
  D9KQ: { typeCode: 'BB' },
  // The reports to next year's conference, drafted from the tracked year (Điều 51.3.a–c).
  D6: { typeCode: 'BC' },
  D7: { typeCode: 'BC' },
  // The Ban TTND's own documents (Nghị định 59/2023/NĐ-CP Điều 22), one number per record of its
  // year (the register's recordId): its programme, an inspection's plan and written result, a
  // recommendation to the head ("KN", practice — documentNumber.ts).
  D22CT: { typeCode: 'CTr' },
  D22KH: { typeCode: 'KH', jointTypeCode: jointTypeCode('KH') },
  D22BC: { typeCode: 'BC' },
  D22KN: { typeCode: 'KN' },
};

/** The register type of a numbered document under a header preset; undefined when unnumbered. */
export function numberTypeCode(id: DocumentId, preset: HeaderPreset): string | undefined {
  const kind = NUMBERED_DOCUMENTS[id];
  if (!kind) return undefined;
  return preset === 'joint' ? (kind.jointTypeCode ?? kind.typeCode) : kind.typeCode;
}

/** "Số: 05/KHLT-CĐCS" once issued; until then the blank form the văn thư fills in by hand. */
export function numberTextFor(
  ctx: Pick<DocumentContext, 'numbers'>,
  id: DocumentId,
  symbol: string,
): string {
  return ctx.numbers?.[id] ?? `Số:       /${symbol}`;
}

/**
 * The numbers issued to one conference's documents, ready to print. With `typeCodes` (the type each
 * document has under its present header preset), a number of another type is left out: a plan
 * numbered "KHLT" and later made a union document prints the blank "KH" form until it is numbered
 * again, and prints its "KHLT" number again if it goes back to joint. A document printed once per
 * record (the Ban TTND's, D22) takes the number issued for the record `records` names for it
 * (boardDocumentRecords), and none while it names none.
 */
export function issuedNumbers(
  register: DocumentNumberRegister,
  conferenceId: string,
  typeCodes?: Partial<Record<DocumentId, string>>,
  records: Partial<Record<DocumentId, string>> = {},
): Partial<Record<DocumentId, string>> {
  const numbers: Partial<Record<DocumentId, string>> = {};
  for (const entry of register.records) {
    if (entry.conferenceId !== conferenceId) continue;
    const id = entry.documentId as DocumentId;
    if (typeCodes && typeCodes[id] !== entry.typeCode) continue;
    if (entry.recordId !== undefined && entry.recordId !== records[id]) continue;
    numbers[id] = formatDocumentNumber(entry);
  }
  return numbers;
}
