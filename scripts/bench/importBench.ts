/**
 * Import throughput: the time from choosing a file in the import panel's file input to the next map
 * idle after the imported layer is on the map, and the longest main-thread task meanwhile.
 * Measured only when the app has an import tab (#tab-import) with an input[type=file] in it.
 */
import type { Browser } from 'playwright-core';
import { firstIdle, open } from './pages';

export type ImportResult = { skipped: string } | { ms: number; longestTaskMs: number };

export async function measureImport(browser: Browser, base: string, file: string): Promise<ImportResult> {
  const { page, close } = await open(browser, base, 'app', {});
  try {
    await firstIdle(page, 60_000);
    const tab = page.locator('#tab-import');
    if ((await tab.count()) === 0) return { skipped: 'import not available (no import tab)' };
    await tab.click();
    const input = page.locator('#tabpanel-import input[type=file]');
    // The import panel is loaded on demand: wait for its code before looking for the input.
    await input.waitFor({ state: 'attached', timeout: 30_000 }).catch(() => {});
    if ((await input.count()) === 0) return { skipped: 'import not available (no file input)' };
    const before = await page.evaluate(() => Object.keys(window.__map!.getStyle().sources).length);
    const t0 = await page.evaluate(() => performance.now());
    await input.setInputFiles(file);
    // Done when the import has added its source and the map has drawn it.
    await page.waitForFunction((n) => Object.keys(window.__map!.getStyle().sources).length > n, before, {
      timeout: 180_000,
      polling: 100,
    });
    const t1 = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          window.__map!.once('idle', () => resolve(performance.now()));
          window.__map!.triggerRepaint();
        }),
    );
    await page.waitForTimeout(150);
    const longestTaskMs = await page.evaluate(
      ({ t0, t1 }) =>
        Math.max(0, ...(window.__longTasks ?? []).filter(([s, d]) => s + d > t0 && s < t1).map(([, d]) => d)),
      { t0, t1 },
    );
    return { ms: t1 - t0, longestTaskMs };
  } finally {
    await close();
  }
}
