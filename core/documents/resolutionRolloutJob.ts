/**
 * D20KH — Kế hoạch triển khai thực hiện nghị quyết (domain-research §5 row D20): the head and the
 * union executive disseminate the resolution, appoint a focal point to follow it up (Luật
 * 10/2022/QH15 Điều 52.2) and review it every 6 months with a notice to all staff (Điều 52.3,
 * R9). A joint plan by default ("Số: …/KHLT-…", two signature blocks — practice, §4.3), dated the
 * day it is written and never before the conference.
 *
 * The task table is the resolution's: every item of "Nhiệm vụ và giải pháp", and every other item
 * given an owner or a deadline (a target, an emulation movement, a decision), in the order of the
 * resolution, each with its owner (ownerLabel) and deadline; the assessment of last year and the
 * Ban TTND result are not tasks. The review months are 6 and 12 months after the conference.
 */
import { format, parseISO } from 'date-fns';
import { addMonthsIso, formatDateVi } from '../domain/dates';
import { RESOLUTION_SECTIONS, type ResolutionItem } from '../domain/resolution';
import { ownerLabel } from '../domain/resolutionText';
import { normalizeText } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import { capitalizeFirst } from './electionFacts';
import type { OutcomeBlock, OutcomeDocumentData } from './outcomeBlocks';
import {
  afterConferenceShell,
  boardAfterConference,
  itemSubject,
  outcomeWordingValues,
  resolutionDate,
  resolutionTextContext,
} from './outcomeFacts';
import type { OutcomeWordingValues } from './outcomeWording';
import { fillWording } from './scriptWording';

export interface RolloutTaskRow {
  no: number;
  itemId: string;
  task: string;
  /** "Thủ trưởng cơ quan, đơn vị", "Văn phòng", "Đồng chí Trần Hữu An"; '' when nobody is set. */
  owner: string;
  /** dd/mm/yyyy, or ''. */
  deadline: string;
}

export interface RolloutDocumentData extends OutcomeDocumentData {
  tasks: RolloutTaskRow[];
  /** ISO dates of the two 6-monthly reviews (Điều 52.3). */
  reviews: [string, string];
}

/** The items the plan turns into tasks, in the order the resolution prints its parts. */
export function rolloutItems(items: readonly ResolutionItem[]): ResolutionItem[] {
  return RESOLUTION_SECTIONS.flatMap((section) =>
    items.filter(
      (i) =>
        i.section === section &&
        section !== 'assessment' &&
        !i.fromElection &&
        (section === 'tasks' || i.owner !== undefined || i.deadline !== undefined),
    ),
  );
}

/** "tháng 07/2026". */
function monthText(iso: string): string {
  return `tháng ${format(parseISO(iso), 'MM/yyyy')}`;
}

export function resolutionRolloutJob(ctx: DocumentContext): RolloutDocumentData {
  const { unit, conference, people } = ctx;
  const W = wordingFor('outcome', ctx.wording);
  const adoptedOn = resolutionDate(ctx);
  const reviews: [string, string] = [addMonthsIso(adoptedOn, 6), addMonthsIso(adoptedOn, 12)];
  const values: OutcomeWordingValues = {
    ...outcomeWordingValues(ctx),
    firstReview: monthText(reviews[0]),
    secondReview: monthText(reviews[1]),
  };
  const fill = (template: string, extra: OutcomeWordingValues = {}): string =>
    fillWording(template, { ...values, ...extra });

  const textCtx = resolutionTextContext(ctx);
  const tasks: RolloutTaskRow[] = rolloutItems(conference.resolution.items)
    .map((item) => ({
      itemId: item.id,
      task: itemSubject(item, textCtx),
      owner: item.owner ? capitalizeFirst(ownerLabel(item.owner, people)) : '',
      deadline: item.deadline ? formatDateVi(item.deadline) : '',
    }))
    .filter((t) => t.task !== '')
    .map((t, i) => ({ no: i + 1, ...t }));

  const duties = [
    fill(W.rolloutHeadDuty),
    fill(W.rolloutUnionDuty),
    ...(boardAfterConference(ctx) ? [fill(W.rolloutBoardDuty)] : []),
    fill(W.rolloutSubUnitDuty),
  ];
  const sections: { title: string; blocks: OutcomeBlock[] }[] = [
    { title: W.rolloutPurposeTitle, blocks: listItems(W.rolloutPurpose.map((l) => fill(l))) },
    {
      title: W.rolloutTasksTitle,
      blocks:
        tasks.length > 0
          ? [
              { kind: 'paragraph', text: W.rolloutTasksIntro },
              {
                kind: 'outcomeTable',
                layout: 'tasks',
                columns: W.rolloutTaskColumns,
                rows: tasks.map((t) => [String(t.no), t.task, t.owner, t.deadline]),
              },
            ]
          : [{ kind: 'paragraph', text: W.rolloutNoTasks }],
    },
    {
      title: W.rolloutFocalPointTitle,
      blocks: [{ kind: 'paragraph', text: fill(W.rolloutFocalPoint) }],
    },
    { title: W.rolloutReviewTitle, blocks: [{ kind: 'paragraph', text: fill(W.rolloutReview) }] },
    {
      title: W.rolloutOrganisationTitle,
      blocks: duties.map((text, i): OutcomeBlock => ({ kind: 'item', label: `${i + 1}.`, text })),
    },
  ];
  const roman = ['I.', 'II.', 'III.', 'IV.', 'V.'];

  const blocks: OutcomeBlock[] = [
    { kind: 'paragraph', text: fill(W.rolloutIntro) },
    ...sections.flatMap((s, i): OutcomeBlock[] => [
      { kind: 'heading', label: roman[i] ?? `${i + 1}.`, text: s.title },
      ...s.blocks,
    ]),
    { kind: 'paragraph', text: fill(W.rolloutClosing) },
  ];

  const upperUnion = normalizeText(unit.upperUnion);
  return {
    ...afterConferenceShell(ctx, 'D20KH'),
    typeName: W.rolloutType,
    summary: [fill(W.rolloutSummary)],
    blocks,
    recipients: {
      entries: [
        ...(upperUnion ? [fill(W.rolloutRecipientUpperUnion)] : []),
        ...W.rolloutRecipients.map((r) => fill(r)),
      ],
      archive: fill(W.rolloutArchive),
    },
    tasks,
    reviews,
  };
}
