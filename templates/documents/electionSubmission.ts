/**
 * D10 — Tờ trình về số lượng và danh sách người được giới thiệu bầu Ban Thanh tra nhân dân.
 *
 * Legal form: Luật 10/2022/QH15 Điều 60.1, 63.2.a (the union executive proposes); layout: the typed
 * document of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 (header, "Số: …/TTr-…", place and date, "TỜ
 * TRÌNH" and summary, "Kính gửi", content, signature, "Nơi nhận") in the format of Phụ lục I
 * (R23–R28), union header (QĐ 933/QĐ-TLĐ, R29).
 *
 * Layout only: every sentence, name and count comes from core (electionSubmissionJob).
 */
import type { Document } from 'docx';
import type { SubmissionDocumentData } from '../../core/documents/electionSubmissionJob';
import { officialDocument } from '../blocks/officialDocument';
import { electionBlocks } from './electionBlocks';

export function buildElectionSubmissionDocument(input: SubmissionDocumentData): Document {
  return officialDocument({ ...input, body: electionBlocks(input.blocks) });
}
