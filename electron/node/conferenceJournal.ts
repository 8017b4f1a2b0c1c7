import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { applyJsonPatch, diffJson, type JsonPatchOp } from './diffJson';
import { syncDirectory } from './syncDirectory';

/** `conferences/<id>.journal.ndjson`, beside `<id>.json`. */
export const JOURNAL_SUFFIX = '.journal.ndjson';

/**
 * First line of a journal: which file its changes apply to (the SHA-256 of the file's text, null
 * when the conference had no file yet). A journal whose base is not the file on disk was left
 * behind by a crash between writing the file and emptying the journal.
 */
interface JournalHeader {
  journal: 1;
  base: string | null;
}

export function textHash(text: string | undefined): string | null {
  return text === undefined ? null : createHash('sha256').update(text).digest('hex');
}

export interface JournalReplay {
  /** The file's document with every usable line applied (a fresh object). */
  doc: unknown;
  /** Lines applied on top of the file. */
  applied: number;
  /** Bytes of header and complete lines: what follows is a torn last line, never acknowledged. */
  usableBytes: number;
  /**
   * Why the journal cannot be kept as it is (Vietnamese); it must be set aside. Its usable head is
   * applied all the same: those lines were acknowledged.
   */
  problem?: string;
  /** The journal is older than the file and the file already holds every change in it. */
  alreadyInFile?: boolean;
}

/**
 * Reads a journal against the text of its conference file. A line counts only with its newline: an
 * append cut short by a crash was never acknowledged, so it is skipped, not reported.
 */
export function replayJournal(journalText: string, fileText: string | undefined): JournalReplay {
  const fileDoc = () => (fileText === undefined ? undefined : (JSON.parse(fileText) as unknown));
  if (journalText.length === 0) return { doc: fileDoc(), applied: 0, usableBytes: 0 };
  const complete = journalText.slice(0, journalText.lastIndexOf('\n') + 1);
  const lines = complete.split('\n').slice(0, -1);
  const usableBytes = Buffer.byteLength(complete);
  // The header goes out with the first change, in one write: nothing complete, nothing acknowledged.
  if (lines.length === 0) return { doc: fileDoc(), applied: 0, usableBytes: 0 };
  const header = parseHeader(lines[0]);
  if (!header) {
    return { doc: fileDoc(), applied: 0, usableBytes, problem: 'dòng đầu không đọc được' };
  }
  const changes: JsonPatchOp[][] = [];
  let problem: string | undefined;
  for (const [i, line] of lines.slice(1).entries()) {
    const ops = parseLine(line);
    if (!ops) {
      problem = `dòng ${i + 2} không đọc được`;
      break;
    }
    changes.push(ops);
  }
  if (header.base !== textHash(fileText)) {
    // Left behind by a crash after the file was replaced: harmless when the file already holds it.
    const before = fileDoc();
    const replayed = applyAll(fileDoc, changes, changes.length);
    if (
      !problem &&
      replayed.applied === changes.length &&
      diffJson(before, replayed.doc).length === 0
    ) {
      return { doc: before, applied: 0, usableBytes, alreadyInFile: true };
    }
    return {
      doc: before,
      applied: 0,
      usableBytes,
      problem: 'nhật ký ghi cho một phiên bản khác của tệp hội nghị',
    };
  }
  const replayed = applyAll(fileDoc, changes, changes.length);
  if (replayed.applied < changes.length) {
    problem = `dòng ${replayed.applied + 2} không áp dụng được (${replayed.error ?? ''})`;
  }
  return {
    doc: replayed.doc,
    applied: replayed.applied,
    usableBytes,
    ...(problem ? { problem } : {}),
  };
}

/** Applies the first `count` lines; a line is applied whole or not at all. */
function applyAll(
  fileDoc: () => unknown,
  changes: JsonPatchOp[][],
  count: number,
): { doc: unknown; applied: number; error?: string } {
  let doc = fileDoc();
  for (let i = 0; i < count; i += 1) {
    try {
      doc = applyJsonPatch(doc, changes[i] ?? []);
    } catch (error) {
      // The failed line may have changed part of the document: start over without it.
      return {
        doc: applyAll(fileDoc, changes, i).doc,
        applied: i,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }
  return { doc, applied: count };
}

function parseHeader(line: string | undefined): JournalHeader | undefined {
  if (line === undefined) return undefined;
  try {
    const value = JSON.parse(line) as Partial<JournalHeader>;
    const base = value.base;
    return value.journal === 1 && (base === null || typeof base === 'string')
      ? { journal: 1, base }
      : undefined;
  } catch {
    return undefined;
  }
}

function parseLine(line: string): JsonPatchOp[] | undefined {
  try {
    const value = JSON.parse(line) as { ops?: unknown };
    if (!Array.isArray(value.ops)) return undefined;
    const ops = value.ops as unknown[];
    return ops.every(isOp) ? (ops as JsonPatchOp[]) : undefined;
  } catch {
    return undefined;
  }
}

function isOp(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const op = value as Record<string, unknown>;
  const pathOk =
    Array.isArray(op.path) &&
    op.path.every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p)));
  if (!pathOk) return false;
  if (op.op === 'set') return 'value' in op;
  if (op.op === 'delete') return true;
  return op.op === 'tail' && typeof op.from === 'number' && Array.isArray(op.items);
}

/**
 * The append side of one conference's journal. Every append is one write of whole lines followed by
 * fdatasync, so a change is on the disk before the service answers.
 */
export class JournalWriter {
  private fd: number | undefined;
  private bytes: number;

  /** `usableBytes`: the length of the journal's good part (a torn tail after it is cut off). */
  constructor(
    readonly file: string,
    usableBytes = 0,
  ) {
    this.bytes = usableBytes;
  }

  get empty(): boolean {
    return this.bytes === 0;
  }

  append(base: string | null, ops: readonly JsonPatchOp[]): void {
    const fd = this.open();
    const header = this.bytes === 0 ? `${JSON.stringify({ journal: 1, base })}\n` : '';
    const data = Buffer.from(`${header}${JSON.stringify({ ops })}\n`);
    try {
      let written = 0;
      while (written < data.length)
        written += fs.writeSync(fd, data, written, data.length - written);
      fs.fdatasyncSync(fd);
      this.bytes += data.length;
    } catch (error) {
      // Cut a half-written line off, or the next append would be glued to it.
      try {
        fs.ftruncateSync(fd, this.bytes);
      } catch {
        // The reader skips an unterminated last line; a later append fails here again.
      }
      throw error;
    }
  }

  /**
   * After the file was written: the journal starts over, empty. Not synced: should a crash undo
   * the truncation, the old lines name the old file as their base and are recognised as stale;
   * the next append's fdatasync makes the new length durable anyway.
   */
  clear(): void {
    if (this.bytes === 0) return;
    fs.ftruncateSync(this.open(), 0);
    this.bytes = 0;
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const existed = fs.existsSync(this.file);
    const fd = fs.openSync(this.file, 'a');
    try {
      if (fs.fstatSync(fd).size !== this.bytes) fs.ftruncateSync(fd, this.bytes);
      // A new file is durable only once the folder's entry for it is.
      if (!existed) syncDirectory(path.dirname(this.file));
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
    this.fd = fd;
    return fd;
  }
}
