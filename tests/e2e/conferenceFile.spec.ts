import { expect, test } from '@playwright/test';
import { createConference, importRoster, newDataDir, startApp } from './appFixture';

test('a conference saved to a .hoinghi.json file opens in another installation with its roster', async ({
  page,
}) => {
  const first = await startApp(newDataDir());
  await page.goto(first.launchUrl);
  await importRoster(page, 'roster-6.csv', 6);
  await createConference(page, 2026);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-conference-file').click();
  const file = await (await download).path();
  expect((await download).suggestedFilename()).toBe('hoi-nghi-2026.hoinghi.json');
  await first.stop();

  const second = await startApp(newDataDir());
  await page.goto(second.launchUrl);
  await page.getByTestId('open-conference-file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Hội nghị CBCCVC năm 2026' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Danh sách cán bộ (6)' })).toBeVisible();
  // A unit of 6 holds no Ban TTND (Điều 60.1): the guided view says so.
  await expect(page.getByTestId('step-election')).toContainText('Không áp dụng');
  await second.stop();
});
