/** A minimal browser-test harness: real Chromium through playwright-core, one page per test. */
import fs from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/';
export const OUT_DIR = 'test-out/e2e';

/** Flags verified on this machine for WebGL through SwiftShader (never --use-gl=swiftshader). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export type PageProblems = { consoleErrors: string[]; offMachine: string[]; failedResponses: string[] };

/** A page that records console errors, failed responses and any request that leaves the machine. */
export async function openPage(
  context: BrowserContext,
  path = '',
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], offMachine: [], failedResponses: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol))
      problems.offMachine.push(r.url());
  });
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
    const layers = ['zones-symbol', 'zones-area'].filter((l) => map.getLayer(l));
    const ids = map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id));
    return [...new Set(ids)].sort();
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  await page.screenshot({ path: `${OUT_DIR}/${name}.png` });
}

type TestFn = (ctx: { context: BrowserContext; browser: Browser }) => Promise<void>;
const tests: { name: string; fn: TestFn }[] = [];
export function test(name: string, fn: TestFn): void {
  tests.push({ name, fn });
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export async function runAll(suite: string, filter?: string): Promise<number> {
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  for (const t of tests.filter((x) => !filter || x.name.includes(filter))) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 850 }, locale: 'vi-VN' });
    const started = Date.now();
    try {
      await t.fn({ context, browser });
      passed++;
      console.log(`  ✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${t.name}\n      ${(e as Error).message.split('\n').join('\n      ')}`);
    } finally {
      await context.close();
    }
  }
  await browser.close();
  console.log(`${suite}: ${passed} passed, ${failed} failed`);
  return failed;
}
