import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real browser-mode app (host + built renderer) in Debian's Chromium;
 * each test starts its own host on a temp data dir (tests/e2e/appFixture.ts). Never downloads a browser.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    locale: 'vi-VN',
    viewport: { width: 1366, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    // A click or fill that cannot happen fails within 15 s and names its locator, instead of
    // waiting out the test's whole timeout with nothing said.
    actionTimeout: 15_000,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
