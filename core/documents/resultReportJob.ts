/**
 * D19 — Báo cáo kết quả hội nghị to the upper-level union or the managing body (domain-research §5
 * row D19; practice — whether it is required, and by when, is unconfirmed, §2.9). The recipient is
 * the resolution's `reportRecipient`, else the unit's upper union. A union document by default
 * ("Số: …/BC-CĐCS", TM. BAN CHẤP HÀNH / CHỦ TỊCH), dated the day it is written and never before the
 * conference. Content: how the conference was held (date, place, form, chair, attendance with the
 * quorum statement of R1, guests); its results (the programme carried out, the opinions, every
 * floor vote with its outcome — R2, the Ban TTND elected, the resolution adopted); the proposals
 * the conference left to the upper level (opinions neither answered nor taken into the
 * resolution); the resolution attached.
 */
import { electionOutcome } from '../domain/electionRounds';
import { countWithWords } from '../domain/numberInWords';
import { normalizeText } from '../domain/vietnamese';
import type { DocumentContext } from './documentContext';
import { wordingFor } from './documentWording';
import { listItems } from './electionBlocks';
import { heldElection, joinNames } from './electionFacts';
import { namedPersonText } from './electionRulesJob';
import type { OutcomeBlock, OutcomeDocumentData } from './outcomeBlocks';
import {
  adoption,
  adoptionValues,
  afterConferenceShell,
  countedVotes,
  electionFacts,
  outcomeWordingValues,
  quorumFacts,
  type CountedVote,
  type QuorumFacts,
} from './outcomeFacts';
import type { OutcomeWordingValues } from './outcomeWording';
import { guestReference } from './planJob';
import { agendaForDocuments, itemTitle } from './programmeJob';
import { fillWording } from './scriptWording';

export interface ResultReportData extends OutcomeDocumentData {
  /** Centred under the summary: "Kính gửi: …". */
  addressee: string;
  quorum: QuorumFacts;
  votes: CountedVote[];
  opinions: { total: number; answered: number; taken: number };
}

export function resultReportJob(ctx: DocumentContext): ResultReportData {
  const { conference, people } = ctx;
  const W = wordingFor('outcome', ctx.wording);
  const values = outcomeWordingValues(ctx);
  const fill = (template: string, extra: OutcomeWordingValues = {}): string =>
    fillWording(template, { ...values, ...extra });
  const quorum = quorumFacts(ctx);
  const votes = countedVotes(ctx);
  const opinionsList = conference.proceedings.opinions;
  const answered = (o: (typeof opinionsList)[number]) =>
    o.answer !== undefined && normalizeText(o.answer.content) !== '';
  const opinions = {
    total: opinionsList.length,
    answered: opinionsList.filter(answered).length,
    taken: opinionsList.filter((o) => o.takenIntoResolution).length,
  };

  // I. How the conference was held.
  const guests = conference.guests.map((g) => guestReference(g));
  const organisation: OutcomeBlock[] = [
    { kind: 'item', label: '1.', text: fill(W.reportTime) },
    {
      kind: 'item',
      label: '2.',
      text: conference.form === 'delegates' ? W.reportFormDelegates : W.reportFormFull,
    },
    { kind: 'item', label: '3.', text: fill(W.reportChair) },
    {
      kind: 'item',
      label: '4.',
      text: fill(quorum.quorum.reached ? W.quorum : W.quorumShort),
    },
    ...(guests.length > 0
      ? [
          {
            kind: 'item',
            label: '5.',
            text: fill(W.reportGuests, { guests: guests.join('; ') }),
          } satisfies OutcomeBlock,
        ]
      : []),
  ];

  // II. The results.
  const results: OutcomeBlock[] = [];
  let n = 0;
  const number = () => `${++n}.`;
  const { items } = agendaForDocuments(ctx);
  results.push(
    { kind: 'item', label: number(), text: W.reportContents },
    ...listItems(items.map(itemTitle)),
    {
      kind: 'item',
      label: number(),
      text: fill(W.reportOpinions, {
        opinionCount: opinions.total,
        answeredCount: opinions.answered,
        takenCount: opinions.taken,
      }),
    },
  );
  if (votes.length > 0) {
    results.push(
      { kind: 'item', label: number(), text: W.reportVotesLead },
      {
        kind: 'outcomeTable',
        layout: 'votes',
        columns: W.reportVoteColumns,
        rows: votes.map((c, i) => [
          String(i + 1),
          normalizeText(c.vote.title),
          String(c.vote.present),
          `${c.vote.votesFor} (${c.percentFor})`,
          W.reportVoteResults[c.outcome.status],
        ]),
      },
    );
  }
  const election = heldElection(conference);
  if (election) {
    const facts = electionFacts(ctx);
    results.push({
      kind: 'item',
      label: number(),
      text: facts
        ? fill(W.electionElected, {
            term: facts.term,
            memberCount: countWithWords(facts.members.length),
            names: joinNames(facts.members.map((m) => normalizeText(m.fullName))),
          })
        : fill(W.electionPending, {
            electionStatus: electionOutcome(election, people, ctx.rules).message,
          }),
    });
  }
  results.push({
    kind: 'item',
    label: number(),
    text: adoption(ctx) ? fill(W.reportResolution, adoptionValues(ctx)) : W.reportResolutionPending,
  });

  // III. What the conference left to the upper level.
  const proposals = opinionsList
    .filter((o) => !answered(o) && !o.takenIntoResolution && normalizeText(o.content) !== '')
    .map((o) => `${namedPersonText(people, o.speaker)}: ${normalizeText(o.content)}`);

  const blocks: OutcomeBlock[] = [
    { kind: 'centred', text: fill(W.reportAddressee) },
    { kind: 'paragraph', text: fill(W.reportIntro) },
    { kind: 'heading', label: 'I.', text: W.reportOrganisationTitle },
    ...organisation,
    { kind: 'heading', label: 'II.', text: W.reportResultsTitle },
    ...results,
    { kind: 'heading', label: 'III.', text: W.reportProposalsTitle },
    ...(proposals.length > 0
      ? [
          { kind: 'paragraph', text: W.reportProposalsLead } satisfies OutcomeBlock,
          ...listItems(proposals),
        ]
      : [{ kind: 'paragraph', text: W.reportNoProposals } satisfies OutcomeBlock]),
    { kind: 'paragraph', text: fill(W.reportAttachments), italics: true },
    { kind: 'paragraph', text: fill(W.reportClosing) },
  ];

  return {
    ...afterConferenceShell(ctx, 'D19'),
    typeName: W.reportType,
    summary: [fill(W.reportSummary)],
    blocks,
    recipients: {
      entries: W.reportRecipients.map((r) => fill(r)),
      archive: fill(W.reportArchive),
    },
    addressee: fill(W.reportAddressee),
    quorum,
    votes,
    opinions,
  };
}
