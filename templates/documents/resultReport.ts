/**
 * D19 — Báo cáo kết quả hội nghị to the upper-level union or the managing body.
 *
 * Layout: the typed document of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 with the union header
 * (QĐ 933/QĐ-TLĐ) — "Số: …/BC-…", place and date, "BÁO CÁO" and the summary, "Kính gửi: …" centred
 * (Phụ lục I: reports sent upward carry it), the sections, the votes in a ruled table, the union
 * chair's signature and "Nơi nhận" (R23–R28).
 *
 * Layout only: every sentence and figure comes from core (resultReportJob).
 */
import type { Document } from 'docx';
import type { ResultReportData } from '../../core/documents/resultReportJob';
import { outcomeDocument } from './outcomeDocument';

export function buildResultReportDocument(input: ResultReportData): Document {
  return outcomeDocument(input);
}
