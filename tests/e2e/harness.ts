/** Helpers the browser tests share: open a page, wait for the map, read what it drew, screenshots. */
import fs from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { BASE_URL } from './server';

export { BASE_URL };
export { test } from './fixtures';
export const OUT_DIR = 'test-out/e2e';
/** A phone's browser context: the 390×844 viewport of the screenshots, touch. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export type PageProblems = { consoleErrors: string[]; failedResponses: string[] };

/** A page that records console errors and failed responses (the fixtures guard off-machine requests). */
export async function openPage(
  context: BrowserContext,
  path = '',
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], failedResponses: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.consoleErrors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.failedResponses.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(new URL(path, BASE_URL).href, { waitUntil: 'load' });
  return { page, problems };
}
/** Waits for the first map idle, then for one more idle after any pending change. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__firstIdleMs !== undefined, null, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Ids of the zones MapLibre has actually drawn in the viewport. */
export function renderedZoneIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__map!;
    const layers = ['zones-area', 'zones-dot', 'zones-ring'].filter((l) => map.getLayer(l));
    // A zone the filters hide stays in the tiles with feature-state `hidden` (drawn at opacity 0).
    const ids = map
      .queryRenderedFeatures({ layers })
      .filter((f) => !f.state?.hidden)
      .map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  await page.screenshot({ path: `${OUT_DIR}/${name}.png` });
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** No failed response and no console error, except those a test expects. */
export function assertClean(problems: PageProblems, allowFailed: RegExp[] = []): void {
  const failed = problems.failedResponses.filter((r) => !allowFailed.some((re) => re.test(r)));
  assert(failed.length === 0, `failed responses: ${failed.join(', ')}`);
  const errors = problems.consoleErrors.filter((e) => !allowFailed.some((re) => re.test(e)));
  assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
}
