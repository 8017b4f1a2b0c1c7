import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { importRosterFixture, startService } from '../support/service';
import { guideShot, newDataDir, startApp } from './appFixture';

/** A data dir with roster-2400 imported and a conference, through the service as the app does it. */
async function seed2400(): Promise<{ dataDir: string; conferenceId: string }> {
  const service = startService(newDataDir());
  await importRosterFixture(service, 'roster-2400.csv');
  const created = await service.call('conference:create', { year: 2026, date: '2026-01-15' });
  await service.storage.flush();
  return { dataDir: service.dataDir, conferenceId: created.id };
}

test('a document is previewed in the app, under the strict CSP, before it is downloaded', async ({
  page,
}) => {
  // docx-preview injects <style> elements and inline styles; any CSP refusal would show up here.
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));

  const app = await startApp(newDataDir());
  try {
    await page.goto(app.launchUrl);
    await page.getByTestId('open-sample').click();
    await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await page.getByTestId('document-D2').getByRole('button', { name: 'Xem trước' }).click();

    const preview = page.getByTestId('document-preview');
    await expect(preview).toHaveAttribute('data-render-ms', /^\d/);
    await expect(preview.locator('section.docx').first()).toBeVisible();
    await expect(preview).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    await expect(preview).toContainText('CHƯƠNG TRÌNH');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Bản xem trước gần đúng');
    await expect(dialog.getByRole('button', { name: /Tải về/ })).toBeEnabled();
    // The guide's picture should show the preview, not the sample's welcome toast over it.
    await expect(page.locator('.ant-message-notice')).toHaveCount(0);
    await page.screenshot({ path: guideShot('10-xem-truoc-van-ban') });

    // The download from the preview is the same packed file as the list's own button.
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /Tải về/ }).click();
    expect((await download).suggestedFilename()).toMatch(/^D2-.*\.docx$/);

    await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();
    await expect(preview).toHaveCount(0);
    expect(violations).toEqual([]);
  } finally {
    await app.stop();
  }
});

test('a 2,400-person list is previewed with its first rows, says so, and downloads whole', async ({
  page,
}) => {
  const { dataDir, conferenceId } = await seed2400();
  const app = await startApp(dataDir);
  try {
    await page.goto(app.launchUrl);
    await page.evaluate(
      (id) => (window.location.hash = `#/conference/${id}/documents`),
      conferenceId,
    );
    await page.getByTestId('document-D4').getByRole('button', { name: 'Xem trước' }).click();

    const preview = page.getByTestId('document-preview');
    await expect(preview).toHaveAttribute('data-render-ms', /^\d/);
    await expect(page.getByTestId('document-preview-rows')).toContainText(
      'Xem trước 100 trên 2.400 dòng — tệp xuất ra có đủ danh sách.',
    );
    // The totals under the table are those of the whole list.
    await expect(preview).toContainText('Tổng số: 2400 người');
    await expect(preview.locator('table tr')).not.toHaveCount(0);
    expect(await preview.locator('table tr').count()).toBeLessThan(200);

    // The file downloaded from the preview is the whole list, built anew.
    const download = page.waitForEvent('download');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Tải về/ })
      .click();
    const saved = await (await download).path();
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(saved))
    )
      .file('word/document.xml')!
      .async('string');
    // Header row + 2,400 people (the national header and signature tables have no cantSplit rows).
    expect(xml.split('<w:cantSplit/>').length - 1).toBeGreaterThanOrEqual(2401);
  } finally {
    await app.stop();
  }
});

test('the sample’s ballots are previewed with their first 4 and say so in ballots, not rows', async ({
  page,
}) => {
  const app = await startApp(newDataDir());
  try {
    await page.goto(app.launchUrl);
    await page.getByTestId('open-sample').click();
    await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await page.getByTestId('document-D12').getByRole('button', { name: 'Xem trước' }).click();

    const preview = page.getByTestId('document-preview');
    await expect(preview).toHaveAttribute('data-render-ms', /^\d/);
    await expect(page.getByTestId('document-preview-rows')).toContainText(
      'Xem trước 4 trên 150 phiếu — tệp xuất ra có đủ 150 phiếu.',
    );
    await expect(preview).toContainText('PHIẾU BẦU');
    await expect(preview).toContainText('Số: 004');
    await expect(preview).not.toContainText('Số: 005');
  } finally {
    await app.stop();
  }
});
