import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startService } from '../tests/support/service';
import {
  lostEdits,
  readSavedTyping,
  seedTypingConference,
  typingEdit,
} from '../tests/support/typingSoak';
import { hostCall, seedDay2400, startHost } from './benchSetup';
import { median, report } from './stats';

/**
 * Issue 6: a keystroke of the secretary → the host's answer, which now comes only once the change is
 * on the disk (journal line + fdatasync), on the 2,400-person conference (≈380 KB: every check-in and
 * 60 opinions). Then a 1,000-edit soak (summary keystrokes, opinions, ballots) against the host
 * killed with SIGKILL at random moments and restarted, counting acknowledged edits that are missing
 * after the restart: the goal is none.
 */
export async function benchTypingDurability(keystrokes = 300, soakEdits = 1000) {
  // --- Keystroke → acknowledged-durable, 380 KB conference, over HTTP to the real host.
  const { dataDir, conferenceId, agendaIds, service } = await seedDay2400();
  const itemId = agendaIds[8] ?? '';
  await service.storage.flush();
  const sizeKb = fs.statSync(path.join(dataDir, 'conferences', `${conferenceId}.json`)).size / 1024;
  const host = await startHost(dataDir);
  const call = hostCall(host.url);
  const samples: number[] = [];
  try {
    // The first call loads the roster and the conference from disk: not a keystroke.
    await call('proceedings:get', { conferenceId });
    let text = '';
    for (let i = 0; i < keystrokes; i += 1) {
      text += i % 5 === 4 ? ' ' : 'ữ';
      const started = performance.now();
      await call('proceedings:saveSummary', { conferenceId, itemId, summary: text });
      samples.push(performance.now() - started);
    }
  } finally {
    await host.kill();
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
    const seeding = startService(soakDir);
    ids = await seedTypingConference(seeding.call);
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
    const soakCall = hostCall(soakHost.url);
    // Anywhere from the first edit to a few hundred later, in the middle of a call or a flush.
    const timer = setTimeout(() => soakHost.child.kill('SIGKILL'), 30 + Math.random() * 900);
    try {
      while (acked.size < soakEdits) {
        const n = next;
        const edit = typingEdit(n);
        const t0 = performance.now();
        if (edit.kind === 'summary') {
          await soakCall('proceedings:saveSummary', { ...ids, summary: edit.summary });
        } else if (edit.kind === 'opinion') {
          await soakCall('proceedings:saveOpinion', {
            conferenceId: ids.conferenceId,
            opinion: { speaker: { name: 'Đại biểu' }, content: edit.content },
          });
        } else {
          await soakCall('election:recordBallot', {
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
    await soakHost.kill();
    // What the next start finds (read only: the next host starts on the same folder).
    const saved = await readSavedTyping(startService(soakDir).call, ids.conferenceId, ids.itemId);
    for (const n of lostEdits(saved, acked)) lost.add(n);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${'soak: acknowledged edits lost after SIGKILL + restart'.padEnd(58)} ${lost.size} of ${acked.size} (${kills} kills, ${seconds.toFixed(1)} s, edit median ${median(soakSamples).toFixed(1)} ms)  goal 0`,
  );
  return { keystrokeMedianMs: median(samples), lost: lost.size, kills };
}
