import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../../support/paths';
import { startService } from '../../../support/service';
import { lostEdits, readSavedTyping, seedTypingConference } from '../../../support/typingSoak';
import { seededRandom } from '../../../../scripts/sample/sampleBallots';

/** Bundled once: a child started through tsx takes ~3 s, the bundle well under one. */
let childScript = '';

beforeAll(async () => {
  childScript = path.join(tempDir('typing-child-'), 'typingChild.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'typingChild.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    absWorkingDir: repoRoot,
    external: ['exceljs'],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
}, 30_000);

/**
 * Runs the child from edit `first` and SIGKILLs it after `killAfter` answers (or, with 0, after
 * `killAfterMs`, which may fall while it is still loading). Returns the edits that were answered.
 */
async function runAndKill(
  args: { dataDir: string; conferenceId: string; itemId: string; first: number; edits: number },
  killAfter: number,
  killAfterMs: number,
): Promise<number[]> {
  const { dataDir, conferenceId, itemId, first, edits } = args;
  const child = spawn(
    process.execPath,
    [childScript, dataDir, conferenceId, itemId, String(first), String(edits), '7'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const acked: number[] = [];
  let out = '';
  let errors = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    out += chunk;
    const lines = out.split('\n');
    out = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
    if (killAfter > 0 && acked.length >= killAfter) child.kill('SIGKILL');
  });
  child.stderr.on('data', (chunk: string) => (errors += chunk));
  const timer = killAfter === 0 ? setTimeout(() => child.kill('SIGKILL'), killAfterMs) : undefined;
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
  clearTimeout(timer);
  if (signal !== 'SIGKILL' && code !== 0) throw new Error(`child failed (${code}): ${errors}`);
  return acked;
}

describe('typing is never lost (issue 6): a server killed at random keeps every answered edit', () => {
  it('summaries, opinions and ballots: five runs killed with SIGKILL at random points, nothing answered is lost', async () => {
    const seed = Date.now() % 1_000_000;
    const next = seededRandom(seed); // deterministic: a failing run prints its seed and is replayed
    const dataDir = tempDir();
    const setup = startService(dataDir);
    const { conferenceId, itemId } = await seedTypingConference((channel, input) =>
      setup.call(channel, input),
    );
    await setup.storage.flush();

    const acked = new Set<number>();
    let first = 0;
    for (let run = 0; run < 5; run += 1) {
      const edits = 40;
      const killAfter = Math.floor(next() * (edits + 1));
      const answered = await runAndKill(
        { dataDir, conferenceId, itemId, first, edits },
        killAfter,
        Math.floor(next() * 600),
      );
      for (const n of answered) acked.add(n);

      // "After restart": a fresh service on the same folder, as the app would start.
      const app = startService(dataDir);
      const saved = await readSavedTyping(
        (channel, input) => app.call(channel, input),
        conferenceId,
        itemId,
      );
      expect(lostEdits(saved, acked), `seed ${seed}, run ${run}, kill after ${killAfter}`).toEqual(
        [],
      );
      // A crash leaves a torn line at worst: never a journal to set aside.
      expect(app.storage.status().lastError).toBeNull();
      first = Math.max(first, ...answered.map((n) => n + 1));
    }
    expect(acked.size).toBeGreaterThan(0);
  }, 30_000);
});
