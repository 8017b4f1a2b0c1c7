/**
 * D16 — Quyết định công nhận kết quả bầu thành viên Ban Thanh tra nhân dân: the union executive
 * recognises the result within 5 working days after the conference (Nghị định 59/2023/NĐ-CP Điều
 * 21.1; Luật 10/2022/QH15 Điều 63.2.a — R20). A union decision (QĐ 933/QĐ-TLĐ Mẫu 1.3; header
 * preset 'union'), numbered "QĐ" (NĐ 30/2020/NĐ-CP Phụ lục III): the type and summary, the issuing
 * authority in capitals, the bases in italics (";" after each, "." after the last — R26),
 * "QUYẾT ĐỊNH:", Điều 1 the members elected and the term, Điều 2 their duties, Điều 3 effect and
 * who carries it out; signed "TM. BAN CHẤP HÀNH / CHỦ TỊCH".
 *
 * Dated the recognition date recorded with the election, by default the conference day. Whether
 * that date is within the deadline is a finding for the screen (R20: a warning, never a refusal);
 * the deadline is computed here with the unit's holiday table (workingDays.ts).
 */
import { unionExecutiveName } from '../domain/documentHeader';
import { recognitionDeadline, recognitionFindings } from '../domain/electionRecognition';
import { electionOutcome } from '../domain/electionRounds';
import type { ElectionFinding } from '../domain/electionSetup';
import { EMPTY_HOLIDAY_TABLE } from '../domain/holidays';
import { countWithWords } from '../domain/numberInWords';
import { sortByVietnameseName } from '../domain/vietnamese';
import { basesText } from './basesText';
import { issueDate, type DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import type { ElectionBlock } from './electionBlocks';
import {
  electionOrEmpty,
  personLine,
  toElectionPerson,
  electionWordingValues,
  type ElectionDocumentShell,
} from './electionFacts';
import type { ElectionWordingValues } from './electionWording';
import { longDateText } from './planJob';
import { BLANK, fillWording } from './scriptWording';

export interface RecognitionFacts {
  /** The date the decision bears (yyyy-mm-dd). */
  date: string;
  /** True when no recognition date is recorded and the conference day is used. */
  dateIsDefault: boolean;
  /** R20: the 5th working day after the conference; undefined without a conference date. */
  deadline?: string;
  /** R20 warnings for the screen (the document is built whatever they say). */
  findings: ElectionFinding[];
}

export interface RecognitionDocumentData extends ElectionDocumentShell {
  blocks: ElectionBlock[];
  /** Person ids recognised in Điều 1, in the order printed. */
  memberIds: string[];
  recognition: RecognitionFacts;
}

export function recognitionFacts(ctx: DocumentContext): RecognitionFacts {
  const election = electionOrEmpty(ctx.conference);
  const conferenceDate = ctx.conference.date;
  const recorded = election.recognition.date;
  const date = recorded ?? conferenceDate ?? issueDate(ctx);
  const holidays = ctx.holidays ?? EMPTY_HOLIDAY_TABLE;
  return {
    date,
    dateIsDefault: recorded === undefined,
    ...(conferenceDate
      ? { deadline: recognitionDeadline(conferenceDate, holidays, ctx.rules) }
      : {}),
    findings: recognitionFindings(date, conferenceDate, holidays, ctx.rules),
  };
}

export function recognitionDecisionJob(ctx: DocumentContext): RecognitionDocumentData {
  const { unit, people, conference, rules } = ctx;
  const W = wordingFor('election', ctx.wording);
  const election = electionOrEmpty(conference);
  const elected = new Set(electionOutcome(election, people, rules).electedIds);
  const members = sortByVietnameseName(people.filter((p) => elected.has(p.id))).map(
    toElectionPerson,
  );
  const recognition = recognitionFacts(ctx);
  const values: ElectionWordingValues = {
    ...electionWordingValues(ctx, election),
    conferenceDate: conference.date ? longDateText(conference.date) : `ngày ${BLANK}`,
    memberCount: countWithWords(members.length),
  };
  const fill = (template: string): string => fillWording(template, values);

  const blocks: ElectionBlock[] = [
    { kind: 'centred', text: unionExecutiveName(unit.unionName), bold: true },
    ...basesText(W.decisionBases.map(fill)).map((text): ElectionBlock => ({
      kind: 'paragraph',
      text,
      italics: true,
    })),
    { kind: 'centred', text: W.decisionVerb, bold: true },
    { kind: 'paragraph', lead: 'Điều 1.', text: fill(W.decisionArticle1) },
    ...members.map((m, i): ElectionBlock => ({
      kind: 'item',
      label: `${i + 1}.`,
      text: `${personLine(m)}${i === members.length - 1 ? '.' : ';'}`,
    })),
    { kind: 'paragraph', lead: 'Điều 2.', text: fill(W.decisionArticle2) },
    { kind: 'paragraph', lead: 'Điều 3.', text: fill(W.decisionArticle3) },
  ];

  return {
    ...issuedShell(ctx, 'D16', recognition.date),
    typeName: W.decisionType,
    summary: [fill(W.decisionSummary)],
    blocks,
    recipients: { entries: [...W.decisionRecipients], archive: fill(W.archive) },
    memberIds: members.map((m) => m.personId),
    recognition,
  };
}
