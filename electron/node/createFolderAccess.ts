import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/domain/appError';
import type { FolderAccess } from '../../core/service/ports';
import { folderError } from './folderError';
import { makeFolder } from './makeFolder';
import { openFolderWithSystem } from './openFolderWithSystem';
import { userDocumentsDir } from './userDocumentsDir';

export interface FolderAccessOptions {
  /** The user's Documents folder: Electron asks the system (app.getPath); found here otherwise. */
  documentsDir?: string;
  /** The native folder dialog (desktop); absent in browser mode. */
  pickFolder?: (startAt: string) => Promise<string | undefined>;
  /** Shows a folder in the file manager: Electron's shell, or the system opener by default. */
  openFolder?: (dir: string) => Promise<void>;
  platform?: NodeJS.Platform;
}

const MAX_COPIES = 999;

/**
 * Whether a path is complete on this system: "C:\…" or "\\server\share\…" on Windows (a path
 * rooted without a drive, "\Users\…", would land on whatever drive the app started from), "/…"
 * elsewhere.
 */
function isAbsoluteFolder(dir: string, platform: NodeJS.Platform): boolean {
  if (platform === 'win32') return /^[A-Za-z]:[\\/]|^[\\/]{2}[^\\/]+[\\/][^\\/]+/.test(dir);
  return path.posix.isAbsolute(dir);
}

function checkFileName(name: string): void {
  if (
    name === '' ||
    name === '.' ||
    name === '..' ||
    name.includes('\0') ||
    /[\\/]/.test(name) ||
    name !== path.basename(name)
  ) {
    throw new AppError('INVALID_INPUT', `Tên tệp không hợp lệ: "${name}".`);
  }
}

/** "D1-ke-hoach-2026.docx" → "D1-ke-hoach-2026 (2).docx", as Windows Explorer names a copy. */
function copyName(name: string, n: number): string {
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
}

/** The user's folders over the real file system: the FolderAccess port of both modes. */
export function createFolderAccess(options: FolderAccessOptions = {}): FolderAccess {
  const platform = options.platform ?? process.platform;
  // Paths are read by the rules of the system the files are on (tests check Windows' on Linux).
  const paths = platform === 'win32' ? path.win32 : path.posix;
  // Found on first use, not at start-up (on Linux it means reading ~/.config/user-dirs.dirs).
  let documentsDir = options.documentsDir;
  const documents = (): string => (documentsDir ??= userDocumentsDir(process.env, platform));
  const open = options.openFolder ?? ((dir: string) => openFolderWithSystem(dir));

  const resolveFolder = (dir: string): string => {
    if (dir.includes('\0')) {
      throw new AppError('INVALID_INPUT', 'Đường dẫn thư mục chứa ký tự không hợp lệ (NUL).');
    }
    if (!isAbsoluteFolder(dir, platform)) {
      throw new AppError(
        'INVALID_INPUT',
        `"${dir}" chưa phải đường dẫn đầy đủ của một thư mục. Hãy ghi đủ từ ${
          platform === 'win32' ? 'tên ổ đĩa' : 'dấu "/" đầu tiên'
        }, ví dụ "${documents()}".`,
      );
    }
    return paths.resolve(dir);
  };

  /** The entry's stat, or undefined when nothing has that name; other failures in Vietnamese. */
  const statIfExists = async (target: string, folder: string) => {
    try {
      return await fs.stat(target);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
      throw folderError(error, { folder });
    }
  };

  const freeName = async (folder: string, name: string): Promise<string> => {
    for (let n = 2; n <= MAX_COPIES; n++) {
      const candidate = copyName(name, n);
      if (!(await statIfExists(path.join(folder, candidate), folder))) return candidate;
    }
    throw new AppError(
      'CONFLICT',
      `Thư mục "${folder}" đã có quá nhiều bản của "${name}". Hãy chọn thư mục khác.`,
    );
  };

  return {
    defaultFolder: (subfolders) => paths.join(documents(), ...subfolders),
    ...(options.pickFolder ? { pickFolder: options.pickFolder } : {}),
    resolveFolder,

    async existingNames(dir, names) {
      const folder = resolveFolder(dir);
      const stat = await statIfExists(folder, folder);
      if (!stat) return [];
      if (!stat.isDirectory()) throw folderError({ code: 'ENOTDIR' }, { folder });
      const taken: string[] = [];
      for (const name of names) {
        checkFileName(name);
        if (await statIfExists(path.join(folder, name), folder)) taken.push(name);
      }
      return taken;
    },

    async writeFile(dir, name, base64, onExisting) {
      const folder = resolveFolder(dir);
      checkFileName(name);
      try {
        await makeFolder(folder);
      } catch (error) {
        throw folderError(error, { folder });
      }
      const taken = (await statIfExists(path.join(folder, name), folder)) !== undefined;
      let target = name;
      if (taken && onExisting === 'refuse') {
        throw new AppError(
          'CONFLICT',
          `Thư mục "${folder}" đã có tệp "${name}": hãy chọn ghi đè hoặc giữ cả hai.`,
        );
      }
      if (taken && onExisting === 'keepBoth') target = await freeName(folder, name);
      // Whole or nothing: the bytes go to a hidden temporary name in the same folder (same disk,
      // so the rename is atomic) and only a complete, flushed file takes the real name.
      const temp = path.join(folder, `.${target}.${crypto.randomBytes(6).toString('hex')}.tmp`);
      try {
        const handle = await fs.open(temp, 'wx');
        try {
          await handle.writeFile(Buffer.from(base64, 'base64'));
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(temp, path.join(folder, target));
      } catch (error) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        throw folderError(error, {
          folder,
          fileName: target,
          replacing: taken && onExisting === 'overwrite',
        });
      }
      return target;
    },

    async openFolder(dir) {
      const folder = resolveFolder(dir);
      const stat = await statIfExists(folder, folder);
      if (!stat?.isDirectory()) {
        throw new AppError(
          'NOT_FOUND',
          `Không còn thư mục "${folder}" (đã bị xoá, đổi tên hoặc USB đã rút ra?).`,
        );
      }
      await open(folder);
    },
  };
}
