import { contract, type ChannelInput } from '../../../core/contract';
import { newId } from '../../../core/domain/ids';
import { ApiError, call, errorText, request } from '../api';
import {
  EditJournal,
  type JournalChannel,
  type JournalEdit,
  type JournalEntry,
  type JournalStorage,
} from './editJournal';

/**
 * The page's edit journal (editJournal.ts) wired to the service: edits are recorded before they are
 * sent, dropped once the service reports its files written (`data:status` with nothing pending,
 * asked after the acknowledgement), and what an earlier session left behind is sent again when the
 * conference is opened.
 */

function browserStorage(): JournalStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export const editJournal = new EditJournal(browserStorage(), newId());

/** Files are written within a second of a change (electron/node/createFileStorage.ts). */
const DURABLE_CHECK_MS = 700;
const DURABLE_RETRY_MS = 1000;
let durableTimer: number | undefined;

async function checkDurable(): Promise<void> {
  durableTimer = undefined;
  const snapshot = editJournal.ackedSnapshot();
  if (snapshot.length === 0) return;
  const status = await call('data:status', {});
  if (status.ok && status.data.pendingWrites === 0 && status.data.lastError === null) {
    editJournal.confirmDurable(snapshot);
    return;
  }
  durableTimer = window.setTimeout(() => void checkDurable(), DURABLE_RETRY_MS);
}

function scheduleDurableCheck(): void {
  if (durableTimer !== undefined) return;
  durableTimer = window.setTimeout(() => void checkDurable(), DURABLE_CHECK_MS);
}

/** Before sending: the edit is on this computer even if the page or the service dies now. */
export function journalEdit(edit: JournalEdit): number {
  return editJournal.record(edit, new Date().toISOString());
}

/** The service answered for edit `seq`. */
export function journalAcknowledged(conferenceId: string, key: string, seq: number): void {
  editJournal.acknowledge(conferenceId, key, seq);
  scheduleDurableCheck();
}

export function journalForget(conferenceId: string, key: string): void {
  editJournal.forget(conferenceId, key);
}

/** Failures worth retrying by themselves: the service unreachable, or its session gone. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.payload.code === 'INTERNAL' || error.payload.code === 'FORBIDDEN';
}

/**
 * Sends a journaled edit as stored: its input is checked against the channel's schema first (the
 * storage is the browser's and could hold anything), so a bad entry fails with a message instead
 * of sending garbage.
 */
async function sendEntry(entry: JournalEntry): Promise<void> {
  const parsed = parseEntry(entry);
  if (!parsed) {
    throw new ApiError({
      code: 'INVALID_INPUT',
      message: 'Bản lưu tạm này không đọc được.',
      issues: [],
    });
  }
  switch (parsed.channel) {
    case 'proceedings:saveSummary':
      await request(parsed.channel, parsed.input);
      return;
    case 'proceedings:saveOpinion':
      await request(parsed.channel, parsed.input);
      return;
    case 'resolution:saveItems':
      await request(parsed.channel, parsed.input);
      return;
  }
}

export interface RecoveryReport {
  /** Sent again and accepted. */
  restored: JournalEntry[];
  /** Refused (the agenda item was deleted …): kept, shown with its text so nothing is lost. */
  failed: { entry: JournalEntry; message: string }[];
}

const recoveries = new Map<string, Promise<RecoveryReport>>();

/**
 * Sends again what an earlier session typed and the service never wrote (a crash, a killed
 * service, a closed window). Runs once per conference and page load; screens that show the day's
 * records await it before reading them.
 */
export function recoverEdits(conferenceId: string): Promise<RecoveryReport> {
  let running = recoveries.get(conferenceId);
  if (!running) {
    running = replay(conferenceId);
    recoveries.set(conferenceId, running);
  }
  return running;
}

async function replay(conferenceId: string): Promise<RecoveryReport> {
  const report: RecoveryReport = { restored: [], failed: [] };
  for (const entry of editJournal.leftBehind(conferenceId)) {
    try {
      await sendEntry(entry);
      editJournal.adopt(entry);
      report.restored.push(entry);
    } catch (error) {
      const message = errorText(error);
      report.failed.push({ entry, message });
      // The service is down: the rest would fail the same way; they wait for the next opening.
      if (isRetryable(error)) {
        recoveries.delete(conferenceId);
        break;
      }
    }
  }
  if (report.restored.length > 0) scheduleDurableCheck();
  return report;
}

/** The user read a refused edit's text and let it go. */
export function discardLeftBehind(entry: JournalEntry): void {
  editJournal.forget(entry.conferenceId, entry.key);
}

/** The text of an edit, to show when it could not be restored. */
export function entryText(entry: JournalEntry): string {
  const parsed = parseEntry(entry);
  if (!parsed) return '';
  switch (parsed.channel) {
    case 'proceedings:saveSummary':
      return parsed.input.summary;
    case 'proceedings:saveOpinion':
      return [parsed.input.opinion.content, parsed.input.opinion.answer?.content ?? '']
        .filter(Boolean)
        .join('\n— Trả lời: ');
    case 'resolution:saveItems':
      return parsed.input.items.map((i) => i.text || i.indicator || '').join('\n');
  }
}

type ParsedEntry = {
  [C in JournalChannel]: { channel: C; input: ChannelInput<C> };
}[JournalChannel];

function parseEntry(entry: JournalEntry): ParsedEntry | undefined {
  switch (entry.channel) {
    case 'proceedings:saveSummary': {
      const parsed = contract[entry.channel].input.safeParse(entry.input);
      return parsed.success ? { channel: entry.channel, input: parsed.data } : undefined;
    }
    case 'proceedings:saveOpinion': {
      const parsed = contract[entry.channel].input.safeParse(entry.input);
      return parsed.success ? { channel: entry.channel, input: parsed.data } : undefined;
    }
    case 'resolution:saveItems': {
      const parsed = contract[entry.channel].input.safeParse(entry.input);
      return parsed.success ? { channel: entry.channel, input: parsed.data } : undefined;
    }
  }
}
