import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { WRITTEN_OPINION_DOCUMENTS } from '../../core/documents/writtenOpinionFacts';
import { availableDocuments } from '../../templates/documents/registry';
import { docxToPdf, pdfPageCount, pdfText } from '../support/libreoffice';
import { guideShot, newDataDir, settle, startApp } from './appFixture';

test('a newcomer opens the sample conference, sees the whole year, downloads its documents and opens each one', async ({
  page,
}) => {
  // Seventeen documents converted one by one (the ballots alone are 75 pages).
  test.setTimeout(300_000);
  const app = await startApp(newDataDir());
  await page.goto(app.launchUrl);
  await page.getByTestId('open-sample').click();
  await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Danh sách cán bộ (184)' })).toBeVisible();
  await expect(page.getByTestId('step-day')).toContainText('150/184 có mặt');
  await expect(page.getByTestId('step-agenda')).toBeVisible();

  await page.getByRole('tab', { name: 'Chương trình' }).click();
  await expect(page.getByTestId('agenda-row').first()).toBeVisible();
  await expect(page.getByTestId('agenda-table')).toContainText('Bầu');
  await settle(page);
  await page.screenshot({ path: guideShot('08-chuong-trinh') });

  await page.getByRole('tab', { name: 'Văn bản' }).click();
  await expect(page.getByTestId('document-D4')).toBeVisible();
  await expect(page.getByTestId('download-all-documents')).toBeEnabled();
  await settle(page);
  await page.screenshot({ path: guideShot('09-van-ban') });
  const download = page.waitForEvent('download');
  await page
    .getByTestId('document-D4')
    .getByRole('button', { name: /Tải về/ })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('D4-danh-sach-trieu-tap-diem-danh-2026.docx');
  expect(
    fs
      .readFileSync(await file.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');

  const zip = page.waitForEvent('download');
  await page.getByTestId('download-all-documents').click();
  expect((await zip).suggestedFilename()).toBe('van-ban-hoi-nghi-2026.zip');
  await app.stop();

  // Open every document the way a văn thư would: each converts to PDF, Vietnamese intact. The
  // sample holds a locked election and a completed day, so every document of the registry is in
  // but the written-opinion route's (Điều 50.2): the sample reached its quorum.
  const archive = await JSZip.loadAsync(fs.readFileSync(await (await zip).path()));
  const names = Object.keys(archive.files);
  const ids = names.map((n) => n.split('-')[0] ?? n);
  expect(ids.sort()).toEqual(
    availableDocuments()
      .map((d) => d.id)
      .filter((id) => !WRITTEN_OPINION_DOCUMENTS.includes(id))
      .sort(),
  );
  expect(ids).toEqual(
    expect.arrayContaining(['D1', 'D5', 'D10', 'D11', 'D12', 'D13', 'D16', 'D17']),
  );
  for (const name of names) {
    const pdf = await docxToPdf(
      await archive.file(name)!.async('uint8array'),
      name.replace('.docx', ''),
    );
    expect(await pdfPageCount(pdf.pdfPath), name).toBeGreaterThan(0);
    // pdftotext joins wrapped header lines with spaces; the unit name starts every header.
    expect((await pdfText(pdf.pdfPath)).replace(/\s+/g, ' '), name).toContain('VỤ KHOA HỌC');
    pdf.cleanup();
  }
});
