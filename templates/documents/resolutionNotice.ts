/**
 * D20 — Thông báo công khai nghị quyết (Luật 10/2022/QH15 Điều 52.2).
 *
 * Layout: the typed document of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 — the unit's header with
 * "Số: …/TB-…", place and date, "THÔNG BÁO" and the summary, the numbered sections, the head's
 * signature and "Nơi nhận" (R23–R28).
 *
 * Layout only: every sentence comes from core (resolutionNoticeJob).
 */
import type { Document } from 'docx';
import type { OutcomeDocumentData } from '../../core/documents/outcomeBlocks';
import { outcomeDocument } from './outcomeDocument';

export function buildResolutionNoticeDocument(input: OutcomeDocumentData): Document {
  return outcomeDocument(input);
}
