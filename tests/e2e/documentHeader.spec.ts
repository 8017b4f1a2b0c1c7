import { expect, test } from '@playwright/test';
import { newDataDir, startApp } from './appFixture';

test('the officer makes the plan a unit document with an edited header line, sees it in the preview, then restores the default', async ({
  page,
}) => {
  const app = await startApp(newDataDir());
  await page.goto(app.launchUrl);
  await page.getByTestId('open-sample').click();
  await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();

  // The unit's abbreviation, taken from the suggestion of its initials (the sample has one: it is
  // cleared first, as a unit that never set it).
  await page.getByRole('menuitem', { name: 'Thông tin đơn vị' }).click();
  await page.getByLabel('Chữ viết tắt tên cơ quan, đơn vị').fill('');
  const suggest = page.getByTestId('suggest-abbreviation');
  await expect(suggest).toContainText('Dùng gợi ý');
  await suggest.click();
  const abbreviation = await page.getByLabel('Chữ viết tắt tên cơ quan, đơn vị').inputValue();
  expect(abbreviation).toMatch(/^\p{Lu}+$/u);
  await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
  await expect(page.getByText('Đã lưu thông tin đơn vị.')).toBeVisible();

  await page.getByRole('menuitem', { name: 'năm 2026' }).click();
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  await page.getByTestId('document-header-D1').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('Liên tịch (mặc định)')).toBeVisible();
  await expect(drawer.getByText('Cần đối chiếu với văn thư')).toBeVisible();
  await expect(drawer.getByTestId('header-preview')).toContainText('BAN CHẤP HÀNH');

  await drawer.getByText('Đơn vị', { exact: true }).click();
  await expect(drawer.getByText('Cần đối chiếu với văn thư')).toHaveCount(0);
  await expect(drawer).toContainText(`KH-${abbreviation}`);
  await drawer.getByLabel('Dòng bên trái 2').fill('VỤ KHOA HỌC (BẢN SỬA TAY)');
  await expect(drawer.getByTestId('header-preview')).toContainText('VỤ KHOA HỌC (BẢN SỬA TAY)');
  await drawer.getByLabel('Dòng bên trái 1').fill('');
  await expect(drawer.getByText('Dòng tiêu đề không được để trống')).toBeVisible();
  await expect(page.getByTestId('header-save')).toBeDisabled();
  await drawer.getByLabel('Dòng bên trái 1').fill('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
  await page.getByTestId('header-save').click();
  await expect(page.getByText('Đã lưu tiêu đề và chữ ký.')).toBeVisible();

  await page.getByTestId('document-D1').getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.locator('.docx-wrapper, .docx').first()).toContainText(
    'VỤ KHOA HỌC (BẢN SỬA TAY)',
  );
  await expect(page.locator('.docx-wrapper, .docx').first()).toContainText(`/KH-${abbreviation}`);
  await page.keyboard.press('Escape');

  await page.getByTestId('document-header-D1').click();
  await expect(drawer.getByText('Đã sửa tay')).toBeVisible();
  await page.getByTestId('header-reset').click();
  await page.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(page.getByText('Đã khôi phục tiêu đề và chữ ký mặc định.')).toBeVisible();
  await expect(drawer.getByTestId('header-preview')).toContainText('BAN CHẤP HÀNH');
  await expect(drawer.getByText('Đã sửa tay')).toHaveCount(0);
  await app.stop();
});
