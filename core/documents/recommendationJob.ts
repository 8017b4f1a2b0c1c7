/**
 * D22KN — Kiến nghị of the Ban Thanh tra nhân dân to the head of the unit (domain-research §5 row
 * D22; R22): the board recommends what its supervision found needs settling (Luật 10/2022/QH15
 * Điều 62), and the head considers it and answers within 15 days of receiving it (Điều 63.1.c).
 * Printed from one recommendation of the board's records (boardDocumentFacts.ts: the one named, or
 * the one received last): addressed to the head by position, the inspection it follows and that
 * inspection's written result when it has one, the content as the board wrote it, the day received
 * and the answer's last day — calendar days from the day after receipt, moved to the next working
 * day when the last one is a day off (boardWorkView.ts, periodDeadline.ts).
 *
 * "Kiến nghị" is not a type of NĐ 30/2020/NĐ-CP Phụ lục III; its "KN" symbol is the practice the
 * board's records show (as "DS" is for lists, documentNumber.ts). Under the union's header by
 * default, signed for the board by its head; dated the day the head received it, the only day the
 * record holds. The number typed with the recommendation prints until the register issues one.
 */
import type { RecommendationView } from '../domain/boardWorkView';
import { formatDateVi } from '../domain/dates';
import type { DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import type { FollowUpBlock, FollowUpDocumentData } from './followUpBlocks';
import {
  boardDocumentReference,
  boardNumberText,
  boardWordingValues,
  paragraphsOf,
  recommendationRecord,
  subjectInSentence,
} from './boardDocumentFacts';
import type { BoardWorkWordingValues } from './boardWorkWording';
import { BLANK, fillWording } from './scriptWording';

export interface RecommendationData extends FollowUpDocumentData {
  recommendation: RecommendationView;
  /** Problems for the screen (the document is built whatever they say). */
  problems: string[];
}

export function recommendationJob(ctx: DocumentContext): RecommendationData {
  const W = wordingFor('boardWork', ctx.wording);
  const recommendation = recommendationRecord(ctx, 'D22KN');
  const inspection = ctx.conference.followUp.board.inspections.find(
    (i) => i.id === recommendation.inspectionId,
  );
  const values: BoardWorkWordingValues = {
    ...boardWordingValues(ctx),
    receivedOn: formatDateVi(recommendation.receivedOn),
    answerDueOn: formatDateVi(recommendation.answerDueOn),
    ...(inspection
      ? {
          subject: subjectInSentence(inspection.subject),
          resultNumber: boardDocumentReference(ctx, 'D22BC', inspection.id, {
            number: inspection.resultDocumentNumber,
            date: inspection.resultOn,
          }),
        }
      : {}),
  };
  const fill = (template: string): string => fillWording(template, values);
  const content = paragraphsOf(recommendation.content);

  const blocks: FollowUpBlock[] = [
    { kind: 'centred', text: fill(W.recommendationAddressee) },
    {
      kind: 'paragraph',
      text: fill(inspection ? W.recommendationIntro : W.recommendationIntroAlone),
    },
    ...(content.length > 0 ? content : [BLANK]).map((text): FollowUpBlock => ({
      kind: 'paragraph',
      text,
    })),
    { kind: 'paragraph', text: fill(W.recommendationAnswer) },
  ];

  const shell = issuedShell(ctx, 'D22KN', recommendation.receivedOn);
  return {
    ...shell,
    numberText: boardNumberText(ctx, 'D22KN', shell.numberText),
    typeName: W.recommendationType,
    summary: [fill(inspection ? W.recommendationSummary : W.recommendationSummaryAlone)],
    blocks,
    recipients: {
      entries: W.recommendationRecipients.map((r) => fill(r)),
      archive: fill(W.recommendationArchive),
    },
    recommendation,
    problems: [],
  };
}
