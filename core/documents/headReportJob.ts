/**
 * D6 — Báo cáo của thủ trưởng (domain-research §5 row D6), a skeleton drafted for next year's
 * conference from the tracked year (issue 7, item 7): the results part filled from the follow-up
 * (implementationFacts.ts — targets against what was achieved, done and not done with the
 * reasons), the unfinished items opening next year's plan; the parts only the head can write
 * (implementation of policy and law, causes, self-review and accountability, Luật 10/2022/QH15
 * Điều 51.3.a, c; 51.4.a) left as blanks. A unit report ("Số: …/BC-…", signed by the head) dated
 * the day of generating.
 */
import type { DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import type { FollowUpBlock, FollowUpDocumentData } from './followUpBlocks';
import {
  implementationBlocks,
  implementationFacts,
  reportedContext,
  type ImplementationFacts,
} from './implementationFacts';
import { fillWording } from './scriptWording';

export interface HeadReportData extends FollowUpDocumentData {
  facts: ImplementationFacts;
}

export function headReportJob(own: DocumentContext): HeadReportData {
  const ctx = reportedContext(own);
  const W = wordingFor('followUp', ctx.wording);
  const facts = implementationFacts(ctx);
  const fill = (template: string) => fillWording(template, facts.values);
  const blocks: FollowUpBlock[] = [
    { kind: 'paragraph', text: fill(W.headReportIntro) },
    { kind: 'heading', label: 'I.', text: fill(W.headResultsTitle) },
    ...implementationBlocks(ctx, facts),
    { kind: 'heading', label: '5.', text: W.headPolicyTitle },
    { kind: 'paragraph', text: fill(W.headPolicy) },
    { kind: 'heading', label: 'II.', text: W.headShortcomingsTitle },
    { kind: 'paragraph', text: fill(W.headShortcomings) },
    { kind: 'heading', label: 'III.', text: W.headSelfReviewTitle },
    { kind: 'paragraph', text: fill(W.headSelfReview) },
    { kind: 'heading', label: 'IV.', text: fill(W.headPlanTitle) },
    ...(facts.unfinishedLines.length > 0
      ? [
          { kind: 'paragraph', text: fill(W.headPlanLead) } as const,
          ...listItems(facts.unfinishedLines),
        ]
      : []),
    { kind: 'paragraph', text: fill(W.headPlanMore) },
  ];
  return {
    ...issuedShell(own, 'D6', own.today),
    typeName: W.headReportType,
    summary: [fill(W.headReportSummary)],
    blocks,
    recipients: { entries: W.headRecipients.map((r) => fill(r)), archive: fill(W.headArchive) },
    facts,
  };
}
