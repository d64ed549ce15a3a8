/**
 * Import throughput: the time from choosing a file in the import panel's file input to the next map
 * idle after the imported layer is on the map, and the longest main-thread task meanwhile.
 * Measured only when the app has an import tab (#tab-import) with an input[type=file] in it.
 *
 * A Chromium trace of the import also splits the longest task: with SwiftShader and software
 * compositing, the compositor reads the map's canvas back every frame and waits on the main thread
 * for the software GPU to finish drawing it (CommandBufferProxyImpl::WaitForGetOffset). The note says
 * how much of the longest task was that wait and how much the page's own work.
 */
import type { Browser } from 'playwright-core';
import { longTaskSplits, type TaskSplit, type TraceEvent } from '../../tests/e2e/longTasks';
import { firstIdle, open } from './pages';

export type ImportResult =
  { skipped: string } | { ms: number; longestTaskMs: number; split: TaskSplit | null };

/** The longest main-thread task in a trace, with its own work and its wait for the GPU, in ms. */
export function splitLongest(events: TraceEvent[]): TaskSplit | null {
  return longTaskSplits(events, 0).reduce<TaskSplit | null>(
    (best, t) => (best && best.task >= t.task ? best : t),
    null,
  );
}

export async function measureImport(browser: Browser, base: string, file: string): Promise<ImportResult> {
  const { page, close } = await open(browser, base, 'app', {});
  let tracing = false;
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
    await browser.startTracing(page, { categories: ['toplevel', 'gpu'] });
    tracing = true;
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
    tracing = false;
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    return { ms: t1 - t0, longestTaskMs, split: splitLongest(trace.traceEvents) };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await close();
  }
}
