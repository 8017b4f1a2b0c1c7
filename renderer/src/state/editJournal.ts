/**
 * The secretary's safety net on the conference day (issue 6: "typing is never lost"): every edit of
 * a summary, an opinion or the draft resolution is written to this computer's browser storage the
 * moment it is typed, before it is sent, and stays there until the service has it ON DISK — not
 * merely in memory (the service writes its files up to a second later). After a crash of the page,
 * the window or the service, what is still here is sent again (journalSync.ts).
 *
 * One storage entry per edited thing (a summary, an opinion, the resolution's items), holding only
 * its latest value: a keystroke writes one small entry, never the whole journal.
 */

/** The channels whose edits are journaled: each saves the whole of one thing (idempotent). */
export const JOURNAL_CHANNELS = [
  'proceedings:saveSummary',
  'proceedings:saveOpinion',
  'resolution:saveItems',
] as const;
export type JournalChannel = (typeof JOURNAL_CHANNELS)[number];

/** The part of the Web Storage API the journal uses (localStorage in the page). */
export interface JournalStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface JournalEntry {
  conferenceId: string;
  /** What was edited: "summary:<itemId>", "opinion:<id>", "resolution". */
  key: string;
  channel: JournalChannel;
  /** The channel's input as it was to be sent. */
  input: unknown;
  /** What the user calls it, for the recovery notice ("Tóm tắt: Thảo luận"). */
  label: string;
  /** Increases with every edit; an acknowledgement names the edit it answered. */
  seq: number;
  /** When it was typed (ISO). */
  at: string;
  /** The page (one load of the app) that typed it. */
  session: string;
  /** The service answered for this very edit; it is dropped once the service has written its files. */
  acked: boolean;
}

export interface JournalEdit {
  conferenceId: string;
  key: string;
  channel: JournalChannel;
  input: unknown;
  label: string;
}

/** Acknowledged edits at one moment: dropped together once the service says its files are written. */
export type AckedSnapshot = readonly { storageKey: string; seq: number }[];

const PREFIX = 'hoinghi.journal.v1';

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.conferenceId === 'string' &&
    typeof v.key === 'string' &&
    typeof v.label === 'string' &&
    typeof v.seq === 'number' &&
    typeof v.at === 'string' &&
    typeof v.session === 'string' &&
    typeof v.acked === 'boolean' &&
    (JOURNAL_CHANNELS as readonly unknown[]).includes(v.channel)
  );
}

export class EditJournal {
  private seq: number;
  /** False once the browser refused to store (full, or disabled): the screen says so. */
  available = true;

  constructor(
    private readonly storage: JournalStorage | undefined,
    /** This page load; entries of another session are what a crash left behind. */
    readonly session: string,
    now: () => number = Date.now,
  ) {
    // Unique across page loads without a stored counter: later sessions start higher.
    this.seq = now() * 1000;
    if (!storage) this.available = false;
  }

  static storageKey(conferenceId: string, key: string): string {
    return `${PREFIX}.${conferenceId}.${key}`;
  }

  /** Writes the edit before it is sent; returns its number (0 when nothing could be stored). */
  record(edit: JournalEdit, at: string): number {
    this.seq += 1;
    const entry: JournalEntry = { ...edit, seq: this.seq, at, session: this.session, acked: false };
    try {
      this.storage?.setItem(
        EditJournal.storageKey(edit.conferenceId, edit.key),
        JSON.stringify(entry),
      );
      this.available = this.storage !== undefined;
    } catch {
      this.available = false;
    }
    return this.seq;
  }

  private read(storageKey: string): JournalEntry | undefined {
    try {
      const raw = this.storage?.getItem(storageKey);
      if (!raw) return undefined;
      const parsed: unknown = JSON.parse(raw);
      return isEntry(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }

  private write(storageKey: string, entry: JournalEntry): void {
    try {
      this.storage?.setItem(storageKey, JSON.stringify(entry));
    } catch {
      this.available = false;
    }
  }

  /** The service answered for edit `seq`; a newer edit of the same thing keeps waiting. */
  acknowledge(conferenceId: string, key: string, seq: number): void {
    const storageKey = EditJournal.storageKey(conferenceId, key);
    const entry = this.read(storageKey);
    if (!entry || entry.seq !== seq || entry.acked) return;
    this.write(storageKey, { ...entry, acked: true });
  }

  /** The edits acknowledged so far: the ones a "files written" answer received after now covers. */
  ackedSnapshot(): AckedSnapshot {
    return this.storageKeys()
      .map((storageKey) => ({ storageKey, entry: this.read(storageKey) }))
      .filter(({ entry }) => entry?.acked === true)
      .map(({ storageKey, entry }) => ({ storageKey, seq: entry?.seq ?? 0 }));
  }

  /** The service's files hold everything acknowledged before the snapshot: those edits go. */
  confirmDurable(snapshot: AckedSnapshot): void {
    for (const { storageKey, seq } of snapshot) {
      const entry = this.read(storageKey);
      if (entry?.acked && entry.seq === seq) this.remove(storageKey);
    }
  }

  /** The thing was deleted on purpose (an opinion): its unsent edits must not bring it back. */
  forget(conferenceId: string, key: string): void {
    this.remove(EditJournal.storageKey(conferenceId, key));
  }

  /** What a crash left behind for this conference: edits of earlier sessions, oldest first. */
  leftBehind(conferenceId: string): JournalEntry[] {
    return this.entries(conferenceId).filter((e) => e.session !== this.session);
  }

  /** Every journaled edit of the conference, oldest first. */
  entries(conferenceId: string): JournalEntry[] {
    const prefix = `${PREFIX}.${conferenceId}.`;
    return this.storageKeys()
      .filter((k) => k.startsWith(prefix))
      .map((k) => this.read(k))
      .filter((e): e is JournalEntry => e !== undefined && e.conferenceId === conferenceId)
      .sort((a, b) => a.seq - b.seq);
  }

  /** A replayed edit now belongs to this session, answered: it goes once the files are written. */
  adopt(entry: JournalEntry): void {
    const storageKey = EditJournal.storageKey(entry.conferenceId, entry.key);
    const current = this.read(storageKey);
    if (current?.seq !== entry.seq) return;
    this.write(storageKey, { ...entry, session: this.session, acked: true });
  }

  private remove(storageKey: string): void {
    try {
      this.storage?.removeItem(storageKey);
    } catch {
      // Nothing to do: a storage that cannot remove cannot hold anything new either.
    }
  }

  private storageKeys(): string[] {
    const keys: string[] = [];
    const storage = this.storage;
    if (!storage) return keys;
    try {
      for (let i = 0; i < storage.length; i += 1) {
        const k = storage.key(i);
        if (k?.startsWith(`${PREFIX}.`)) keys.push(k);
      }
    } catch {
      return keys;
    }
    return keys;
  }
}
