/**
 * D10 — Tờ trình of the union executive to the conference on the number of seats of the Ban Thanh
 * tra nhân dân and the list of candidates it proposes (domain-research §5 row D10: Luật 10/2022/QH15
 * Điều 60.1, 63.2.a). A union document (header preset 'union', QĐ 933/QĐ-TLĐ) numbered "TTr" (NĐ
 * 30/2020/NĐ-CP Phụ lục III), addressed to the conference, signed "TM. BAN CHẤP HÀNH / CHỦ TỊCH".
 *
 * Sections: the number of seats with the rule and its source (R11), the structure (head, deputies
 * and members; the head and deputies are elected by the board itself, R19), the candidates in
 * Vietnamese name order with position, sub-unit, eligibility (R12) and consent (R13), and the
 * eligibility criteria of Điều 60.2 with the result of the union's review.
 */
import { candidateEligibility } from '../domain/electionSetup';
import { ROLE_LABELS } from '../domain/glossary';
import { countWithWords } from '../domain/numberInWords';
import type { Person } from '../domain/person';
import { normalizeText } from '../domain/vietnamese';
import type { RuleSet } from '../rules/ruleSets';
import { issueDate, type DocumentContext } from './documentContext';
import { issuedShell } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import type { ElectionBlock } from './electionBlocks';
import {
  electionOrEmpty,
  electionWordingValues,
  pad2,
  roundCandidates,
  type ElectionDocumentShell,
} from './electionFacts';
import type { ElectionWordingValues } from './electionWording';
import { fillWording } from './scriptWording';

export interface SubmissionDocumentData extends ElectionDocumentShell {
  blocks: ElectionBlock[];
}

/**
 * R12 — why a person may not stand, in a few words for the table ('' when they may): not on the
 * roster or not working in the unit any more, or the head, a deputy head or the chief accountant
 * (Luật 10/2022/QH15 Điều 60.2, candidateEligibility). The full reason is in the setup findings.
 */
export function ineligibilityText(person: Person | undefined, rules: RuleSet): string {
  if (candidateEligibility(person, rules).ok) return '';
  if (!person || !person.active) return 'Không công tác tại đơn vị';
  const role = rules.boardExcludedRoles.value.find((r) => person.roles.includes(r));
  return role ? `Là ${ROLE_LABELS[role].toLocaleLowerCase('vi')}` : 'Không đủ điều kiện';
}

/** R19 in words for the seats proposed: "không quá 02 người (Ban có từ 9 thành viên trở lên)". */
export function deputiesRuleText(seats: number | undefined, rules: RuleSet): string | undefined {
  if (seats === undefined) return undefined;
  const { largeFrom, maxLarge, maxSmall } = rules.boardDeputies.value;
  if (seats >= largeFrom)
    return `không quá ${pad2(maxLarge)} người (Ban có từ ${largeFrom} thành viên trở lên)`;
  if (maxSmall === null) return undefined;
  return `${maxSmall === 1 ? '' : 'không quá '}${pad2(maxSmall)} người (Ban có dưới ${largeFrom} thành viên)`;
}

export function electionSubmissionJob(ctx: DocumentContext): SubmissionDocumentData {
  const { people, conference, rules } = ctx;
  const W = wordingFor('election', ctx.wording);
  const election = electionOrEmpty(conference);
  const candidates = roundCandidates(election, undefined, people);
  const byId = new Map(people.map((p) => [p.id, p]));
  const setup = new Map(election.candidates.map((c) => [c.personId, c]));
  const seats = election.seats;

  const rows = candidates.map((c) => {
    const entry = setup.get(c.personId);
    const floor = entry !== undefined && entry.nominatedBy !== 'unionExecutive';
    const problem = ineligibilityText(byId.get(c.personId), rules);
    return [
      String(c.ballotNumber),
      floor ? `${c.fullName} (*)` : c.fullName,
      c.position,
      c.department,
      problem || W.eligibleText,
      entry?.consent ? W.consentText : W.noConsentText,
    ];
  });
  const eligible = rows.filter((r) => r[4] === W.eligibleText).length;
  const consented = candidates.filter((c) => setup.get(c.personId)?.consent === true).length;
  const anyFloor = candidates.some(
    (c) => (setup.get(c.personId)?.nominatedBy ?? 'unionExecutive') !== 'unionExecutive',
  );

  const deputiesRule = deputiesRuleText(seats, rules);
  const values: ElectionWordingValues = {
    ...electionWordingValues(ctx, election),
    candidateCount: countWithWords(candidates.length),
    eligibleCount: pad2(eligible),
    consentCount: pad2(consented),
    specialNote: normalizeText(election.seatsSpecialCase.note),
    ...(deputiesRule ? { deputiesRule, deputiesSource: rules.boardDeputies.source } : {}),
  };
  const fill = (template: string): string => fillWording(template, values);
  const { max, oddOnly } = rules.boardSeats.value;

  const seatsBlocks: ElectionBlock[] = [{ kind: 'paragraph', text: fill(W.submissionSeats) }];
  if (oddOnly) seatsBlocks.push({ kind: 'paragraph', text: fill(W.submissionSeatsOdd) });
  if (seats !== undefined && seats > max)
    seatsBlocks.push({ kind: 'paragraph', text: fill(W.submissionSeatsSpecial) });

  const structure: ElectionBlock[] = [{ kind: 'paragraph', text: fill(W.submissionStructure) }];
  if (deputiesRule) structure.push({ kind: 'paragraph', text: fill(W.submissionDeputies) });

  const list: ElectionBlock[] = [
    { kind: 'paragraph', text: fill(W.submissionCandidatesIntro) },
    { kind: 'table', layout: 'candidates', columns: W.submissionColumns, rows },
  ];
  if (anyFloor) list.push({ kind: 'paragraph', text: W.floorNominationNote, italics: true });

  const sections: [string, ElectionBlock[]][] = [
    [W.submissionSeatsTitle, seatsBlocks],
    [W.submissionStructureTitle, structure],
    [W.submissionCandidatesTitle, list],
    [
      W.submissionEligibilityTitle,
      [
        { kind: 'paragraph', text: fill(W.submissionEligibility) },
        { kind: 'paragraph', text: fill(W.submissionReview) },
      ],
    ],
  ];
  const blocks: ElectionBlock[] = [
    { kind: 'centred', text: fill(W.submissionAddressee) },
    { kind: 'paragraph', text: fill(W.submissionIntro) },
  ];
  sections.forEach(([title, content], i) => {
    blocks.push({ kind: 'heading', label: `${i + 1}.`, text: title }, ...content);
  });
  blocks.push({ kind: 'paragraph', text: fill(W.submissionClosing) });

  return {
    // Submitted to the conference: issued before it, never dated after it.
    ...issuedShell(ctx, 'D10', issueDate(ctx)),
    typeName: W.submissionType,
    summary: [fill(W.submissionSummary)],
    blocks,
    recipients: { entries: [...W.submissionRecipients], archive: fill(W.archive) },
  };
}
