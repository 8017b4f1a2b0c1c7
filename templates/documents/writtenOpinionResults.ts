/**
 * D9KQ — Biên bản tổng hợp kết quả lấy ý kiến (Luật 10/2022/QH15 Điều 50.2).
 *
 * Layout: a biên bản of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.9 — the national header without a
 * place-and-date line (R27), "BIÊN BẢN" and the summary, the count's day and people, the reason,
 * the forms issued and returned, the items in a ruled table (counts, the share of all staff, the
 * result) and the outcome of each; signatures THƯ KÝ (left) and CHỦ TỌA (right) side by side,
 * "Nơi nhận" below; the format of Phụ lục I (R23–R28) — the shell of D14.
 *
 * Layout only: every sentence, figure and name comes from core (writtenOpinionResultsJob).
 */
import type { Document } from 'docx';
import type { WrittenOpinionResultsData } from '../../core/documents/writtenOpinionResultsJob';
import { outcomeDocument } from './outcomeDocument';

export function buildWrittenOpinionResultsDocument(input: WrittenOpinionResultsData): Document {
  return outcomeDocument(input);
}
