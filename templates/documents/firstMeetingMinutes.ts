/**
 * D17 — Biên bản họp Ban Thanh tra nhân dân lần thứ nhất (the board elects its head and deputies and
 * shares out its tasks: Luật 10/2022/QH15 Điều 63.2.a; R19).
 *
 * Layout: a biên bản of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.9 — header without a place-and-date
 * line, "BIÊN BẢN" and the summary, time, place, attendance, chair and secretary, the proceedings,
 * the closing time; signatures THƯ KÝ (left) and CHỦ TỌA (right), "Nơi nhận" below (R27, R28).
 *
 * Layout only: every sentence and name comes from core (firstMeetingMinutesJob).
 */
import type { Document } from 'docx';
import type { FirstMeetingDocumentData } from '../../core/documents/firstMeetingMinutesJob';
import { officialDocument } from '../blocks/officialDocument';
import { electionBlocks } from './electionBlocks';

export function buildFirstMeetingMinutesDocument(input: FirstMeetingDocumentData): Document {
  return officialDocument({ ...input, body: electionBlocks(input.blocks) });
}
