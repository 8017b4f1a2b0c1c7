/**
 * D8 — Báo cáo hoạt động của Ban Thanh tra nhân dân and its next-year programme (Luật
 * 10/2022/QH15 Điều 51.4.đ, 62.3; Nghị định 59/2023/NĐ-CP Điều 22).
 *
 * Layout: NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 — the union's header with "Số: …/BC-…", place and
 * date, "BÁO CÁO" and the summary, the inspections and the recommendations in ruled tables, the
 * board head's signature and "Nơi nhận" (R23–R28).
 *
 * Layout only: every sentence and figure comes from core (boardReportJob).
 */
import type { Document } from 'docx';
import type { FollowUpDocumentData } from '../../core/documents/followUpBlocks';
import { followUpDocument } from './followUpBlocks';

export function buildBoardReportDocument(input: FollowUpDocumentData): Document {
  return followUpDocument(input);
}
