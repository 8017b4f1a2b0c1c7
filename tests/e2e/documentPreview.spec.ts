import { expect, test } from '@playwright/test';
import { guideShot, newDataDir, startApp } from './appFixture';

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
