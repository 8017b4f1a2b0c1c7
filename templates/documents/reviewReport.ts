/**
 * D21 — Báo cáo kiểm tra, đánh giá thực hiện nghị quyết (Luật 10/2022/QH15 Điều 52.3).
 *
 * Layout: the typed document of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 — the joint header with
 * "Số: …/BC-…", place and date, "BÁO CÁO" and the summary, the totals per part and the items in
 * ruled tables, both signatures and "Nơi nhận" (R23–R28).
 *
 * Layout only: every sentence and figure comes from core (reviewReportJob).
 */
import type { Document } from 'docx';
import type { FollowUpDocumentData } from '../../core/documents/followUpBlocks';
import { followUpDocument } from './followUpBlocks';

export function buildReviewReportDocument(input: FollowUpDocumentData): Document {
  return followUpDocument(input);
}
