import type { Browser } from '@playwright/test';
import { seed2400, startHost } from './benchSetup';
import { report } from './stats';

/**
 * In-app document preview at 2,400 on the roster: for D2 (programme, a couple of pages) and D4 (the
 * 2,400-row attendance list, previewed with its first 100 rows — core/documents/documentPreview.ts),
 * the time docx-preview takes to turn the packed .docx into laid-out pages (the component's
 * `data-render-ms`), and the whole wait the user sees — click on "Xem trước" to the pages in the
 * DOM, which adds the service building the file and the base64 round trip.
 */
export async function benchPreview(browser: Browser, runs = 7) {
  const { dataDir, conferenceId } = await seed2400();
  const host = await startHost(dataDir);
  const results = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
    await page.goto(host.url);
    await page.evaluate(
      (id) => (window.location.hash = `#/conference/${id}/documents`),
      conferenceId,
    );
    for (const id of ['D2', 'D4']) {
      const row = page.getByTestId(`document-${id}`);
      await row.waitFor();
      const render: number[] = [];
      const total: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        await page.evaluate(() => {
          const w = window as unknown as { __t0?: number; __done?: Promise<number> };
          w.__done = new Promise<number>((resolve) => {
            // The component sets data-render-ms once the pages are in the DOM and laid out.
            const observer = new MutationObserver(() => {
              if (!document.querySelector('[data-testid="document-preview"][data-render-ms]'))
                return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - (w.__t0 ?? 0)));
            });
            observer.observe(document.body, {
              subtree: true,
              attributes: true,
              attributeFilter: ['data-render-ms'],
            });
          });
          document.addEventListener('click', () => (w.__t0 = performance.now()), {
            capture: true,
            once: true,
          });
        });
        await row.getByRole('button', { name: 'Xem trước' }).click();
        total.push(
          await page.evaluate(() => (window as unknown as { __done: Promise<number> }).__done),
        );
        const preview = page.getByTestId('document-preview');
        render.push(Number(await preview.getAttribute('data-render-ms')));
        await page
          .getByRole('dialog')
          .getByRole('button', { name: 'Đóng', exact: true })
          .last()
          .click();
        await preview.waitFor({ state: 'detached' });
      }
      results.push(
        report(`Preview ${id}: renderAsync → laid-out pages (2,400)`, render, 500),
        report(`Preview ${id}: click → pages visible, incl. build (2,400)`, total, 500),
      );
    }
    await page.close();
  } finally {
    await host.stop();
  }
  return results;
}
