/**
 * D14 — Biên bản hội nghị (domain-research §5 row D14; practice, in the layout of NĐ 30/2020/NĐ-CP
 * Phụ lục III, Mẫu 1.9): header without a place-and-date line, "Số: …/BB-…", then the time the
 * conference opened, the place, the attendance with the quorum statement (present / base /
 * percentage — conferenceQuorum, R1), the chair, the presidium and the secretary; the proceedings
 * item by item in the order of the programme, each with the secretary's summary, the opinions
 * (Luật 10/2022/QH15 Điều 51.4.c) and answers (Điều 51.4.d) recorded under it, every floor vote
 * with its figures and outcome (voteOutcome, R2), the Ban TTND result from the locked count
 * (tallyRound, electionOutcome — R16: every percentage with its base) and the adoption of the
 * resolution (Điều 51.4.i); the closing time. Signed THƯ KÝ on the left, CHỦ TỌA on the right
 * (R27), the signers editable through documentHeaderFor.
 *
 * Opinions and votes go under the item they were recorded for; one recorded without an item goes
 * under the step of its kind (an opinion under the discussion, a vote on the counting board under
 * the election …), and what has no place in the programme under "Các nội dung khác" at the end.
 */
import type { AgendaItem } from '../domain/agenda';
import type { AgendaKind } from '../domain/agendaKinds';
import type { RoundTally } from '../domain/election';
import { electionOutcome } from '../domain/electionRounds';
import { vietnamClock } from '../domain/vietnamTime';
import { describeBase, formatShare, tallyRound } from '../domain/electionTally';
import { countWithWords } from '../domain/numberInWords';
import type { Opinion, VoteSubject } from '../domain/proceedings';
import { itemReference } from '../domain/resolutionText';
import { normalizeText } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { documentHeaderFor } from './documentHeaderFor';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import {
  capitalizeFirst,
  heldElection,
  joinNames,
  lockedRounds,
  ordinalWord,
  roundCandidates,
} from './electionFacts';
import { namedPersonText } from './electionRulesJob';
import type { OutcomeBlock, OutcomeDocumentData } from './outcomeBlocks';
import {
  adoption,
  adoptionValues,
  countedVotes,
  electionFacts,
  outcomeWordingValues,
  quorumFacts,
  resolutionParts,
  type CountedVote,
  type QuorumFacts,
} from './outcomeFacts';
import type { OutcomeWording, OutcomeWordingValues } from './outcomeWording';
import { clockText, guestReference } from './planJob';
import { agendaForDocuments, findPerson, itemTitle, resolvePresenter } from './programmeJob';
import { fillWording } from './scriptWording';

/** The figures the minutes printed, as core computed them (for the screen and the checks). */
export interface MinutesFigures {
  quorum: QuorumFacts;
  votes: CountedVote[];
  /** The locked rounds of the Ban TTND election, counted. */
  rounds: RoundTally[];
  /** The vote that adopted the resolution, when it passed. */
  adoption?: CountedVote;
}

export interface ConferenceMinutesData extends OutcomeDocumentData {
  figures: MinutesFigures;
}

/** The step of the programme a vote recorded without an item belongs to. */
const VOTE_STEP: Record<VoteSubject, AgendaKind | undefined> = {
  presidium: 'presidiumAndSecretary',
  programme: 'programmeApproval',
  countingBoard: 'boardElection',
  boardSeats: 'boardElection',
  candidateList: 'boardElection',
  electionRules: 'boardElection',
  decision: 'decisions',
  draftOpinion: 'decisions',
  resolutionSection: 'resolution',
  resolution: 'resolution',
  other: undefined,
};

/** Where each piece goes: an agenda item's id, or OTHER for the part after the programme. */
const OTHER = '';

interface ItemContent {
  opinions: Opinion[];
  answers: Opinion[];
  votes: CountedVote[];
  election: boolean;
  resolution: boolean;
}

function emptyContent(): ItemContent {
  return { opinions: [], answers: [], votes: [], election: false, resolution: false };
}

/** The first item of one of these kinds, in the order given; OTHER when the programme has none. */
function stepOf(items: readonly AgendaItem[], ...kinds: AgendaKind[]): string {
  for (const kind of kinds) {
    const item = items.find((i) => i.kind === kind);
    if (item) return item.id;
  }
  return OTHER;
}

/** "Ông Nguyễn Văn An, Phòng Pháp chế": the speaker as named, with the sub-unit said in the hall. */
function speakerText(ctx: DocumentContext, opinion: Opinion): string {
  const person = findPerson(ctx.people, opinion.speaker.personId);
  const department = normalizeText(opinion.department) || normalizeText(person?.department ?? '');
  const name = namedPersonText(ctx.people, opinion.speaker);
  return department ? `${name}, ${department}` : name;
}

function paragraphsOf(text: string): OutcomeBlock[] {
  return text
    .split(/\r?\n/)
    .map((l) => normalizeText(l))
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', text: line }));
}

function voteBlock(c: CountedVote, W: OutcomeWording, fill: Fill): OutcomeBlock {
  const note = normalizeText(c.vote.presentNote);
  return {
    kind: 'item',
    label: '-',
    text: fill(W.minutesVote, {
      voteTitle: normalizeText(c.vote.title),
      // A corrected number of people present carries its reason: "28 (02 người ra ngoài)".
      present: note ? `${c.vote.present} (${note})` : c.vote.present,
      votesFor: c.vote.votesFor,
      votesAgainst: c.vote.votesAgainst,
      votesOther: c.vote.votesOther,
      voteResult: c.outcome.sentence,
    }),
  };
}

type Fill = (template: string, extra?: OutcomeWordingValues) => string;

/** The count of each locked round and, once complete, who was elected (R16–R18). */
function electionBlocksOf(ctx: DocumentContext, W: OutcomeWording, fill: Fill) {
  const election = heldElection(ctx.conference);
  if (!election) return { blocks: [], rounds: [] };
  const outcome = electionOutcome(election, ctx.people, ctx.rules);
  const facts = electionFacts(ctx);
  const rounds: RoundTally[] = [];
  const blocks: OutcomeBlock[] = [
    { kind: 'paragraph', text: fill(W.minutesElectionLead, { term: facts?.term ?? '' }) },
  ];
  for (const round of lockedRounds(election)) {
    const tally = tallyRound(election, round, ctx.people, ctx.rules);
    rounds.push(tally);
    const names = new Map(
      roundCandidates(election, round, ctx.people).map((c) => [c.personId, c.fullName]),
    );
    blocks.push({
      kind: 'paragraph',
      text: fill(W.minutesElectionRound, {
        round: ordinalWord(round.number),
        issued: tally.issued,
        collected: tally.collected,
        valid: tally.valid,
        invalid: tally.invalid,
        baseText: describeBase(tally.base),
      }),
    });
    blocks.push(
      ...listItems(
        tally.results.map((r) => {
          const line = fill(W.minutesElectionCandidate, {
            name: names.get(r.personId) ?? '',
            votes: r.votes,
            share: formatShare(r.share),
          });
          return r.elected ? `${line} – ${W.minutesElected}` : line;
        }),
      ),
    );
  }
  blocks.push({
    kind: 'paragraph',
    text: facts
      ? fill(W.electionElected, {
          term: facts.term,
          memberCount: countWithWords(facts.members.length),
          names: joinNames(facts.members.map((m) => normalizeText(m.fullName))),
        })
      : fill(W.electionPending, { electionStatus: outcome.message }),
  });
  return { blocks, rounds };
}

export function conferenceMinutesJob(ctx: DocumentContext): ConferenceMinutesData {
  const { conference, people } = ctx;
  const W = wordingFor('outcome', ctx.wording);
  const values = outcomeWordingValues(ctx);
  const fill: Fill = (template, extra = {}) => fillWording(template, { ...values, ...extra });
  const quorum = quorumFacts(ctx);
  const votes = countedVotes(ctx);
  const adopted = adoption(ctx);
  const { items } = agendaForDocuments(ctx);
  const proceedings = conference.proceedings;

  // Where each opinion, answer, vote, the election and the adoption are printed.
  const content = new Map<string, ItemContent>(items.map((i) => [i.id, emptyContent()]));
  content.set(OTHER, emptyContent());
  const at = (id: string | undefined, fallback: string): ItemContent => {
    const own = id === undefined ? undefined : content.get(id);
    return own ?? content.get(fallback) ?? emptyContent();
  };
  const discussion = stepOf(items, 'discussion');
  const answers = stepOf(items, 'answers');
  for (const opinion of proceedings.opinions) {
    const place = at(opinion.agendaItemId, discussion);
    place.opinions.push(opinion);
    if (opinion.answer && normalizeText(opinion.answer.content)) {
      // Điều 51.4.d: answers belong to the step where the head and the union chair answer.
      (answers === OTHER ? place : at(answers, OTHER)).answers.push(opinion);
    }
  }
  for (const c of votes) {
    const step = VOTE_STEP[c.vote.subject];
    const fallback =
      step === 'boardElection'
        ? stepOf(items, 'boardElection', 'decisions')
        : step
          ? stepOf(items, step)
          : OTHER;
    at(c.vote.agendaItemId, fallback).votes.push(c);
  }
  at(undefined, stepOf(items, 'boardElection', 'decisions')).election = true;
  const resolution = conference.resolution;
  if (resolution.items.length > 0 || resolution.adoptedByVoteId !== undefined) {
    at(undefined, stepOf(items, 'resolution')).resolution = true;
  }

  const parts = resolutionParts(ctx);
  const election = electionBlocksOf(ctx, W, fill);

  const contentBlocks = (c: ItemContent): OutcomeBlock[] => {
    const blocks: OutcomeBlock[] = [];
    if (c.opinions.length > 0) {
      blocks.push({ kind: 'paragraph', text: W.minutesOpinionsLead });
      for (const o of c.opinions) {
        const ref = o.resolutionItemId ? itemReference(parts, o.resolutionItemId) : '';
        const taken = o.takenIntoResolution
          ? ` ${ref ? fill(W.minutesOpinionTakenAt, { resolutionRef: `mục ${ref}` }) : W.minutesOpinionTaken}`
          : '';
        blocks.push({
          kind: 'item',
          label: '-',
          text: `${fill(W.minutesOpinion, {
            speaker: speakerText(ctx, o),
            content: normalizeText(o.content),
          })}${taken}`,
        });
      }
    }
    if (c.answers.length > 0) {
      blocks.push({ kind: 'paragraph', text: W.minutesAnswersLead });
      for (const o of c.answers) {
        if (!o.answer) continue;
        blocks.push({
          kind: 'item',
          label: '-',
          text: fill(W.minutesAnswer, {
            answerBy: namedPersonText(people, o.answer.by),
            speaker: namedPersonText(people, o.speaker, true),
            answer: normalizeText(o.answer.content),
          }),
        });
      }
    }
    // The votes first: the seats, the candidates and the counting board are approved before the
    // ballot, and the resolution is voted on before its adoption is recorded.
    blocks.push(...c.votes.map((v) => voteBlock(v, W, fill)));
    if (c.election) blocks.push(...election.blocks);
    if (c.resolution) {
      blocks.push({
        kind: 'paragraph',
        text: adopted
          ? fill(W.minutesResolutionAdopted, adoptionValues(ctx))
          : W.minutesResolutionPending,
      });
    }
    return blocks;
  };

  const proceedingsBlocks: OutcomeBlock[] = [];
  items.forEach((item, i) => {
    const record = proceedings.items[item.id];
    const start = record?.startedAt ? clockText(vietnamClock(record.startedAt)) : undefined;
    const end = record?.endedAt ? clockText(vietnamClock(record.endedAt)) : undefined;
    const times = start && end ? ` (${fill(W.minutesItemTimes, { start, end })})` : '';
    const presenter = resolvePresenter(item.presenter, ctx);
    proceedingsBlocks.push({
      kind: 'heading',
      label: `${i + 1}.`,
      text: `${itemTitle(item)}${times}`,
    });
    if (presenter?.isPerson) {
      const who = presenter.position ? `${presenter.name} – ${presenter.position}` : presenter.name;
      proceedingsBlocks.push({
        kind: 'paragraph',
        text: fill(W.minutesPresenter, { presenter: who }),
      });
    }
    proceedingsBlocks.push(
      ...paragraphsOf(record?.summary ?? ''),
      ...contentBlocks(at(item.id, OTHER)),
    );
  });
  const rest = contentBlocks(at(OTHER, OTHER));
  if (rest.length > 0) {
    proceedingsBlocks.push(
      { kind: 'heading', label: `${items.length + 1}.`, text: W.minutesOtherTitle },
      ...rest,
    );
  }

  const guests = conference.guests.map((g) => guestReference(g));
  const blocks: OutcomeBlock[] = [
    { kind: 'paragraph', text: fill(W.minutesTime) },
    { kind: 'paragraph', text: fill(W.minutesPlace) },
    { kind: 'paragraph', text: W.minutesAttendanceLead },
    {
      kind: 'paragraph',
      text: fill(quorum.quorum.reached ? W.quorum : W.quorumShort),
    },
    ...(guests.length > 0
      ? [
          { kind: 'paragraph', text: W.minutesGuestsLead } satisfies OutcomeBlock,
          ...listItems(guests),
        ]
      : []),
    { kind: 'paragraph', text: fill(W.minutesChair) },
    { kind: 'paragraph', text: fill(W.minutesPresidium) },
    { kind: 'paragraph', text: fill(W.minutesSecretary) },
    { kind: 'heading', label: '', text: W.minutesContentTitle },
    ...proceedingsBlocks,
    { kind: 'paragraph', text: capitalizeFirst(fill(W.minutesClosing)) },
  ];

  const resolved = documentHeaderFor(ctx, 'D14');
  return {
    header: resolved.header,
    numberText: resolved.numberText ?? '',
    typeName: W.minutesType,
    summary: [fill(W.minutesSummary)],
    blocks,
    signatures: resolved.signatures,
    recipients: { entries: [...W.minutesRecipients], archive: fill(W.minutesArchive) },
    figures: {
      quorum,
      votes,
      rounds: election.rounds,
      ...(adopted ? { adoption: adopted } : {}),
    },
  };
}
