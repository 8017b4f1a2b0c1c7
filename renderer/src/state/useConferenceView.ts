import { useCallback, useEffect, useState } from 'react';
import type { AppErrorPayload, Result } from '../../../core/result';

/**
 * One conference's view as the service computes it (the election, the conference day, the
 * follow-up): read once, again by `reload`, and every `refreshMs` when set (the clock moves; another
 * window may be writing). `read` must be stable (a module-level function): it keys the loading.
 * A channel that answers with the whole view replaces it through `setView`.
 */
export function useConferenceView<T>(
  conferenceId: string,
  read: (conferenceId: string) => Promise<Result<T>>,
  { refreshMs }: { refreshMs?: number } = {},
) {
  const [view, setView] = useState<T | undefined>();
  const [error, setError] = useState<AppErrorPayload | undefined>();

  const apply = useCallback((result: Result<T>) => {
    if (result.ok) {
      setView(result.data);
      setError(undefined);
    } else {
      setError(result.error);
    }
  }, []);

  const reload = useCallback(
    async () => apply(await read(conferenceId)),
    [apply, read, conferenceId],
  );

  useEffect(() => {
    let alive = true;
    const load = () => void read(conferenceId).then((result) => alive && apply(result));
    load();
    const timer = refreshMs ? window.setInterval(load, refreshMs) : undefined;
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, [apply, read, conferenceId, refreshMs]);

  return { view, error, reload, setView };
}
