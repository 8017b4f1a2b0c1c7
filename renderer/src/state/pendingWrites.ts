import { useSyncExternalStore } from 'react';

/**
 * Writes the page has queued or sent but the service has not yet confirmed. Screens queue their saves
 * (check-in marks, the programme, the preparation plan) so they reach the service in order; until
 * they do, the app must not say "Đã lưu" and must not let the page close silently.
 */
let count = 0;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Marks one write as pending; call the returned function once the service has answered. */
export function beginWrite(): () => void {
  count += 1;
  emit();
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    count -= 1;
    emit();
  };
}

export function pendingWriteCount(): number {
  return count;
}

/** Resolves once no write is pending (at once when none is): read the service only after. */
export function writesSettled(): Promise<void> {
  if (count === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = () => {
      if (count > 0) return;
      listeners.delete(listener);
      resolve();
    };
    listeners.add(listener);
  });
}

export function usePendingWrites(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => count,
  );
}

// Browser mode: closing the tab with writes still queued asks first (the desktop app's main process
// flushes its own writes on quit; the page's queue is what could still be lost).
window.addEventListener('beforeunload', (event) => {
  if (count > 0 && !window.api) event.preventDefault();
});
