import { useCallback, useEffect, useState } from 'react';
import type { ElectionView } from '../../../core/electionContract';
import type { AppErrorPayload } from '../../../core/result';
import { call } from '../api';

/**
 * The election as the service computes it (election:get): the records, the findings with their
 * articles, each round's tally and comparison, the outcome. Every election channel except the
 * per-ballot ones answers with the same view, which replaces this one.
 */
export function useElectionView(conferenceId: string) {
  const [view, setView] = useState<ElectionView | undefined>();
  const [error, setError] = useState<AppErrorPayload | undefined>();

  const reload = useCallback(async () => {
    const result = await call('election:get', { conferenceId });
    if (result.ok) {
      setView(result.data);
      setError(undefined);
    } else {
      setError(result.error);
    }
  }, [conferenceId]);

  useEffect(() => {
    void call('election:get', { conferenceId }).then((result) => {
      if (result.ok) setView(result.data);
      else setError(result.error);
    });
  }, [conferenceId]);

  return { view, error, reload, setView };
}
