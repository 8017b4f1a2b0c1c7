import { expect, test, type Page } from '@playwright/test';
import { guideShot, newDataDir, startApp } from './appFixture';

async function addDay(page: Page, date: string, name: string, kind: string) {
  const section = page.getByTestId('holiday-table');
  const picker = section.getByLabel('Ngày nghỉ cần thêm', { exact: true });
  await picker.click();
  await picker.fill(date);
  await picker.press('Enter');
  await section.getByLabel('Tên ngày nghỉ cần thêm').fill(name);
  await section.getByRole('combobox', { name: 'Loại ngày' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: kind, visible: true }).click();
  await section.getByRole('button', { name: 'Thêm ngày' }).click();
}

test('the unit amends the 2026 days off after the Government announcement, and they stay after a restart', async ({
  page,
}) => {
  const dataDir = newDataDir();
  let app = await startApp(dataDir);
  await page.goto(app.launchUrl);
  await page.getByRole('menuitem', { name: 'Thông tin đơn vị' }).click();
  await page.getByRole('button', { name: 'Ngày nghỉ lễ, Tết' }).click();
  const section = page.getByTestId('holiday-table');
  const year = section.getByLabel('Năm của bảng ngày nghỉ');
  await year.fill('2026');
  await year.press('Tab');
  await expect(section.getByRole('row', { name: /Thứ Ba, 17\/02\/2026/ })).toContainText(
    'Tết Âm lịch (mùng 1 tháng Giêng)',
  );
  await expect(section.getByRole('row', { name: /27\/04\/2026/ })).toContainText('Nghỉ bù');

  // The swap of Tết Dương lịch 2026: Friday 02/01 off, Saturday 10/01 worked.
  await addDay(page, '02/01/2026', 'Nghỉ hoán đổi Tết Dương lịch', 'Nghỉ hoán đổi');
  await expect(page.getByText('Đã thêm ngày 02/01/2026.')).toBeVisible();
  await addDay(page, '10/01/2026', 'Làm bù cho thứ Sáu 02/01', 'Làm bù');
  await expect(section.getByRole('row', { name: /Thứ Bảy, 10\/01\/2026/ })).toContainText('Làm bù');
  // A rule day taken out is listed with a way back.
  await section.getByRole('button', { name: 'Bỏ ngày 27/04/2026' }).click();
  await page.getByRole('button', { name: 'Bỏ', exact: true }).click();
  await expect(section.getByText('Ngày nghỉ theo quy định đã bỏ trong năm này')).toBeVisible();
  await expect(section.getByText('Đã sửa theo thông báo của năm')).toBeVisible();
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await section.screenshot({ path: guideShot('02-ngay-nghi-le') });

  // A "làm bù" on a Friday is refused with the reason. Enter in the name field adds the day and
  // never submits the unit form around the section.
  await addDay(page, '09/01/2026', 'Thử', 'Làm bù');
  await expect(page.getByText(/Ngày làm bù phải là thứ Bảy hoặc Chủ nhật/)).toBeVisible();
  await section.getByRole('combobox', { name: 'Loại ngày' }).click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: 'Nghỉ riêng', visible: true })
    .click();
  await section.getByLabel('Tên ngày nghỉ cần thêm').fill('Ngày truyền thống của đơn vị');
  await section.getByLabel('Tên ngày nghỉ cần thêm').press('Enter');
  await expect(page.getByText('Đã thêm ngày 09/01/2026.')).toBeVisible();
  await expect(page.getByText('Đã lưu thông tin đơn vị.')).toHaveCount(0);

  await expect(page.getByText(/^Đã lưu lúc/)).toBeVisible();
  await app.stop();
  app = await startApp(dataDir);
  await page.goto(app.launchUrl);
  await page.getByRole('menuitem', { name: 'Thông tin đơn vị' }).click();
  await page.getByRole('button', { name: 'Ngày nghỉ lễ, Tết' }).click();
  await section.getByLabel('Năm của bảng ngày nghỉ').fill('2026');
  await section.getByLabel('Năm của bảng ngày nghỉ').press('Tab');
  await expect(section.getByRole('row', { name: /02\/01\/2026/ })).toContainText('Nghỉ hoán đổi');
  await section.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByText('Đã khôi phục ngày 27/04/2026.')).toBeVisible();
  await expect(section.getByRole('row', { name: /27\/04\/2026/ })).toContainText('Nghỉ bù');
  await app.stop();
});
