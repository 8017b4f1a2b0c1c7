import fs from 'node:fs';
import path from 'node:path';
import { writeFileSync as writeFileAtomicSync } from 'atomically';
import { AppError } from '../../core/domain/appError';
import { JOURNAL_SUFFIX, JournalWriter, replayJournal, textHash } from './conferenceJournal';
import { diffJson } from './diffJson';
import { syncDirectory } from './syncDirectory';

/** What file and journal hold together for one conference, once read or written. */
interface Durable {
  /** Hash of the conference file's text (null: no file yet): the base the journal's lines apply to. */
  base: string | null;
  /** The document file + journal add up to; the next journal line is the difference from it. */
  doc: unknown;
  journal: JournalWriter;
}

/**
 * The conference files of the data dir: `<id>.json`, written whole and atomically (temporary file,
 * fsync, rename, fsync of the folder), and `<id>.journal.ndjson`, the changes acknowledged since,
 * each synced to disk before the service answers. Reading applies the journal after the file.
 */
export class ConferenceStore {
  private readonly durable = new Map<string, Durable>();
  private readonly setAside: string[] = [];

  constructor(
    readonly dir: string,
    private readonly now: () => Date,
  ) {}

  /** Conferences with a file, and those whose only record so far is a journal. */
  ids(): string[] {
    if (!fs.existsSync(this.dir)) return [];
    const ids = new Set<string>();
    for (const name of fs.readdirSync(this.dir)) {
      if (name.endsWith(JOURNAL_SUFFIX)) {
        const id = name.slice(0, -JOURNAL_SUFFIX.length);
        if (!fs.existsSync(this.fileOf(id)) && this.journalOnlyHoldsSomething(id)) ids.add(id);
      } else if (name.endsWith('.json')) {
        ids.add(name.slice(0, -'.json'.length));
      }
    }
    return [...ids];
  }

  /**
   * The stored document (undefined when there is none), journal applied. Throws on a file that is not
   * JSON: it stays as it is for the restore screen. A journal that cannot be used whole is set aside
   * under another name, never deleted, and reported by `problems()`.
   */
  read(id: string): unknown {
    this.forget(id);
    const journalFile = this.journalOf(id);
    const fileText = this.fileText(id);
    const journalText = fs.existsSync(journalFile) ? fs.readFileSync(journalFile, 'utf8') : '';
    const replay = replayJournal(journalText, fileText);
    let base = textHash(fileText);
    let journal: JournalWriter;
    if (replay.problem) {
      // What the usable head of the journal added must not live only in memory: into the file
      // first, then the journal goes aside (a crash in between leaves it to be read again).
      if (replay.applied > 0) base = textHash(this.writeFile(id, replay.doc));
      const kept = this.keepAside(id, replay.problem);
      console.warn(`Conference journal set aside: ${kept} (${replay.problem})`);
      journal = new JournalWriter(journalFile);
    } else {
      journal = new JournalWriter(journalFile, replay.usableBytes);
      // A stale journal the file already holds, or a torn first append: nothing to keep.
      if (replay.alreadyInFile || Buffer.byteLength(journalText) > replay.usableBytes) {
        if (replay.alreadyInFile) journal.clear();
        else fs.truncateSync(journalFile, replay.usableBytes);
      }
    }
    this.durable.set(id, { base, doc: replay.doc, journal });
    const doc = structuredClone(replay.doc);
    // An empty object is no document, as conf read it.
    if (typeof doc === 'object' && doc !== null && Object.keys(doc).length === 0) return undefined;
    return doc;
  }

  /** The whole file, atomically; the journal then starts over. */
  write(id: string, doc: unknown): void {
    const known = this.durable.get(id);
    // Written over without being read (a conference replaced whole): an old journal is kept aside.
    if (!known && this.journalSize(id) > 0) this.keepAside(id, 'hội nghị được ghi đè toàn bộ');
    const text = this.writeFile(id, doc);
    const journal = known?.journal ?? new JournalWriter(this.journalOf(id));
    // Emptying the journal can only fail after the file is safe: a stale journal is recognised on
    // the next read (its base is the old file) and dropped when the file holds all of it.
    journal.clear();
    this.durable.set(id, { base: textHash(text), doc, journal });
  }

  /**
   * Makes `doc` durable before returning: its difference from what file and journal hold is one
   * journal line, synced to disk. When the journal cannot be written, the whole file is; when that
   * fails too, throws a Vietnamese error (the change is then not kept anywhere but the screen).
   */
  journal(id: string, doc: unknown): void {
    if (!this.durable.has(id)) this.read(id);
    const durable = this.durable.get(id);
    if (!durable) return;
    const ops = diffJson(durable.doc, doc);
    if (ops.length === 0) return;
    try {
      durable.journal.append(durable.base, ops);
      durable.doc = doc;
    } catch (journalError) {
      try {
        this.write(id, doc);
      } catch (writeError) {
        const detail = (error: unknown) => (error instanceof Error ? error.message : String(error));
        throw new AppError(
          'WRITE_FAILED',
          'Chưa lưu được thay đổi vừa nhập vào đĩa (ổ đĩa đầy, bị khoá hoặc không ghi được). Nội dung vẫn còn trên màn hình: hãy kiểm tra ổ đĩa rồi nhập lại.',
          [detail(journalError), detail(writeError)],
        );
      }
    }
  }

  remove(id: string): void {
    this.forget(id);
    fs.rmSync(this.fileOf(id), { force: true });
    fs.rmSync(this.journalOf(id), { force: true });
  }

  /** Journals not yet folded into their file (conferences not opened since a crash), for snapshots. */
  pendingJournals(): Record<string, string> {
    const journals: Record<string, string> = {};
    if (!fs.existsSync(this.dir)) return journals;
    for (const name of fs.readdirSync(this.dir).filter((n) => n.endsWith(JOURNAL_SUFFIX))) {
      const text = fs.readFileSync(path.join(this.dir, name), 'utf8');
      if (text.length > 0) journals[name] = text;
    }
    return journals;
  }

  /** Journals set aside in this session, as messages for the user. */
  problems(): readonly string[] {
    return this.setAside;
  }

  /**
   * Closes every journal and forgets what was read (before a restore replaces the files). The
   * conference files and live journals are removed; journals set aside are kept.
   */
  clear(): void {
    for (const id of [...this.durable.keys()]) this.forget(id);
    if (!fs.existsSync(this.dir)) return;
    for (const name of fs.readdirSync(this.dir)) {
      if (name.endsWith('.json') || name.endsWith(JOURNAL_SUFFIX) || name.includes('.json.tmp-'))
        fs.rmSync(path.join(this.dir, name), { force: true });
    }
  }

  /** Closes every journal and forgets what was read, leaving the files as they are. */
  close(): void {
    for (const id of [...this.durable.keys()]) this.forget(id);
  }

  private writeFile(id: string, doc: unknown): string {
    const text = JSON.stringify(doc);
    fs.mkdirSync(this.dir, { recursive: true });
    writeFileAtomicSync(this.fileOf(id), text, { encoding: 'utf8', fsync: true });
    syncDirectory(this.dir);
    return text;
  }

  private fileText(id: string): string | undefined {
    const file = this.fileOf(id);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  }

  private keepAside(id: string, reason: string): string {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const kept = path.join(this.dir, `${id}.journal-kept-${stamp}.ndjson`);
    fs.renameSync(this.journalOf(id), kept);
    syncDirectory(this.dir);
    this.setAside.push(
      `Nhật ký lưu tức thời của một hội nghị không dùng được trọn vẹn (${reason}). Hội nghị được mở với các thay đổi đọc được; nhật ký được giữ nguyên ở tệp ${kept}. Hãy kiểm tra lại những gì nhập ngay trước lần ứng dụng bị tắt đột ngột.`,
    );
    return kept;
  }

  private forget(id: string): void {
    this.durable.get(id)?.journal.close();
    this.durable.delete(id);
  }

  /** A conference created and typed into, then a crash before its file was first written. */
  private journalOnlyHoldsSomething(id: string): boolean {
    const replay = replayJournal(fs.readFileSync(this.journalOf(id), 'utf8'), undefined);
    return replay.doc !== undefined || replay.problem !== undefined;
  }

  private journalSize(id: string): number {
    const file = this.journalOf(id);
    return fs.existsSync(file) ? fs.statSync(file).size : 0;
  }

  private fileOf(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }

  private journalOf(id: string): string {
    return path.join(this.dir, `${id}${JOURNAL_SUFFIX}`);
  }
}
