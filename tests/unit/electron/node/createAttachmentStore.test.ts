import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../core/domain/appError';
import { MAX_ATTACHMENT_BYTES } from '../../../../core/domain/followUp';
import {
  createAttachmentStore,
  safeFileName,
} from '../../../../electron/node/createAttachmentStore';
import { tempDir } from '../../../support/paths';

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('evidence files in the data folder', () => {
  it('makes any file name safe on Windows, macOS and Linux, keeping the Vietnamese', () => {
    expect(safeFileName('../../Biên bản.pdf')).toBe('Biên bản.pdf');
    expect(safeFileName('C:\\Users\\a\\Quyết định số 12.docx')).toBe('Quyết định số 12.docx');
    expect(safeFileName('a<b>:c?|*"d.pdf')).toBe('a_b__c____d.pdf');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('báo cáo. . .')).toBe('báo cáo');
    expect(safeFileName('.htaccess')).toBe('tep.htaccess');
    expect(safeFileName('')).toBe('tep');
    expect(safeFileName('Tie\u0302\u0301ng Vie\u0323\u0302t.pdf')).toBe('Tiếng Việt.pdf');
    const long = safeFileName(`${'Nghị quyết '.repeat(20)}.xlsx`);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long.endsWith('.xlsx')).toBe(true);
  });

  it('stores, reads back and removes a file, only inside attachments/<conference>/', async () => {
    const dataDir = tempDir();
    const store = createAttachmentStore(dataDir);
    const { storedName, sizeBytes } = await store.save(
      'c-1',
      '../../../etc/passwd',
      b64('nội dung'),
    );
    expect(sizeBytes).toBe(Buffer.byteLength('nội dung'));
    expect(storedName).toMatch(/^[0-9a-f]{8}-passwd$/);
    expect(filesUnder(dataDir)).toEqual([path.join('attachments', 'c-1', storedName)]);
    expect(Buffer.from(await store.read('c-1', storedName), 'base64').toString()).toBe('nội dung');
    await store.remove('c-1', storedName);
    await store.remove('c-1', storedName); // already gone: nothing happens
    expect(filesUnder(dataDir)).toEqual([]);
  });

  it('keeps an odd conference id inside its own folder too', async () => {
    const dataDir = tempDir();
    const store = createAttachmentStore(dataDir);
    const { storedName } = await store.save('../../ngoài', 'a.txt', b64('x'));
    const [file] = filesUnder(dataDir);
    expect(file?.startsWith(`attachments${path.sep}c-`)).toBe(true);
    expect(file?.endsWith(storedName)).toBe(true);
  });

  it('refuses names it did not hand out, and says when a file is gone', async () => {
    const store = createAttachmentStore(tempDir());
    for (const name of ['../hoi-nghi.json', '..', 'abcdef12-../../x', 'hoi-nghi.json']) {
      await expect(store.read('c-1', name)).rejects.toThrow('Tên tệp minh chứng không hợp lệ.');
    }
    await expect(store.read('c-1', 'abcdef12-mat.pdf')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses a file over the limit, an empty one and broken base64, writing nothing', async () => {
    const dataDir = tempDir();
    const store = createAttachmentStore(dataDir);
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1).toString('base64');
    await expect(store.save('c-1', 'video.mp4', big)).rejects.toThrow(
      'Tệp “video.mp4” quá lớn (20,0 MB); mỗi tệp minh chứng tối đa 20,0 MB.',
    );
    await expect(store.save('c-1', 'x.pdf', '')).rejects.toBeInstanceOf(AppError);
    await expect(store.save('c-1', 'x.pdf', 'không phải base64')).rejects.toThrow(/base64/);
    expect(filesUnder(dataDir)).toEqual([]);
  });
});
