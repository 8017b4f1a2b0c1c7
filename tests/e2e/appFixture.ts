import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const guideImages = path.join(repoRoot, 'docs', 'huong-dan', 'images');

export interface RunningApp {
  launchUrl: string;
  dataDir: string;
  /** Stops the host the way a user closing it would (SIGTERM: pending writes are flushed first). */
  stop(): Promise<void>;
  /** The port it listens on: a restart on the same one keeps the page's origin (its storage). */
  port: number;
  /** Kills the host the way a crash or a power cut would (SIGKILL: nothing is flushed). */
  kill(): Promise<void>;
}

export function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'hoinghi-e2e-'));
}

/**
 * Starts the real browser-mode host (the built one, as `npm start` runs it) on a data dir. `env` is
 * added to the host's environment (e.g. HOME, or HOINGHI_FOLDER_OPENER to record "Mở thư mục").
 */
export function startApp(
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
  { port = 0 }: { port?: number } = {},
): Promise<RunningApp> {
  const entry = path.join(repoRoot, 'dist', 'electron', 'host.mjs');
  if (!fs.existsSync(entry))
    throw new Error('dist/ is missing: run `node scripts/build.mjs` (npm test does) first.');
  const child: ChildProcess = spawn(
    process.execPath,
    [entry, '--no-open', '--port', String(port), '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 15_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Chế độ trình duyệt: (\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        launchUrl: match[1],
        dataDir,
        port: Number(new URL(match[1]).port),
        // A host that already exited never emits 'exit' again, and one stuck in its shutdown flush
        // would hang the test forever: escalate after 15 s and say so in the log.
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const escalate = setTimeout(() => {
              console.warn('host did not exit 15 s after SIGTERM; sending SIGKILL');
              child.kill('SIGKILL');
            }, 15_000);
            child.once('exit', () => {
              clearTimeout(escalate);
              done();
            });
            child.kill('SIGTERM');
          }),
        kill: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
}

/** Screenshots for the user guide are taken by the tests, so the guide always shows the real app. */
export function guideShot(name: string): string {
  fs.mkdirSync(guideImages, { recursive: true });
  return path.join(guideImages, `${name}.png`);
}

export function sharedFixture(name: string): string {
  return path.resolve(repoRoot, '..', 'shared', 'fixtures', name);
}
