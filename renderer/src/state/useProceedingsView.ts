import { call } from '../api';
import { recoverEdits } from './journalSync';
import { useConferenceView } from './useConferenceView';

const readProceedings = (conferenceId: string) => call('proceedings:get', { conferenceId });

const recoverThenRead = async (conferenceId: string) => {
  await recoverEdits(conferenceId);
  return readProceedings(conferenceId);
};

/**
 * The conference day as the service computes it (proceedings:get): the records, the live programme,
 * the quorum now and every vote's outcome. Read only after what an earlier session left in the edit
 * journal has been sent again, so a restored summary is on screen too. `refreshMs` re-reads it
 * (the clock moves; check-in may go on in another window).
 */
export function useProceedingsView(
  conferenceId: string,
  {
    refreshMs,
    recover = true,
  }: {
    refreshMs?: number;
    /** False for a read-only window (the projector): it must never send edits of its own. */
    recover?: boolean;
  } = {},
) {
  return useConferenceView(conferenceId, recover ? recoverThenRead : readProceedings, {
    refreshMs,
  });
}
