/**
 * D11 — Thể lệ bầu cử Ban Thanh tra nhân dân: the rules of THIS election as configured, read out
 * and adopted by the conference before the vote (domain-research §5 row D11, practice). Every
 * article follows the setup: the number of seats and candidates (R11), secret ballot with the
 * union's stamp (§3.6), the counting board and witnesses by name (R14), how to mark the ballot for
 * its style, the invalid-ballot rules exactly as set (R15), the winning base with the threshold in
 * votes when the number present is known (R16), the tie and shortfall rules (R17, minimum from the
 * rule set) and how the count is verified (two teams, or totals).
 *
 * A union document (header preset 'union'), unnumbered, dated the day it is issued (never after the
 * conference), signed for the union executive that proposes it.
 */
import { conferenceQuorum } from '../domain/conferenceRules';
import type { Election, NamedPerson } from '../domain/election';
import { countWithWords } from '../domain/numberInWords';
import type { Person } from '../domain/person';
import { votesToPass } from '../domain/quorum';
import { normalizeText } from '../domain/vietnamese';
import type { Fraction } from '../rules/ruleSets';
import { issueDate, type DocumentContext } from './documentContext';
import { documentHeaderFor, placeDateFor } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems, type ElectionBlock } from './electionBlocks';
import {
  currentRound,
  electionOrEmpty,
  electionPerson,
  joinNames,
  personMention,
  personRef,
  roundCandidates,
  electionWordingValues,
  type ElectionDocumentShell,
} from './electionFacts';
import type { ElectionWordingValues } from './electionWording';
import { BLANK, fillWording } from './scriptWording';

export interface RulesDocumentData extends ElectionDocumentShell {
  blocks: ElectionBlock[];
  /** People present the threshold was computed from; undefined before check-in and round. */
  present?: number;
  votesNeeded?: number;
}

/** "quá một nửa (trên 50%)" for 1/2; "trên 66,67%" for another fraction. */
export function passText(f: Fraction): string {
  if (f.numerator * 2 === f.denominator) return 'quá một nửa (trên 50%)';
  const hundredths = Math.round((f.numerator * 10000) / f.denominator);
  return `trên ${String(hundredths / 100).replace('.', ',')}%`;
}

/**
 * A witness or other named person: the roster name when linked (with "ông"/"bà" inside a sentence,
 * "Ông"/"Bà" at the start of a line), the typed name otherwise.
 */
export function namedPersonText(
  people: readonly Person[],
  named: NamedPerson,
  inSentence = false,
): string {
  const person = electionPerson(people, named.personId);
  if (person) return inSentence ? personMention(person) : personRef(person);
  return normalizeText(named.name) || BLANK;
}

/**
 * People present for the threshold of R16: those the current round records, else the check-in;
 * undefined while neither is known (the rules are often printed before the conference).
 */
export function presentForThreshold(ctx: DocumentContext, election: Election): number | undefined {
  const round = currentRound(election);
  if (round && round.present > 0) return round.present;
  const present = conferenceQuorum(ctx.conference, ctx.people, ctx.rules).present;
  return present > 0 ? present : undefined;
}

export function electionRulesJob(ctx: DocumentContext): RulesDocumentData {
  const { people, conference, rules } = ctx;
  const W = wordingFor('election', ctx.wording);
  const election = electionOrEmpty(conference);
  const resolved = documentHeaderFor(ctx, 'D11');
  const round = currentRound(election);
  const candidates = roundCandidates(election, undefined, people);
  const board = election.countingBoard;
  const head = electionPerson(people, board.headId);
  const members = board.memberIds
    .filter((id) => id !== board.headId)
    .map((id) => electionPerson(people, id))
    .filter((p) => p !== undefined);
  const boardEntries = [
    ...(head ? [`${personMention(head)} – Trưởng ban`] : []),
    ...members.map((m) => `${personMention(m)} – thành viên`),
  ];
  const witnesses = board.witnesses.map((w) => namedPersonText(people, w, true));
  const present = presentForThreshold(ctx, election);
  const fraction = rules.boardWinFraction.value;
  const votesNeeded =
    present !== undefined && election.winningBase === 'present'
      ? votesToPass(present, fraction)
      : undefined;

  const values: ElectionWordingValues = {
    ...electionWordingValues(ctx, election),
    candidateCount: countWithWords(candidates.length),
    boardCount: countWithWords(boardEntries.length),
    boardList: boardEntries.join('; '),
    witnessList: joinNames(witnesses),
    passText: passText(fraction),
    winningSource: rules.boardWinFraction.source,
    ...(present !== undefined ? { present } : {}),
    ...(votesNeeded !== undefined ? { votesNeeded } : {}),
  };
  const fill = (template: string): string => fillWording(template, values);
  const T = W.rulesArticleTitles;
  const strikeOut = election.ballotStyle === 'strikeOut';

  const method: ElectionBlock[] = [{ kind: 'paragraph', text: fill(W.rulesMethod) }];
  if (election.ballotSerials) method.push({ kind: 'paragraph', text: fill(W.rulesMethodSerial) });

  const boardBlocks: ElectionBlock[] = [{ kind: 'paragraph', text: fill(W.rulesBoard) }];
  if (witnesses.length > 0) boardBlocks.push({ kind: 'paragraph', text: fill(W.rulesWitnesses) });
  boardBlocks.push({ kind: 'paragraph', text: fill(W.rulesBoardDuties) });

  const marking: ElectionBlock[] = strikeOut
    ? [
        { kind: 'paragraph', text: fill(W.rulesMarkingStrikeOut) },
        { kind: 'paragraph', text: fill(W.rulesMarkingStrikeOutNote) },
      ]
    : [{ kind: 'paragraph', text: fill(W.rulesMarkingApprove) }];

  // R15 as configured: the paper reasons always, the two derived from the marks only when set.
  const I = W.rulesInvalid;
  const invalid = [
    I.notIssued,
    I.noStamp,
    ...(election.validity.overVoteInvalid
      ? [strikeOut ? I.overVoteStrikeOut : I.overVoteApprove]
      : []),
    ...(election.validity.allStruckInvalid ? [strikeOut ? I.allStruck : I.allRejected] : []),
    I.addedNames,
    I.marked,
  ].map(fill);
  const validity: ElectionBlock[] = [
    { kind: 'paragraph', text: W.rulesInvalidIntro },
    ...listItems(invalid),
    { kind: 'paragraph', text: fill(W.rulesValid) },
  ];
  if (!election.validity.overVoteInvalid)
    validity.push({ kind: 'paragraph', text: fill(W.rulesOverVoteValid) });
  if (!election.validity.allStruckInvalid)
    validity.push({ kind: 'paragraph', text: fill(W.rulesAllStruckValid) });

  const winning: ElectionBlock[] = [
    {
      kind: 'paragraph',
      text: fill(election.winningBase === 'present' ? W.rulesWinningPresent : W.rulesWinningValid),
    },
  ];
  if (votesNeeded !== undefined)
    winning.push({ kind: 'paragraph', text: fill(W.rulesVotesNeeded) });
  winning.push({ kind: 'paragraph', text: fill(W.rulesRanking) });

  const mode = round?.mode ?? 'ballots';
  const articles: [string, ElectionBlock[]][] = [
    [T.seats, [{ kind: 'paragraph', text: fill(W.rulesSeats) }]],
    [T.method, method],
    [T.board, boardBlocks],
    [T.marking, marking],
    [T.validity, validity],
    [T.winning, winning],
    [
      T.ties,
      [
        { kind: 'paragraph', text: fill(W.rulesTie) },
        { kind: 'paragraph', text: fill(W.rulesShortfall) },
      ],
    ],
    [
      T.counting,
      [
        {
          kind: 'paragraph',
          text: fill(mode === 'ballots' ? W.rulesCountingBallots : W.rulesCountingTotals),
        },
        { kind: 'paragraph', text: fill(W.rulesAnnounce) },
      ],
    ],
  ];
  const blocks: ElectionBlock[] = [{ kind: 'paragraph', text: fill(W.rulesIntro) }];
  articles.forEach(([title, content], i) => {
    blocks.push({ kind: 'heading', label: `Điều ${i + 1}.`, text: title }, ...content);
  });
  blocks.push({ kind: 'paragraph', text: fill(W.rulesClosing) });

  return {
    header: resolved.header,
    placeDateText: placeDateFor(ctx, issueDate(ctx)),
    typeName: W.rulesType,
    summary: [fill(W.rulesSummary)],
    blocks,
    signatures: resolved.signatures,
    recipients: { entries: [...W.rulesRecipients], archive: fill(W.archive) },
    ...(present !== undefined ? { present } : {}),
    ...(votesNeeded !== undefined ? { votesNeeded } : {}),
  };
}
