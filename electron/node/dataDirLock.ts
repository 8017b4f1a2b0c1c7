import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/**
 * One running app per data folder. The service keeps the data in memory and writes it back: a
 * second app on the same folder (the desktop app and `npm run web`, or a double click that started
 * it twice) would overwrite the first one's changes without a word. The lock is proper-lockfile's
 * (a directory created atomically, its time refreshed while we run, taken over once stale after a
 * crash); beside it, who holds it and, in browser mode, the address to reopen it at.
 */
const LOCK_NAME = 'hoi-nghi.lock';
const OWNER_NAME = 'hoi-nghi.lock.json';

export interface DataDirOwner {
  pid: number;
  host: string;
  mode: 'desktop' | 'browser';
  since: string;
  /** Browser mode: the address (with its token) a second start opens instead of starting. */
  launchUrl?: string;
}

export type DataDirLock =
  | {
      held: true;
      /** Records the browser-mode address once the host listens. */
      announce(launchUrl: string): void;
      release(): Promise<void>;
    }
  | { held: false; owner: DataDirOwner | undefined };

export interface LockOptions {
  /** Taken over after this long without a refresh (a crashed app); tests shorten it. */
  staleMs?: number;
  /** Called when the lock was lost (the folder vanished, or another app took it over). */
  onLost?: (error: Error) => void;
}

function readOwner(dataDir: string): DataDirOwner | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, OWNER_NAME), 'utf8')) as DataDirOwner;
  } catch {
    return undefined;
  }
}

/**
 * A lock left by an app that no longer runs on this computer (killed, crashed, power cut): the user
 * restarting at once must not wait for it to go stale. Only decided for this machine's own
 * processes; a lock from another computer (a shared folder) waits for its staleness.
 */
function heldByDeadProcess(owner: DataDirOwner | undefined): boolean {
  if (!owner || owner.host !== os.hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export async function lockDataDir(
  dataDir: string,
  mode: DataDirOwner['mode'],
  { staleMs = 60_000, onLost }: LockOptions = {},
): Promise<DataDirLock> {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_NAME);
  const take = () =>
    lockfile.lock(dataDir, {
      lockfilePath: lockPath,
      realpath: false,
      stale: staleMs,
      update: Math.max(1_000, Math.floor(staleMs / 3)),
      // A laptop waking from sleep may find its lock refreshed late: report it, never crash with
      // writes pending (proper-lockfile's default throws from a timer).
      onCompromised: (error) => onLost?.(error),
    });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const holder = readOwner(dataDir);
    if (!heldByDeadProcess(holder)) return { held: false, owner: holder };
    fs.rmSync(lockPath, { recursive: true, force: true });
    try {
      release = await take();
    } catch (again) {
      // Another start took it in between: that one runs.
      if ((again as NodeJS.ErrnoException).code === 'ELOCKED')
        return { held: false, owner: readOwner(dataDir) };
      throw again;
    }
  }
  const ownerFile = path.join(dataDir, OWNER_NAME);
  const owner: DataDirOwner = {
    pid: process.pid,
    host: os.hostname(),
    mode,
    since: new Date().toISOString(),
  };
  fs.writeFileSync(ownerFile, JSON.stringify(owner));
  return {
    held: true,
    announce(launchUrl) {
      fs.writeFileSync(ownerFile, JSON.stringify({ ...owner, launchUrl }));
    },
    async release() {
      fs.rmSync(ownerFile, { force: true });
      try {
        await release();
      } catch (error) {
        // proper-lockfile also releases its locks when the process is signalled (signal-exit):
        // on SIGTERM it may have done so before our shutdown gets here.
        if ((error as NodeJS.ErrnoException).code !== 'ERELEASED') throw error;
      }
    },
  };
}

/** What a second start says, in the user's language. */
export function lockedMessage(dataDir: string, owner: DataDirOwner | undefined): string {
  const who =
    owner?.mode === 'desktop'
      ? 'Ứng dụng Hội nghị CBCCVC (bản máy tính) đang mở'
      : 'Ứng dụng Hội nghị CBCCVC đang chạy';
  return `${who} với thư mục dữ liệu ${dataDir}. Mỗi thư mục dữ liệu chỉ mở ở một nơi một lúc, để không bản nào ghi đè lên thay đổi của bản kia: hãy dùng cửa sổ đang mở, hoặc đóng nó rồi mở lại.`;
}
