import { expect, test } from '@playwright/test';
import { newDataDir, settle, startApp } from './appFixture';

/**
 * The Ban TTND's own documents (D22) from the rows of its tab: "Văn bản" on an inspection offers
 * its plan and, its result being written, the report of that result, each numbered on its own
 * and previewed for that very inspection; the Documents tab says which record it prints.
 */
test('each row of the Ban TTND tab has its documents, numbered and previewed for that record', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = await startApp(newDataDir());
  try {
    await page.goto(app.launchUrl);
    await page.getByTestId('open-sample').click();
    await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();
    await page.getByRole('tab', { name: 'Theo dõi thực hiện' }).click();
    await page.getByRole('tab', { name: 'Ban TTND', exact: true }).click();

    const inspections = page.getByTestId('inspections');
    await inspections.getByRole('button', { name: 'Văn bản' }).first().click();
    const dialog = page.getByRole('dialog', { name: /Văn bản — Cuộc kiểm tra ngày 16\/03\/2026/ });
    await expect(dialog.getByTestId('board-document-D22KH')).toBeVisible();
    await expect(dialog.getByTestId('board-document-D22BC')).toContainText('Số: 03/BC-TTND');

    // The plan gets its own number from the register.
    await dialog.getByTestId('issue-number-D22KH').click();
    await page.getByTestId('issue-number-confirm-D22KH').click();
    await expect(dialog.getByTestId('board-document-D22KH')).toContainText(/Số: \d{2}\/KH-CĐCS/);

    await dialog
      .getByTestId('board-document-D22KH')
      .getByRole('button', { name: 'Xem trước' })
      .click();
    const preview = page.getByTestId('document-preview');
    await expect(preview).toContainText('KẾ HOẠCH');
    await expect(preview).toContainText('Chi trả hỗ trợ làm thêm giờ quý I năm 2026');
    await expect(page.getByTestId('document-preview-problems')).toHaveCount(0);
    await settle(page);
    if (process.env.BOARD_DOCUMENTS_SHOTS)
      await page.screenshot({ path: `${process.env.BOARD_DOCUMENTS_SHOTS}/preview.png` });

    // The Documents tab prints the latest record of each and says which.
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
    await expect(preview).toHaveCount(0);
    if (process.env.BOARD_DOCUMENTS_SHOTS)
      await page.screenshot({ path: `${process.env.BOARD_DOCUMENTS_SHOTS}/dialog.png` });
    await dialog.locator('.ant-modal-close').click();
    await expect(dialog).toHaveCount(0);
    await page.getByRole('tab', { name: 'Văn bản', exact: true }).click();
    await expect(page.getByTestId('document-record-D22CT')).toContainText(
      'Chương trình quý I năm 2026',
    );
  } finally {
    await app.stop();
  }
});
