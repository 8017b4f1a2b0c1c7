import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import { detectHeader } from '../../../../core/domain/rosterImport';
import { sharedFixture } from '../../../support/paths';
import { startService, type TestApp } from '../../../support/service';

async function importRoster(app: TestApp, fixture: string) {
  const base64 = fs.readFileSync(sharedFixture(fixture)).toString('base64');
  const { grid } = await app.call('roster:read', { fileName: fixture, base64 });
  const detected = detectHeader(grid);
  if (!detected) throw new Error('no header');
  return app.call('roster:apply', {
    grid,
    headerRow: detected.headerRow,
    mapping: detected.mapping,
    goneAction: 'deactivate',
  });
}

describe('app service', () => {
  it('imports roster-184 through the service and re-imports it without duplicating anyone', async () => {
    const app = startService();
    const first = await importRoster(app, 'roster-184.xlsx');
    expect(first.added).toBe(184);
    const again = await importRoster(app, 'roster-184.csv');
    expect(again.added).toBe(0);
    expect(again.deactivated).toBe(0);
    expect(again.people).toHaveLength(184);
    const backups = await app.call('backup:list', {});
    expect(backups.filter((b) => b.reason === 'Trước khi nhập danh sách cán bộ')).toHaveLength(2);
  });

  it('refuses to apply a file with no valid row, listing each bad row', async () => {
    const app = startService();
    const result = await dispatch(app.handlers, 'roster:apply', {
      grid: [
        ['Họ và tên', 'Ngày sinh'],
        ['', '01/01/1980'],
        ['Lê Văn 3', '31/02/1980'],
      ],
      headerRow: 0,
      mapping: { '0': 'fullName', '1': 'birthDate' },
      goneAction: 'keep',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('IMPORT_FAILED');
      expect(result.error.issues.some((i) => i.startsWith('Dòng 2:'))).toBe(true);
      expect(result.error.issues.some((i) => i.startsWith('Dòng 3:'))).toBe(true);
    }
    expect((await app.call('workspace:load', {})).people).toEqual([]);
  });

  it('answers an unreadable roster file with a Vietnamese error, not a crash', async () => {
    const app = startService();
    const result = await dispatch(app.handlers, 'roster:read', {
      fileName: 'danh-sach.xlsx',
      base64: Buffer.from('not a zip').toString('base64'),
    });
    expect(!result.ok && result.error.code).toBe('IMPORT_FAILED');
    expect(!result.ok && result.error.message).toMatch(/Không đọc được tệp Excel/);
  });

  it('allows one regular conference a year, and extraordinary ones besides', async () => {
    const app = startService();
    await app.call('conference:create', { year: 2026 });
    const second = await dispatch(app.handlers, 'conference:create', {
      year: 2026,
      kind: 'regular',
    });
    expect(!second.ok && second.error.code).toBe('CONFLICT');
    expect(!second.ok && second.error.message).toMatch(/Đã có hội nghị thường niên năm 2026/);
    await app.call('conference:create', {
      year: 2026,
      kind: 'extraordinary',
      trigger: { by: 'head', signatures: 0, note: '' },
    });
    expect((await app.call('workspace:load', {})).conferences).toHaveLength(2);
  });

  it('marks attendance, refuses someone not on the roster, and undoes step by step', async () => {
    const app = startService();
    const a = await app.call('people:save', { fullName: 'Nguyễn Văn An' });
    const b = await app.call('people:save', { fullName: 'Trần Thị Bình' });
    const { id } = await app.call('conference:create', { year: 2026 });
    await app.call('attendance:mark', { conferenceId: id, personId: a.id, status: 'present' });
    await app.call('attendance:mark', {
      conferenceId: id,
      personId: b.id,
      status: 'absent',
      reason: 'Ốm',
    });
    await app.call('attendance:mark', { conferenceId: id, personId: b.id, status: 'present' });
    const stranger = await dispatch(app.handlers, 'attendance:mark', {
      conferenceId: id,
      personId: 'nobody',
      status: 'present',
    });
    expect(!stranger.ok && stranger.error.code).toBe('NOT_FOUND');

    const undo = await app.call('attendance:undo', { conferenceId: id });
    expect(undo).toMatchObject({
      personId: b.id,
      entry: { status: 'absent', reason: 'Ốm' },
      undoable: 2,
    });
    await app.call('attendance:undo', { conferenceId: id });
    await app.call('attendance:undo', { conferenceId: id });
    expect((await app.call('conference:get', { id })).attendance).toEqual({});
    expect(await app.call('attendance:undo', { conferenceId: id })).toEqual({
      personId: null,
      entry: null,
      undoable: 0,
    });
  });

  it('removes a person outright, but only marks as left someone who attended a conference', async () => {
    const app = startService();
    const a = await app.call('people:save', { fullName: 'Nguyễn Văn An' });
    const b = await app.call('people:save', { fullName: 'Trần Thị Bình' });
    const { id } = await app.call('conference:create', { year: 2026 });
    await app.call('attendance:mark', { conferenceId: id, personId: a.id, status: 'present' });
    expect(await app.call('people:remove', { id: a.id })).toEqual({
      removed: false,
      deactivated: true,
    });
    expect(await app.call('people:remove', { id: b.id })).toEqual({
      removed: true,
      deactivated: false,
    });
    const { people } = await app.call('workspace:load', {});
    expect(people.map((p) => [p.fullName, p.active])).toEqual([['Nguyễn Văn An', false]]);
  });

  it('keeps roster numbers unique and NFC-normalises what is typed', async () => {
    const app = startService();
    const a = await app.call('people:save', { fullName: 'Nguye\u0302\u0303n Va\u0306n An' });
    expect(a.fullName).toBe('Nguyễn Văn An');
    expect(a.rosterNo).toBe(1);
    const clash = await dispatch(app.handlers, 'people:save', {
      fullName: 'Lê Văn Bình',
      rosterNo: 1,
    });
    expect(!clash.ok && clash.error.message).toMatch(/Số thứ tự 1 đã dùng cho Nguyễn Văn An/);
  });

  it('derives the union chair and vice-chair roles from the unit profile', async () => {
    const app = startService();
    const a = await app.call('people:save', { fullName: 'Hồ Thanh Hiếu', roles: ['unionMember'] });
    const b = await app.call('people:save', { fullName: 'Huỳnh Thanh Khánh' });
    await app.call('unit:save', { unionChairId: a.id, unionViceChairId: b.id });
    let people = (await app.call('workspace:load', {})).people;
    expect(people.find((p) => p.id === a.id)?.roles.sort()).toEqual([
      'unionChair',
      'unionExecutive',
      'unionMember',
    ]);
    expect(people.find((p) => p.id === b.id)?.roles.sort()).toEqual([
      'unionExecutive',
      'unionViceChair',
    ]);
    await app.call('unit:save', { unionChairId: b.id });
    people = (await app.call('workspace:load', {})).people;
    expect(people.find((p) => p.id === b.id)?.roles).toContain('unionChair');
    expect(people.find((p) => p.id === a.id)?.roles).not.toContain('unionChair');
  });

  it('computes each conference step from the data for the start screen', async () => {
    const app = startService(undefined, () => new Date('2026-01-05T08:00:00Z'));
    await importRoster(app, 'roster-6.xlsx');
    await app.call('conference:create', { year: 2026 });
    const [summary] = (await app.call('workspace:load', {})).conferences;
    const states = Object.fromEntries((summary?.steps ?? []).map((s) => [s.id, s.state]));
    expect(states).toMatchObject({
      setup: 'notStarted',
      day: 'notStarted',
      election: 'notApplicable',
      preparation: 'notStarted',
      agenda: 'notStarted',
      resolution: 'notStarted',
      followUp: 'notStarted',
    });
    expect(summary?.steps.find((s) => s.id === 'setup')?.reason).toMatch(
      /Hạn tổ chức: 31\/03\/2026/,
    );
  });
});
