import { beginWrite } from './pendingWrites';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conference } from '../../../core/domain/conference';
import { ApiError } from '../api';

export interface SaveState {
  status: 'idle' | 'saving' | 'saved' | 'error';
  message?: string;
}

interface Queue<T> {
  timer: number | undefined;
  pending: T | undefined;
  queued: boolean;
  /** Every call to the service runs after the previous one, so answers never arrive out of order. */
  chain: Promise<void>;
  /** Ends this queue's entry in the page-wide pending writes (the save badge, the close warning). */
  endWrite: (() => void) | undefined;
}

/**
 * The message shown when the service refuses a save: issue paths such as "agenda.5.title: …"
 * become "Mục 6: …" (the user counts rows from 1 and never sees field paths).
 */
export function saveErrorText(error: unknown, path: string, noun: string): string {
  if (!(error instanceof ApiError)) return 'Không kết nối được tới ứng dụng.';
  const pattern = new RegExp(`^${path}\\.(\\d+)\\.[^:]*: (.*)$`);
  const issues = error.payload.issues.slice(0, 3).map((issue) => {
    const match = pattern.exec(issue);
    return match ? `${noun} ${Number(match[1]) + 1}: ${match[2]}` : issue;
  });
  return issues.length > 0
    ? `${error.payload.message} (${issues.join('; ')})`
    : error.payload.message;
}

/**
 * A debounced, serialised save: `schedule` keeps the latest value and sends it `delayMs` after the
 * last call; one request runs at a time and edits made meanwhile go out together in the next one.
 * Pending edits are sent at once on unmount. A failed save keeps the caller's local value and sets
 * the error state. `run` puts another operation (a reset) on the same chain, dropping unsent edits;
 * if it resolves to a value (the saved conference, by default), that counts as saved.
 */
export function useSaveQueue<T, R = Conference>({
  send,
  onSaved,
  errorText,
  delayMs,
}: {
  send: (value: T) => Promise<R>;
  onSaved: (saved: R) => void;
  errorText: (error: unknown) => string;
  delayMs: number;
}) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const queue = useRef<Queue<T>>({
    timer: undefined,
    pending: undefined,
    queued: false,
    chain: Promise.resolve(),
    endWrite: undefined,
  });
  const latest = useRef({ send, onSaved, errorText });
  useEffect(() => {
    latest.current = { send, onSaved, errorText };
  }, [send, onSaved, errorText]);

  const enqueue = useCallback((op: () => Promise<void>) => {
    const q = queue.current;
    q.chain = q.chain.then(op).catch(() => undefined);
  }, []);

  const flush = useCallback(() => {
    const q = queue.current;
    if (q.timer !== undefined) {
      window.clearTimeout(q.timer);
      q.timer = undefined;
    }
    if (!q.pending || q.queued) return;
    q.queued = true;
    enqueue(async () => {
      // The latest value at the time of sending: edits made while waiting travel together.
      const value = q.pending;
      q.pending = undefined;
      q.queued = false;
      if (!value) return;
      try {
        const saved = await latest.current.send(value);
        latest.current.onSaved(saved);
        if (!q.pending) setState({ status: 'saved' });
      } catch (error) {
        setState({ status: 'error', message: latest.current.errorText(error) });
      } finally {
        // Nothing newer waiting: this queue has no write in flight any more.
        if (!q.pending && !q.queued) {
          q.endWrite?.();
          q.endWrite = undefined;
        }
      }
    });
  }, [enqueue]);

  // Leaving the screen must not lose the last edits: send them at once.
  useEffect(() => () => flush(), [flush]);

  const schedule = useCallback(
    (value: T) => {
      const q = queue.current;
      q.pending = value;
      q.endWrite ??= beginWrite();
      if (q.timer !== undefined) window.clearTimeout(q.timer);
      q.timer = window.setTimeout(flush, delayMs);
      setState({ status: 'saving' });
    },
    [flush, delayMs],
  );

  const run = useCallback(
    (op: () => Promise<R | undefined>) => {
      const q = queue.current;
      if (q.timer !== undefined) window.clearTimeout(q.timer);
      q.timer = undefined;
      q.pending = undefined;
      // The reset replaces unsent edits: their pending write ends, the reset's own begins.
      q.endWrite?.();
      q.endWrite = undefined;
      const endWrite = beginWrite();
      enqueue(async () => {
        try {
          const next = await op();
          if (!next) return;
          setState({ status: 'saved' });
          latest.current.onSaved(next);
        } finally {
          endWrite();
        }
      });
    },
    [enqueue],
  );

  return { schedule, flush, run, state };
}
