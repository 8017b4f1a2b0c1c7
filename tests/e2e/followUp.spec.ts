import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { guideShot, newDataDir, settle, startApp } from './appFixture';

async function pickStatus(page: Page, option: string) {
  // antd draws the button over a visually hidden radio input: the user clicks the label.
  const group = page.getByTestId('item-status');
  await group.getByText(option, { exact: true }).click();
  await expect(group.getByRole('radio', { name: option, exact: true })).toBeChecked();
}

test('after the conference: the sample resolution is followed up, filtered, charted, exported and carried into next year', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = await startApp(newDataDir());
  await page.goto(app.launchUrl);
  await page.getByTestId('open-sample').click();
  await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();

  // The adopted resolution's items and the clocks of the Law are listed, with the overview's chart.
  await page.getByRole('tab', { name: 'Theo dõi thực hiện' }).click();
  const rows = page.getByTestId('follow-up-row');
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  expect(total).toBeGreaterThan(3);
  await expect(page.getByTestId('section-chart').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('legal-clocks')).toContainText('Điều 52.3');
  await expect(page.getByTestId('clock-firstReview')).toContainText('hạn');

  // A status changed with a dated note: the row says so after the service answered.
  const first = rows.first();
  await first.getByTestId('open-item').click();
  const drawer = page.getByTestId('follow-up-drawer');
  await drawer.getByLabel('Ghi chú tiến độ').fill('Đã triển khai tới các phòng, ban');
  await drawer.getByRole('button', { name: 'Thêm ghi chú' }).click();
  await expect(drawer.getByTestId('progress-note')).toContainText('Đã triển khai tới các phòng');
  await pickStatus(page, 'Đang thực hiện');
  await drawer.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('.ant-message-notice', { hasText: 'Đã lưu' })).toBeVisible();
  await drawer.getByRole('button', { name: 'Đóng' }).click();
  await expect(first).toContainText('Đang thực hiện');
  await expect(first).toContainText('1 ghi chú');

  // Search without accents finds the note's words.
  await page.getByLabel('Tìm việc').fill('trien khai toi cac phong');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Tìm việc').selectText();
  await page.keyboard.press('Backspace');
  await expect(rows).toHaveCount(total);

  // Overdue only: every row left is one core marked overdue, as many as the overview counts.
  const overdue = Number(
    (
      await page
        .getByTestId('dashboard-overdue')
        .locator('.ant-statistic-content-value')
        .innerText()
    ).trim(),
  );
  await page.getByTestId('filter-overdue').click();
  if (overdue === 0) await expect(rows).toHaveCount(0);
  else {
    await expect(rows).toHaveCount(overdue);
    await expect(page.locator('[data-testid="follow-up-row"][data-overdue="false"]')).toHaveCount(
      0,
    );
  }
  await page.getByTestId('filter-overdue').click();
  await expect(rows).toHaveCount(total);
  // The sample's first six-monthly review was frozen and notified to all staff (Điều 52.3): it
  // can no longer be taken again. The second one freezes the items as they stand today.
  await expect(page.getByTestId('clock-firstReview')).toContainText('đã thông báo ngày');
  await expect(page.getByTestId('take-review-1')).toHaveCount(0);
  await page.getByTestId('take-review-2').click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Chốt' }).click();
  await expect(page.getByTestId('clock-secondReview')).toContainText(`Đã chốt số liệu ngày`);
  // Core decides which items a review covers (the review clocks themselves are left out).
  await expect(page.getByTestId('clock-secondReview')).toContainText(/: \d+ việc, \d+ hoàn thành/);
  await settle(page);
  await page.screenshot({ path: guideShot('theo-doi-thuc-hien'), fullPage: true });

  // The calendar for Outlook or a phone, and the list for Excel.
  const ics = page.waitForEvent('download');
  await page.getByTestId('export-ics').click();
  const icsFile = await ics;
  expect(icsFile.suggestedFilename()).toBe('lich-theo-doi-2026.ics');
  const icsText = fs.readFileSync(await icsFile.path(), 'utf8');
  expect(icsText).toContain('BEGIN:VCALENDAR');
  expect(icsText).toContain('BEGIN:VEVENT');

  const xlsx = page.waitForEvent('download');
  await page.getByTestId('export-xlsx').click();
  const xlsxFile = await xlsx;
  expect(xlsxFile.suggestedFilename()).toBe('theo-doi-nghi-quyet-2026.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsxFile.path());
  const sheet = workbook.worksheets[0]!;
  const cells: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? ''))));
  expect(cells.join(' ')).toContain('Đang thực hiện');
  expect(sheet.rowCount).toBeGreaterThan(total);

  // The Ban TTND's year on its own tab.
  await page.getByRole('tab', { name: 'Ban TTND', exact: true }).click();
  await expect(page.getByTestId('board-summary')).toBeVisible();
  await expect(page.getByTestId('inspections')).toBeVisible();
  await settle(page);
  await page.screenshot({ path: guideShot('theo-doi-ban-ttnd'), fullPage: true });

  // Next year from this one: the unfinished items are carried over, marked as such.
  // The start screen reminds of what is overdue and due soon, every time the app opens.
  await page.goto(app.launchUrl);
  await expect(page.getByTestId('todo-panel')).toContainText('quá hạn');
  await expect(page.getByTestId('todo-entry').first()).toBeVisible();
  await settle(page);
  await page.screenshot({ path: guideShot('theo-doi-viec-can-lam') });
  await page.getByTestId('conference-item').getByRole('button', { name: 'Mở' }).click();
  await page.getByTestId('create-next-year').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo' }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2027' })).toBeVisible();
  await expect(page.locator('.ant-modal-confirm')).toContainText(
    'được chuyển sang theo dõi năm 2027',
  );
  await page.locator('.ant-modal-confirm').getByRole('button').click();
  await page.evaluate(() => (location.hash = `${location.hash.replace(/\/$/, '')}/followUp`));
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('follow-up-table')).toContainText('Chuyển từ năm trước 2026');

  await app.stop();
});
