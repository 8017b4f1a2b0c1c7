/**
 * Document type and summary (tên loại và trích yếu nội dung, NĐ 30/2020/NĐ-CP Phụ lục I, mục II.5 —
 * R26): the type name in capitals, bold, 13–14 pt, centred; the summary bold, 13–14 pt, centred
 * just below; a solid rule of 1/3–1/2 of the summary's length under it.
 */
import type { Paragraph } from 'docx';
import { centredLine, shortRule } from './paragraphs';
import { CONTENT_WIDTH_TWIPS } from './pageSetup';

const TITLE_PT = 14;

export interface TitleBlockInput {
  /** Already in capitals (core writes it): "KẾ HOẠCH", "DANH SÁCH TRIỆU TẬP VÀ ĐIỂM DANH". */
  typeName: string;
  /** One line per entry; none for a document without a summary. */
  summary?: readonly string[];
}

export function titleBlock(input: TitleBlockInput): Paragraph[] {
  const summary = input.summary ?? [];
  const lines = [input.typeName, ...summary];
  // The rule follows the summary; without one, the type name.
  const measured = (summary.length > 0 ? summary : [input.typeName]).reduce(
    (a, b) => (b.length > a.length ? b : a),
    '',
  );
  // One blank line (18 pt) above the title as in the NĐ 30 samples; 12 pt after the rule.
  return [
    ...lines.map((line, i) =>
      centredLine(line, { sizePt: TITLE_PT, bold: true }, { before: i === 0 ? 360 : 0 }),
    ),
    shortRule(measured, TITLE_PT, CONTENT_WIDTH_TWIPS, 240),
  ];
}
