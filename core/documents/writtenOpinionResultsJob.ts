/**
 * D9KQ — Biên bản tổng hợp kết quả lấy ý kiến (Luật 10/2022/QH15 Điều 50.2): the record the unit
 * files of the forms (D9PYK) counted when a second convocation still lacked the quorum of Điều
 * 51.2.c. A biên bản in the layout of NĐ 30/2020/NĐ-CP Phụ lục III, Mẫu 1.9: "Số: …/BB-…", no
 * place-and-date line (R27); the day and place of the count, who chaired and who recorded it; why
 * the opinions were taken in writing; the forms issued and returned; per item the counts for,
 * against and other, the percentage of ALL staff and the outcome exactly as writtenOpinionOutcome
 * states it (R2 on the number of staff: strictly more than half of all staff, domain-research R2).
 *
 * Signed as the minutes of the conference it replaces (D14): THƯ KÝ on the left, CHỦ TỌA on the
 * right, editable through documentHeaderFor; the header is joint by default (the head with the
 * union executive, Điều 50.2).
 */
import type { DocumentContext } from './documentContext';
import { documentHeaderFor } from './documentHeaderFor';
import type { OutcomeBlock, OutcomeDocumentData } from './outcomeBlocks';
import { fillWording } from './scriptWording';
import {
  writtenOpinionFigures,
  writtenOpinionValues,
  type WrittenItemFigures,
  type WrittenOpinionFigures,
} from './writtenOpinionFacts';
import {
  WRITTEN_OPINION_WORDING as W,
  type WrittenOpinionWordingValues,
} from './writtenOpinionWording';

export interface WrittenOpinionResultsData extends OutcomeDocumentData {
  /** The figures the record prints, as core computed them (for the screen and the checks). */
  figures: WrittenOpinionFigures;
}

/** The table's result column: the outcome's status in two words. */
function resultWord(item: WrittenItemFigures): string {
  if (item.outcome.status === 'passes') return W.resultPasses;
  if (item.outcome.status === 'fails') return W.resultFails;
  return W.resultInvalid;
}

export function writtenOpinionResultsJob(ctx: DocumentContext): WrittenOpinionResultsData {
  const values = writtenOpinionValues(ctx);
  const fill = (template: string, extra: WrittenOpinionWordingValues = {}) =>
    fillWording(template, { ...values, ...extra });
  const figures = writtenOpinionFigures(ctx);
  const paragraph = (text: string): OutcomeBlock => ({ kind: 'paragraph', text });
  const heading = (label: string, text: string): OutcomeBlock => ({
    kind: 'heading',
    label,
    text,
  });

  const itemBlocks: OutcomeBlock[] =
    figures.items.length === 0
      ? [paragraph(W.noItems)]
      : [
          paragraph(fill(W.passRule)),
          {
            kind: 'outcomeTable',
            layout: 'writtenResults',
            columns: W.resultsColumns,
            rows: figures.items.map((item) => [
              item.label,
              item.title,
              String(item.votesFor),
              String(item.votesAgainst),
              String(item.votesOther),
              item.percentFor,
              resultWord(item),
            ]),
          },
        ];
  const conclusions: OutcomeBlock[] = figures.items.map((item) => ({
    kind: 'item',
    label: `${item.label}.`,
    // The outcome's own sentence, word for word: the record and the screen say the same.
    text: fill(W.conclusionItem, { itemTitle: item.title, itemResult: item.outcome.sentence }),
  }));

  const blocks: OutcomeBlock[] = [
    paragraph(fill(W.resultsOpening)),
    paragraph(fill(W.resultsChair)),
    paragraph(fill(W.resultsSecretary)),
    heading('I.', W.reasonTitle),
    paragraph(fill(W.reason)),
    paragraph(fill(W.route)),
    heading('II.', W.formsTitle),
    paragraph(fill(W.formsStaff)),
    paragraph(fill(W.formsIssued)),
    paragraph(fill(W.formsReturned)),
    heading('III.', W.itemsTitle),
    ...itemBlocks,
    ...(conclusions.length > 0 ? [heading('IV.', W.conclusionTitle), ...conclusions] : []),
    paragraph(fill(W.resultsClosing)),
  ];

  const resolved = documentHeaderFor(ctx, 'D9KQ');
  return {
    header: resolved.header,
    numberText: resolved.numberText ?? '',
    typeName: W.resultsType,
    summary: W.resultsSummary.map((line) => fill(line)),
    blocks,
    signatures: resolved.signatures,
    recipients: { entries: [...W.resultsRecipients], archive: W.resultsArchive },
    figures,
  };
}
