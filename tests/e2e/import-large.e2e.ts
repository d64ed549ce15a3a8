/**
 * Imports at the size limits (scripts/make-large-fixtures.ts writes them into test-out/fixtures/):
 * the page never freezes, large layers are kept and come back after a reload, an over-inflating KMZ
 * is refused, and cancel takes effect at once. The figures are printed; the 200 ms target itself is
 * the benchmark's to measure (npm run bench), on a quiet machine.
 */
import type { Page } from '@playwright/test';
import { LARGE, makeLargeFixtures } from '../../scripts/make-large-fixtures';
import { assert, openPage, test, waitForMapIdle } from './harness';

/** A pause a user takes for a frozen page (the reported freezes were 7 to 16 s); busy CI machines stay well under it. */
const FREEZE_MS = 1000;

declare global {
  interface Window {
    __longTasks?: [number, number][];
  }
}

test.beforeAll(() => {
  makeLargeFixtures();
});

const LONG_TASKS = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks!.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};
const longest = (page: Page, since: number) =>
  page.evaluate(
    (t0) => Math.max(0, ...(window.__longTasks ?? []).filter(([s, d]) => s + d > t0).map(([, d]) => d)),
    since,
  );
const now = (page: Page) => page.evaluate(() => performance.now());

async function openImport(page: Page) {
  await waitForMapIdle(page);
  await page.locator('[role="tab"]#tab-import').click();
  await page.locator('[data-testid="import-input"]').waitFor({ state: 'attached' });
}
async function settled(page: Page, timeout: number) {
  await page.waitForFunction(() => document.querySelectorAll('[data-import-job]').length === 0, null, {
    timeout,
  });
}
const report = (page: Page, file: string) => page.locator(`[data-import-report="${file}"]`);

/** Figures for the closing report, printed in the test output. */
const figures: string[] = [];
test.afterAll(() => console.log(`large imports: ${figures.join('; ')}`));

test('large: 240,000 CSV rows import without freezing the page, are kept, and come back after a reload', async ({
  context,
}) => {
  test.setTimeout(420_000);
  await context.addInitScript(LONG_TASKS);
  const { page, problems } = await openPage(context);
  await openImport(page);
  const t0 = await now(page);
  await page.locator('[data-testid="import-input"]').setInputFiles(LARGE.csv240k);
  await settled(page, 240_000);
  assert(
    (await report(page, 'rows-240k.csv').getAttribute('data-loaded')) === '240000',
    'not all rows loaded',
  );
  const layer = page.locator('[data-import-layer="rows-240k"]');
  await layer.locator('[data-storage="saved"], [data-storage="failed"]').waitFor({ timeout: 180_000 });
  assert((await layer.locator('[data-storage="saved"]').count()) === 1, await layer.innerText());
  await waitForMapIdle(page);
  const worst = await longest(page, t0);
  figures.push(`240k CSV longest main-thread task ${worst.toFixed(0)} ms`);
  assert(worst <= FREEZE_MS, `a main-thread task took ${worst.toFixed(0)} ms`);
  await page.reload();
  await openImport(page);
  await page.locator('[data-import-layer="rows-240k"]').waitFor({ timeout: 180_000 });
  assert(
    /240[.,]000/.test(await page.locator('[data-import-layer="rows-240k"]').innerText()),
    'the layer came back with another count',
  );
  assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
});

test('large: KML and KMZ at the limits are read in the worker; an over-inflating KMZ is refused', async ({
  context,
}) => {
  test.setTimeout(600_000);
  await context.addInitScript(LONG_TASKS);
  const { page, problems } = await openPage(context);
  await openImport(page);
  for (const [file, name, expect] of [
    [LARGE.kmz290mb, 'inflates-290mb.kmz', 'kmlTooLarge'],
    [LARGE.kmz200k, 'placemarks-200k.kmz', '200000'],
    [LARGE.kml29mb, 'big-29mb.kml', null],
  ] as const) {
    const t0 = await now(page);
    await page.locator('[data-testid="import-input"]').setInputFiles(file);
    await settled(page, 300_000);
    const r = report(page, name);
    if (expect === 'kmlTooLarge')
      assert((await r.locator('[data-issue-code="kmlTooLarge"]').count()) === 1, await r.innerText());
    else if (expect) assert((await r.getAttribute('data-loaded')) === expect, await r.innerText());
    else assert(Number(await r.getAttribute('data-loaded')) > 100_000, await r.innerText());
    await waitForMapIdle(page);
    const worst = await longest(page, t0);
    figures.push(`${name} longest task ${worst.toFixed(0)} ms`);
    assert(worst <= FREEZE_MS, `${name}: a main-thread task took ${worst.toFixed(0)} ms`);
  }
  assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
});

test('large: cancel takes effect at once, even in the middle of a big KML', async ({ context }) => {
  test.setTimeout(180_000);
  const { page } = await openPage(context);
  await openImport(page);
  await page.locator('[data-testid="import-input"]').setInputFiles(LARGE.kml29mb);
  await page.locator('[data-import-job="running"]').waitFor();
  await page.waitForTimeout(1500); // well into reading and parsing
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const button = document.querySelector<HTMLButtonElement>('[data-testid="import-progress"] button')!;
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (!document.querySelector('[data-import-job]')) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        });
        obs.observe(document.body, { subtree: true, childList: true });
        button.click();
      }),
  );
  figures.push(`cancel latency ${ms.toFixed(0)} ms`);
  assert(ms <= FREEZE_MS, `cancel took ${ms.toFixed(0)} ms`);
  assert(
    (await report(page, 'big-29mb.kml').locator('[data-issue-code="cancelled"]').count()) === 1,
    'not cancelled',
  );
});
