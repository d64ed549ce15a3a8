/**
 * The first load holds only what the first view shows: no side panel but the list, no commune
 * boundaries at the city-wide zoom. The rest arrives later: a tab's code when the tab opens (with a
 * loading line in its place meanwhile), the communes at the first quiet moment after the first view,
 * or, when the visitor saves data, when the map zooms in to them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { assert, assertClean, openPage, renderedZoneIds, screenshot, test, waitForMapIdle } from './harness';

const COMMUNES = /communes-2025\.geojson$/;

/** Each request's path and start time (ms since 1970), as the browser timed it. */
function recordRequests(ctx: BrowserContext): { path: string; at: number }[] {
  const requests: { path: string; at: number }[] = [];
  ctx.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, at: r.timing().startTime }));
  return requests;
}

/** When the first view was drawn, in ms since 1970. */
const firstIdleAt = (page: Page) => page.evaluate(() => performance.timeOrigin + window.__firstIdleMs!);

for (const [name, viewport] of [
  ['1366', { width: 1366, height: 850 }],
  ['phone', { width: 390, height: 844 }],
] as const)
  test(`first load: panels and reference layers load after the first view (${name})`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport });
    const requests = recordRequests(ctx);
    // The statistics tab's code is held back until the test has seen its loading line.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await ctx.route(/StatsPanel-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const { page, problems } = await openPage(ctx, '?lang=en');
    await waitForMapIdle(page);
    const idleAt = await firstIdleAt(page);
    const atStart = requests.filter((r) => r.at <= idleAt).map((r) => r.path);
    const has = (list: string[], re: RegExp) => list.some((u) => re.test(u));
    assert(!has(atStart, COMMUNES), 'the communes file is not part of the first load');
    for (const panel of ['StatsPanel', 'PlanPanel', 'FitPanel', 'MarketPanel', 'ComparePanel', 'ImportPanel'])
      assert(!has(atStart, new RegExp(`/${panel}-[\\w-]+\\.js$`)), `${panel} is not part of the first load`);
    assert(has(atStart, /districts-2020\.geojson$/), 'the first view draws the former districts');
    // Without any zoom, the communes follow once the page is quiet, so the first zoom-in has them.
    if (
      !has(
        requests.map((r) => r.path),
        COMMUNES,
      )
    )
      await ctx.waitForEvent('request', {
        predicate: (r) => COMMUNES.test(new URL(r.url()).pathname),
        timeout: 10_000,
      });
    assert((await page.evaluate(() => window.__map!.getZoom())) < 9.5, 'the map has not zoomed in');

    if (name === 'phone') await page.locator('.sheet-handle').click();
    const before = await page.locator('#side-panel').boundingBox();
    await page.locator('#tab-stats').click();
    await page.locator('.tab-loading').waitFor();
    assert((await page.locator('.tab-loading').textContent()) === 'Loading this tab…', 'a loading line');
    await screenshot(page, `firstload-${name}-tab-loading`);
    release();
    await page.locator('#tabpanel-stats h2, #tabpanel-stats h3').first().waitFor();
    const after = await page.locator('#side-panel').boundingBox();
    assert(
      before && after && before.x === after.x && before.width === after.width,
      'the side panel keeps its place while the tab loads',
    );
    assertClean(problems);
    await ctx.close();
  });

test('first load: a visitor who saves data gets the communes only on zooming in to them', async ({
  browser,
}) => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 850 } });
  await ctx.addInitScript(() =>
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
  );
  const requests = recordRequests(ctx);
  const { page, problems } = await openPage(ctx, '?lang=en');
  await waitForMapIdle(page);
  // Longer than the longest wait for a quiet moment (3 s).
  await page.waitForTimeout(4000);
  const fetched = () => requests.map((r) => r.path).filter((p) => COMMUNES.test(p));
  assert(fetched().length === 0, `no communes file before zooming in (${fetched().join(', ')})`);
  await page.evaluate(() => window.__map!.jumpTo({ center: [105.85, 21.03], zoom: 11 }));
  await waitForMapIdle(page);
  await page.waitForFunction(() => window.__map!.querySourceFeatures('communes-2025').length > 0, null, {
    timeout: 20_000,
  });
  assert(fetched().length === 1, 'zooming in fetches the communes, once');
  assertClean(problems);
  await ctx.close();
});

for (const [size, viewport, lang] of [
  ['1366', { width: 1366, height: 850 }, 'en'],
  ['1920', { width: 1920, height: 1080 }, 'vi'],
  ['390', { width: 390, height: 844 }, 'vi'],
  ['390', { width: 390, height: 844 }, 'en'],
] as const)
  test(`the map starts while the zones are still on their way, and its first idle has them drawn (${size} ${lang})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/data/zones.geojson', async (route) => {
      await held;
      await route.continue();
    });
    const { page, problems } = await openPage(context, `?lang=${lang}`);
    await page.waitForFunction(() => window.__map !== undefined, null, { timeout: 30_000 });
    const loading = page.locator('#side-panel .load-state');
    await loading.waitFor();
    const text = (await loading.textContent()) ?? '';
    assert(
      lang === 'en' ? text.includes('Loading') : text.includes('Đang tải'),
      `the side panel says the data is loading: ${text}`,
    );
    assert(await loading.isVisible(), 'the loading line is in view');
    // The map is at its final size already: the side panels hold their places while loading.
    const mapBox = await page.locator('[data-testid="map"]').boundingBox();
    await page.waitForTimeout(1000);
    assert(
      (await page.evaluate(() => window.__firstIdleMs)) === undefined,
      'no first idle is reported before the zones are drawn',
    );
    await screenshot(page, `firstload-zones-pending-${size}-${lang}`);
    release();
    await waitForMapIdle(page);
    assert((await renderedZoneIds(page)).length > 100, 'the zones are drawn at the first idle');
    const after = await page.locator('[data-testid="map"]').boundingBox();
    assert(
      JSON.stringify(mapBox) === JSON.stringify(after),
      'the map kept its size when the panels filled in',
    );
    assert((await page.locator('.result-list li').count()) > 0, 'the list is shown');
    await screenshot(page, `firstload-zones-drawn-${size}-${lang}`);
    assertClean(problems);
    await context.close();
  });

test('MapLibre loads first and its worker starts before the data is read; the zones are tiled with the first tiles', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
  // When the page creates its workers, and what the map holds at its 'load' (every first tile drawn).
  await context.addInitScript(() => {
    const log: string[] = ((window as unknown as { __startLog: string[] }).__startLog = []);
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        log.push(`worker ${String(url).split('/').pop()}`);
      }
    };
    let map: Window['__map'];
    Object.defineProperty(window, '__map', {
      configurable: true,
      get: () => map,
      set(m: Window['__map']) {
        map = m;
        m?.once('load', () => log.push(`load: ${m.querySourceFeatures('zones').length} zone features tiled`));
      },
    });
  });
  const holdBack = async (pattern: string) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await context.route(pattern, async (route) => {
      asked = true;
      await held;
      await route.continue();
    });
    return { release, asked: () => asked };
  };
  // The layer registry, which the map is built from, is held back: MapLibre's worker starts without it.
  const registry = await holdBack('**/data/layers.json');
  // The Hanoi boundary, which only the map's worker asks for, is held back until the list is shown, so
  // the zones are known before the map can load, however fast or slow this machine is.
  const boundary = await holdBack('**/data/hanoi-boundary.geojson');
  const { page, problems } = await openPage(context, '?lang=en');
  const html = await (await page.request.get(page.url())).text();
  const preloads = [...html.matchAll(/rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  assert(
    /maplibre-[\w-]+\.js$/.test(preloads[0] ?? ''),
    `MapLibre is preloaded first: ${preloads.join(', ')}`,
  );
  const startLog = () => page.evaluate(() => (window as unknown as { __startLog: string[] }).__startLog);
  await page
    .waitForFunction(
      () =>
        (window as unknown as { __startLog: string[] }).__startLog.some((e) =>
          e.includes('maplibre-gl-worker'),
        ),
      null,
      { timeout: 10_000 },
    )
    .catch(async () => {
      throw new Error(
        `MapLibre's worker starts while the layer registry is still on its way: ${await startLog()}`,
      );
    });
  assert(
    registry.asked() && !(await page.evaluate(() => window.__map)),
    'no map yet: it waits for the registry',
  );
  registry.release();
  await page.locator('.result-list li').first().waitFor();
  await page.waitForFunction(() => window.__map !== undefined);
  assert(boundary.asked(), "the map's worker asked for the Hanoi boundary");
  boundary.release();
  await waitForMapIdle(page);
  const log = await startLog();
  const atLoad = Number(/^load: (\d+)/.exec(log.find((e) => e.startsWith('load')) ?? '')?.[1] ?? 0);
  assert(atLoad > 100, `the zones are in the map's first tiles: ${log.join(' | ')}`);
  assertClean(problems);
  await context.close();
});

test('the first zoom-in compiles no GPU program: the shader warm-up did it after the first view, out of sight', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
  // Counts the programs WebGL links, and notes when the warm-up's layers come and go.
  await context.addInitScript(() => {
    const w = window as unknown as { __links: number; __warmup: string[] };
    w.__links = 0;
    const link = WebGL2RenderingContext.prototype.linkProgram;
    WebGL2RenderingContext.prototype.linkProgram = function (p) {
      w.__links++;
      return link.call(this, p);
    };
    w.__warmup = [];
    const timer = setInterval(() => {
      const map = window.__map;
      if (!map) return;
      clearInterval(timer);
      map.on('styledata', () => {
        const n = map.getLayersOrder().filter((id) => id.startsWith('warmup-')).length;
        if (n !== Number(w.__warmup.at(-1) ?? 0)) w.__warmup.push(String(n));
      });
    }, 5);
  });
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  await page.waitForFunction(
    () => (window as unknown as { __warmup: string[] }).__warmup.join() === '6,0',
    null,
    {
      timeout: 10_000,
    },
  );
  await waitForMapIdle(page);
  const linked = () => page.evaluate(() => (window as unknown as { __links: number }).__links);
  const before = await linked();
  // In to where the footprints, their outlines and the communes' dashed borders are drawn.
  for (const zoom of [10, 11.5, 13]) {
    await page.evaluate((z) => window.__map!.jumpTo({ center: [105.72, 21.08], zoom: z }), zoom);
    await waitForMapIdle(page);
  }
  const drawn = await page.evaluate(() =>
    ['zones-area', 'zones-area-outline', 'communes-line'].filter(
      (id) => window.__map!.queryRenderedFeatures({ layers: [id] }).length > 0,
    ),
  );
  assert(drawn.length === 3, `the close-in layers drawn: ${drawn.join(', ')}`);
  const after = await linked();
  assert(after === before, `zooming in linked ${after - before} GPU programs (${before} before)`);
  assert(before > 0, 'no program linked at all: the count is not being taken');
  assertClean(problems);
  await context.close();
});
