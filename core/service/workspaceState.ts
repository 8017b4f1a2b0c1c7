import type { z } from 'zod';
import { AppError } from '../domain/appError';
import {
  CONFERENCE_SCHEMA_VERSION,
  ConferenceDocSchema,
  MAIN_SCHEMA_VERSION,
  MainDocSchema,
  emptyMainDoc,
  type ConferenceDoc,
  type MainDoc,
} from '../domain/workspace';
import { CONFERENCE_MIGRATIONS, MAIN_MIGRATIONS, migrate } from '../migrations/migrate';
import type { Migration } from '../migrations/types';
import { formatIssues } from './formatIssues';
import type { WorkspaceStorage, WriteOptions } from './ports';

/**
 * Loads, migrates and validates stored documents, and keeps them in memory so reads never touch the
 * disk. A document that cannot be read puts the workspace in a refused state: nothing is written over
 * it until the user restores a backup (ARCHITECTURE.md, Persistence).
 */
export class WorkspaceState {
  private main: MainDoc | undefined;
  private readonly conferences = new Map<string, ConferenceDoc>();
  private loadError: AppError | undefined;

  constructor(private readonly storage: WorkspaceStorage) {}

  /** Forget the cache (after a restore) so the next access reads the files again. */
  reset(): void {
    this.main = undefined;
    this.loadError = undefined;
    this.conferences.clear();
  }

  getMain(): MainDoc {
    if (this.main) return this.main;
    if (this.loadError) throw this.loadError;
    try {
      const raw = this.storage.readMain();
      this.main =
        raw === undefined
          ? emptyMainDoc()
          : this.parse(
              raw,
              MAIN_MIGRATIONS,
              MAIN_SCHEMA_VERSION,
              MainDocSchema,
              'tệp dữ liệu chính',
            );
      return this.main;
    } catch (error) {
      this.loadError = asCorrupt(error, 'tệp dữ liệu chính');
      throw this.loadError;
    }
  }

  setMain(doc: MainDoc): void {
    this.main = doc;
    this.storage.writeMain(doc);
  }

  getConference(id: string): ConferenceDoc {
    const cached = this.conferences.get(id);
    if (cached) return cached;
    if (!this.storage.listConferenceIds().includes(id)) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy hội nghị này. Có thể nó đã bị xoá.');
    }
    try {
      const raw = this.storage.readConference(id);
      const doc = this.parse(
        raw,
        CONFERENCE_MIGRATIONS,
        CONFERENCE_SCHEMA_VERSION,
        ConferenceDocSchema,
        'tệp hội nghị',
      );
      this.conferences.set(id, doc);
      return doc;
    } catch (error) {
      throw asCorrupt(error, 'tệp hội nghị');
    }
  }

  /** Stored first: a durable write that fails leaves the cached document as it was. */
  setConference(doc: ConferenceDoc, options?: WriteOptions): void {
    this.storage.writeConference(doc.conference.id, doc, options);
    this.conferences.set(doc.conference.id, doc);
  }

  removeConference(id: string): void {
    this.conferences.delete(id);
    this.storage.removeConference(id);
  }

  private parse<T>(
    raw: unknown,
    steps: readonly Migration[],
    target: number,
    schema: z.ZodType<T>,
    what: string,
  ): T {
    const migrated = migrate(raw, steps, target);
    if (migrated.fromVersion < target)
      this.storage.createBackup(`Trước khi chuyển đổi ${what} từ lược đồ ${migrated.fromVersion}`);
    const parsed = schema.safeParse(migrated.doc);
    if (!parsed.success) {
      throw new AppError(
        'DATA_CORRUPT',
        `Nội dung ${what} không hợp lệ.`,
        formatIssues(parsed.error),
      );
    }
    return parsed.data;
  }
}

function asCorrupt(error: unknown, what: string): AppError {
  if (error instanceof AppError) {
    return new AppError('DATA_CORRUPT', corruptMessage(what, error.message), error.issues);
  }
  // JSON.parse's own words are English and technical: say what it means, keep them as the detail.
  const detail = error instanceof Error ? error.message : String(error);
  const plain =
    error instanceof SyntaxError
      ? 'nội dung không phải JSON hợp lệ (tệp có thể bị ghi dở khi mất điện, hoặc bị sửa tay).'
      : detail;
  return new AppError('DATA_CORRUPT', corruptMessage(what, plain), [detail]);
}

function corruptMessage(what: string, detail: string): string {
  return `Không đọc được ${what}: ${detail.replace(/[.\s]*$/, '.')} Dữ liệu trên đĩa chưa bị thay đổi. Hãy khôi phục từ một bản sao lưu.`;
}
