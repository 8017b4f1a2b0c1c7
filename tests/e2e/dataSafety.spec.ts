import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { guideShot, newDataDir, repoRoot, startApp } from './appFixture';

test('a corrupted data file stops with a Vietnamese message and a restore choice, and restoring brings the data back', async ({
  page,
}) => {
  const dataDir = newDataDir();
  let app = await startApp(dataDir);
  await page.goto(app.launchUrl);
  await page.getByRole('menuitem', { name: 'Thông tin đơn vị' }).click();
  await page.getByLabel('Tên cơ quan, đơn vị', { exact: true }).fill('Trường THPT Nguyễn Trãi');
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  await expect(page.getByText('Đã lưu thông tin đơn vị.')).toBeVisible();
  await app.stop();

  // Damage the file the way a power cut in the middle of a copy would.
  const file = path.join(dataDir, 'hoi-nghi.json');
  const damaged = fs.readFileSync(file, 'utf8').slice(0, 40);
  fs.writeFileSync(file, damaged);

  app = await startApp(dataDir);
  await page.goto(app.launchUrl);
  const screen = page.getByTestId('data-error');
  await expect(screen).toContainText('Không mở được dữ liệu');
  await expect(screen).toContainText('Dữ liệu trên đĩa chưa bị thay đổi');
  await page.screenshot({ path: guideShot('07-du-lieu-hong') });
  expect(fs.readFileSync(file, 'utf8')).toBe(damaged);

  // The snapshot taken at this start holds the damaged file and says so; the app points at the
  // newest good one.
  const damagedRow = screen.getByRole('row', { name: /Khi mở ứng dụng/ });
  await expect(damagedRow).toContainText('Tệp hỏng');
  const goodRow = screen.getByRole('row', { name: /Nên chọn/ });
  await expect(goodRow).toContainText('0 người, 0 hội nghị');
  await goodRow.getByRole('button', { name: 'Khôi phục' }).click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByText('Trường THPT Nguyễn Trãi').first()).toBeVisible();
  await app.stop();
});

test('the user guide opens inside the app, chapter by chapter, with its pictures', async ({
  page,
}) => {
  const app = await startApp(newDataDir());
  await page.goto(app.launchUrl);
  await page.getByRole('menuitem', { name: 'Hướng dẫn sử dụng' }).click();
  await expect(
    page.getByRole('heading', { name: 'Hướng dẫn sử dụng — Hội nghị CBCCVC' }),
  ).toBeVisible();
  await page.getByRole('link', { name: /Tạo hội nghị, hình thức/ }).click();
  await expect(page.getByRole('heading', { name: /3\. Hội nghị/ })).toBeVisible();
  const picture = page.getByRole('img', { name: 'Điểm danh' });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  await app.stop();
});

test('started twice on one data folder, the second start names the running one and writes nothing', async ({
  page,
}) => {
  const dataDir = newDataDir();
  const app = await startApp(dataDir);
  await page.goto(app.launchUrl);
  await expect(page.getByTestId('open-sample')).toBeVisible();
  const before = fs.readdirSync(dataDir).sort();

  const second = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'dist', 'electron', 'host.mjs'), '--no-open', '--data-dir', dataDir],
    { encoding: 'utf8', timeout: 15_000 },
  );
  expect(second.status).toBe(3);
  expect(second.stdout).toContain('đang chạy với thư mục dữ liệu');
  expect(second.stdout).toContain(`Đang chạy tại: ${app.launchUrl}`);
  expect(fs.readdirSync(dataDir).sort()).toEqual(before);

  // The first one is untouched and still answers; killed like a crash, a restart takes over at
  // once (the lock names a process that no longer runs).
  await page.reload();
  await expect(page.getByTestId('open-sample')).toBeVisible();
  await app.kill();
  const restarted = await startApp(dataDir);
  await page.goto(restarted.launchUrl);
  await expect(page.getByTestId('open-sample')).toBeVisible();
  await restarted.stop();
});
