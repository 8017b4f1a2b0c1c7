import { chromium, type Browser } from '@playwright/test';
import { seed2400, startHost } from './benchSetup';
import { report } from './stats';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Cold start: host process spawned → start screen visible and usable in a fresh browser page. */
export async function benchColdStart(browser: Browser, runs = 7) {
  const samples: number[] = [];
  const { dataDir } = await seed2400();
  for (let i = 0; i < runs; i += 1) {
    const page = await browser.newPage();
    const started = performance.now();
    const host = await startHost(dataDir);
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Tạo hội nghị' }).first().waitFor({ state: 'visible' });
    samples.push(performance.now() - started);
    await page.close();
    await host.stop();
  }
  return report('Browser-mode cold start to interactive (2,400 on roster)', samples, 1500);
}

/**
 * Check-in at 2,400: time inside the page from the key event to the DOM showing the result —
 * a typed letter to the filtered list, and Enter to the quorum panel's new count (this includes the
 * round trip to the service that records the attendance).
 */
export async function benchCheckIn(browser: Browser) {
  const { dataDir, conferenceId } = await seed2400();
  const host = await startHost(dataDir);
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  await page.goto(host.url);
  await page.evaluate((id) => (window.location.hash = `#/conference/${id}/checkin`), conferenceId);
  const search = page.getByTestId('checkin-search');
  await search.waitFor();

  const timeUntil = async (selector: string, act: () => Promise<void>): Promise<number> => {
    await page.evaluate((sel) => {
      const w = window as unknown as { __t0?: number; __done?: Promise<number> };
      const target = document.querySelector(sel);
      if (!target) throw new Error(`no ${sel}`);
      w.__done = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          // The frame after the mutation is when the user sees it.
          requestAnimationFrame(() => resolve(performance.now() - (w.__t0 ?? 0)));
        });
        observer.observe(target, { childList: true, subtree: true, characterData: true });
      });
      document.addEventListener('keydown', () => (w.__t0 = performance.now()), {
        capture: true,
        once: true,
      });
    }, selector);
    await act();
    return page.evaluate(() => (window as unknown as { __done: Promise<number> }).__done);
  };

  const typing: number[] = [];
  const marking: number[] = [];
  const names = [
    'nguyen',
    'tran',
    'le',
    'pham',
    'hoang',
    'vu',
    'dang',
    'bui',
    'do',
    'ngo',
    'duong',
    'ly',
  ];
  for (let i = 0; i < 24; i += 1) {
    await search.fill('');
    const word = names[i % names.length] ?? 'an';
    typing.push(
      await timeUntil('div:has(> [data-testid="checkin-row"])', () => search.press(word[0] ?? 'a')),
    );
    await search.fill(String(100 + i * 37));
    marking.push(await timeUntil('[data-testid="quorum-panel"]', () => search.press('Enter')));
  }
  await page.close();
  await host.stop();
  return [
    report('Check-in: keystroke → filtered list (2,400 people)', typing, 50),
    report('Check-in: Enter → marked present, quorum updated (2,400)', marking, 50),
  ];
}

export async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}
