/**
 * D20KH — Kế hoạch triển khai thực hiện nghị quyết (Luật 10/2022/QH15 Điều 52.2–52.3).
 *
 * Layout: the typed document of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 with the joint header of
 * practice (domain-research §4.3) — "Số: …/KHLT-…", place and date, "KẾ HOẠCH" and the summary,
 * the sections, the tasks in a ruled table of explicit widths with the header row repeated, two
 * signature blocks side by side and "Nơi nhận" (R23–R29).
 *
 * Layout only: every task, owner and date comes from core (resolutionRolloutJob).
 */
import type { Document } from 'docx';
import type { RolloutDocumentData } from '../../core/documents/resolutionRolloutJob';
import { outcomeDocument } from './outcomeDocument';

export function buildResolutionRolloutDocument(input: RolloutDocumentData): Document {
  return outcomeDocument(input);
}
