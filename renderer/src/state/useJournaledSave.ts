import { useCallback, useEffect, useRef } from 'react';
import type { ChannelInput, ChannelOutput } from '../../../core/contract';
import { ApiError, request } from '../api';
import type { JournalChannel } from './editJournal';
import { isRetryable, journalAcknowledged, journalEdit } from './journalSync';
import { beginWrite } from './pendingWrites';
import { useSaveQueue } from './useSaveQueue';

/** A failed send (the service unreachable) is tried again this long after. */
const RETRY_MS = 2000;

interface Sent<C extends JournalChannel> {
  input: ChannelInput<C>;
  seq: number;
}

/**
 * The save queue of one thing typed on the conference day (a summary, an opinion, the draft
 * resolution): each edit goes to the edit journal at once (it survives a crash), then to the
 * service debounced and in order (useSaveQueue). While the service cannot be reached the latest
 * edit is sent again every two seconds, and the page keeps saying "Đang lưu…" until it arrives.
 */
export function useJournaledSave<C extends JournalChannel>({
  conferenceId,
  journalKey,
  label,
  channel,
  delayMs = 300,
  onSaved,
}: {
  conferenceId: string;
  /** What is edited: "summary:<itemId>", "opinion:<id>", "resolution". */
  journalKey: string;
  /** What the user calls it (the recovery notice). */
  label: string;
  channel: C;
  delayMs?: number;
  onSaved?: (output: ChannelOutput<C>, input: ChannelInput<C>) => void;
}) {
  const latest = useRef({ conferenceId, journalKey, label, channel, onSaved });
  useEffect(() => {
    latest.current = { conferenceId, journalKey, label, channel, onSaved };
  }, [conferenceId, journalKey, label, channel, onSaved]);
  const retry = useRef<{ timer?: number; endWrite?: () => void; input?: ChannelInput<C> }>({});
  /** The hook's own schedule, for the retry timer (set once the queue below exists). */
  const scheduleRef = useRef<(input: ChannelInput<C>) => void>(() => undefined);

  const send = useCallback(async ({ input, seq }: Sent<C>) => {
    const { conferenceId: id, journalKey: key, channel: ch } = latest.current;
    try {
      const output = await request(ch, input);
      journalAcknowledged(id, key, seq);
      return { output, input, seq };
    } catch (error) {
      if (isRetryable(error)) {
        const r = retry.current;
        r.endWrite ??= beginWrite();
        if (r.timer !== undefined) window.clearTimeout(r.timer);
        r.timer = window.setTimeout(() => {
          r.timer = undefined;
          // Only the latest edit matters: send what was typed last, not what failed.
          scheduleRef.current(r.input ?? input);
        }, RETRY_MS);
      }
      throw error;
    }
  }, []);

  const queue = useSaveQueue<
    Sent<C>,
    { output: ChannelOutput<C>; input: ChannelInput<C>; seq: number }
  >({
    send,
    onSaved: ({ output, input }) => {
      const r = retry.current;
      if (r.timer !== undefined && r.input === input) {
        window.clearTimeout(r.timer);
        r.timer = undefined;
      }
      if (r.timer === undefined) {
        r.endWrite?.();
        r.endWrite = undefined;
      }
      latest.current.onSaved?.(output, input);
    },
    errorText: (error) =>
      error instanceof ApiError
        ? isRetryable(error)
          ? `${error.payload.message} Nội dung vẫn được giữ trên máy này và sẽ tự gửi lại.`
          : error.payload.message
        : 'Không kết nối được tới ứng dụng. Nội dung vẫn được giữ trên máy này và sẽ tự gửi lại.',
    delayMs,
  });

  const schedule = useCallback(
    (input: ChannelInput<C>) => {
      const { conferenceId: id, journalKey: key, label: what, channel: ch } = latest.current;
      const seq = journalEdit({ conferenceId: id, key, channel: ch, input, label: what });
      retry.current.input = input;
      queue.schedule({ input, seq });
    },
    [queue],
  );

  useEffect(() => {
    scheduleRef.current = schedule;
  }, [schedule]);

  useEffect(
    () => () => {
      const r = retry.current;
      if (r.timer !== undefined) window.clearTimeout(r.timer);
      r.endWrite?.();
    },
    [],
  );

  return { schedule, flush: queue.flush, run: queue.run, state: queue.state };
}
