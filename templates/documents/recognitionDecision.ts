/**
 * D16 — Quyết định công nhận kết quả bầu thành viên Ban Thanh tra nhân dân.
 *
 * Legal form: Nghị định 59/2023/NĐ-CP Điều 21.1 (within 5 working days, R20); layout: the union
 * decision of QĐ 933/QĐ-TLĐ, Mẫu 1.3, in the format of NĐ 30/2020/NĐ-CP Phụ lục I (R23–R28): union
 * header, "Số: …/QĐ-…", place and date, "QUYẾT ĐỊNH" and summary, the issuing authority, the bases
 * in italics, "QUYẾT ĐỊNH:", the articles ("Điều 1." bold), signature "TM. BAN CHẤP HÀNH", "Nơi nhận".
 *
 * Layout only: every sentence, name and date comes from core (recognitionDecisionJob).
 */
import type { Document } from 'docx';
import type { RecognitionDocumentData } from '../../core/documents/recognitionDecisionJob';
import { officialDocument } from '../blocks/officialDocument';
import { electionBlocks } from './electionBlocks';

export function buildRecognitionDecisionDocument(input: RecognitionDocumentData): Document {
  return officialDocument({ ...input, body: electionBlocks(input.blocks) });
}
