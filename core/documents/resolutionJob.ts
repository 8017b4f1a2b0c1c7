/**
 * D15 — Nghị quyết hội nghị (domain-research §5 row D15, §2.8; Luật 10/2022/QH15 Điều 49.3,
 * 51.4.i). No official template exists; the layout is the resolution of NĐ 30/2020/NĐ-CP Phụ lục
 * III, Mẫu 1.1: the header with "Số: …/NQ-…" and the date it was adopted, "NGHỊ QUYẾT" and the
 * conference as summary, the body that adopts it in capitals, the bases in italics (";" and "."
 * last — R26), "QUYẾT NGHỊ:", then the resolution's parts numbered as union resolutions are
 * (I., II. … with 1., 2. … — resolutionText.ts). The implementation clause closes the part "Tổ
 * chức thực hiện" (who carries it out, the focal point of Điều 52.2, the 6-monthly review of
 * Điều 52.3, the board's supervision), and the last sentence states the vote that adopted it
 * (Điều 51.2.c: votes for over the people present at that vote, from voteOutcome). Signed "TM.
 * HỘI NGHỊ / CHỦ TỌA" by default (documentHeaderFor; editable).
 */
import { romanNumeral, sectionHeading, type NumberedSection } from '../domain/resolutionText';
import { normalizeText } from '../domain/vietnamese';
import { basesText } from './basesText';
import type { DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import type { OutcomeBlock, OutcomeDocumentData } from './outcomeBlocks';
import {
  adoption,
  adoptionValues,
  boardAfterConference,
  outcomeWordingValues,
  resolutionDate,
  resolutionParts,
  type CountedVote,
} from './outcomeFacts';
import type { OutcomeWordingValues } from './outcomeWording';
import { fillWording } from './scriptWording';

export interface ResolutionDocumentData extends OutcomeDocumentData {
  /** The parts as printed, the implementation clause included. */
  parts: NumberedSection[];
  /** The vote that adopted it, when it passed. */
  adoption?: CountedVote;
}

/**
 * The parts with the implementation clause added to "Tổ chức thực hiện", numbered on from the
 * user's own implementation items — or as a last part of its own when there are none.
 */
function withImplementation(
  parts: readonly NumberedSection[],
  clause: readonly string[],
  year: number,
): NumberedSection[] {
  const printed = parts.map((p) => ({ ...p, items: [...p.items] }));
  let part = printed.find((p) => p.section === 'implementation');
  if (!part) {
    part = {
      section: 'implementation',
      label: `${romanNumeral(printed.length + 1)}.`,
      heading: sectionHeading('implementation', year),
      items: [],
    };
    printed.push(part);
  }
  const first = part.items.length;
  part.items.push(
    ...clause.map((text, i) => ({
      id: `implementation-clause-${i + 1}`,
      label: `${first + i + 1}.`,
      text,
    })),
  );
  return printed;
}

export function resolutionJob(ctx: DocumentContext): ResolutionDocumentData {
  const { unit, conference } = ctx;
  const W = wordingFor('outcome', ctx.wording);
  const values = outcomeWordingValues(ctx);
  const fill = (template: string, extra: OutcomeWordingValues = {}): string =>
    fillWording(template, { ...values, ...extra });
  const adopted = adoption(ctx);

  const clause = [
    ...W.resolutionImplementation.map((line) => fill(line)),
    fill(W.resolutionFocalPoint),
    ...(boardAfterConference(ctx) ? [fill(W.resolutionBoard)] : []),
    fill(W.resolutionStaff),
  ];
  const parts = withImplementation(resolutionParts(ctx), clause, conference.year);

  const blocks: OutcomeBlock[] = [
    {
      kind: 'centred',
      text: fill(W.resolutionAuthority).toLocaleUpperCase('vi'),
      bold: true,
    },
    ...basesText(W.resolutionBases.map((b) => fill(b))).map((text): OutcomeBlock => ({
      kind: 'paragraph',
      text,
      italics: true,
    })),
    { kind: 'centred', text: W.resolutionVerb, bold: true },
    ...parts.flatMap((part): OutcomeBlock[] => [
      { kind: 'heading', label: part.label, text: part.heading },
      ...part.items.map((item): OutcomeBlock => ({
        kind: 'item',
        label: item.label,
        text: item.text,
      })),
    ]),
    { kind: 'paragraph', text: fill(W.resolutionVote, adoptionValues(ctx)) },
  ];

  const upperUnion = normalizeText(unit.upperUnion);
  return {
    ...issuedShell(ctx, 'D15', resolutionDate(ctx)),
    typeName: W.resolutionType,
    // Printed before the vote, it is the draft put to the conference.
    summary: [
      fill(W.resolutionSummary),
      ...(conference.resolution.stage === 'adopted' ? [] : [W.resolutionDraftMark]),
    ],
    blocks,
    recipients: {
      entries: [
        ...(upperUnion ? [fill(W.resolutionRecipientUpperUnion)] : []),
        ...W.resolutionRecipients.map((r) => fill(r)),
      ],
      archive: fill(W.resolutionArchive),
    },
    parts,
    ...(adopted ? { adoption: adopted } : {}),
  };
}
