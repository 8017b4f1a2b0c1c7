import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { describe, expect, it } from 'vitest';
import { lockDataDir, lockedMessage } from '../../../../electron/node/dataDirLock';
import { tempDir } from '../../../support/paths';

/** The pid of a process that has ended: what a crashed app leaves in its lock. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

/** A lock directory and owner file as another app left them (fresh, so not stale by time). */
function leftLock(dir: string, owner: object) {
  fs.mkdirSync(path.join(dir, 'hoi-nghi.lock'));
  fs.writeFileSync(path.join(dir, 'hoi-nghi.lock.json'), JSON.stringify(owner));
}

describe('one running app per data folder', () => {
  it('a second start on the same folder is refused and told who holds it and where', async () => {
    const dir = tempDir();
    const first = await lockDataDir(dir, 'browser');
    if (!first.held) throw new Error('the first start takes the lock');
    first.announce('http://127.0.0.1:47310/?token=abc');

    const second = await lockDataDir(dir, 'desktop');
    expect(second).toMatchObject({
      held: false,
      owner: { pid: process.pid, mode: 'browser', launchUrl: 'http://127.0.0.1:47310/?token=abc' },
    });
    if (second.held) return;
    expect(lockedMessage(dir, second.owner)).toContain(`đang chạy với thư mục dữ liệu ${dir}`);

    // Closed: the folder is free again and nothing of the lock is left in it.
    await first.release();
    expect(fs.readdirSync(dir)).toEqual([]);
    const again = await lockDataDir(dir, 'desktop');
    expect(again.held).toBe(true);
    if (again.held) await again.release();
  });

  it('releasing a lock proper-lockfile already released on a signal is not an error', async () => {
    const dir = tempDir();
    const lock = await lockDataDir(dir, 'browser');
    if (!lock.held) throw new Error('the first start takes the lock');
    await lockfile.unlock(dir, { lockfilePath: path.join(dir, 'hoi-nghi.lock'), realpath: false });
    await expect(lock.release()).resolves.toBeUndefined();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a lock left by a process that no longer runs on this computer is taken over at once', async () => {
    const dir = tempDir();
    leftLock(dir, { pid: deadPid(), host: os.hostname(), mode: 'browser', since: '' });
    const lock = await lockDataDir(dir, 'browser');
    expect(lock.held).toBe(true);
    if (lock.held) await lock.release();
  });

  it('a fresh lock from another computer (a shared folder) is respected', async () => {
    const dir = tempDir();
    leftLock(dir, { pid: deadPid(), host: `${os.hostname()}-khac`, mode: 'desktop', since: '' });
    const lock = await lockDataDir(dir, 'browser');
    expect(lock).toMatchObject({ held: false, owner: { mode: 'desktop' } });
    if (!lock.held) expect(lockedMessage(dir, lock.owner)).toMatch(/bản máy tính/);
  });
});
