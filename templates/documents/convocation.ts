/**
 * D3 — Giấy triệu tập and Giấy mời (convocation and invitations), one page each.
 *
 * Legal form: practice (domain-research §5, row D3); the invitation follows NĐ 30/2020/NĐ-CP Phụ lục
 * III, Mẫu 1.7 ("… trân trọng kính mời: …", "Tới dự", "Chủ trì", "Thời gian", "Địa điểm"), the
 * convocation the same layout with a "Kính gửi:" line, both in the format of Phụ lục I (R23–R28).
 *
 * Every page is a whole one-page document, so none carries a page number (Phụ lục I, mục I: no
 * number on a first page) and each starts on a new page.
 *
 * For a convocation per person (2,400 pages) the pages share their blocks: the header table, title,
 * body and signature are built once per letter kind and the same objects are placed on every page;
 * only the addressee, the opening and the closing sentence are new. Building is then ~0.3 s; docx's
 * serialiser is the cost (~7 s for 2,400 pages on a 2-vCPU machine, part of it docx looking up
 * each top-level table's section by scanning the body). A section per page packs ~20 % faster but
 * LibreOffice then takes ~50 s instead of ~32 s to open the file, so it stays one section.
 *
 * Layout only: every sentence, name and date comes from core (convocationJob).
 */
import { AlignmentType, Document, Paragraph, type FileChild, type ISectionOptions } from 'docx';
import type {
  ConvocationDocumentData,
  LetterLine,
  LetterSet,
} from '../../core/documents/convocationJob';
import type { DocumentHeader, Signature } from '../../core/domain/documentHeader';
import { nationalHeader } from '../blocks/nationalHeader';
import { officialSection } from '../blocks/pageSetup';
import { bodyParagraph, pageStart } from '../blocks/paragraphs';
import { signatureBlock } from '../blocks/signatureBlock';
import { documentStyles, textRun } from '../blocks/styles';
import { titleBlock } from '../blocks/titleBlock';

/**
 * "Kính gửi: …" centred, upright 14 pt, as in the NĐ 30 samples (Phụ lục III, Mẫu 1.5), one
 * paragraph per line core gives; 6 pt above the first and 12 pt below the last.
 */
function addressee(lines: readonly string[]): Paragraph[] {
  return lines.map(
    (text, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: i === 0 ? 120 : 0, after: i === lines.length - 1 ? 240 : 0 },
        children: [textRun(text)],
      }),
  );
}

function blocks(l: LetterLine): Paragraph[] {
  return l.kind === 'addressee' ? addressee(l.lines) : [bodyParagraph(l.text)];
}

/** The pages of one letter kind: shared blocks built once, an addressee per page. */
function letterPages(
  set: LetterSet,
  header: DocumentHeader,
  placeDateText: string,
  signatures: readonly Signature[],
  startsOnNewPage: boolean,
  breakParagraph: Paragraph,
): FileChild[] {
  const top: FileChild[] = [
    nationalHeader({ header, numberText: set.numberText, placeDateText }),
    ...titleBlock({ typeName: set.typeName, summary: set.summary }),
  ];
  const body = set.body.flatMap(blocks);
  const signature = signatureBlock({ signatures, recipients: set.recipients });
  const children: FileChild[] = [];
  set.pages.forEach((own, i) => {
    if (i > 0 || startsOnNewPage) children.push(breakParagraph);
    children.push(
      ...top,
      ...own.opening.flatMap(blocks),
      ...body,
      ...own.closing.flatMap(blocks),
      ...signature,
    );
  });
  return children;
}

/** officialSection without the page-number header: every page is the first of its letter. */
function letterSection(children: FileChild[]): ISectionOptions {
  const official = officialSection(children);
  return {
    properties: { ...official.properties, titlePage: false },
    children: official.children,
  };
}

export function buildConvocationDocument(input: ConvocationDocumentData): Document {
  const breakParagraph = pageStart();
  const children: FileChild[] = [];
  input.sets.forEach((set, i) => {
    children.push(
      ...letterPages(
        set,
        input.header,
        input.placeDateText,
        input.signatures,
        i > 0,
        breakParagraph,
      ),
    );
  });
  const first = input.sets[0];
  return new Document({
    title: first ? `${first.typeName} — ${first.summary.join(' ')}` : 'GIẤY TRIỆU TẬP',
    creator: 'Hội nghị CBCCVC',
    styles: documentStyles(),
    sections: [letterSection(children)],
  });
}
