/**
 * D11 — Thể lệ bầu cử Ban Thanh tra nhân dân (the election rules read out and adopted by the
 * conference; practice, domain-research §5 row D11).
 *
 * Layout: the typed document of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 (union header, place and date,
 * "THỂ LỆ" and summary, articles "Điều 1." … in bold, signature, "Nơi nhận") in the format of Phụ lục
 * I (R23–R28). Unnumbered: the rules are adopted by the conference, not sent out.
 *
 * Layout only: every article is written by core (electionRulesJob) from the election as configured.
 */
import type { Document } from 'docx';
import type { RulesDocumentData } from '../../core/documents/electionRulesJob';
import { officialDocument } from '../blocks/officialDocument';
import { electionBlocks } from './electionBlocks';

export function buildElectionRulesDocument(input: RulesDocumentData): Document {
  return officialDocument({ ...input, body: electionBlocks(input.blocks) });
}
