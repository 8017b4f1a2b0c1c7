import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../core/domain/appError';
import { createFolderAccess } from '../../../../electron/node/createFolderAccess';
import { folderError } from '../../../../electron/node/folderError';
import { makeFolder } from '../../../../electron/node/makeFolder';
import { openFolderWithSystem } from '../../../../electron/node/openFolderWithSystem';
import { userDocumentsDir } from '../../../../electron/node/userDocumentsDir';
import { tempDir } from '../../../support/paths';

async function smallDocx(): Promise<string> {
  const zip = new JSZip();
  zip.file('word/document.xml', '<w:document><w:t>KẾ HOẠCH</w:t></w:document>');
  return zip.generateAsync({ type: 'base64' });
}

async function thrown(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe("folders on the user's disk (FolderAccess over node:fs)", () => {
  it('creates missing folders with Vietnamese names and writes a complete file, no temp file left', async () => {
    const folders = createFolderAccess({ documentsDir: tempDir() });
    const dir = path.join(tempDir(), 'Tài liệu', 'Hội nghị CBCCVC', '2026');
    const written = await folders.writeFile(
      dir,
      'D1-ke-hoach-2026.docx',
      await smallDocx(),
      'refuse',
    );
    expect(written).toBe('D1-ke-hoach-2026.docx');
    expect(fs.readdirSync(dir)).toEqual(['D1-ke-hoach-2026.docx']);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, written)));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('KẾ HOẠCH');
  });

  it('names copies as Explorer does, before the extension, at the first free number', async () => {
    const folders = createFolderAccess({ documentsDir: tempDir() });
    const dir = tempDir();
    for (const name of ['a.docx', 'a (2).docx', 'a (4).docx'])
      fs.writeFileSync(path.join(dir, name), '');
    expect(await folders.writeFile(dir, 'a.docx', await smallDocx(), 'keepBoth')).toBe(
      'a (3).docx',
    );
    expect(await folders.existingNames(dir, ['a.docx', 'b.docx', 'a (3).docx'])).toEqual([
      'a.docx',
      'a (3).docx',
    ]);
    expect(await folders.existingNames(path.join(dir, 'chưa có'), ['a.docx'])).toEqual([]);
  });

  it('refuses file names that would leave the folder', async () => {
    const folders = createFolderAccess({ documentsDir: tempDir() });
    const dir = tempDir();
    for (const name of ['../x.docx', 'sub/x.docx', '..', '']) {
      const error = await thrown(folders.writeFile(dir, name, await smallDocx(), 'overwrite'));
      expect(error.message, name).toMatch(/Tên tệp không hợp lệ/);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('takes only complete paths, by the rules of the system the files are on', () => {
    const posix = createFolderAccess({ documentsDir: '/home/lan/Documents', platform: 'linux' });
    expect(posix.resolveFolder('/home/lan/Tài liệu/./2026/')).toBe('/home/lan/Tài liệu/2026');
    expect(() => posix.resolveFolder('Tài liệu/2026')).toThrow(
      /chưa phải đường dẫn đầy đủ.*ví dụ "\/home\/lan\/Documents"/,
    );
    expect(() => posix.resolveFolder('/tmp/a\0b')).toThrow(/NUL/);

    const windows = createFolderAccess({
      documentsDir: 'C:\\Users\\Lan\\Documents',
      platform: 'win32',
    });
    expect(windows.resolveFolder('D:\\Hội nghị\\2026\\')).toBe('D:\\Hội nghị\\2026');
    expect(windows.resolveFolder('\\\\may-chu\\chung\\van-ban')).toBe(
      '\\\\may-chu\\chung\\van-ban',
    );
    // Rooted without a drive, or drive-relative: where it lands depends on the current drive.
    for (const relative of ['\\Users\\Lan', 'C:van-ban', 'van-ban\\2026']) {
      expect(() => windows.resolveFolder(relative), relative).toThrow(/tên ổ đĩa/);
    }
    expect(windows.defaultFolder(['Hội nghị CBCCVC', '2026'])).toBe(
      'C:\\Users\\Lan\\Documents\\Hội nghị CBCCVC\\2026',
    );
  });

  it('refuses to open a folder that is gone, and opens one that exists with the opener given', async () => {
    const opened: string[] = [];
    const folders = createFolderAccess({
      documentsDir: tempDir(),
      openFolder: async (dir) => {
        opened.push(dir);
      },
    });
    const dir = tempDir();
    await folders.openFolder(dir);
    const file = path.join(dir, 'tep.docx');
    fs.writeFileSync(file, '');
    expect((await thrown(folders.openFolder(file))).code).toBe('NOT_FOUND');
    expect((await thrown(folders.openFolder(path.join(dir, 'đã xoá')))).message).toMatch(
      /Không còn thư mục/,
    );
    expect(opened).toEqual([dir]);
  });
});

describe('makeFolder', () => {
  it.runIf(process.platform === 'linux')(
    "ends with ENOENT where Node's recursive mkdir would spin forever (/proc)",
    async () => {
      await expect(makeFolder('/proc/hoinghi-khong-co/2026')).rejects.toMatchObject({
        code: 'ENOENT',
      });
    },
  );

  it('stops at a file in the way', async () => {
    const base = tempDir();
    fs.writeFileSync(path.join(base, 'tep'), '');
    await expect(makeFolder(path.join(base, 'tep', 'con'))).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
  });
});

describe('folderError', () => {
  const context = { folder: '/media/usb/Hội nghị', fileName: 'D1.docx' };
  const error = (code: string) => Object.assign(new Error(`${code}: system text`), { code });

  it('says what to do for each way a write fails, keeping the system code for support', () => {
    const cases: [string, RegExp][] = [
      [
        'ENOSPC',
        /^Ổ đĩa chứa thư mục "\/media\/usb\/Hội nghị" đã hết chỗ trống.*không tệp nào bị ghi dở/,
      ],
      ['EACCES', /^Không có quyền ghi vào thư mục "\/media\/usb\/Hội nghị"/],
      ['ENOENT', /^Không tìm thấy thư mục "\/media\/usb\/Hội nghị".*USB đã rút ra/],
      ['EROFS', /chỉ cho đọc/],
      ['EBUSY', /^Tệp "D1.docx" đang mở trong chương trình khác/],
    ];
    for (const [code, message] of cases) {
      const mapped = folderError(error(code), context);
      expect(mapped.code, code).toBe('WRITE_FAILED');
      expect(mapped.message, code).toMatch(message);
      expect(mapped.issues[0], code).toMatch(new RegExp(`^${code}: `));
    }
  });

  it('blames an open file, not the folder, when replacing fails on Windows (EPERM)', () => {
    expect(folderError(error('EPERM'), { ...context, replacing: true }).message).toMatch(
      /^Không ghi đè được tệp "D1.docx": tệp đang mở/,
    );
  });
});

describe('userDocumentsDir', () => {
  it("follows xdg-user-dirs on Linux, where the folder has the desktop's language", () => {
    const home = tempDir('hoinghi-home-');
    fs.mkdirSync(path.join(home, '.config'));
    fs.writeFileSync(
      path.join(home, '.config', 'user-dirs.dirs'),
      '# xdg-user-dirs\nXDG_DESKTOP_DIR="$HOME/Màn hình nền"\nXDG_DOCUMENTS_DIR="$HOME/Tài liệu"\n',
    );
    expect(userDocumentsDir({}, 'linux', home)).toBe(path.join(home, 'Tài liệu'));
    expect(userDocumentsDir({}, 'linux', tempDir())).toMatch(/\/Documents$/);
    // A disabled folder points at $HOME itself.
    fs.writeFileSync(path.join(home, '.config', 'user-dirs.dirs'), 'XDG_DOCUMENTS_DIR="$HOME/"\n');
    expect(userDocumentsDir({}, 'linux', home)).toBe(path.join(home, 'Documents'));
  });

  it('uses the profile folder on Windows and ~/Documents on macOS', () => {
    expect(userDocumentsDir({ USERPROFILE: 'C:\\Users\\Lan' }, 'win32', '/x')).toBe(
      'C:\\Users\\Lan\\Documents',
    );
    expect(userDocumentsDir({}, 'darwin', '/Users/lan')).toBe('/Users/lan/Documents');
  });
});

describe.runIf(process.platform !== 'win32')('openFolderWithSystem', () => {
  it('passes the folder as one argument, never through a shell', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'opened.txt');
    const opener = path.join(dir, 'opener.sh');
    fs.writeFileSync(opener, `#!/bin/sh\nprintf '%s|%s' "$#" "$1" > '${log}'\n`, { mode: 0o755 });
    const folder = path.join(dir, 'Hội nghị $(touch pwned); echo "x"');
    await openFolderWithSystem(folder, opener);
    await expect.poll(() => fs.existsSync(log) && fs.readFileSync(log, 'utf8')).toBe(`1|${folder}`);
    expect(fs.existsSync(path.join(dir, 'pwned'))).toBe(false);
    expect(fs.existsSync('pwned')).toBe(false);
  });

  it('says in Vietnamese when there is no program to open folders with', async () => {
    await expect(openFolderWithSystem(tempDir(), '/khong-co/xdg-open')).rejects.toThrow(
      /Không mở được thư mục: không chạy được "\/khong-co\/xdg-open"/,
    );
  });
});
