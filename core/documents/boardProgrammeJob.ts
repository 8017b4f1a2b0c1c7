/**
 * D22CT — Chương trình công tác của Ban Thanh tra nhân dân for a quarter, six months or the year
 * (domain-research §5 row D22; R22): the board works to a programme built on the conference
 * resolution (Luật 10/2022/QH15 Điều 62.2) that sets its purpose and requirements, content, time,
 * budget and organisation (Nghị định 59/2023/NĐ-CP Điều 22.1.a). Printed from one programme of the
 * board's records (boardDocumentFacts.ts: the one named, or the latest): its purpose and
 * requirements, each line with its own date or the period, its budget and organisation as
 * recorded — the standard sentences where the record is empty — and the board's members.
 *
 * A programme is a "CTr" (NĐ 30/2020/NĐ-CP Phụ lục III) under the union's header by default, as
 * D8, signed for the board by its head; dated the day it was approved once recorded.
 */
import type { ProgrammeLine } from '../domain/boardWork';
import { formatDateVi } from '../domain/dates';
import type { DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import type { FollowUpBlock, FollowUpDocumentData } from './followUpBlocks';
import {
  boardMembers,
  boardNumberText,
  boardWordingValues,
  memberLines,
  paragraphsOf,
  programmePeriod,
  programmeRecord,
} from './boardDocumentFacts';
import type { BoardProgramme } from '../domain/boardWork';
import type { BoardWorkWordingValues } from './boardWorkWording';
import { fillWording } from './scriptWording';

export interface BoardProgrammeData extends FollowUpDocumentData {
  programme: BoardProgramme;
  /** STT, the work, its time: the rows of the table, as printed. */
  lineRows: string[][];
  /** Problems for the screen (the document is built whatever they say). */
  problems: string[];
}

function lineRow(line: ProgrammeLine, n: number, within: string): string[] {
  return [
    String(n),
    paragraphsOf(line.text).join(' '),
    line.dueOn ? formatDateVi(line.dueOn) : within,
  ];
}

export function boardProgrammeJob(ctx: DocumentContext): BoardProgrammeData {
  const W = wordingFor('boardWork', ctx.wording);
  const programme = programmeRecord(ctx, 'D22CT');
  const values: BoardWorkWordingValues = {
    ...boardWordingValues(ctx),
    ...programmePeriod(programme, ctx.conference.year),
  };
  const fill = (template: string): string => fillWording(template, values);
  // The record's own words; the standard sentence where the board left a field empty.
  const own = (text: string, fallback: string) => {
    const paragraphs = paragraphsOf(text);
    return paragraphs.length > 0 ? paragraphs : [fill(fallback)];
  };

  const lineRows = programme.lines.map((l, i) => lineRow(l, i + 1, fill(W.programmeLineWithin)));
  const members = memberLines(boardMembers(ctx));
  const budget = paragraphsOf(programme.budget);
  const purpose = own(programme.purpose, W.programmeDefaultPurpose);
  const requirements = own(programme.requirements, W.programmeDefaultRequirements);

  const blocks: FollowUpBlock[] = [
    { kind: 'paragraph', text: fill(W.programmeIntro) },
    { kind: 'heading', label: 'I.', text: W.programmePurposeTitle },
    ...purpose.map((text, i): FollowUpBlock =>
      i === 0
        ? { kind: 'paragraph', lead: W.programmePurposeLead, text }
        : { kind: 'paragraph', text },
    ),
    ...requirements.map((text, i): FollowUpBlock =>
      i === 0
        ? { kind: 'paragraph', lead: W.programmeRequirementsLead, text }
        : { kind: 'paragraph', text },
    ),
    { kind: 'heading', label: 'II.', text: W.programmeContentTitle },
    lineRows.length > 0
      ? {
          kind: 'followUpTable',
          layout: 'programmeLines',
          columns: W.programmeLineColumns,
          rows: lineRows,
        }
      : { kind: 'paragraph', text: W.programmeNoLines },
    { kind: 'heading', label: 'III.', text: W.programmeBudgetTitle },
    ...(budget.length > 0 ? budget : ['…']).map((text): FollowUpBlock => ({
      kind: 'paragraph',
      text,
    })),
    { kind: 'heading', label: 'IV.', text: W.programmeOrganisationTitle },
    ...own(programme.organisation, W.programmeDefaultOrganisation).map((text): FollowUpBlock => ({
      kind: 'paragraph',
      text,
    })),
    ...(members.length > 0
      ? [{ kind: 'paragraph', text: W.programmeMembersLead } as const, ...listItems(members)]
      : []),
  ];

  const shell = issuedShell(ctx, 'D22CT', programme.approvedOn ?? ctx.today);
  return {
    ...shell,
    numberText: boardNumberText(ctx, 'D22CT', shell.numberText),
    typeName: W.programmeType,
    summary: [fill(W.programmeSummary)],
    blocks,
    recipients: {
      entries: W.programmeRecipients.map((r) => fill(r)),
      archive: fill(W.programmeArchive),
    },
    programme,
    lineRows,
    problems:
      lineRows.length === 0
        ? ['Chương trình công tác chưa có nội dung công việc: văn bản để trống mục II.']
        : [],
  };
}
