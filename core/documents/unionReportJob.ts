/**
 * D7 — Báo cáo của Ban Chấp hành Công đoàn (domain-research §5 row D7), drafted for next year's
 * conference from the tracked year: its section on implementing this year's resolution (Luật
 * 10/2022/QH15 Điều 51.3.b) written from the follow-up (implementationFacts.ts); the sections on
 * the democracy rules and the proposals (Điều 51.3.b, 51.4.b) left as blanks for the union
 * executive to write. A union report ("Số: …/BC-…", signed by the union chair) dated the day of
 * generating.
 */
import type { DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import type { FollowUpBlock, FollowUpDocumentData } from './followUpBlocks';
import {
  implementationBlocks,
  implementationFacts,
  reportedContext,
  type ImplementationFacts,
} from './implementationFacts';
import { fillWording } from './scriptWording';

export interface UnionReportData extends FollowUpDocumentData {
  facts: ImplementationFacts;
}

export function unionReportJob(own: DocumentContext): UnionReportData {
  const ctx = reportedContext(own);
  const W = wordingFor('followUp', ctx.wording);
  const facts = implementationFacts(ctx);
  const fill = (template: string) => fillWording(template, facts.values);
  const blocks: FollowUpBlock[] = [
    { kind: 'paragraph', text: fill(W.unionReportIntro) },
    { kind: 'heading', label: 'I.', text: fill(W.unionImplementationTitle) },
    ...implementationBlocks(ctx, facts),
    { kind: 'heading', label: 'II.', text: W.unionDemocracyTitle },
    { kind: 'paragraph', text: fill(W.unionDemocracy) },
    { kind: 'heading', label: 'III.', text: W.unionProposalsTitle },
    { kind: 'paragraph', text: fill(W.unionProposals) },
  ];
  return {
    ...issuedShell(own, 'D7', own.today),
    typeName: W.unionReportType,
    summary: [fill(W.unionReportSummary)],
    blocks,
    recipients: {
      entries: W.unionRecipients.map((r) => fill(r)),
      archive: fill(W.unionArchive),
    },
    facts,
  };
}
