import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel } from '../core/contract';
import { dispatch } from '../core/service/dispatch';
import { createNodeService } from '../electron/node/createNodeService';
import {
  lostEdits,
  readSavedTyping,
  seedTypingConference,
  typingEdit,
  type Call,
} from '../tests/support/typingSoak';
import { seed2400 } from './browser.bench';
import { median, report } from './stats';

const root = path.resolve(import.meta.dirname, '..');

interface RunningHost {
  child: ChildProcess;
  call: Call;
}

/** The browser-mode host (dist/electron/host.mjs): the server the secretary's page talks to. */
async function startHost(dataDir: string): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist/electron/host.mjs'), '--no-open', '--port', '0', '--data-dir', dataDir],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const launch = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Chế độ trình duyệt: (\S+)/.exec(out);
      if (m?.[1]) resolve(new URL(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`host exited ${code}`)));
  });
  const cookie = `hn_token=${launch.searchParams.get('token') ?? ''}`;
  const call = (async (channel: Channel, input: unknown) => {
    const response = await fetch(`${launch.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as
      { ok: true; data: unknown } | { ok: false; error: { message: string } };
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data;
  }) as Call;
  return { child, call };
}

/** The service in this process, on a data dir (the soak's seeding and its checks). */
function inProcess(
  dataDir: string,
  service = createNodeService({ dataDir, mode: 'browser' }),
): Call {
  return (async (channel: Channel, input: unknown) => {
    const result = await dispatch(service.handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data;
  }) as Call;
}

async function kill(host: RunningHost): Promise<void> {
  if (host.child.exitCode !== null || host.child.signalCode !== null) return;
  const exited = once(host.child, 'exit');
  host.child.kill('SIGKILL');
  await exited;
}

/**
 * Issue 6: a keystroke of the secretary → the host's answer, which now comes only once the change is
 * on the disk (journal line + fdatasync), on the 2,400-person conference (≈380 KB: every check-in and
 * 60 opinions). Then a 1,000-edit soak (summary keystrokes, opinions, ballots) against the host
 * killed with SIGKILL at random moments and restarted, counting acknowledged edits that are missing
 * after the restart: the goal is none.
 */
export async function benchTypingDurability(keystrokes = 300, soakEdits = 1000) {
  // --- Keystroke → acknowledged-durable, 380 KB conference, over HTTP to the real host.
  const { dataDir, conferenceId } = await seed2400();
  let itemId = '';
  {
    const seeding = createNodeService({ dataDir, mode: 'browser' });
    const call = inProcess(dataDir, seeding);
    const { people } = await call('workspace:load', {});
    for (const p of people)
      await call('attendance:mark', {
        conferenceId,
        personId: p.id,
        status: 'present',
        reason: '',
      });
    for (let i = 0; i < 60; i += 1) {
      await call('proceedings:saveOpinion', {
        conferenceId,
        opinion: { speaker: { personId: people[i]?.id }, content: 'Ý kiến '.repeat(80) },
      });
    }
    const { agenda } = await call('agenda:reset', { id: conferenceId });
    itemId = agenda[8]?.id ?? '';
    await seeding.storage.flush();
  }
  const sizeKb = fs.statSync(path.join(dataDir, 'conferences', `${conferenceId}.json`)).size / 1024;
  const host = await startHost(dataDir);
  const samples: number[] = [];
  try {
    // The first call loads the roster and the conference from disk: not a keystroke.
    await host.call('proceedings:get', { conferenceId });
    let text = '';
    for (let i = 0; i < keystrokes; i += 1) {
      text += i % 5 === 4 ? ' ' : 'ữ';
      const started = performance.now();
      await host.call('proceedings:saveSummary', { conferenceId, itemId, summary: text });
      samples.push(performance.now() - started);
    }
  } finally {
    await kill(host);
  }
  report(
    `secretary keystroke → saved on disk (${Math.round(sizeKb)} KB conference, HTTP)`,
    samples,
    50,
  );

  // --- Soak: 1,000 acknowledged edits, the host killed at random moments.
  const soakDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoinghi-bench-soak-'));
  let ids: { conferenceId: string; itemId: string };
  {
    const seeding = createNodeService({ dataDir: soakDir, mode: 'browser' });
    ids = await seedTypingConference(inProcess(soakDir, seeding));
    await seeding.storage.flush();
  }
  const acked = new Set<number>();
  let next = 0;
  let kills = 0;
  const lost = new Set<number>();
  const soakSamples: number[] = [];
  const started = performance.now();
  while (acked.size < soakEdits) {
    const soakHost = await startHost(soakDir);
    // Anywhere from the first edit to a few hundred later, in the middle of a call or a flush.
    const timer = setTimeout(() => soakHost.child.kill('SIGKILL'), 30 + Math.random() * 900);
    try {
      while (acked.size < soakEdits) {
        const n = next;
        const edit = typingEdit(n);
        const t0 = performance.now();
        if (edit.kind === 'summary') {
          await soakHost.call('proceedings:saveSummary', { ...ids, summary: edit.summary });
        } else if (edit.kind === 'opinion') {
          await soakHost.call('proceedings:saveOpinion', {
            conferenceId: ids.conferenceId,
            opinion: { speaker: { name: 'Đại biểu' }, content: edit.content },
          });
        } else {
          await soakHost.call('election:recordBallot', {
            conferenceId: ids.conferenceId,
            round: 1,
            team: 'A',
            entry: { serial: edit.serial, marks: edit.marks },
          });
        }
        soakSamples.push(performance.now() - t0);
        acked.add(n);
        next = n + 1;
      }
    } catch {
      kills += 1; // the call in flight when the host died: not acknowledged
    }
    clearTimeout(timer);
    await kill(soakHost);
    // What the next start finds (read only: the next host starts on the same folder).
    const saved = await readSavedTyping(inProcess(soakDir), ids.conferenceId, ids.itemId);
    for (const n of lostEdits(saved, acked)) lost.add(n);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${'soak: acknowledged edits lost after SIGKILL + restart'.padEnd(58)} ${lost.size} of ${acked.size} (${kills} kills, ${seconds.toFixed(1)} s, edit median ${median(soakSamples).toFixed(1)} ms)  goal 0`,
  );
  return { keystrokeMedianMs: median(samples), lost: lost.size, kills };
}
