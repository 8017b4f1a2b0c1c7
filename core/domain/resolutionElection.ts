/**
 * The Ban TTND result as the resolution states it (domain research §2.8: the decisions on Điều 49
 * matters include the election, Luật 10/2022/QH15 Điều 49.1, 60.1): names, term and votes, taken
 * from the locked rounds of the election (electionRounds.ts). Nothing here is stored: the item
 * in the resolution only says `fromElection`, and its text is regenerated from these facts.
 */
import type { Conference } from './conference';
import type { Election, WinningBase } from './election';
import { electionOutcome } from './electionRounds';
import { termLabel } from './electionSetup';
import { tallyRound } from './electionTally';
import type { Person } from './person';
import type { ResolutionItem } from './resolution';
import type { RuleSet } from '../rules/ruleSets';

/** The fixed id of the Ban TTND decision item: the same on every read, so a save keeps it. */
export const ELECTION_ITEM_ID = 'ban-thanh-tra-nhan-dan';

export interface ElectedMember {
  personId: string;
  fullName: string;
  votes: number;
  /** Hundredths of a percent of the base of the round that elected them. */
  basisPoints: number;
}

export interface ElectionDecisionFacts {
  kind: Election['kind'];
  /** "nhiệm kỳ 2026–2028". */
  term: string;
  /** Seats the conference voted for. */
  seats: number;
  members: ElectedMember[];
  /** What every percentage is of (R16: printed with its base). */
  base: WinningBase;
  /** The conference accepted fewer members than the seats (R17). */
  acceptedFewer: boolean;
}

/** The result to put in the resolution, or null until the election is complete (all rounds locked). */
export function electionDecisionFacts(
  conference: Pick<Conference, 'election' | 'year'>,
  people: readonly Person[],
  rules: RuleSet,
): ElectionDecisionFacts | null {
  const election = conference.election;
  if (!election) return null;
  const outcome = electionOutcome(election, people, rules);
  if (outcome.status !== 'complete') return null;
  const members: ElectedMember[] = [];
  for (const round of election.rounds) {
    if (!round.locked) continue;
    const tally = tallyRound(election, round, people, rules);
    for (const id of tally.electedIds) {
      if (members.some((m) => m.personId === id)) continue;
      const result = tally.results.find((r) => r.personId === id);
      members.push({
        personId: id,
        fullName: people.find((p) => p.id === id)?.fullName ?? '',
        votes: result?.votes ?? 0,
        basisPoints: result?.share.basisPoints ?? 0,
      });
    }
  }
  return {
    kind: election.kind,
    term: termLabel(election, conference, rules),
    seats: outcome.seats,
    members,
    base: election.winningBase,
    acceptedFewer: outcome.acceptedFewer,
  };
}

/**
 * The items with the Ban TTND decision in them once the election is complete: added (first of the
 * decisions) when no item comes from the election. An existing item — edited or not — is kept as
 * it is; nothing is ever removed, so an election unlocked later never takes text away.
 */
export function syncElectionItem(
  items: readonly ResolutionItem[],
  facts: ElectionDecisionFacts | null,
): ResolutionItem[] {
  if (!facts || items.some((i) => i.fromElection)) return [...items];
  const item: ResolutionItem = {
    id: ELECTION_ITEM_ID,
    section: 'decisions',
    text: '',
    textEdited: false,
    fromElection: true,
  };
  const at = items.findIndex((i) => i.section === 'decisions');
  return at < 0 ? [...items, item] : [...items.slice(0, at), item, ...items.slice(at)];
}
