import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import { MAIN_SCHEMA_VERSION } from '../../../../core/domain/workspace';
import { ownFixture, tempDir } from '../../../support/paths';
import { startService } from '../../../support/service';

const mainFile = (dir: string) => path.join(dir, 'hoi-nghi.json');

async function seeded() {
  const app = startService();
  await app.call('people:save', {
    fullName: 'Nguyễn Văn An',
    department: 'Văn phòng',
    roles: ['head'],
  });
  await app.call('unit:save', { name: 'Vụ Khoa học', placeName: 'Hà Nội' });
  const conference = await app.call('conference:create', { year: 2026 });
  await app.storage.flush();
  return { app, conference };
}

describe('persistence', () => {
  it('keeps the unit, the roster and conferences across a restart', async () => {
    const { app, conference } = await seeded();
    const again = startService(app.dataDir);
    const workspace = await again.call('workspace:load', {});
    expect(workspace.unit.name).toBe('Vụ Khoa học');
    expect(workspace.people.map((p) => p.fullName)).toEqual(['Nguyễn Văn An']);
    expect(workspace.conferences.map((c) => c.id)).toEqual([conference.id]);
  });

  it('writes behind: a change is in memory at once and on disk after flush, one file per conference', async () => {
    const app = startService();
    const conference = await app.call('conference:create', { year: 2026, venue: 'Hội trường' });
    expect(app.storage.status().pendingWrites).toBeGreaterThan(0);
    await app.storage.flush();
    expect(app.storage.status().pendingWrites).toBe(0);
    const file = path.join(app.dataDir, 'conferences', `${conference.id}.json`);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).conference.venue).toBe('Hội trường');
  });

  it('flushes on its own within a second', async () => {
    const app = startService();
    await app.call('unit:save', { name: 'Tự lưu' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(JSON.parse(fs.readFileSync(mainFile(app.dataDir), 'utf8')).unit.name).toBe('Tự lưu');
  });

  it('migrates a v1 file: union membership becomes a role, the work-year end numbers, and a backup is taken first', async () => {
    const dir = tempDir();
    fs.copyFileSync(ownFixture('data-v1', 'hoi-nghi.json'), mainFile(dir));
    const app = startService(dir);
    const workspace = await app.call('workspace:load', {});
    expect(workspace.unit.workYearEnd).toEqual({ day: 31, month: 8 });
    expect(workspace.people.find((p) => p.id === 'p1')?.roles).toEqual(['head', 'unionMember']);
    expect(workspace.people.find((p) => p.id === 'p3')?.roles).toEqual([]);
    const backups = await app.call('backup:list', {});
    expect(backups.some((b) => b.reason.includes('lược đồ 1'))).toBe(true);
    await app.call('unit:save', workspace.unit);
    await app.storage.flush();
    expect(JSON.parse(fs.readFileSync(mainFile(dir), 'utf8')).schemaVersion).toBe(
      MAIN_SCHEMA_VERSION,
    );
  });

  it('stops on a corrupted file with a Vietnamese message and never writes over it', async () => {
    const dir = tempDir();
    const broken = '{"schemaVersion": 2, "unit": {"name": "Vụ';
    fs.writeFileSync(mainFile(dir), broken);
    const app = startService(dir);
    const result = await dispatch(app.handlers, 'workspace:load', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('DATA_CORRUPT');
    expect(result.error.message).toMatch(/Không đọc được tệp dữ liệu chính/);
    expect(result.error.message).toMatch(/khôi phục/);
    const write = await dispatch(app.handlers, 'people:save', { fullName: 'Người mới' });
    expect(write.ok).toBe(false);
    await app.storage.flush();
    expect(fs.readFileSync(mainFile(dir), 'utf8')).toBe(broken);
  });

  it('refuses content that parses as JSON but breaks the schema, and a file from a newer version', async () => {
    const dir = tempDir();
    fs.writeFileSync(
      mainFile(dir),
      JSON.stringify({ schemaVersion: 2, unit: {}, people: [{ id: 'x', fullName: '' }] }),
    );
    const invalid = await dispatch(startService(dir).handlers, 'workspace:load', {});
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.error.issues.some((i) => i.startsWith('people.0'))).toBe(true);

    fs.writeFileSync(mainFile(dir), JSON.stringify({ schemaVersion: 99, unit: {}, people: [] }));
    const newer = await dispatch(startService(dir).handlers, 'workspace:load', {});
    expect(!newer.ok && newer.error.message.includes('phiên bản mới hơn')).toBe(true);
  });

  it('restores a backup over a corrupted file, keeping the corrupted one in a new backup', async () => {
    const { app } = await seeded();
    const good = await app.call('backup:create', {});
    fs.writeFileSync(mainFile(app.dataDir), 'not json at all');
    const broken = startService(app.dataDir);
    expect((await dispatch(broken.handlers, 'workspace:load', {})).ok).toBe(false);
    await broken.call('backup:restore', { id: good.id });
    const workspace = await broken.call('workspace:load', {});
    expect(workspace.unit.name).toBe('Vụ Khoa học');
    const backups = await broken.call('backup:list', {});
    const before = backups.find((b) => b.reason === 'Trước khi khôi phục');
    expect(before).toBeDefined();
    const snapshot = JSON.parse(
      fs.readFileSync(path.join(app.dataDir, 'backups', `${before?.id}.json`), 'utf8'),
    );
    expect(snapshot.files['hoi-nghi.json']).toBe('not json at all');
  });

  it('labels each snapshot with what it holds and whether its files were readable', async () => {
    const { app } = await seeded();
    const good = await app.call('backup:create', {});
    expect(good).toMatchObject({ readable: true, summary: '1 người, 1 hội nghị' });
    fs.writeFileSync(mainFile(app.dataDir), '{"schemaVersion": 2, "unit"');
    const broken = startService(app.dataDir);
    const bad = await broken.call('backup:create', {});
    expect(bad.readable).toBe(false);
    const listed = await broken.call('backup:list', {});
    expect(listed.find((b) => b.id === good.id)).toMatchObject({
      readable: true,
      summary: '1 người, 1 hội nghị',
    });
    expect(listed.find((b) => b.id === bad.id)?.readable).toBe(false);
  });

  it('says in Vietnamese what an unparsable file means, keeping the parser detail apart', async () => {
    const dir = tempDir();
    fs.writeFileSync(mainFile(dir), '{"unit": ');
    const result = await dispatch(startService(dir).handlers, 'workspace:load', {});
    expect(!result.ok && result.error.message).toMatch(/nội dung không phải JSON hợp lệ/);
    expect(!result.ok && result.error.issues.length).toBe(1);
  });

  it('keeps rolling backups bounded: the 20 newest plus one per day', async () => {
    let clock = Date.parse('2026-01-01T08:00:00Z');
    const app = startService(tempDir(), () => new Date(clock));
    await app.call('unit:save', { name: 'A' });
    for (let i = 0; i < 30; i += 1) {
      clock += 60_000;
      await app.call('backup:create', {});
    }
    clock += 3 * 86_400_000;
    for (let i = 0; i < 25; i += 1) {
      clock += 60_000;
      await app.call('backup:create', {});
    }
    const backups = await app.call('backup:list', {});
    expect(backups.length).toBe(21);
    expect(backups.at(-1)?.createdAt.startsWith('2026-01-01')).toBe(true);
  });

  it('lists a conference file it cannot read instead of dropping it', async () => {
    const { app, conference } = await seeded();
    fs.writeFileSync(path.join(app.dataDir, 'conferences', `${conference.id}.json`), '{ broken');
    const workspace = await startService(app.dataDir).call('workspace:load', {});
    expect(workspace.conferences).toEqual([]);
    expect(workspace.brokenConferences[0]?.id).toBe(conference.id);
  });
});
