import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readDocumentXml, textOf } from '../support/docx';
import { guideShot, newDataDir, settle, startApp } from './appFixture';

/** The title each preparation document prints. */
const TITLES: Record<string, string> = {
  D1: 'KẾ HOẠCH',
  D2: 'CHƯƠNG TRÌNH',
  D3: 'GIẤY TRIỆU TẬP',
  D4: 'DANH SÁCH',
  D5: 'KỊCH BẢN ĐIỀU HÀNH',
};

test('exports every document of the sample to a folder with progress, asks before replacing, and opens the folder', async ({
  page,
}) => {
  // The host's home is a temp dir, so the suggested folder is "<home>/Documents/…"; "Mở thư mục"
  // runs a recorder instead of a file manager. A fixed name keeps the guide's screenshots stable.
  const home = path.join(os.tmpdir(), 'hoinghi-e2e-export', 'lan');
  fs.rmSync(home, { recursive: true, force: true });
  fs.mkdirSync(home, { recursive: true });
  const log = path.join(home, 'opened.txt');
  const opener = path.join(home, 'record-open.sh');
  fs.writeFileSync(opener, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\n`, { mode: 0o755 });
  const app = await startApp(newDataDir(), {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DOCUMENTS_DIR: '',
    HOINGHI_FOLDER_OPENER: opener,
  });
  const folder = path.join(home, 'Documents', 'Hội nghị CBCCVC', '2026');

  await page.goto(app.launchUrl);
  await page.getByTestId('open-sample').click();
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  // Every document the list offers ("D3. Giấy triệu tập, giấy mời"), in its order.
  const rows = page.locator('[data-testid^="document-D"] .ant-list-item-meta-title');
  await expect(rows.first()).toBeVisible();
  const listed = (await rows.allTextContents()).map((title) => title.replace('. ', ' '));
  const total = listed.length;
  expect(listed).toEqual(
    expect.arrayContaining([
      'D1 Kế hoạch tổ chức hội nghị',
      'D2 Chương trình hội nghị',
      'D3 Giấy triệu tập, giấy mời',
      'D4 Danh sách triệu tập và điểm danh',
      'D5 Kịch bản điều hành hội nghị',
    ]),
  );
  await page.getByTestId('export-all-documents').click();
  const input = page.getByTestId('export-folder-input');
  await expect(input).toHaveValue(folder);
  await settle(page);
  await page.screenshot({ path: guideShot('09-van-ban-xuat-ra-thu-muc') });

  // A path that is not complete is refused in Vietnamese, before anything is written.
  await input.fill('van-ban/2026');
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-error')).toContainText('chưa phải đường dẫn đầy đủ');
  await input.fill(folder);

  // Hold the third document back a moment to see the bar say where it is.
  let writes = 0;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const isWrite = (url: URL) =>
    decodeURIComponent(url.pathname).endsWith('/api/export:writeDocument');
  await page.route(isWrite, async (route) => {
    writes += 1;
    if (writes === 3) await held;
    await route.continue();
  });
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-progress')).toContainText(
    `Đang xuất 3/${total}: ${listed[2]}…`,
  );
  await expect(page.getByTestId('export-progress').getByRole('progressbar')).toHaveAttribute(
    'aria-valuenow',
    String(Math.round((2 / total) * 100)),
  );
  release();

  const result = page.getByTestId('export-result');
  await expect(result).toContainText(`Đã xuất ${total} văn bản`);
  await expect(page.getByTestId('export-result-folder')).toContainText(folder);
  await expect(page.getByTestId('export-written')).toHaveCount(total);
  await settle(page);
  await page.screenshot({ path: guideShot('09-van-ban-xuat-xong') });

  await page.getByTestId('export-open-folder').click();
  await expect(page.getByTestId('export-opened')).toBeVisible();
  await expect.poll(() => fs.existsSync(log) && fs.readFileSync(log, 'utf8')).toBe(`${folder}\n`);

  // Open every file the way Word would: a DOCX (a zip with word/document.xml); each preparation
  // document has its title in the body.
  const names = fs.readdirSync(folder).sort();
  expect(names).toHaveLength(total);
  for (const name of names) {
    const xml = await readDocumentXml(fs.readFileSync(path.join(folder, name)));
    const title = TITLES[/^(D\d+)-/.exec(name)?.[1] ?? ''];
    if (title) expect(textOf(xml), name).toContain(title);
  }
  expect(names.filter((name) => TITLES[/^(D\d+)-/.exec(name)?.[1] ?? ''])).toHaveLength(5);

  // The same document again, from its row: the clash is listed, "Giữ cả hai" keeps the first.
  await page.getByTestId('export-close').click();
  await page.getByTestId('export-D1').click();
  await expect(input).toHaveValue(folder);
  await page.getByTestId('export-start').click();
  await expect(page.getByTestId('export-existing')).toHaveText('D1-ke-hoach-to-chuc-2026.docx');
  await page.getByTestId('export-keep-both').click();
  await expect(page.getByTestId('export-written')).toHaveText('D1-ke-hoach-to-chuc-2026 (2).docx');
  expect(fs.readdirSync(folder)).toContain('D1-ke-hoach-to-chuc-2026 (2).docx');
  expect(fs.readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  await app.stop();
});
