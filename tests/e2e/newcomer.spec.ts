import { expect, test, type Page } from '@playwright/test';
import {
  createConference,
  fillUnitProfile,
  guideShot,
  newDataDir,
  saveConferenceSetup,
  sharedFixture,
  startApp,
} from './appFixture';

/** One check-in as a clerk types it into the focused search box: the number, then Enter. */
async function checkIn(page: Page, rosterNo: number) {
  await page.keyboard.type(`${rosterNo}\n`);
}

test('a newcomer imports roster-184, creates the 2026 conference, checks 123 in, sees the quorum, and finds it all after a restart', async ({
  page,
}) => {
  // 123 check-ins, a restart and guide screenshots: a long journey on a 2-core machine.
  test.setTimeout(180_000);
  const dataDir = newDataDir();
  let app = await startApp(dataDir);
  await page.goto(app.launchUrl);
  await expect(page.getByText('Bắt đầu')).toBeVisible();
  await page.screenshot({ path: guideShot('01-trang-dau') });

  // Unit profile.
  await fillUnitProfile(page);

  // Roster import: preview first, nothing imported before confirming.
  await page.getByRole('menuitem', { name: /Danh sách cán bộ/ }).click();
  await page
    .getByRole('button', { name: /Nhập từ Excel/ })
    .first()
    .click();
  await page.locator('input[type=file]').setInputFiles(sharedFixture('roster-184.xlsx'));
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toContainText('184');
  await page.screenshot({ path: guideShot('02-nhap-danh-sach-xem-truoc') });
  await confirm.click();
  await expect(page.getByText(/Đã thêm 184/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menuitem', { name: 'Danh sách cán bộ (184)' })).toBeVisible();
  await page
    .getByPlaceholder('Tìm theo tên, đơn vị, chức vụ (không cần dấu)')
    .fill('phan thanh uoc');
  await expect(page.getByTestId('person-row')).toHaveCount(1);
  await page.getByPlaceholder('Tìm theo tên, đơn vị, chức vụ (không cần dấu)').fill('');
  await expect(page.getByTestId('person-row').nth(10)).toBeVisible();
  await expect(page.locator('.ant-modal-wrap')).toBeHidden();
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: guideShot('03-danh-sach-can-bo') });

  // The union chair and vice-chair are chosen from the roster once it is there.
  await page.getByRole('menuitem', { name: 'Thông tin đơn vị' }).click();
  const chair = page.getByRole('combobox', { name: 'Chủ tịch Công đoàn', exact: true });
  await chair.fill('ho thanh hieu');
  await chair.press('Enter');
  const viceChair = page.getByRole('combobox', { name: 'Phó Chủ tịch Công đoàn', exact: true });
  await viceChair.fill('huynh thanh khanh');
  await viceChair.press('Enter');
  await expect(
    page.locator('#root').getByTitle(/^Hồ Thanh Hiếu — Chuyên viên chính/),
  ).toBeVisible();
  await expect(page.locator('#root').getByTitle(/^Huỳnh Thanh Khánh — Chuyên viên/)).toBeVisible();
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  await expect(page.getByText('Đã lưu thông tin đơn vị.').first()).toBeVisible();

  // The 2026 conference.
  await createConference(page, 2026);
  await saveConferenceSetup(page);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: guideShot('04-thiet-lap-hoi-nghi') });

  // Check-in: 184 staff need ⌈2/3 × 184⌉ = 123.
  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  await page.getByTestId('checkin-search').focus();
  for (let n = 1; n <= 122; n += 1) await checkIn(page, n);
  await expect(page.getByTestId('quorum-panel')).toContainText('122');
  await expect(page.getByTestId('quorum-status')).toContainText('Chưa đủ');
  await checkIn(page, 123);
  await expect(page.getByTestId('quorum-status')).toContainText('Đủ');
  await expect(page.getByTestId('quorum-status')).not.toContainText('Chưa');
  await page.screenshot({ path: guideShot('05-diem-danh') });

  await page.getByRole('tab', { name: 'Tổng quan' }).click();
  await expect(page.getByTestId('step-day')).toContainText('Xong');
  await expect(page.getByTestId('step-unit')).toContainText('Xong');
  await page.waitForTimeout(400); // the tab underline finishes its slide
  await page.screenshot({ path: guideShot('06-tong-quan-hoi-nghi') });

  // Restart: everything is still there. Like a user, close only once the app says it has saved:
  // fast typing can leave check-ins queued in the page for a moment.
  await expect(page.getByTestId('save-status')).toContainText('Đã lưu', { timeout: 30_000 });
  await app.stop();
  app = await startApp(dataDir);
  await page.goto(app.launchUrl);
  await expect(page.getByRole('menuitem', { name: 'Danh sách cán bộ (184)' })).toBeVisible();
  await page.getByRole('link', { name: 'Hội nghị CBCCVC năm 2026' }).click();
  await expect(page.getByTestId('step-day')).toContainText('123/184 có mặt');
  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  await expect(page.getByTestId('quorum-status')).toContainText('Đủ');
  await app.stop();
});
