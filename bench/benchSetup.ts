/**
 * The setup the benches share (beside tests/support's service and fixtures, and the sample's
 * seededRandom): the 2,400-person conference seeded, and the built browser-mode host.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import type { ChannelOutput } from '../core/contract';
import { repoRoot, tempDir } from '../tests/support/paths';
import { importRosterFixture, startService, type TestApp } from '../tests/support/service';

export function benchDataDir(): string {
  return tempDir('hoinghi-bench-');
}

/** roster-2400 and a 2026 conference, on disk in a new data dir. */
export async function seed2400(): Promise<{ dataDir: string; conferenceId: string }> {
  const app = startService(benchDataDir());
  await importRosterFixture(app, 'roster-2400.xlsx');
  const created = await app.call('conference:create', {
    year: 2026,
    date: '2026-01-15',
    venue: 'Hội trường',
  });
  await app.storage.flush();
  return { dataDir: app.dataDir, conferenceId: created.id };
}

/**
 * The 2,400-person conference on its day (≈380 KB): everyone checked in, 60 opinions, the default
 * programme. The service stays open for the bench's own last steps (it flushes them).
 */
export async function seedDay2400(): Promise<{
  dataDir: string;
  conferenceId: string;
  agendaIds: string[];
  service: TestApp;
}> {
  const { dataDir, conferenceId } = await seed2400();
  const service = startService(dataDir);
  const { people } = await service.call('workspace:load', {});
  for (const p of people)
    await service.call('attendance:mark', { conferenceId, personId: p.id, status: 'present' });
  for (let i = 0; i < 60; i += 1) {
    await service.call('proceedings:saveOpinion', {
      conferenceId,
      opinion: { speaker: { personId: people[i]?.id }, content: 'Ý kiến '.repeat(80) },
    });
  }
  const { agenda } = await service.call('agenda:reset', { id: conferenceId });
  return { dataDir, conferenceId, agendaIds: agenda.map((item) => item.id), service };
}

export interface BenchHost {
  child: ChildProcess;
  /** The launch address, with this launch's token. */
  url: string;
  port: number;
  /** SIGKILL: a crash, nothing flushed. */
  kill(): Promise<void>;
  /** SIGTERM: pending writes are flushed first. */
  stop(): Promise<void>;
}

/** The built browser-mode host (dist/electron/host.mjs) on a data dir; `port` 0 picks one. */
export function startHost(dataDir: string, port = 0): Promise<BenchHost> {
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'dist/electron/host.mjs'),
      '--no-open',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /Chế độ trình duyệt: (\S+)/.exec(out);
      if (m?.[1])
        resolve({
          child,
          url: m[1],
          port: Number(new URL(m[1]).port),
          kill: () => end('SIGKILL'),
          stop: () => end('SIGTERM'),
        });
    });
    child.once('exit', (code) => reject(new Error(`host exited ${code}`)));
  });
}

/** The host's HTTP API as the page calls it (the launch token as the session cookie). */
export function hostCall(launchUrl: string): TestApp['call'] {
  const launch = new URL(launchUrl);
  const cookie = `hn_token=${launch.searchParams.get('token') ?? ''}`;
  return async (channel, input) => {
    const response = await fetch(`${launch.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as
      { ok: true; data: ChannelOutput<typeof channel> } | { ok: false; error: { message: string } };
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data;
  };
}
