import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { readDocumentXml, runsWithText, textOf } from '../support/docx';
import { newDataDir, startApp } from './appFixture';

/**
 * The written-opinion route of Luật 10/2022/QH15 Điều 50.2 through the UI, on the sample's 184
 * staff: the convocations, the day the forms go out, the deadline and place, two items with the
 * returned forms' counts (one failing at exactly half of all staff, R2) are saved in the panel;
 * its documents card then offers the form (D9PYK), downloaded one per person, and the record of
 * its result (D9KQ), whose text states core's outcome; the Documents tab lists both.
 */
test('the written-opinion route is entered, and its form and record are downloaded from its panel', async ({
  page,
}) => {
  const app = await startApp(newDataDir());
  try {
    await page.goto(app.launchUrl);
    await page.getByTestId('open-sample').click();
    await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();
    await page.getByRole('tab', { name: 'Điều hành', exact: true }).click();
    await page
      .getByTestId('day-sections')
      .getByText('Không đủ người: lấy ý kiến bằng văn bản')
      .click();
    const panel = page.getByTestId('written-opinions');
    await expect(panel).toBeVisible();
    // No route saved yet: no documents card.
    await expect(page.getByTestId('written-opinion-documents')).toHaveCount(0);

    const typeDate = async (label: string, value: string) => {
      const input = panel.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(value);
      await input.press('Enter');
    };
    await typeDate('Ngày triệu tập lần thứ nhất', '15/01/2026');
    await typeDate('Ngày triệu tập lần thứ hai', '22/01/2026');
    await typeDate('Ngày phát phiếu', '23/01/2026');
    await typeDate('Hạn nộp phiếu', '30/01/2026');
    await panel.getByLabel('Nơi nộp phiếu').fill('Văn phòng Công đoàn, phòng 201');
    await panel.getByLabel('Số phiếu lấy ý kiến phát ra').fill('184');
    await panel.getByLabel('Số phiếu lấy ý kiến thu về').fill('170');
    await panel.getByRole('button', { name: 'Dự thảo nghị quyết' }).click();
    await panel.getByRole('button', { name: 'Nội dung khác' }).click();
    await panel.getByLabel('Nội dung lấy ý kiến 2').fill('Mức đóng góp quỹ phúc lợi');
    for (const [field, values] of [
      ['Đồng ý', ['150', '92']],
      ['Không đồng ý', ['12', '60']],
      ['Ý kiến khác', ['8', '18']],
    ] as const) {
      for (const [i, value] of values.entries()) {
        await panel.getByLabel(`${field} ${i + 1}`, { exact: true }).fill(value);
      }
    }
    await expect(panel.getByTestId('written-outcome').nth(1)).toHaveText(
      'Đồng ý 92/184 người lao động (50,00%) — không thông qua (cần ít nhất 93)',
    );
    await panel.getByTestId('save-written-opinions').click();

    const card = page.getByTestId('written-opinion-documents');
    await expect(card.getByTestId('written-document-D9PYK')).toContainText('Phiếu lấy ý kiến');
    await expect(card.getByTestId('written-document-D9KQ')).toContainText(
      'Biên bản tổng hợp kết quả lấy ý kiến',
    );

    // The form first, in the order the route uses them.
    await expect(card.locator('[data-testid^="written-document-"]').first()).toHaveAttribute(
      'data-testid',
      'written-document-D9PYK',
    );
    await card
      .getByTestId('written-document-D9PYK')
      .getByRole('button', { name: 'Xem trước' })
      .click();
    const preview = page.getByTestId('document-preview');
    await expect(preview).toContainText('PHIẾU LẤY Ý KIẾN');
    await expect(preview).toContainText('Mức đóng góp quỹ phúc lợi');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Đóng', exact: true })
      .last()
      .click();
    await expect(preview).toHaveCount(0);

    await card.getByTestId('d9pyk-per-person').check();
    const form = page.waitForEvent('download');
    await card
      .getByTestId('written-document-D9PYK')
      .getByRole('button', { name: /Tải về/ })
      .click();
    expect((await form).suggestedFilename()).toMatch(/^D9PYK-phieu-lay-y-kien.*\.docx$/);
    const formXml = await readDocumentXml(
      new Uint8Array(fs.readFileSync(await (await form).path())),
    );
    expect(runsWithText(formXml, 'PHIẾU LẤY Ý KIẾN')).toHaveLength(184);

    const record = page.waitForEvent('download');
    await card
      .getByTestId('written-document-D9KQ')
      .getByRole('button', { name: /Tải về/ })
      .click();
    const recordXml = await readDocumentXml(
      new Uint8Array(fs.readFileSync(await (await record).path())),
    );
    expect(textOf(recordXml)).toContain(
      'Mức đóng góp quỹ phúc lợi: Đồng ý 92/184 người lao động (50,00%) — không thông qua (cần ít nhất 93).',
    );
    expect(textOf(recordXml)).toContain('ngày 30 tháng 01 năm 2026');

    await page.getByRole('tab', { name: 'Văn bản', exact: true }).click();
    await expect(page.getByTestId('document-D9PYK')).toBeVisible();
    await expect(page.getByTestId('document-D9KQ')).toBeVisible();
    await expect(page.getByTestId('d9pyk-per-person')).toBeVisible();
  } finally {
    await app.stop();
  }
});
