import { useCallback, useEffect, useState } from 'react';
import type { ProceedingsView } from '../../../core/conferenceDayContract';
import type { AppErrorPayload } from '../../../core/result';
import { call } from '../api';
import { recoverEdits } from './journalSync';

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
  const [view, setView] = useState<ProceedingsView | undefined>();
  const [error, setError] = useState<AppErrorPayload | undefined>();

  const reload = useCallback(async () => {
    if (recover) await recoverEdits(conferenceId);
    const result = await call('proceedings:get', { conferenceId });
    if (result.ok) {
      setView(result.data);
      setError(undefined);
    } else {
      setError(result.error);
    }
  }, [conferenceId, recover]);

  useEffect(() => {
    let alive = true;
    const load = async () => {
      if (recover) await recoverEdits(conferenceId);
      const result = await call('proceedings:get', { conferenceId });
      if (!alive) return;
      if (result.ok) {
        setView(result.data);
        setError(undefined);
      } else {
        setError(result.error);
      }
    };
    void load();
    if (!refreshMs) return () => void (alive = false);
    const timer = window.setInterval(() => void load(), refreshMs);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, [conferenceId, refreshMs, recover]);

  return { view, error, reload, setView };
}
