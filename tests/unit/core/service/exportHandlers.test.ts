import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../core/contract';
import { dispatch } from '../../../../core/service/dispatch';
import type { Result } from '../../../../core/result';
import type { FolderAccessOptions } from '../../../../electron/node/createFolderAccess';
import { createNodeService } from '../../../../electron/node/createNodeService';
import { readDocumentXml, textOf } from '../../../support/docx';
import { repoRoot, tempDir } from '../../../support/paths';

/** The title each preparation document prints (NĐ 30/2020: the type of document, in capitals). */
const TITLES = {
  D1: 'KẾ HOẠCH',
  D2: 'CHƯƠNG TRÌNH',
  D3: 'GIẤY TRIỆU TẬP',
  D4: 'DANH SÁCH',
  D5: 'KỊCH BẢN ĐIỀU HÀNH',
} as const;
const IDS = ['D1', 'D2', 'D3', 'D4', 'D5'] as const;

/** The service over real temp dirs; "open folder" is recorded instead of starting a file manager. */
function startExportService(options: FolderAccessOptions = {}, dataDir = tempDir()) {
  const documentsDir = path.join(tempDir('hoinghi-home-'), 'Documents');
  const opened: string[] = [];
  const service = createNodeService({
    dataDir,
    mode: 'browser',
    folders: {
      documentsDir,
      openFolder: async (dir) => {
        opened.push(dir);
      },
      ...options,
    },
  });
  const send = <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    dispatch(service.handlers, channel, input) as Promise<Result<ChannelOutput<C>>>;
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    const result = await send(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.data;
  };
  return { ...service, dataDir, documentsDir, opened, send, call };
}

async function openSample(app: ReturnType<typeof startExportService>) {
  const text = fs.readFileSync(
    path.join(repoRoot, 'docs', 'samples', 'mau-2026.hoinghi.json'),
    'utf8',
  );
  return (await app.call('conference:importFile', { fileName: 'mau-2026.hoinghi.json', text }))
    .conference.id;
}

function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

describe('export to a folder', () => {
  it('suggests <Documents>/Hội nghị CBCCVC/<year>, writes each document there as a DOCX, and suggests that folder again after a restart', async () => {
    const app = startExportService();
    const conferenceId = await openSample(app);
    const info = await app.call('export:folderInfo', { conferenceId });
    expect(info).toEqual({
      folder: path.join(app.documentsDir, 'Hội nghị CBCCVC', '2026'),
      canPick: false,
    });
    expect(fs.existsSync(info.folder)).toBe(false);

    const written = [];
    for (const id of IDS) {
      written.push(
        await app.call('export:writeDocument', { conferenceId, folder: info.folder, id }),
      );
    }
    expect(written.map((w) => w.fileName)).toEqual([
      'D1-ke-hoach-to-chuc-2026.docx',
      'D2-chuong-trinh-hoi-nghi-2026.docx',
      'D3-giay-trieu-tap-giay-moi-2026.docx',
      'D4-danh-sach-trieu-tap-diem-danh-2026.docx',
      'D5-kich-ban-dieu-hanh-2026.docx',
    ]);
    expect(fs.readdirSync(info.folder).sort()).toEqual(written.map((w) => w.fileName));
    for (const { id, fileName } of written) {
      const xml = await readDocumentXml(fs.readFileSync(path.join(info.folder, fileName)));
      expect(textOf(xml), fileName).toContain(TITLES[id as keyof typeof TITLES]);
    }

    await app.storage.flush();
    const again = startExportService({ documentsDir: app.documentsDir }, app.dataDir);
    expect((await again.call('export:folderInfo', { conferenceId })).folder).toBe(info.folder);
  });

  it('writes the file a download gives, D3 one page per person included', async () => {
    const app = startExportService();
    const conferenceId = await openSample(app);
    const folder = path.join(tempDir(), 'xuất');
    const { fileName } = await app.call('export:writeDocument', {
      conferenceId,
      folder,
      id: 'D3',
      perPerson: true,
    });
    const downloaded = await app.call('documents:build', {
      conferenceId,
      ids: ['D3'],
      perPerson: true,
    });
    expect(await readDocumentXml(fs.readFileSync(path.join(folder, fileName)))).toBe(
      await readDocumentXml(Buffer.from(downloaded.files[0]!.base64, 'base64')),
    );
  });

  it('lists the names already in the folder, and never replaces a file unless told to', async () => {
    const app = startExportService();
    const conferenceId = await openSample(app);
    const folder = tempDir('hoinghi-xuat-');
    const existing = path.join(folder, 'D1-ke-hoach-to-chuc-2026.docx');
    fs.writeFileSync(existing, 'bản của văn thư');

    const check = await app.call('export:check', { conferenceId, folder, ids: ['D1', 'D2'] });
    expect(check).toEqual({
      folder,
      files: [
        { id: 'D1', fileName: 'D1-ke-hoach-to-chuc-2026.docx', exists: true },
        { id: 'D2', fileName: 'D2-chuong-trinh-hoi-nghi-2026.docx', exists: false },
      ],
    });

    const refused = await app.send('export:writeDocument', { conferenceId, folder, id: 'D1' });
    expect(!refused.ok && refused.error.code).toBe('CONFLICT');
    expect(!refused.ok && refused.error.message).toMatch(
      /đã có tệp "D1-ke-hoach-to-chuc-2026.docx"/,
    );
    expect(fs.readFileSync(existing, 'utf8')).toBe('bản của văn thư');

    const keep = { conferenceId, folder, id: 'D1', onExisting: 'keepBoth' } as const;
    expect((await app.call('export:writeDocument', keep)).fileName).toBe(
      'D1-ke-hoach-to-chuc-2026 (2).docx',
    );
    expect((await app.call('export:writeDocument', keep)).fileName).toBe(
      'D1-ke-hoach-to-chuc-2026 (3).docx',
    );
    expect(fs.readFileSync(existing, 'utf8')).toBe('bản của văn thư');

    const replaced = await app.call('export:writeDocument', {
      ...keep,
      onExisting: 'overwrite',
    });
    expect(replaced.fileName).toBe('D1-ke-hoach-to-chuc-2026.docx');
    expect(textOf(await readDocumentXml(fs.readFileSync(existing)))).toContain('KẾ HOẠCH');
    expect(fs.readdirSync(folder).sort()).toEqual([
      'D1-ke-hoach-to-chuc-2026 (2).docx',
      'D1-ke-hoach-to-chuc-2026 (3).docx',
      'D1-ke-hoach-to-chuc-2026.docx',
    ]);
  });

  it('refuses a relative path or one with NUL, in Vietnamese, before touching the disk', async () => {
    const app = startExportService();
    const conferenceId = await openSample(app);
    for (const folder of ['van-ban/2026', '~/Documents', './xuat']) {
      const result = await app.send('export:check', { conferenceId, folder, ids: ['D1'] });
      expect(!result.ok && result.error.code, folder).toBe('INVALID_INPUT');
      expect(!result.ok && result.error.message, folder).toMatch(
        /chưa phải đường dẫn đầy đủ của một thư mục/,
      );
    }
    expect(fs.existsSync(path.resolve('van-ban'))).toBe(false);

    const nul = await app.send('export:writeDocument', {
      conferenceId,
      folder: `${tempDir()}/a\0b`,
      id: 'D1',
    });
    expect(!nul.ok && nul.error.code).toBe('INVALID_INPUT');
    expect(!nul.ok && nul.error.issues.join(' ')).toMatch(/ký tự không hợp lệ \(NUL\)/);
  });

  it('says in Vietnamese why a folder cannot be written, and leaves no half-written file', async () => {
    const app = startExportService();
    const conferenceId = await openSample(app);
    const write = (folder: string) =>
      app.send('export:writeDocument', { conferenceId, folder, id: 'D2' });

    // A file where a folder should be.
    const base = tempDir();
    fs.writeFileSync(path.join(base, 'ghi-chu.txt'), 'x');
    const underFile = await write(path.join(base, 'ghi-chu.txt', '2026'));
    expect(!underFile.ok && underFile.error.code).toBe('WRITE_FAILED');
    expect(!underFile.ok && underFile.error.message).toMatch(/có một phần là tệp/);

    // A folder of the same name as the file: the write fails after the bytes went to a temp file.
    const folder = tempDir();
    fs.mkdirSync(path.join(folder, 'D2-chuong-trinh-hoi-nghi-2026.docx'));
    const clash = await app.send('export:writeDocument', {
      conferenceId,
      folder,
      id: 'D2',
      onExisting: 'overwrite',
    });
    expect(!clash.ok && clash.error.message).toMatch(/đã có một thư mục con tên/);
    expect(leftovers(folder)).toEqual([]);
    expect(fs.readdirSync(folder)).toEqual(['D2-chuong-trinh-hoi-nghi-2026.docx']);

    if (process.platform === 'linux') {
      // The kernel's own folders: nothing can be created there, not even by root.
      const missing = await write('/proc/hoinghi-khong-co/2026');
      expect(!missing.ok && missing.error.message).toMatch(/^Không tìm thấy thư mục/);
      const denied = await write('/sys/hoinghi-khong-duoc-ghi');
      expect(!denied.ok && denied.error.message).toMatch(/^Không có quyền ghi vào thư mục/);
    }
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'says a read-only folder cannot be written to (EACCES)',
    async () => {
      const app = startExportService();
      const conferenceId = await openSample(app);
      const folder = tempDir();
      fs.chmodSync(folder, 0o500);
      try {
        const result = await app.send('export:writeDocument', { conferenceId, folder, id: 'D2' });
        expect(!result.ok && result.error.message).toMatch(/^Không có quyền ghi vào thư mục/);
        expect(fs.readdirSync(folder)).toEqual([]);
      } finally {
        fs.chmodSync(folder, 0o700);
      }
    },
  );

  it('opens only a folder it has exported to in this session', async () => {
    const app = startExportService();
    const conferenceId = await openSample(app);
    const never = await app.send('export:openFolder', { folder: tempDir() });
    expect(!never.ok && never.error.code).toBe('FORBIDDEN');
    expect(!never.ok && never.error.message).toMatch(/Chỉ mở được thư mục mà ứng dụng vừa xuất/);
    const system = await app.send('export:openFolder', { folder: '/' });
    expect(!system.ok && system.error.code).toBe('FORBIDDEN');
    expect(app.opened).toEqual([]);

    const folder = path.join(tempDir(), 'Hội nghị', '2026');
    await app.call('export:writeDocument', { conferenceId, folder, id: 'D4' });
    // The same folder however it is written: a trailing separator or a "." step.
    await app.call('export:openFolder', { folder: `${folder}${path.sep}` });
    await app.call('export:openFolder', { folder: path.join(folder, '.') });
    expect(app.opened).toEqual([folder, folder]);
    const sibling = await app.send('export:openFolder', { folder: path.dirname(folder) });
    expect(!sibling.ok && sibling.error.code).toBe('FORBIDDEN');
  });

  it('offers the folder dialog only where there is one (desktop)', async () => {
    const browser = startExportService();
    const refused = await browser.send('export:pickFolder', {});
    expect(!refused.ok && refused.error.message).toMatch(/không có hộp chọn thư mục/);

    const asked: string[] = [];
    const desktop = startExportService({
      pickFolder: async (startAt) => {
        asked.push(startAt);
        return asked.length === 1 ? '/home/lan/Tài liệu/Hội nghị' : undefined;
      },
    });
    const conferenceId = await openSample(desktop);
    expect((await desktop.call('export:folderInfo', { conferenceId })).canPick).toBe(true);
    expect(await desktop.call('export:pickFolder', { startAt: '/home/lan' })).toEqual({
      folder: '/home/lan/Tài liệu/Hội nghị',
    });
    // Cancelled: no folder, nothing changes.
    expect(await desktop.call('export:pickFolder', {})).toEqual({ folder: null });
    expect(asked).toEqual(['/home/lan', '']);
  });

  it('suggests a folder of its own for an extraordinary conference (its files have the same names)', async () => {
    const app = startExportService();
    const conference = await app.call('conference:create', {
      year: 2026,
      kind: 'extraordinary',
      date: '2026-06-15',
      trigger: { by: 'head', signatures: 0, note: '' },
    });
    expect((await app.call('export:folderInfo', { conferenceId: conference.id })).folder).toBe(
      path.join(app.documentsDir, 'Hội nghị CBCCVC', '2026 bất thường 15-06'),
    );
  });
});
