/**
 * D17 — Biên bản họp Ban Thanh tra nhân dân lần thứ nhất: the union executive convenes the newly
 * elected board, which elects its head (Trưởng ban) and deputies (Phó Trưởng ban) among its members
 * and shares out its tasks (Luật 10/2022/QH15 Điều 63.2.a; R19: at most 2 deputies from 9 members,
 * Nghị định 59/2023/NĐ-CP Điều 21.3; practice of 1271/HD-TLĐ). A biên bản (NĐ 30/2020/NĐ-CP Phụ lục
 * III, Mẫu 1.9): header without a date line, "Số: …/BB-…", time, place, who attended, chair and
 * secretary, the proceedings, the closing time; signed THƯ KÝ on the left, CHỦ TỌA on the right
 * (R27) by default (documentHeaderFor, the block the header drawer edits). The chair is whoever
 * chaired for the union executive, by default the union chair (firstMeetingOfficers).
 */
import { formatDateVi } from '../domain/dates';
import { electionOutcome } from '../domain/electionRounds';
import { sortByVietnameseName } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { documentHeaderFor } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems, type ElectionBlock } from './electionBlocks';
import {
  electionOrEmpty,
  electionPerson,
  joinNames,
  personLine,
  personMention,
  personRef,
  toElectionPerson,
  electionWordingValues,
  pad2,
  type ElectionDocumentShell,
} from './electionFacts';
import type { ElectionWordingValues } from './electionWording';
import { clockText, longDateText } from './planJob';
import { firstMeetingOfficers } from './firstMeetingOfficers';
import { recognitionFacts } from './recognitionDecisionJob';
import { BLANK, fillWording } from './scriptWording';

export interface FirstMeetingDocumentData extends ElectionDocumentShell {
  blocks: ElectionBlock[];
}

/**
 * "số 05/QĐ-CĐCS ngày 19/01/2026" — the recognition decision as it is announced; its number blank
 * ("số …/QĐ-CĐCS") until the register issues one.
 */
function decisionReference(ctx: DocumentContext): string {
  const resolved = documentHeaderFor(ctx, 'D16');
  const issued = ctx.numbers?.D16;
  const number = issued
    ? issued.replace(/^Số:\s*/, 'số ')
    : `số ${BLANK}/${resolved.symbols[0] ?? BLANK}`;
  return `${number} ngày ${formatDateVi(recognitionFacts(ctx).date)}`;
}

export function firstMeetingMinutesJob(ctx: DocumentContext): FirstMeetingDocumentData {
  const { people, conference, rules } = ctx;
  const W = wordingFor('election', ctx.wording);
  const election = electionOrEmpty(conference);
  const meeting = election.firstMeeting;
  const resolved = documentHeaderFor(ctx, 'D17');
  const elected = new Set(electionOutcome(election, people, rules).electedIds);
  const members = sortByVietnameseName(people.filter((p) => elected.has(p.id))).map(
    toElectionPerson,
  );
  const officers = firstMeetingOfficers(conference, ctx.unit, people);
  const chair = officers.chair && toElectionPerson(officers.chair);
  const secretary = officers.secretary && toElectionPerson(officers.secretary);
  const head = electionPerson(people, meeting.headId);
  const deputies = meeting.deputyIds
    .map((id) => electionPerson(people, id))
    .filter((p) => p !== undefined);

  const values: ElectionWordingValues = {
    ...electionWordingValues(ctx, election),
    startTime: meeting.time ? clockText(meeting.time) : `${BLANK} giờ ${BLANK}`,
    endTime: `${BLANK} giờ ${BLANK}`,
    dateText: meeting.date ? longDateText(meeting.date) : `ngày ${BLANK}`,
    place: meeting.place.trim() || BLANK,
    memberCount: pad2(members.length),
    chair: personRef(chair),
    secretary: personRef(secretary),
    decisionNumber: decisionReference(ctx),
    headRef: personMention(head),
    deputyRefs: joinNames(deputies.map(personMention)),
  };
  const fill = (template: string): string => fillWording(template, values);

  const tasks = meeting.tasksNote
    .split(/\r?\n/)
    .map((l) => l.trim().replace(/^[-–•]\s*/, ''))
    .filter(Boolean);
  const content: ElectionBlock[] = [
    { kind: 'item', label: '1.', text: fill(W.meetingAnnounce) },
    { kind: 'item', label: '2.', text: fill(W.meetingHead) },
    {
      kind: 'item',
      label: '3.',
      text: deputies.length > 0 ? fill(W.meetingDeputies) : W.meetingNoDeputy,
    },
    { kind: 'item', label: '4.', text: W.meetingTasksLead },
    ...listItems(tasks.length > 0 ? tasks : W.meetingDefaultTasks),
  ];

  const blocks: ElectionBlock[] = [
    { kind: 'paragraph', text: fill(W.meetingTime) },
    { kind: 'paragraph', text: fill(W.meetingPlace) },
    { kind: 'paragraph', text: fill(W.meetingAttendance) },
    ...listItems(members.map(personLine)),
    { kind: 'paragraph', text: fill(W.meetingChair) },
    { kind: 'paragraph', text: fill(W.meetingSecretary) },
    { kind: 'heading', label: '', text: W.meetingContentTitle },
    ...content,
    { kind: 'paragraph', text: fill(W.meetingClosing) },
  ];

  return {
    header: resolved.header,
    numberText: resolved.numberText ?? '',
    typeName: W.meetingType,
    summary: [fill(W.meetingSummary)],
    blocks,
    signatures: resolved.signatures,
    recipients: { entries: [...W.meetingRecipients], archive: fill(W.minutesArchive) },
  };
}
