import { spawn } from 'node:child_process';
import { AppError } from '../../core/domain/appError';

/** Power users (and the end-to-end tests, which record the call) may name another file manager. */
export const FOLDER_OPENER_ENV = 'HOINGHI_FOLDER_OPENER';

/** The program each system opens a folder with in its file manager. */
export function systemFolderOpener(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return 'explorer.exe';
  if (platform === 'darwin') return 'open';
  return 'xdg-open';
}

/**
 * Browser mode's "Mở thư mục": the system opener, started with the folder as its one argument —
 * an argument array, never a shell string, so no character of a path is ever interpreted. The
 * caller passes only absolute folders the app has written to (core/service/exportHandlers.ts), so
 * the argument never starts with "-" and never names a file to run.
 */
export function openFolderWithSystem(
  dir: string,
  opener: string = systemFolderOpener(),
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(opener, [dir], {
      shell: false,
      stdio: 'ignore',
      detached: true,
      windowsHide: false,
    });
    child.once('error', (error) =>
      reject(
        new AppError(
          'INTERNAL',
          `Không mở được thư mục: không chạy được "${opener}". Hãy mở thư mục "${dir}" bằng trình quản lý tệp.`,
          [error.message],
        ),
      ),
    );
    child.once('spawn', () => {
      // The file manager lives on after the app: do not wait for it.
      child.unref();
      resolve();
    });
  });
}
