/**
 * D20 — Thông báo công khai nghị quyết (domain-research §5 row D20): after the conference the head
 * and the union executive disseminate the resolution and appoint a focal point to follow it up
 * (Luật 10/2022/QH15 Điều 52.2). A unit document by default ("Số: …/TB-…", signed by the head),
 * dated the day it is written and never before the conference. It names the resolution with the
 * vote that adopted it (Điều 51.2.c), lists its parts (resolutionText.ts), says how it is posted
 * (by analogy with Điều 47–48: whether the resolution is an Điều 46 item is unconfirmed, §2.9),
 * names the focal point, points to the plan carrying it out (D20KH) and reminds staff of their
 * right to petition (Điều 52.4).
 *
 * D20 and D20KH are two documents, not one file with a page break: each has its own type and
 * number in the register (TB and KH/KHLT), its own header (the unit's notice, the joint plan) and
 * its own signers, and the notice is posted while the plan goes to the sub-units.
 */
import type { DocumentContext } from './documentContext';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import { capitalizeFirst } from './electionFacts';
import type { OutcomeBlock, OutcomeDocumentData } from './outcomeBlocks';
import {
  adoptionValues,
  afterConferenceShell,
  outcomeWordingValues,
  resolutionParts,
} from './outcomeFacts';
import type { OutcomeWordingValues } from './outcomeWording';
import { fillWording } from './scriptWording';

export function resolutionNoticeJob(ctx: DocumentContext): OutcomeDocumentData {
  const W = wordingFor('outcome', ctx.wording);
  const values = { ...outcomeWordingValues(ctx), ...adoptionValues(ctx) };
  const fill = (template: string, extra: OutcomeWordingValues = {}): string =>
    fillWording(template, { ...values, ...extra });
  const parts = resolutionParts(ctx).map((p) => `${p.label} ${p.heading}`);

  const sections: { title: string; blocks: OutcomeBlock[] }[] = [
    {
      title: W.noticeContentTitle,
      blocks: [{ kind: 'paragraph', text: W.noticeContentLead }, ...listItems(parts)],
    },
    { title: W.noticePostingTitle, blocks: [{ kind: 'paragraph', text: fill(W.noticePosting) }] },
    {
      title: W.noticeFocalPointTitle,
      blocks: [{ kind: 'paragraph', text: capitalizeFirst(fill(W.noticeFocalPoint)) }],
    },
    { title: W.noticeTasksTitle, blocks: [{ kind: 'paragraph', text: fill(W.noticeTasks) }] },
    { title: W.noticePetitionTitle, blocks: [{ kind: 'paragraph', text: fill(W.noticePetition) }] },
  ];

  const blocks: OutcomeBlock[] = [
    { kind: 'paragraph', text: fill(W.noticeIntro) },
    ...sections.flatMap((s, i): OutcomeBlock[] => [
      { kind: 'heading', label: `${i + 1}.`, text: s.title },
      ...s.blocks,
    ]),
    { kind: 'paragraph', text: fill(W.noticeClosing) },
  ];

  return {
    ...afterConferenceShell(ctx, 'D20'),
    typeName: W.noticeType,
    summary: [fill(W.noticeSummary)],
    blocks,
    recipients: { entries: W.noticeRecipients.map((r) => fill(r)), archive: fill(W.noticeArchive) },
  };
}
