/**
 * D14 — Biên bản hội nghị cán bộ, công chức, viên chức, người lao động.
 *
 * Layout: a biên bản of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.9 — the national header without a
 * place-and-date line (R27), "BIÊN BẢN" and the summary, time, place, attendance, chair and
 * secretary, the proceedings in order, the closing time; signatures THƯ KÝ (left) and CHỦ TỌA
 * (right) side by side, "Nơi nhận" below; the format of Phụ lục I (R23–R28).
 *
 * Layout only: every sentence, figure and name comes from core (conferenceMinutesJob).
 */
import type { Document } from 'docx';
import type { ConferenceMinutesData } from '../../core/documents/conferenceMinutesJob';
import { outcomeDocument } from './outcomeDocument';

export function buildConferenceMinutesDocument(input: ConferenceMinutesData): Document {
  return outcomeDocument(input);
}
