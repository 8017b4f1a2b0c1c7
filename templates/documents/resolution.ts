/**
 * D15 — Nghị quyết hội nghị cán bộ, công chức, viên chức, người lao động.
 *
 * Layout: the resolution of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.1 — header with "Số: …/NQ-…" and
 * the place-and-date line, "NGHỊ QUYẾT" and the summary, the adopting body centred in capitals,
 * the bases in italics, "QUYẾT NGHỊ:" centred, the parts in bold with their numbered items (text,
 * never Word numbering — lesson 9), the vote clause; "TM. HỘI NGHỊ / CHỦ TỌA" and "Nơi nhận"
 * (R23–R28).
 *
 * Layout only: every sentence and figure comes from core (resolutionJob).
 */
import type { Document } from 'docx';
import type { ResolutionDocumentData } from '../../core/documents/resolutionJob';
import { outcomeDocument } from './outcomeDocument';

export function buildResolutionDocument(input: ResolutionDocumentData): Document {
  return outcomeDocument(input);
}
