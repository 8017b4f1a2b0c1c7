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
  readable: boolean;
  summary: string;
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
    const { readable, summary } = describeFiles(files);
    // Key order matters: the header fields come before `files`, so list() reads only the head.
    const snapshot: Snapshot = { createdAt, reason, readable, summary, files };
    fs.writeFileSync(this.fileOf(id), JSON.stringify(snapshot));
    this.prune();
    return {
      id,
      createdAt,
      reason,
      readable,
      summary,
      sizeBytes: fs.statSync(this.fileOf(id)).size,
    };
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
    // Read only the head: the header fields are written first, the files after them, so the text
    // up to `"files"` closed with a brace is the header as JSON.
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(4096);
    const length = fs.readSync(fd, head, 0, head.length, 0);
    fs.closeSync(fd);
    const text = head.subarray(0, length).toString('utf8');
    let header: Partial<Snapshot> = {};
    try {
      header = JSON.parse(`${text.slice(0, text.indexOf(',"files":'))}}`) as Partial<Snapshot>;
    } catch {
      header = { reason: 'Bản sao lưu không đọc được', readable: false };
    }
    return {
      id,
      createdAt: header.createdAt ?? '',
      reason: header.reason ?? '',
      readable: header.readable ?? false,
      summary: header.summary ?? '',
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

/** Whether every file parses, and a one-line account of what the snapshot holds. */
function describeFiles(files: Record<string, string>): { readable: boolean; summary: string } {
  let readable = true;
  let people = 0;
  let conferences = 0;
  for (const [name, text] of Object.entries(files)) {
    // A conference's journal (JSON lines) travels with its file; it is read when the file is.
    if (name.endsWith('.ndjson')) continue;
    try {
      const parsed = JSON.parse(text) as { people?: unknown[] };
      if (name === 'hoi-nghi.json')
        people = Array.isArray(parsed.people) ? parsed.people.length : 0;
      else conferences += 1;
    } catch {
      readable = false;
    }
  }
  if (Object.keys(files).length === 0) return { readable, summary: 'Chưa có dữ liệu' };
  return {
    readable,
    summary: `${people} người, ${conferences} hội nghị${readable ? '' : ' — có tệp hỏng'}`,
  };
}
