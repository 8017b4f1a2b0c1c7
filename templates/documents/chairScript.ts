/**
 * D5 — Kịch bản điều hành hội nghị (the chair's word-for-word script).
 *
 * Legal form: none — an internal working paper (domain-research §5 row D5: "PRACTICE (internal, no
 * format)"), so no Quốc hiệu, number, date line or signature. It keeps the page and type of NĐ
 * 30/2020/NĐ-CP Phụ lục I (R23) so it prints like the unit's other papers: the unit at the top left
 * as in an official header (R24), the title centred and bold (R26), then one block per agenda item.
 *
 * Layout only: headings, lines and every figure come from core (chairScriptJob, scriptWording).
 */
import { Document, Paragraph } from 'docx';
import type { ChairScriptData, ScriptLine } from '../../core/documents/chairScriptJob';
import { HEADER_COLUMNS_TWIPS } from '../blocks/nationalHeader';
import { officialSection } from '../blocks/pageSetup';
import { bodyParagraph, centredLine, shortRule } from '../blocks/paragraphs';
import { BODY_STYLE_ID, SIZE_PT, documentStyles, textRun } from '../blocks/styles';
import { layoutTable } from '../blocks/table';
import { titleBlock } from '../blocks/titleBlock';

export interface ChairScriptDocumentInput {
  data: ChairScriptData;
}

/** The unit block in the left column of the official header, so it sits where readers expect it. */
function unitHeader(data: ChairScriptData) {
  const [left] = HEADER_COLUMNS_TWIPS;
  const issuing = data.headerLines[data.headerLines.length - 1];
  return layoutTable(HEADER_COLUMNS_TWIPS, [
    [
      {
        children: [
          ...data.headerLines.map((line) =>
            centredLine(line.text, { sizePt: SIZE_PT.header, bold: line.bold }),
          ),
          shortRule(issuing?.text ?? '', SIZE_PT.header, left),
        ],
      },
      { children: [] },
    ],
  ]);
}

/**
 * "08:00 — Chào cờ (…)": bold, flush left (no first-line indent, so the times line up down the
 * page), 9 pt above to separate the items, kept with its first line.
 */
function sectionHeading(text: string): Paragraph {
  return new Paragraph({
    style: BODY_STYLE_ID,
    keepNext: true,
    indent: { firstLine: 0 },
    spacing: { before: 180 },
    children: [textRun(text, { bold: true })],
  });
}

/** Read-aloud lines in the body style; stage directions italic; election steps bold. */
function scriptLine(line: ScriptLine): Paragraph {
  if (line.style === 'direction') return bodyParagraph([textRun(line.text, { italics: true })]);
  if (line.style === 'subheading') {
    return bodyParagraph([textRun(line.text, { bold: true })], { keepNext: true });
  }
  return bodyParagraph(line.text);
}

export function buildChairScriptDocument(input: ChairScriptDocumentInput): Document {
  const { data } = input;
  return new Document({
    title: `${data.title} — ${data.subtitle}`,
    creator: 'Hội nghị CBCCVC',
    styles: documentStyles(),
    sections: [
      officialSection([
        unitHeader(data),
        ...titleBlock({ typeName: data.title, summary: [data.subtitle] }),
        ...data.infoLines.map((line) => bodyParagraph([textRun(line, { italics: true })])),
        ...data.sections.flatMap((s) => [sectionHeading(s.heading), ...s.lines.map(scriptLine)]),
      ]),
    ],
  });
}
