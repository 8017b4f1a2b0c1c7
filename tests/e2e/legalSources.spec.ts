import { expect, test } from '@playwright/test';
import { startService } from '../support/service';
import { guideShot, newDataDir, startApp } from './appFixture';

test('the help’s first page names the law the app applies, with dates, articles and how sure each number is', async ({
  page,
}) => {
  const app = await startApp(newDataDir());
  try {
    await page.goto(app.launchUrl);
    await page.getByTestId('open-sample').click();
    await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();
    await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
    await page.getByRole('menuitem', { name: 'Hướng dẫn sử dụng' }).click();

    const card = page.getByTestId('legal-sources');
    await expect(card).toContainText('Giới thiệu — Căn cứ pháp lý');
    await expect(card).toContainText('Luật 10/2022/QH15 + Nghị định 59/2023/NĐ-CP');
    const sources = card.getByTestId('legal-source');
    await expect(sources).toHaveCount(5);
    await expect(sources.nth(2)).toContainText(
      'Luật 97/2025/QH15 — Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam',
    );
    await expect(sources.nth(2)).toContainText('ban hành 27/06/2025 · hiệu lực từ 01/07/2025');
    await expect(sources.nth(4)).toContainText('Công văn 8378/BNV-CTTN&BĐG');
    await expect(sources.nth(4)).toContainText('ban hành 23/09/2025');

    const values = card.getByTestId('legal-values');
    const quorum = values.getByRole('row', { name: /Số người tham dự tối thiểu/ });
    await expect(quorum).toContainText('ít nhất 2/3 số người được triệu tập');
    await expect(quorum).toContainText('Luật 10/2022/QH15, Điều 51.2.c');
    await expect(quorum).toContainText('Luật');
    await expect(values.getByRole('row', { name: /^Ban kiểm phiếu/ })).toContainText('Tương tự');

    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: guideShot('can-cu-phap-ly') });
  } finally {
    await app.stop();
  }
});

test('a unit on the education preset sees its guidance and its own numbers', async ({ page }) => {
  const dataDir = newDataDir();
  const service = startService(dataDir);
  await service.call('unit:save', {
    name: 'Trường THCS Nguyễn Du',
    ruleSetId: 'education-11-hd-cdn',
  });
  await service.storage.flush();
  const app = await startApp(dataDir);
  try {
    await page.goto(app.launchUrl);
    await page.evaluate(() => (window.location.hash = '#/help/README'));
    const card = page.getByTestId('legal-sources');
    await expect(card).toContainText('Ngành Giáo dục — Hướng dẫn 11/HD-CĐN');
    await expect(card.getByTestId('legal-source')).toHaveCount(6);
    await expect(card).toContainText('Hướng dẫn 11/HD-CĐN — Hướng dẫn công tác tổ chức');
    const seats = card
      .getByTestId('legal-values')
      .getByRole('row', { name: /^Số thành viên Ban Thanh tra nhân dân/ });
    await expect(seats).toContainText('từ 3 đến 9 người, số lẻ');
    await expect(seats).toContainText('Thực tiễn');
  } finally {
    await app.stop();
  }
});
