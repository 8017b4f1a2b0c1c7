/**
 * D2 — Chương trình hội nghị (conference programme).
 *
 * Legal form: the programme is practice; its running order is Luật 10/2022/QH15 Điều 51.4 (R7,
 * domain-research §2.7 and §5 row D2: time slots, items, a presenter for each). Layout: the generic
 * typed document of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 (header, "Số: …/CTr-…", place and date,
 * type name "CHƯƠNG TRÌNH" and summary, content, signature) in the format of Phụ lục I (R23–R28).
 *
 * Layout only: rows, times and names come from core (programmeJob); nothing is computed here.
 */
import { officialDocument } from '../blocks/officialDocument';
import type { Document } from 'docx';
import type { DocumentHeader, Signature } from '../../core/domain/documentHeader';
import type { ProgrammeData } from '../../core/documents/programmeJob';
import { CONTENT_WIDTH_TWIPS } from '../blocks/pageSetup';
import { centredLine } from '../blocks/paragraphs';
import type { Recipients } from '../blocks/signatureBlock';
import { dataTable, type DataColumn } from '../blocks/table';

export interface ProgrammeDocumentInput {
  header: DocumentHeader;
  numberText?: string;
  placeDateText?: string;
  data: ProgrammeData;
  signatures: readonly Signature[];
  recipients?: Recipients;
}

/**
 * Twips. "Thời gian" holds "08:00 – 08:05" on one line at 13 pt (≈ 1,440 twips of text plus the
 * 1 mm cell margins); "Người thực hiện" a full name ("Nguyễn Thị Phương Thảo") or "Đoàn Chủ tịch"
 * on one line; "Nội dung" takes the rest (≈ 9.3 cm) so the long statutory titles of Điều 51.4 wrap
 * as little as possible and the programme of R7 stays on one page with its signatures.
 */
const FIXED_COLUMNS = { time: 1700, presenter: 2400 } as const;
export const PROGRAMME_COLUMNS: readonly DataColumn[] = [
  { header: 'Thời gian', width: FIXED_COLUMNS.time, align: 'center' },
  {
    header: 'Nội dung',
    width: CONTENT_WIDTH_TWIPS - FIXED_COLUMNS.time - FIXED_COLUMNS.presenter,
  },
  { header: 'Người thực hiện', width: FIXED_COLUMNS.presenter },
];

export function buildProgrammeDocument(input: ProgrammeDocumentInput): Document {
  const { data } = input;
  return officialDocument({
    ...input,
    typeName: data.title,
    summary: [data.subtitle],
    body: [
      // When and where, italic under the title as programmes print it; 12 pt before the table.
      ...data.whenWhereLines.map((line, i, all) =>
        centredLine(line, { italics: true }, { after: i === all.length - 1 ? 240 : 0 }),
      ),
      dataTable({
        columns: PROGRAMME_COLUMNS,
        rows: data.rows.map((r) => [r.time, r.content, r.presenter]),
      }),
    ],
  });
}
