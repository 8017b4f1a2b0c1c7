/**
 * D13 — Biên bản kiểm phiếu bầu thành viên Ban Thanh tra nhân dân, one per locked round, each
 * followed by its annex (the ballot-by-ballot log of the agreed ballots).
 *
 * Layout: a biên bản of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.9 — the national header without a
 * place-and-date line (R27), "BIÊN BẢN" and the summary, the content in the order of the count,
 * then the signatures of the whole counting board and the witnesses (signatureGrid) in the format
 * of Phụ lục I (R23–R26). Each round and each annex starts on a new page; the annex's log is a
 * compact table, two ballots per row, so 3,000 ballots stay a few dozen pages.
 *
 * Layout only: every figure comes from core (countingMinutesJob, from tallyRound).
 */
import { Document, Paragraph, type FileChild } from 'docx';
import type { CountingMinutesData } from '../../core/documents/countingMinutesJob';
import { nationalHeader } from '../blocks/nationalHeader';
import { officialSection } from '../blocks/pageSetup';
import { pageStart } from '../blocks/paragraphs';
import { signatureGrid } from '../blocks/signatureGrid';
import { documentStyles } from '../blocks/styles';
import { titleBlock } from '../blocks/titleBlock';
import { electionBlocks } from './electionBlocks';

export function buildCountingMinutesDocument(input: CountingMinutesData): Document {
  const children: FileChild[] = [];
  input.rounds.forEach((round, i) => {
    if (i > 0) children.push(pageStart());
    children.push(
      nationalHeader({
        header: input.header,
        ...(input.numberText ? { numberText: input.numberText } : {}),
      }),
      ...titleBlock({ typeName: round.typeName, summary: round.summary }),
      ...electionBlocks(round.blocks),
      ...signatureGrid(round.signers),
    );
    if (round.annex) {
      children.push(
        pageStart(),
        ...titleBlock({ typeName: round.annex.typeName, summary: round.annex.summary }),
        ...electionBlocks(round.annex.blocks),
      );
    }
  });
  // No locked round (the registry does not offer D13 then): a body must still hold a paragraph.
  if (children.length === 0) children.push(new Paragraph({}));
  const first = input.rounds[0];
  return new Document({
    title: first ? `${first.typeName} — ${first.summary.join(' ')}` : 'BIÊN BẢN KIỂM PHIẾU',
    creator: 'Hội nghị CBCCVC',
    styles: documentStyles(),
    sections: [officialSection(children)],
  });
}
