import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { paragraphs, readDocumentXml, textOf } from '../support/docx';
import { newDataDir, startApp } from './appFixture';

/**
 * Issue 7's year through the UI, from the shipped sample: ten items updated with a progress note and
 * a document as evidence, the second six-monthly review frozen and its report (D21) exported with
 * the totals the screen shows, then next year's conference created, its carried-over items found,
 * and the union's report (D7) drafted there from this year's tracked items.
 */
async function downloadText(page: Page, id: string): Promise<string> {
  const row = page.getByTestId(`document-${id}`);
  await expect(row).toBeVisible();
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await row.getByRole('button', { name: /Tải về/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^${id}-`));
  return paragraphs(await readDocumentXml(fs.readFileSync(await file.path())))
    .map(textOf)
    .join('\n');
}

test('ten items updated with notes and evidence, the review frozen and D21 exported with its totals, next year drafted from it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = await startApp(newDataDir());
  await page.goto(app.launchUrl);
  await page.getByTestId('open-sample').click();
  await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();
  await page.getByRole('tab', { name: 'Theo dõi thực hiện' }).click();
  const rows = page.getByTestId('follow-up-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(10);

  const drawer = page.getByTestId('follow-up-drawer');
  for (let i = 0; i < 10; i += 1) {
    await rows.nth(i).getByTestId('open-item').click();
    const note = `Tiến độ tháng 11: phần việc số ${i + 1} đã triển khai`;
    await drawer.getByLabel('Ghi chú tiến độ').fill(note);
    await drawer.getByRole('button', { name: 'Thêm ghi chú' }).click();
    await expect(drawer.getByTestId('progress-note').filter({ hasText: note })).toBeVisible();
    const number = `${i + 11}/BC-KHCN`;
    await drawer.getByLabel('Số văn bản minh chứng').fill(number);
    await drawer.getByRole('button', { name: 'Thêm văn bản' }).click();
    await expect(drawer.getByTestId('evidence').filter({ hasText: number })).toBeVisible();
    await drawer.getByRole('button', { name: 'Đóng' }).click();
    await expect(drawer).toBeHidden();
  }
  // Search without accents finds every one of the ten notes.
  await page.getByLabel('Tìm việc').fill('tien do thang 11');
  await expect(rows).toHaveCount(10);
  await page.getByLabel('Tìm việc').fill('');

  // The second review freezes the items as they stand; its report states the same totals.
  await page.getByTestId('take-review-2').click();
  await page.getByRole('tooltip').getByRole('button', { name: 'Chốt' }).click();
  const second = page.getByTestId('clock-secondReview');
  await expect(second).toContainText('Đã chốt số liệu ngày');
  const [, covered, done] = /: (\d+) việc, (\d+) hoàn thành/.exec(await second.innerText()) ?? [];
  expect(Number(covered)).toBeGreaterThan(0);

  await page.getByRole('tab', { name: 'Văn bản', exact: true }).click();
  const report = await downloadText(page, 'D21');
  expect(report).toMatch(/lần (2|thứ hai)/);
  expect(report).toContain(
    `Tổng số ${covered} nội dung được theo dõi: hoàn thành ${done} nội dung`,
  );

  // Next year from this one: the unfinished items carried over, and the union's report drafted.
  await page.getByRole('tab', { name: 'Tổng quan', exact: true }).click();
  await page.getByTestId('create-next-year').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tạo' }).click();
  await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2027' })).toBeVisible();
  await page.locator('.ant-modal-confirm').getByRole('button').click();
  await page.getByRole('tab', { name: 'Theo dõi thực hiện' }).click();
  await expect(page.getByTestId('follow-up-table')).toContainText('Chuyển từ năm trước 2026');
  await page.getByRole('tab', { name: 'Văn bản', exact: true }).click();
  const union = await downloadText(page, 'D7');
  expect(union).toContain('năm 2026');
  expect(union).toContain('Tỷ lệ hồ sơ giải quyết đúng hạn');
  await expect(page.getByTestId('document-D6')).toBeVisible();
  await app.stop();
});
