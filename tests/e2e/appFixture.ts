import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { repoRoot, sharedFixture, tempDir } from '../support/paths';

export { repoRoot, sharedFixture };
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
  return tempDir('hoinghi-e2e-');
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

/** Guide screenshots show a settled screen: no toast over the header, no motion. */
export async function settle(page: Page): Promise<void> {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await page.waitForTimeout(400);
}

/** Screenshots for the user guide are taken by the tests, so the guide always shows the real app. */
export function guideShot(name: string): string {
  fs.mkdirSync(guideImages, { recursive: true });
  return path.join(guideImages, `${name}.png`);
}

/** The unit profile as a new user types it on "Thông tin đơn vị", saved. */
export async function fillUnitProfile(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: 'Thông tin đơn vị' }).click();
  await page.getByLabel('Tên cơ quan, đơn vị', { exact: true }).fill('Vụ Khoa học và Công nghệ');
  await page.getByLabel('Cơ quan chủ quản', { exact: true }).fill('Bộ Nội vụ');
  await page
    .getByLabel('Tên công đoàn cơ sở', { exact: true })
    .fill('Công đoàn Vụ Khoa học và Công nghệ');
  await page.getByLabel('Địa danh ghi trên văn bản', { exact: true }).fill('Hà Nội');
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  await expect(page.getByText('Đã lưu thông tin đơn vị.')).toBeVisible();
}

/**
 * A roster of ../shared/fixtures through "Nhập từ Excel": the preview counts `count` people, the
 * import adds them, and the dialog is closed.
 */
export async function importRoster(page: Page, fixture: string, count: number): Promise<void> {
  await page.getByRole('menuitem', { name: /Danh sách cán bộ/ }).click();
  await page
    .getByRole('button', { name: /Nhập từ Excel/ })
    .first()
    .click();
  await page.locator('input[type=file]').setInputFiles(sharedFixture(fixture));
  await expect(page.getByTestId('import-confirm')).toContainText(String(count));
  await page.getByTestId('import-confirm').click();
  await expect(page.getByText(new RegExp(`Đã thêm ${count}`))).toBeVisible();
  await page.keyboard.press('Escape');
}

/** "Tạo hội nghị" on the start page, for `year`: the conference's page opens. */
export async function createConference(page: Page, year: number): Promise<void> {
  await page.getByRole('menuitem', { name: 'Trang đầu' }).click();
  await page.getByRole('button', { name: 'Tạo hội nghị' }).first().click();
  await page.getByLabel('Năm').fill(String(year));
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo hội nghị' }).click();
  await expect(page.getByRole('heading', { name: `Hội nghị CBCCVC năm ${year}` })).toBeVisible();
}

/** The conference's setup as the tests' unit holds it: 15/01/2026, hall, the union's agreement. */
export async function saveConferenceSetup(page: Page): Promise<void> {
  await page.getByLabel('Ngày tổ chức').fill('15/01/2026');
  await page.getByLabel('Ngày tổ chức').press('Enter');
  await page.getByLabel('Địa điểm').fill('Hội trường tầng 3');
  await page.getByLabel('Sự thống nhất với Công đoàn').fill('Biên bản làm việc ngày 05/01/2026');
  await page.getByTestId('save-setup').click();
  await expect(page.getByText('Đã lưu thiết lập hội nghị.').first()).toBeVisible();
}
