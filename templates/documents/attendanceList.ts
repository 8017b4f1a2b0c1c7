/**
 * D4 — Danh sách triệu tập và điểm danh (summons and attendance list).
 *
 * Legal form: the list is practice (domain-research §5, row D4); it is the evidence for the quorum
 * of Luật 10/2022/QH15 Điều 51.2.c. Its layout follows the generic typed document of NĐ 30/2020/NĐ-CP
 * Phụ lục III, Mẫu 1.4 (header, number "Số: …/DS-…", place and date, type name and summary, content,
 * signature) with the format of Phụ lục I (R23–R28). Header preset 'unit' or 'joint' (R29).
 *
 * Layout only: rows, totals and the quorum sentence come from core (attendanceListData); the number
 * from the register (formatDocumentNumber); the date line from formatPlaceDate.
 */
import { officialDocument } from '../blocks/officialDocument';
import type { Document } from 'docx';
import type { AttendanceListData } from '../../core/domain/attendanceList';
import type { DocumentHeader, Signature } from '../../core/domain/documentHeader';
import { CONTENT_WIDTH_TWIPS } from '../blocks/pageSetup';
import { bodyParagraph } from '../blocks/paragraphs';
import type { Recipients } from '../blocks/signatureBlock';
import { textRun } from '../blocks/styles';
import { dataTable, type DataColumn } from '../blocks/table';

export interface AttendanceListDocumentInput {
  header: DocumentHeader;
  numberText?: string;
  placeDateText?: string;
  data: AttendanceListData;
  signatures: readonly Signature[];
  recipients?: Recipients;
}

/**
 * Twips; "Ghi chú" takes what is left (≈ 1.8 cm: its header and "Có mặt" on one line) so the table is exactly the text
 * width. At 13 pt a full name ("Nguyễn Thị Phương Thảo") and most department names fit on one
 * line; the longest department names wrap, which the ≈ 16.5 cm text width cannot avoid.
 */
const FIXED_COLUMNS: readonly DataColumn[] = [
  { header: 'STT', width: 660, align: 'center' },
  { header: 'Họ và tên', width: 2550 },
  { header: 'Chức vụ', width: 1700 },
  { header: 'Đơn vị', width: 2500 },
  { header: 'Ký tên', width: 900 },
];
const fixedWidth = FIXED_COLUMNS.reduce((a, c) => a + c.width, 0);
export const ATTENDANCE_COLUMNS: readonly DataColumn[] = [
  ...FIXED_COLUMNS,
  { header: 'Ghi chú', width: CONTENT_WIDTH_TWIPS - fixedWidth },
];

/** Rows at least 0.8 cm high: room for a handwritten signature in "Ký tên". */
const SIGNING_ROW_TWIPS = 454;

export function buildAttendanceListDocument(input: AttendanceListDocumentInput): Document {
  const { data } = input;
  const table = dataTable({
    columns: ATTENDANCE_COLUMNS,
    rows: data.rows.map((r) => [
      String(r.no),
      r.fullName,
      r.position,
      r.department,
      '',
      r.statusText,
    ]),
    minRowHeight: SIGNING_ROW_TWIPS,
  });
  const totals = [
    bodyParagraph([textRun(`${data.totalsText}.`, { bold: true })], {
      keepNext: true,
      spaceBefore: 120,
    }),
    ...(data.quorumText ? [bodyParagraph(data.quorumText, { keepNext: true })] : []),
  ];
  return officialDocument({
    ...input,
    typeName: data.title,
    summary: [data.subtitle],
    body: [table, ...totals],
  });
}
