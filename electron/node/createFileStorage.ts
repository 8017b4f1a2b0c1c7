import fs from 'node:fs';
import path from 'node:path';
import type { Backup, SaveStatus } from '../../core/contract';
import type { WorkspaceStorage } from '../../core/service/ports';
import type { ConferenceDoc, MainDoc } from '../../core/domain/workspace';
import type { JsonFile, OpenJsonFile } from './jsonFile';
import { BackupStore } from './backupStore';
import { ConferenceStore } from './conferenceStore';

export const MAIN_FILE = 'hoi-nghi';
export const CONFERENCE_DIR = 'conferences';

/**
 * Files are written whole at most once per FLUSH_DELAY_MS each (never later than one second); a
 * durable write (typing, ballots) is in the conference's journal, on disk, before it returns.
 */
const FLUSH_DELAY_MS = 250;
/**
 * A conference whose every change is already in its journal is saved: its file (a whole 380 KB
 * rewrite and two fsyncs for 2,400 people) is brought up to date this often while typing goes on,
 * and at once on flush, snapshot, restore and quit.
 */
const JOURNALED_FLUSH_DELAY_MS = 5000;
/** A running session gets an automatic snapshot at most this often (plus the ones before risky steps). */
const AUTO_BACKUP_EVERY_MS = 10 * 60 * 1000;

export interface FileStorageOptions {
  dataDir: string;
  /** The main file's store (conf, or electron-store on the desktop); conferences have their own. */
  openFile: OpenJsonFile;
  now?: () => Date;
}

/**
 * The data directory: `hoi-nghi.json` (unit, roster), `conferences/<id>.json` (one per conference)
 * with `conferences/<id>.journal.ndjson` (changes acknowledged since the file was written),
 * `backups/` (snapshots). Hot paths (check-in, typing) touch memory and, when durable, append one
 * short journal line; the files follow within a second.
 */
export function createFileStorage({
  dataDir,
  openFile,
  now = () => new Date(),
}: FileStorageOptions): WorkspaceStorage {
  const conferenceDir = path.join(dataDir, CONFERENCE_DIR);
  const conferences = new ConferenceStore(conferenceDir, now);
  let mainFile: JsonFile | undefined;
  const pending = new Map<string, unknown>();
  /** Pending conferences whose latest state is in their journal, with when that began. */
  const journaledSince = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let timerDue = 0;
  let lastSavedAt: string | null = null;
  let lastError: string | null = null;
  let lastAutoBackup = 0;
  const backups = new BackupStore(dataDir, now);

  const main = (): JsonFile => (mainFile ??= openFile(dataDir, MAIN_FILE));
  const conferenceId = (key: string) => key.slice('conference:'.length);

  const status = (): SaveStatus => ({
    pendingWrites: pending.size - journaledSince.size,
    lastSavedAt,
    // A journal set aside on load is said until the app restarts; a failed write first.
    lastError: lastError ?? conferences.problems()[0] ?? null,
  });

  /** Writes what is pending; on the timer, journaled conferences only once their delay is up. */
  const flushNow = (everything = true): SaveStatus => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    timerDue = 0;
    let wrote = false;
    const nowMs = Date.now();
    for (const [key, value] of [...pending]) {
      const since = journaledSince.get(key);
      if (!everything && since !== undefined && nowMs - since < JOURNALED_FLUSH_DELAY_MS) {
        flushWithin(since + JOURNALED_FLUSH_DELAY_MS - nowMs);
        continue;
      }
      try {
        if (key === MAIN_FILE) main().write(value);
        else conferences.write(conferenceId(key), value);
        wrote = true;
        pending.delete(key);
        journaledSince.delete(key);
        lastSavedAt = now().toISOString();
        lastError = null;
      } catch (error) {
        // Keep the change in memory and try again on the next flush; the UI shows the error.
        lastError = `Chưa lưu được: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    // Only after something new reached the disk: a snapshot of unchanged (or unreadable) files adds
    // nothing and would push good snapshots down the list.
    if (
      wrote &&
      pending.size === journaledSince.size &&
      now().getTime() - lastAutoBackup > AUTO_BACKUP_EVERY_MS
    ) {
      lastAutoBackup = now().getTime();
      backups.create('Tự động trong khi làm việc', snapshotSources());
    }
    return status();
  };

  /** The timer runs by the earliest file due (real time: tests may freeze `now`). */
  function flushWithin(delayMs: number) {
    const due = Date.now() + delayMs;
    if (timer && timerDue <= due) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => flushNow(false), delayMs);
    timerDue = due;
  }

  const schedule = (key: string, value: unknown) => {
    pending.set(key, value);
    const since = journaledSince.get(key);
    flushWithin(
      since === undefined ? FLUSH_DELAY_MS : since + JOURNALED_FLUSH_DELAY_MS - Date.now(),
    );
  };

  const listConferenceIds = (): string[] => {
    const unsaved = [...pending.keys()]
      .filter((k) => k.startsWith('conference:'))
      .map(conferenceId);
    return [...new Set([...conferences.ids(), ...unsaved])];
  };

  const snapshotSources = (): Record<string, string> => {
    const sources: Record<string, string> = {};
    const mainPath = path.join(dataDir, `${MAIN_FILE}.json`);
    if (fs.existsSync(mainPath)) sources[`${MAIN_FILE}.json`] = fs.readFileSync(mainPath, 'utf8');
    if (fs.existsSync(conferenceDir)) {
      for (const f of fs.readdirSync(conferenceDir).filter((name) => name.endsWith('.json'))) {
        sources[`${CONFERENCE_DIR}/${f}`] = fs.readFileSync(path.join(conferenceDir, f), 'utf8');
      }
    }
    // After a flush, a journal is left only where the app was stopped abruptly and the conference
    // not saved since: its changes are part of the data, and a restore puts it back beside its file.
    for (const [name, text] of Object.entries(conferences.pendingJournals()))
      sources[`${CONFERENCE_DIR}/${name}`] = text;
    return sources;
  };

  return {
    dataDir,
    readMain: () => (pending.has(MAIN_FILE) ? pending.get(MAIN_FILE) : main().read()),
    writeMain: (doc: MainDoc) => schedule(MAIN_FILE, doc),
    listConferenceIds,
    readConference: (id) => {
      const key = `conference:${id}`;
      return pending.has(key) ? pending.get(key) : conferences.read(id);
    },
    writeConference: (id, doc: ConferenceDoc, options) => {
      const key = `conference:${id}`;
      if (options?.durable) {
        // On disk first: when the journal cannot be written either, this throws, nothing changes.
        conferences.journal(id, doc);
        if (!journaledSince.has(key)) journaledSince.set(key, Date.now());
      } else {
        journaledSince.delete(key);
      }
      schedule(key, doc);
    },
    removeConference: (id) => {
      pending.delete(`conference:${id}`);
      journaledSince.delete(`conference:${id}`);
      conferences.remove(id);
    },
    flush: async () => flushNow(),
    status,
    listBackups: (): Backup[] => backups.list(),
    createBackup: (reason) => {
      flushNow();
      return backups.create(reason, snapshotSources());
    },
    restoreBackup: (id) => {
      flushNow();
      const snapshot = backups.read(id);
      backups.create('Trước khi khôi phục', snapshotSources());
      // The snapshot replaces everything: a write still queued (one that failed) must not land on
      // the restored files later.
      pending.clear();
      journaledSince.clear();
      fs.rmSync(path.join(dataDir, `${MAIN_FILE}.json`), { force: true });
      // Conference files and live journals go; journals set aside stay where they are.
      conferences.clear();
      for (const [relative, text] of Object.entries(snapshot.files)) {
        const target = path.join(dataDir, relative);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
      }
      mainFile = undefined;
    },
  };
}
