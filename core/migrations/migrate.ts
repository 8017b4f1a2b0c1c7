import { AppError } from '../domain/appError';
import { main001UnionMemberToRole } from './main001UnionMemberToRole';
import type { JsonObject, Migration } from './types';

/** Numbered steps, in order. A file written by any released version must load forever. */
export const MAIN_MIGRATIONS: readonly Migration[] = [main001UnionMemberToRole];
export const CONFERENCE_MIGRATIONS: readonly Migration[] = [];
/** Steps for `*.hoinghi.json` files (core/domain/conferenceFile.ts); none yet: version 1 is the first. */
export const CONFERENCE_FILE_MIGRATIONS: readonly Migration[] = [];

export interface Migrated {
  doc: JsonObject;
  fromVersion: number;
  toVersion: number;
}

/**
 * Applies every step from the document's version up to `target`. A version newer than this build
 * knows is refused rather than guessed at: an older app must not rewrite a newer file.
 */
export function migrate(raw: unknown, steps: readonly Migration[], target: number): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AppError('DATA_CORRUPT', 'Tệp dữ liệu không phải là một đối tượng JSON hợp lệ.');
  }
  let doc = raw as JsonObject;
  const fromVersion = typeof doc.schemaVersion === 'number' ? doc.schemaVersion : 1;
  if (fromVersion > target) {
    throw new AppError(
      'DATA_CORRUPT',
      `Tệp dữ liệu được ghi bởi phiên bản mới hơn (lược đồ ${fromVersion}, phiên bản này hiểu tới ${target}). Hãy cập nhật ứng dụng.`,
    );
  }
  for (let version = fromVersion; version < target; version += 1) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) {
      throw new AppError('DATA_CORRUPT', `Thiếu bước chuyển đổi dữ liệu từ lược đồ ${version}.`);
    }
    doc = step.up(doc);
  }
  return { doc, fromVersion, toVersion: target };
}
