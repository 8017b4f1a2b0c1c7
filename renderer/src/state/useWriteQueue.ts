import { useCallback, useRef } from 'react';
import { beginWrite } from './pendingWrites';

/**
 * Calls to the service that must reach it in the order they were made (a check-in, a ballot), one
 * at a time. Each counts as a pending write (pendingWrites: the save badge, the close warning)
 * from the moment it is queued until it settles; `settled` runs then, whatever the outcome — a task
 * handles its own failure, and one that throws does not stop the calls after it.
 */
export function useWriteQueue(): (task: () => Promise<void>, settled: () => void) => void {
  const queue = useRef<Promise<void>>(Promise.resolve());
  return useCallback((task: () => Promise<void>, settled: () => void) => {
    const endWrite = beginWrite();
    queue.current = queue.current
      .then(task)
      .catch(() => undefined)
      .finally(() => {
        endWrite();
        settled();
      });
  }, []);
}
