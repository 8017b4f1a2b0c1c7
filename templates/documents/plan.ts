/**
 * D1 — Kế hoạch tổ chức hội nghị (the conference plan).
 *
 * Legal form: the plan is required by Luật 10/2022/QH15 Điều 52.1 (the head and the union executive
 * build it together); its sections are practice (domain-research §5, row D1). Layout: the typed
 * document of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.4 (header, "Số: …/KHLT-…", place and date, "KẾ
 * HOẠCH" and summary, content, signatures, "Nơi nhận") in the format of Phụ lục I (R23–R28), with
 * the joint header and two signature blocks of practice (§4.3, R29).
 *
 * Layout only: every sentence, number, name and date comes from core (planJob).
 */
import { officialDocument } from '../blocks/officialDocument';
import { LineRuleType, Paragraph, type Document, type Table } from 'docx';
import type { PlanBlock, PlanDocumentData, PlanTaskRow } from '../../core/documents/planJob';
import { CONTENT_WIDTH_TWIPS } from '../blocks/pageSetup';
import { bodyParagraph, headingParagraph, numberedItem } from '../blocks/paragraphs';
import { PARAGRAPH_AFTER_TWIPS, textRun } from '../blocks/styles';
import { dataTable, type DataColumn } from '../blocks/table';

/**
 * Twips. "Thời hạn" holds "15/12/2025" on one line at 13 pt; "Người/bộ phận thực hiện" a full
 * name on one line; "Nội dung" takes the rest so the table is exactly the text width.
 */
const STT_TWIPS = 660;
const OWNER_TWIPS = 2500;
const DUE_TWIPS = 1400;

function taskColumns(headers: readonly string[]): DataColumn[] {
  const [stt = 'STT', content = '', owner = '', due = ''] = headers;
  return [
    { header: stt, width: STT_TWIPS, align: 'center' },
    { header: content, width: CONTENT_WIDTH_TWIPS - STT_TWIPS - OWNER_TWIPS - DUE_TWIPS },
    { header: owner, width: OWNER_TWIPS },
    { header: due, width: DUE_TWIPS, align: 'center' },
  ];
}

function taskTable(columns: readonly string[], rows: readonly PlanTaskRow[]): Table {
  return dataTable({
    columns: taskColumns(columns),
    rows: rows.map((r) => [String(r.no), r.title, r.owner, r.due]),
  });
}

function block(b: PlanBlock): Paragraph | Table {
  switch (b.kind) {
    case 'heading':
      return headingParagraph(b.label, b.text);
    case 'paragraph':
      return bodyParagraph(b.text);
    case 'item':
      return b.lead
        ? bodyParagraph([textRun(`${b.label} ${b.lead}`, { bold: true }), textRun(` ${b.text}`)])
        : numberedItem(b.label, b.text);
    case 'tasks':
      return taskTable(b.columns, b.rows);
  }
}

/**
 * 6 pt under a table: the next heading otherwise touches the table's bottom rule (a table has no
 * "space after"). Exactly 1 pt high, so the gap is the 6 pt and not an empty 14 pt line.
 */
function afterTable(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: PARAGRAPH_AFTER_TWIPS, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
    children: [],
  });
}

export function buildPlanDocument(input: PlanDocumentData): Document {
  const body: (Paragraph | Table)[] = [];
  for (const text of input.opening) body.push(bodyParagraph(text));
  for (const section of input.sections) {
    body.push(headingParagraph(section.label, section.title));
    for (const b of section.blocks) {
      body.push(block(b));
      if (b.kind === 'tasks') body.push(afterTable());
    }
  }
  return officialDocument({ ...input, body });
}
