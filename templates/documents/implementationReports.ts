/**
 * D6 — Báo cáo của thủ trưởng (skeleton) and D7 — Báo cáo của Ban Chấp hành Công đoàn, drafted for
 * next year's conference from the tracked year (Luật 10/2022/QH15 Điều 51.3.a–c).
 *
 * Layout: NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 — header with "Số: …/BC-…", place and date,
 * "BÁO CÁO" and the summary, the counts and the targets in ruled tables, the signature and "Nơi
 * nhận" (R23–R28).
 *
 * Layout only: every sentence and figure comes from core (headReportJob, unionReportJob).
 */
import type { Document } from 'docx';
import type { FollowUpDocumentData } from '../../core/documents/followUpBlocks';
import { followUpDocument } from './followUpBlocks';

export function buildHeadReportDocument(input: FollowUpDocumentData): Document {
  return followUpDocument(input);
}

export function buildUnionReportDocument(input: FollowUpDocumentData): Document {
  return followUpDocument(input);
}
