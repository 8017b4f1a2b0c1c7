import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import { tempDir } from '../../../support/paths';
import { startService, type TestApp } from '../../../support/service';
import { seedTypingConference } from '../../../support/typingSoak';

const conferenceFile = (dir: string, id: string) => path.join(dir, 'conferences', `${id}.json`);
const journalFile = (dir: string, id: string) =>
  path.join(dir, 'conferences', `${id}.journal.ndjson`);
const keptAside = (dir: string) =>
  fs.readdirSync(path.join(dir, 'conferences')).filter((n) => n.includes('.journal-kept-'));

/** The folder as a crash would leave it now: a copy taken while the service still runs. */
function crashCopy(app: TestApp): string {
  const copy = tempDir();
  fs.cpSync(app.dataDir, copy, { recursive: true });
  return copy;
}

async function conferenceWithAgenda() {
  const app = startService();
  await app.call('people:save', { fullName: 'Phan Thanh Ước', roles: ['head'] });
  const { id } = await app.call('conference:create', { year: 2026, date: '2026-01-15' });
  const { agenda } = await app.call('agenda:reset', { id });
  const itemId = agenda[3]?.id ?? '';
  await app.storage.flush();
  const type = (summary: string) =>
    app.call('proceedings:saveSummary', { conferenceId: id, itemId, summary });
  const summaryIn = async (dir: string) => {
    const { proceedings } = await startService(dir).call('proceedings:get', { conferenceId: id });
    return proceedings.items[itemId]?.summary;
  };
  return { app, id, itemId, type, summaryIn };
}

describe('conference journal (issue 6)', () => {
  it('has each answered keystroke on disk as one short line before the file is written', async () => {
    const { app, id, type, summaryIn } = await conferenceWithAgenda();
    const fileBefore = fs.readFileSync(conferenceFile(app.dataDir, id), 'utf8');
    await type('Đồng chí Chủ tịch');
    await type('Đồng chí Chủ tịch công đoàn');
    const lines = fs.readFileSync(journalFile(app.dataDir, id), 'utf8').split('\n');
    expect(lines.slice(0, 1).map((l) => JSON.parse(l) as unknown)).toEqual([
      { journal: 1, base: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
    expect(lines).toHaveLength(4);
    // The changed summary and the time, not the conference.
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(400);
    expect(fs.readFileSync(conferenceFile(app.dataDir, id), 'utf8')).toBe(fileBefore);
    // A saved keystroke counts as saved: nothing left for the status to wait for.
    expect(app.storage.status().pendingWrites).toBe(0);
    expect(await summaryIn(crashCopy(app))).toBe('Đồng chí Chủ tịch công đoàn');
  });

  it('writes the file on flush and then empties the journal; a journal left by a crash in between is dropped when the file holds it', async () => {
    const { app, id, type, summaryIn } = await conferenceWithAgenda();
    await type('Báo cáo kiểm điểm');
    const journalText = fs.readFileSync(journalFile(app.dataDir, id), 'utf8');
    await app.storage.flush();
    expect(fs.statSync(journalFile(app.dataDir, id)).size).toBe(0);
    const onDisk = JSON.parse(fs.readFileSync(conferenceFile(app.dataDir, id), 'utf8'));
    expect(JSON.stringify(onDisk)).toContain('Báo cáo kiểm điểm');

    // The file was renamed into place, then the process died before the journal was emptied.
    const copy = crashCopy(app);
    fs.writeFileSync(journalFile(copy, id), journalText);
    const again = startService(copy);
    expect(await summaryIn(copy)).toBe('Báo cáo kiểm điểm');
    await again.call('workspace:load', {});
    expect(again.storage.status().lastError).toBeNull();
    expect(keptAside(copy)).toEqual([]);
  });

  it('sets aside a journal written for another version of the file instead of applying it', async () => {
    const { app, id, type, summaryIn } = await conferenceWithAgenda();
    await type('Bản cũ');
    const oldJournal = fs.readFileSync(journalFile(app.dataDir, id), 'utf8');
    await app.storage.flush();
    await type('Bản mới');
    await app.storage.flush();
    const copy = crashCopy(app);
    fs.writeFileSync(journalFile(copy, id), oldJournal);
    expect(await summaryIn(copy)).toBe('Bản mới');
    expect(keptAside(copy)).toHaveLength(1);
  });

  it('skips a torn last line (a keystroke never answered) and appends cleanly after it', async () => {
    const { app, id, type, summaryIn } = await conferenceWithAgenda();
    await type('Ý kiến của tổ Văn');
    const copy = crashCopy(app);
    fs.appendFileSync(journalFile(copy, id), '{"ops":[{"op":"set","path":["conf');
    const restarted = startService(copy);
    const { proceedings } = await restarted.call('proceedings:get', { conferenceId: id });
    expect(Object.values(proceedings.items).map((i) => i.summary)).toContain('Ý kiến của tổ Văn');
    expect(restarted.storage.status().lastError).toBeNull();

    const itemId = Object.keys(proceedings.items)[0] ?? '';
    await restarted.call('proceedings:saveSummary', {
      conferenceId: id,
      itemId,
      summary: 'Ý kiến của tổ Văn, tổ Toán',
    });
    expect(await summaryIn(crashCopy(restarted))).toBe('Ý kiến của tổ Văn, tổ Toán');
  });

  it('sets aside a journal with an unreadable line, keeps what came before it, and says so', async () => {
    const { app, id, type } = await conferenceWithAgenda();
    await type('Phần đọc được');
    const copy = crashCopy(app);
    const good = fs.readFileSync(journalFile(copy, id), 'utf8');
    const damaged = `${good}###not json###\n{"ops":[]}\n`;
    fs.writeFileSync(journalFile(copy, id), damaged);

    const restarted = startService(copy);
    const { proceedings } = await restarted.call('proceedings:get', { conferenceId: id });
    expect(Object.values(proceedings.items).map((i) => i.summary)).toContain('Phần đọc được');
    const kept = keptAside(copy);
    expect(kept).toHaveLength(1);
    // Renamed, never changed or deleted.
    expect(fs.readFileSync(path.join(copy, 'conferences', kept[0] ?? ''), 'utf8')).toBe(damaged);
    // The good head is in the file now, so nothing depends on the journal set aside.
    expect(fs.readFileSync(conferenceFile(copy, id), 'utf8')).toContain('Phần đọc được');
    const status = restarted.storage.status();
    expect(status.lastError).toMatch(/^Nhật ký lưu tức thời .*\(dòng 3 không đọc được\)/);
    expect(status.lastError).toContain(kept[0]);
  });

  it('sets aside a journal that cannot be read at all and opens the conference from its file', async () => {
    const { app, id, type, summaryIn } = await conferenceWithAgenda();
    await type('Trước khi hỏng');
    await app.storage.flush();
    await type('Sau khi hỏng');
    const copy = crashCopy(app);
    fs.writeFileSync(journalFile(copy, id), 'garbage\nmore garbage\n');
    expect(await summaryIn(copy)).toBe('Trước khi hỏng');
    expect(keptAside(copy)).toHaveLength(1);
    expect(fs.existsSync(journalFile(copy, id))).toBe(false);
  });

  it('never writes over a conference file it cannot read, journal or not', async () => {
    const { app, id, type } = await conferenceWithAgenda();
    await type('Nội dung');
    const copy = crashCopy(app);
    fs.writeFileSync(conferenceFile(copy, id), '{ broken');
    const journal = fs.readFileSync(journalFile(copy, id), 'utf8');
    const restarted = startService(copy);
    const workspace = await restarted.call('workspace:load', {});
    expect(workspace.brokenConferences.map((b) => b.id)).toEqual([id]);
    const refused = await dispatch(restarted.handlers, 'proceedings:saveSummary', {
      conferenceId: id,
      itemId: 'x',
      summary: 'ghi đè?',
    });
    expect(refused.ok).toBe(false);
    await restarted.storage.flush();
    expect(fs.readFileSync(conferenceFile(copy, id), 'utf8')).toBe('{ broken');
    expect(fs.readFileSync(journalFile(copy, id), 'utf8')).toBe(journal);
  });

  it('keeps a conference created and typed into just before a crash, before its file ever existed', async () => {
    const app = startService();
    await app.call('people:save', { fullName: 'Phan Thanh Ước', roles: ['head'] });
    await app.storage.flush();
    const { id } = await app.call('conference:create', { year: 2026, date: '2026-01-15' });
    const { agenda } = await app.call('agenda:reset', { id });
    const itemId = agenda[0]?.id ?? '';
    await app.call('proceedings:saveSummary', { conferenceId: id, itemId, summary: 'Khai mạc' });
    const copy = crashCopy(app);
    expect(fs.existsSync(conferenceFile(copy, id))).toBe(false);
    const restarted = startService(copy);
    const workspace = await restarted.call('workspace:load', {});
    expect(workspace.conferences.map((c) => c.id)).toEqual([id]);
    const { proceedings } = await restarted.call('proceedings:get', { conferenceId: id });
    expect(proceedings.items[itemId]?.summary).toBe('Khai mạc');
  });

  it('keeps a ballot as soon as its entry is answered', async () => {
    const app = startService();
    const { conferenceId } = await seedTypingConference((channel, input) =>
      app.call(channel, input),
    );
    await app.storage.flush();
    for (const serial of [1, 2, 3]) {
      await app.call('election:recordBallot', {
        conferenceId,
        round: 1,
        team: 'B',
        entry: { serial, marks: [1, 2] },
      });
    }
    const restarted = startService(crashCopy(app));
    const { election } = await restarted.call('election:get', { conferenceId });
    expect(election?.rounds[0]?.passes.B.map((e) => e.serial)).toEqual([1, 2, 3]);
    expect(election?.audit.filter((a) => a.action === 'ballot:add')).toHaveLength(3);
  });

  it('restores a snapshot taken while a journal from a crash was pending, with the journal’s changes', async () => {
    const { app, id, type, summaryIn } = await conferenceWithAgenda();
    await type('Chỉ có trong nhật ký');
    const copy = crashCopy(app);

    // The next start: a snapshot first (as the hosts do), before the conference is opened.
    const restarted = startService(copy);
    const atStart = await restarted.call('backup:create', {});
    expect(atStart.readable).toBe(true);
    await restarted.call('conference:update', { id, setup: { year: 2026, venue: 'Hội trường B' } });
    const { proceedings } = await restarted.call('proceedings:get', { conferenceId: id });
    const itemId = Object.entries(proceedings.items).find(
      ([, item]) => item.summary === 'Chỉ có trong nhật ký',
    )?.[0];
    await restarted.call('proceedings:saveSummary', {
      conferenceId: id,
      itemId: itemId ?? '',
      summary: 'Sửa sau khi mở lại',
    });

    await restarted.call('backup:restore', { id: atStart.id });
    expect(await summaryIn(copy)).toBe('Chỉ có trong nhật ký');

    // The restore snapshotted the live session first, its journal flushed into the file.
    const before = (await restarted.call('backup:list', {})).find(
      (b) => b.reason === 'Trước khi khôi phục',
    );
    await restarted.call('backup:restore', { id: before?.id ?? '' });
    expect(await summaryIn(copy)).toBe('Sửa sau khi mở lại');
    expect(restarted.storage.status().lastError).toBeNull();
  });

  it('keeps journals set aside through a restore', async () => {
    const { app, id, type } = await conferenceWithAgenda();
    const snapshot = await app.call('backup:create', {});
    await type('Một dòng');
    const copy = crashCopy(app);
    fs.writeFileSync(journalFile(copy, id), 'hỏng\n');
    const restarted = startService(copy);
    await restarted.call('workspace:load', {});
    expect(keptAside(copy)).toHaveLength(1);
    await restarted.call('backup:restore', { id: snapshot.id });
    expect(keptAside(copy)).toHaveLength(1);
  });
});
