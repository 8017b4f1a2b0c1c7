/**
 * D18 — Bản giao ước thi đua between the head and the union executive, signed at the conference
 * (Luật 10/2022/QH15 Điều 51.4.h; domain-research §5 row D18). Its content comes from the
 * resolution as entered: the targets (every item of "Chỉ tiêu" and each emulation item with a
 * value) in a table, the emulation movements without a value, then each party's commitments — the
 * standard sentences of the wording book followed by the resolution's tasks given to that party
 * (owner head or union). Joint header, unnumbered, dated the conference day; the union chair signs
 * on the left and the head on the right (documentHeaderFor; editable).
 */
import { itemText } from '../domain/resolutionText';
import type { DocumentContext } from './documentContext';
import { documentHeaderFor, placeDateFor } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import type { OutcomeBlock, OutcomeDocumentData } from './outcomeBlocks';
import {
  itemLevel,
  itemSubject,
  outcomeWordingValues,
  resolutionDate,
  resolutionTextContext,
} from './outcomeFacts';
import type { OutcomeWordingValues } from './outcomeWording';
import { fillWording } from './scriptWording';

const ROMAN = ['I.', 'II.', 'III.', 'IV.', 'V.'];

export interface CovenantDocumentData extends OutcomeDocumentData {
  /** The targets row by row (STT, target, level), as printed. */
  targetRows: string[][];
}

export function covenantJob(ctx: DocumentContext): CovenantDocumentData {
  const { conference } = ctx;
  const W = wordingFor('outcome', ctx.wording);
  const values = outcomeWordingValues(ctx);
  const fill = (template: string, extra: OutcomeWordingValues = {}): string =>
    fillWording(template, { ...values, ...extra });
  const textCtx = resolutionTextContext(ctx);
  const items = conference.resolution.items;

  const targets = items.filter(
    (i) => i.section === 'targets' || (i.section === 'emulation' && i.target !== undefined),
  );
  const targetRows = targets.map((item, n) => [
    String(n + 1),
    itemSubject(item, textCtx),
    itemLevel(item, textCtx),
  ]);
  const movements = items
    .filter((i) => i.section === 'emulation' && i.target === undefined)
    .map((i) => itemText(i, textCtx))
    .filter(Boolean);
  // The tasks given to each party; targets and movements are printed once, above.
  const ownedBy = (kind: 'head' | 'union') =>
    items
      .filter((i) => i.owner?.kind === kind && i.section === 'tasks')
      .map((i) => itemSubject(i, textCtx))
      .filter(Boolean);

  const sections: { title: string; blocks: OutcomeBlock[] }[] = [];
  if (targetRows.length > 0) {
    sections.push({
      title: W.covenantTargetsTitle,
      blocks: [
        { kind: 'paragraph', text: W.covenantTargetsIntro },
        {
          kind: 'outcomeTable',
          layout: 'targets',
          columns: W.covenantTargetColumns,
          rows: targetRows,
        },
      ],
    });
  }
  if (movements.length > 0) {
    sections.push({ title: W.covenantMovementTitle, blocks: listItems(movements) });
  }
  sections.push(
    {
      title: W.covenantHeadTitle,
      blocks: listItems([...W.covenantHead.map((l) => fill(l)), ...ownedBy('head')]),
    },
    {
      title: W.covenantUnionTitle,
      blocks: listItems([...W.covenantUnion.map((l) => fill(l)), ...ownedBy('union')]),
    },
  );

  const blocks: OutcomeBlock[] = [
    { kind: 'paragraph', text: fill(W.covenantIntro) },
    ...sections.flatMap((s, i): OutcomeBlock[] => [
      { kind: 'heading', label: ROMAN[i] ?? `${i + 1}.`, text: s.title },
      ...s.blocks,
    ]),
    { kind: 'paragraph', text: fill(W.covenantClosing) },
  ];

  const resolved = documentHeaderFor(ctx, 'D18');
  return {
    header: resolved.header,
    placeDateText: placeDateFor(ctx, resolutionDate(ctx)),
    typeName: W.covenantType,
    summary: [fill(W.covenantSummary)],
    blocks,
    signatures: resolved.signatures,
    targetRows,
  };
}
