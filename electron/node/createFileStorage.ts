import fs from 'node:fs';
import path from 'node:path';
import type { Backup, SaveStatus } from '../../core/contract';
import type { WorkspaceStorage } from '../../core/service/ports';
import type { ConferenceDoc, MainDoc } from '../../core/domain/workspace';
import type { JsonFile, OpenJsonFile } from './jsonFile';
import { BackupStore } from './backupStore';

export const MAIN_FILE = 'hoi-nghi';
export const CONFERENCE_DIR = 'conferences';

/** Writes are coalesced: at most one per file per FLUSH_DELAY_MS, and never later than one second. */
const FLUSH_DELAY_MS = 250;
/** A running session gets an automatic snapshot at most this often (plus the ones before risky steps). */
const AUTO_BACKUP_EVERY_MS = 10 * 60 * 1000;

export interface FileStorageOptions {
  dataDir: string;
  openFile: OpenJsonFile;
  now?: () => Date;
}

/**
 * The data directory: `hoi-nghi.json` (unit, roster), `conferences/<id>.json` (one per conference),
 * `backups/` (snapshots). Hot paths (check-in, typing) only touch memory; files follow within a second.
 */
export function createFileStorage({
  dataDir,
  openFile,
  now = () => new Date(),
}: FileStorageOptions): WorkspaceStorage {
  const conferenceDir = path.join(dataDir, CONFERENCE_DIR);
  const files = new Map<string, JsonFile>();
  const pending = new Map<string, unknown>();
  let timer: NodeJS.Timeout | undefined;
  let lastSavedAt: string | null = null;
  let lastError: string | null = null;
  let lastAutoBackup = 0;
  const backups = new BackupStore(dataDir, now);

  const fileFor = (key: string): JsonFile => {
    let file = files.get(key);
    if (!file) {
      file =
        key === MAIN_FILE
          ? openFile(dataDir, MAIN_FILE)
          : openFile(conferenceDir, key.slice('conference:'.length));
      files.set(key, file);
    }
    return file;
  };

  const status = (): SaveStatus => ({ pendingWrites: pending.size, lastSavedAt, lastError });

  const flushNow = (): SaveStatus => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    let wrote = false;
    for (const [key, value] of [...pending]) {
      try {
        fileFor(key).write(value);
        wrote = true;
        pending.delete(key);
        lastSavedAt = now().toISOString();
        lastError = null;
      } catch (error) {
        // Keep the change in memory and try again on the next flush; the UI shows the error.
        lastError = `Chưa lưu được: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    // Only after something new reached the disk: a snapshot of unchanged (or unreadable) files adds
    // nothing and would push good snapshots down the list.
    if (wrote && pending.size === 0 && now().getTime() - lastAutoBackup > AUTO_BACKUP_EVERY_MS) {
      lastAutoBackup = now().getTime();
      backups.create('Tự động trong khi làm việc', snapshotSources());
    }
    return status();
  };

  const schedule = (key: string, value: unknown) => {
    pending.set(key, value);
    timer ??= setTimeout(flushNow, FLUSH_DELAY_MS);
  };

  const listConferenceIds = (): string[] => {
    const onDisk = fs.existsSync(conferenceDir)
      ? fs
          .readdirSync(conferenceDir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => f.slice(0, -'.json'.length))
      : [];
    const unsaved = [...pending.keys()]
      .filter((k) => k.startsWith('conference:'))
      .map((k) => k.slice('conference:'.length));
    return [...new Set([...onDisk, ...unsaved])];
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
    return sources;
  };

  return {
    dataDir,
    readMain: () => (pending.has(MAIN_FILE) ? pending.get(MAIN_FILE) : fileFor(MAIN_FILE).read()),
    writeMain: (doc: MainDoc) => schedule(MAIN_FILE, doc),
    listConferenceIds,
    readConference: (id) => {
      const key = `conference:${id}`;
      return pending.has(key) ? pending.get(key) : fileFor(key).read();
    },
    writeConference: (id, doc: ConferenceDoc) => schedule(`conference:${id}`, doc),
    removeConference: (id) => {
      pending.delete(`conference:${id}`);
      files.delete(`conference:${id}`);
      fs.rmSync(path.join(conferenceDir, `${id}.json`), { force: true });
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
      fs.rmSync(path.join(dataDir, `${MAIN_FILE}.json`), { force: true });
      fs.rmSync(conferenceDir, { recursive: true, force: true });
      for (const [relative, text] of Object.entries(snapshot.files)) {
        const target = path.join(dataDir, relative);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
      }
      files.clear();
    },
  };
}
