import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../core/service/dispatch';
import { ownFixture, tempDir } from '../../../support/paths';
import { startService } from '../../../support/service';

const mainFile = (dir: string) => path.join(dir, 'hoi-nghi.json');

describe('holiday table service', () => {
  it('shows a year by the rule until the user changes it', async () => {
    const app = startService();
    const view = await app.call('holidays:get', { year: 2026 });
    expect(view.customised).toBe(false);
    expect(view.removedDefaults).toEqual([]);
    expect(view.days.find((d) => d.date === '2026-02-17')).toEqual({
      date: '2026-02-17',
      name: 'Tết Âm lịch (mùng 1 tháng Giêng)',
      kind: 'law',
      origin: 'default',
    });
  });

  it('adds, removes and restores days, and keeps them across a restart', async () => {
    const app = startService();
    await app.call('holidays:add', {
      year: 2026,
      // Typed in decomposed form (some input methods): stored in NFC.
      entry: {
        date: '2026-01-02',
        name: 'Nghỉ hoán đổi Tết Dương lịch'.normalize('NFD'),
        kind: 'swap-off',
      },
    });
    await app.call('holidays:add', {
      year: 2026,
      entry: { date: '2026-01-10', name: 'Làm bù', kind: 'swap-work' },
    });
    const removed = await app.call('holidays:remove', { year: 2026, date: '2026-04-27' });
    expect(removed.customised).toBe(true);
    expect(removed.removedDefaults.map((d) => d.date)).toEqual(['2026-04-27']);
    await app.storage.flush();

    const again = startService(app.dataDir);
    const view = await again.call('holidays:get', { year: 2026 });
    expect(view.days.find((d) => d.date === '2026-01-02')?.name).toBe(
      'Nghỉ hoán đổi Tết Dương lịch'.normalize('NFC'),
    );
    expect(view.days.filter((d) => d.origin === 'user').map((d) => d.kind)).toEqual([
      'swap-off',
      'swap-work',
    ]);
    expect(view.days.some((d) => d.date === '2026-04-27')).toBe(false);
    // Another year is untouched.
    expect((await again.call('holidays:get', { year: 2027 })).customised).toBe(false);

    const oneBack = await again.call('holidays:reset', { year: 2026, date: '2026-04-27' });
    expect(oneBack.days.some((d) => d.date === '2026-04-27')).toBe(true);
    const allBack = await again.call('holidays:reset', { year: 2026 });
    expect(allBack.customised).toBe(false);
    expect(allBack.days.every((d) => d.origin === 'default')).toBe(true);
  });

  it('refuses bad input with a Vietnamese message and changes nothing', async () => {
    const app = startService();
    const weekdaySwap = await dispatch(app.handlers, 'holidays:add', {
      year: 2026,
      entry: { date: '2026-01-09', name: 'Làm bù', kind: 'swap-work' },
    });
    expect(!weekdaySwap.ok && weekdaySwap.error).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; 09/01/2026 là Thứ Sáu.',
    });
    const outOfRange = await dispatch(app.handlers, 'holidays:get', { year: 2300 });
    expect(!outOfRange.ok && outOfRange.error.code).toBe('INVALID_INPUT');
    const extraField = await dispatch(app.handlers, 'holidays:add', {
      year: 2026,
      entry: { date: '2026-03-02', name: 'X', kind: 'custom', note: 'thừa' },
    });
    expect(!extraField.ok && extraField.error.code).toBe('INVALID_INPUT');
    const emptyName = await dispatch(app.handlers, 'holidays:add', {
      year: 2026,
      entry: { date: '2026-03-02', name: '  ', kind: 'custom' },
    });
    expect(!emptyName.ok && emptyName.error.issues.join(' ')).toMatch(
      /Tên ngày nghỉ không được để trống/,
    );
    const notADayOff = await dispatch(app.handlers, 'holidays:remove', {
      year: 2026,
      date: '2026-03-03',
    });
    expect(!notADayOff.ok && notADayOff.error.code).toBe('NOT_FOUND');
    const notADate = await dispatch(app.handlers, 'holidays:remove', {
      year: 2026,
      date: '2026-02-30',
    });
    expect(!notADate.ok && notADate.error.issues.join(' ')).toMatch(/Ngày không có trên lịch/);
    expect((await app.call('holidays:get', { year: 2026 })).customised).toBe(false);
  });

  it('loads main files written before the holiday table: v2 without the field, and v1', async () => {
    const dir = tempDir();
    fs.writeFileSync(
      mainFile(dir),
      JSON.stringify({ schemaVersion: 2, unit: { name: 'Vụ Khoa học' }, people: [] }),
    );
    const app = startService(dir);
    expect((await app.call('workspace:load', {})).unit.name).toBe('Vụ Khoa học');
    expect((await app.call('holidays:get', { year: 2026 })).customised).toBe(false);
    await app.call('holidays:add', {
      year: 2026,
      entry: { date: '2026-03-02', name: 'Ngày truyền thống của đơn vị', kind: 'custom' },
    });
    await app.storage.flush();
    const written = JSON.parse(fs.readFileSync(mainFile(dir), 'utf8'));
    expect(written.holidays.years).toEqual([
      {
        year: 2026,
        entries: [{ date: '2026-03-02', name: 'Ngày truyền thống của đơn vị', kind: 'custom' }],
        removed: [],
      },
    ]);

    const v1 = tempDir();
    fs.copyFileSync(ownFixture('data-v1', 'hoi-nghi.json'), mainFile(v1));
    const old = startService(v1);
    expect((await old.call('holidays:get', { year: 2025 })).days.length).toBeGreaterThan(10);
  });
});
