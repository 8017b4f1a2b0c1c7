/**
 * D21TB — Thông báo kết quả kiểm tra, đánh giá thực hiện nghị quyết to all staff (Luật
 * 10/2022/QH15 Điều 52.3).
 *
 * Layout: NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 — the unit's header with "Số: …/TB-…", place and
 * date, "THÔNG BÁO" and the summary, the numbered sections, the head's signature and "Nơi nhận".
 *
 * Layout only: every sentence and figure comes from core (reviewNoticeJob).
 */
import type { Document } from 'docx';
import type { FollowUpDocumentData } from '../../core/documents/followUpBlocks';
import { followUpDocument } from './followUpBlocks';

export function buildReviewNoticeDocument(input: FollowUpDocumentData): Document {
  return followUpDocument(input);
}
