/**
 * D22 — the Ban Thanh tra nhân dân's own documents, one per record of its year (Luật 10/2022/QH15
 * Điều 62; Nghị định 59/2023/NĐ-CP Điều 22): D22CT Chương trình công tác (Điều 22.1.a), D22KH Kế
 * hoạch kiểm tra, giám sát (Điều 22.1.b), D22BC Báo cáo kết quả kiểm tra, giám sát (Điều 22.2.b)
 * and D22KN Kiến nghị to the head (Luật Điều 63.1.c).
 *
 * Layout: NĐ 30/2020/NĐ-CP Phụ lục III — the union's header with "Số: …/CTr-…", "…/KH-…",
 * "…/BC-…" or "…/KN-…", place and date, the type name and the summary, the programme's work in a
 * ruled table, the recommendation's "Kính gửi" centred, the board head's signature and "Nơi nhận"
 * (R23–R28).
 *
 * Layout only: every sentence, date and figure comes from core (boardProgrammeJob,
 * inspectionPlanJob, inspectionReportJob, recommendationJob).
 */
import type { Document } from 'docx';
import type { FollowUpDocumentData } from '../../core/documents/followUpBlocks';
import { followUpDocument } from './followUpBlocks';

export function buildBoardProgrammeDocument(input: FollowUpDocumentData): Document {
  return followUpDocument(input);
}

export function buildInspectionPlanDocument(input: FollowUpDocumentData): Document {
  return followUpDocument(input);
}

export function buildInspectionReportDocument(input: FollowUpDocumentData): Document {
  return followUpDocument(input);
}

export function buildRecommendationDocument(input: FollowUpDocumentData): Document {
  return followUpDocument(input);
}
