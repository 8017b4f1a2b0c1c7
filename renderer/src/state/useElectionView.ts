import { call } from '../api';
import { useConferenceView } from './useConferenceView';

const readElection = (conferenceId: string) => call('election:get', { conferenceId });

/**
 * The election as the service computes it (election:get): the records, the findings with their
 * articles, each round's tally and comparison, the outcome. Every election channel except the
 * per-ballot ones answers with the same view, which replaces this one. `refreshMs` re-reads it
 * (the projector follows the count by itself).
 */
export function useElectionView(conferenceId: string, options: { refreshMs?: number } = {}) {
  return useConferenceView(conferenceId, readElection, options);
}
