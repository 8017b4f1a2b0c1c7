import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/domain/appError';
import { MAX_ATTACHMENT_BYTES } from '../../core/domain/followUp';
import type { AttachmentStore } from '../../core/service/ports';

export const ATTACHMENT_DIR = 'attachments';

/** Names Windows reserves for devices, whatever the extension ("CON.txt" cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_NAME = 100;
/** What the store hands out: 8 hex digits, a dash, then a name already made safe. */
const STORED_NAME = /^[0-9a-f]{8}-[^/\\\0]{1,100}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The user's file name made safe on Windows, macOS and Linux: no folder part, no control or
 * reserved characters, no trailing dot or space, not a device name, at most 100 characters with
 * the extension kept. Vietnamese letters stay (NFC), so the file still reads as the user named it.
 */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let clean = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (clean.length > MAX_NAME) {
    const dot = clean.lastIndexOf('.');
    const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
    clean = clean.slice(0, MAX_NAME - ext.length).trimEnd() + ext;
  }
  if (!clean || clean.startsWith('.')) clean = `tep${clean}`;
  const stem = clean.split('.')[0] ?? '';
  return RESERVED.test(stem) ? `_${clean}` : clean;
}

/** A conference id as a folder name: as it is when plain, else hex (an imported id may be anything). */
function conferenceFolder(conferenceId: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(conferenceId)
    ? conferenceId
    : `c-${Buffer.from(conferenceId, 'utf8').toString('hex').slice(0, 120)}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/**
 * Evidence files of the follow-up, kept in `<data dir>/attachments/<conference>/`. Every path is
 * built from a folder of our own and a name of our own, then checked to be inside that folder, so
 * no input can reach a file elsewhere. Writes go to a temporary name first, then are renamed.
 */
export function createAttachmentStore(dataDir: string): AttachmentStore {
  const root = path.resolve(dataDir, ATTACHMENT_DIR);

  const locate = (conferenceId: string, storedName: string): string => {
    const folder = path.join(root, conferenceFolder(conferenceId));
    const file = path.resolve(folder, storedName);
    if (!STORED_NAME.test(storedName) || path.dirname(file) !== folder) {
      throw new AppError('INVALID_INPUT', 'Tên tệp minh chứng không hợp lệ.');
    }
    return file;
  };

  return {
    async save(conferenceId, fileName, base64) {
      const compact = base64.replace(/\s+/g, '');
      if (!BASE64.test(compact) || compact.length % 4 === 1) {
        throw new AppError(
          'INVALID_INPUT',
          `Không đọc được tệp “${fileName}”: dữ liệu gửi lên không phải base64 hợp lệ.`,
        );
      }
      const bytes = Buffer.from(compact, 'base64');
      if (bytes.length === 0) throw new AppError('INVALID_INPUT', `Tệp “${fileName}” rỗng.`);
      if (bytes.length > MAX_ATTACHMENT_BYTES) {
        throw new AppError(
          'INVALID_INPUT',
          `Tệp “${fileName}” quá lớn (${megabytes(bytes.length)}); mỗi tệp minh chứng tối đa ${megabytes(MAX_ATTACHMENT_BYTES)}.`,
        );
      }
      const storedName = `${randomUUID().slice(0, 8)}-${safeFileName(fileName)}`;
      const file = locate(conferenceId, storedName);
      const temporary = `${file}.${randomUUID().slice(0, 8)}.tmp`;
      try {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.writeFile(temporary, bytes, { flag: 'wx' });
        await fs.promises.rename(temporary, file);
      } catch (error) {
        await fs.promises.rm(temporary, { force: true });
        throw new AppError(
          'WRITE_FAILED',
          `Không lưu được tệp minh chứng vào thư mục dữ liệu: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return { storedName, sizeBytes: bytes.length };
    },

    async read(conferenceId, storedName) {
      const file = locate(conferenceId, storedName);
      try {
        return (await fs.promises.readFile(file)).toString('base64');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new AppError(
            'NOT_FOUND',
            'Không tìm thấy tệp minh chứng trong thư mục dữ liệu (có thể đã bị xoá, hoặc chưa được chép sang máy này).',
          );
        }
        throw error;
      }
    },

    async remove(conferenceId, storedName) {
      await fs.promises.rm(locate(conferenceId, storedName), { force: true });
    },
  };
}
