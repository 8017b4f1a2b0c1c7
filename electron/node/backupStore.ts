import fs from 'node:fs';
import path from 'node:path';
import type { Backup } from '../../core/contract';
import { AppError } from '../../core/domain/appError';

export const BACKUP_DIR = 'backups';
/** Rolling policy: the 20 newest snapshots, plus the newest of each day for 60 days. */
const KEEP_NEWEST = 20;
const KEEP_DAYS = 60;

interface Snapshot {
  createdAt: string;
  reason: string;
  /** Data files by path relative to the data dir, as their exact text — a corrupt file is kept as it was. */
  files: Record<string, string>;
}

export class BackupStore {
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.dir = path.join(dataDir, BACKUP_DIR);
  }

  create(reason: string, files: Record<string, string>): Backup {
    fs.mkdirSync(this.dir, { recursive: true });
    const createdAt = this.now().toISOString();
    let id = createdAt.replace(/[:.]/g, '-');
    for (let n = 2; fs.existsSync(this.fileOf(id)); n += 1)
      id = `${createdAt.replace(/[:.]/g, '-')}-${n}`;
    const snapshot: Snapshot = { createdAt, reason, files };
    fs.writeFileSync(this.fileOf(id), JSON.stringify(snapshot));
    this.prune();
    return { id, createdAt, reason, sizeBytes: fs.statSync(this.fileOf(id)).size };
  }

  list(): Backup[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => this.describe(f.slice(0, -'.json'.length)))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  read(id: string): Snapshot {
    if (!/^[\w-]+$/.test(id) || !fs.existsSync(this.fileOf(id))) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy bản sao lưu này.');
    }
    try {
      return JSON.parse(fs.readFileSync(this.fileOf(id), 'utf8')) as Snapshot;
    } catch {
      throw new AppError('DATA_CORRUPT', 'Bản sao lưu này bị hỏng; hãy chọn một bản khác.');
    }
  }

  private describe(id: string): Backup {
    const file = this.fileOf(id);
    // Read only the head: createdAt and reason are written first, the files after them.
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(600);
    fs.readSync(fd, head, 0, head.length, 0);
    fs.closeSync(fd);
    const text = head.toString('utf8');
    const createdAt = /"createdAt":"([^"]+)"/.exec(text)?.[1] ?? '';
    const reason = /"reason":"((?:[^"\\]|\\.)*)"/.exec(text)?.[1] ?? '';
    return {
      id,
      createdAt,
      reason: JSON.parse(`"${reason}"`) as string,
      sizeBytes: fs.statSync(file).size,
    };
  }

  private prune(): void {
    const all = this.list();
    const keep = new Set(all.slice(0, KEEP_NEWEST).map((b) => b.id));
    const cutoff = this.now().getTime() - KEEP_DAYS * 86_400_000;
    const seenDays = new Set<string>();
    for (const backup of all) {
      const day = backup.createdAt.slice(0, 10);
      if (!seenDays.has(day) && Date.parse(backup.createdAt) >= cutoff) keep.add(backup.id);
      seenDays.add(day);
    }
    for (const backup of all)
      if (!keep.has(backup.id)) fs.rmSync(this.fileOf(backup.id), { force: true });
  }

  private fileOf(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }
}
