import fs from 'node:fs';

/**
 * Makes a folder's entries durable (a new file, a rename into it): on POSIX file systems that takes
 * an fsync of the folder itself. Windows cannot open a folder for that (NTFS logs the rename in its
 * own metadata journal), so there it does nothing.
 */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
