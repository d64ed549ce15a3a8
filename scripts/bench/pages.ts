/**
 * Drives one page of each kind in Chromium and times it in the page's own clock: cold start to the
 * first map idle, and filter changes to the next idle, with the longest main-thread task seen.
 */
import zlib from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { FilterGroup } from '../../src/domain/filters';

export type PageKind = 'app' | 'maplibre' | 'leaflet';
export const PAGE_KINDS: readonly PageKind[] = ['app', 'maplibre', 'leaflet'];
export const VIEWPORT = { width: 1366, height: 850 };

/** Collects every long task (>50 ms) the page reports, as [start, duration]. */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });`;

declare global {
  interface Window {
    __longTasks?: [number, number][];
  }
}

export type PageOptions = {
  /** Synthetic zones: `full` replaces the app's /data/zones.geojson, `flat` feeds the references. */
  zones?: { full: string; flat: string; meta?: string };
  mapSize?: { w: number; h: number };
  recordBytes?: boolean;
};

export function pageUrl(base: string, kind: PageKind, o: PageOptions): string {
  if (kind === 'app') return base;
  const q = new URLSearchParams();
  if (o.mapSize) {
    q.set('w', String(o.mapSize.w));
    q.set('h', String(o.mapSize.h));
  }
  if (o.zones) q.set('zones', o.zones.flat);
  return new URL(`ref/${kind}.html?${q}`, base).href;
}

export type Opened = { page: Page; close: () => Promise<void>; bytes: () => Promise<ByteCount[]> };
export type ByteCount = { url: string; type: string; raw: number; gzip: number };

const gzipCache = new Map<string, number>();
const typeOf = (url: string) =>
  /worker/.test(url)
    ? 'worker'
    : /\.m?js$/.test(url)
      ? 'js'
      : /\.css$/.test(url)
        ? 'css'
        : /\.(geo)?json$/.test(url)
          ? 'data'
          : /\.woff2?$/.test(url)
            ? 'font'
            : 'html';

/** A fresh context (empty cache) with the long-task observer and a record of every response body. */
export async function open(browser: Browser, base: string, kind: PageKind, o: PageOptions): Promise<Opened> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  // With the start of each request (ms since 1970): files read after the first idle are not counted.
  const pending: Promise<(ByteCount & { at: number }) | null>[] = [];
  if (kind === 'app' && o.zones) {
    // Re-aimed at the server's copy: fulfilling 100 MB through the DevTools pipe crashes Chromium.
    const url = new URL(o.zones.full, base).href;
    await page.route('**/data/zones.geojson', (route) => route.continue({ url }));
    const meta = o.zones.meta && new URL(o.zones.meta, base).href;
    if (meta) await page.route('**/data/meta.json', (route) => route.continue({ url: meta }));
  }
  if (o.recordBytes)
    page.on('response', (r) =>
      pending.push(
        r.body().then(
          (body) => {
            const url = new URL(r.url()).pathname;
            if (!gzipCache.has(url)) gzipCache.set(url, zlib.gzipSync(body, { level: 6 }).length);
            const at = r.request().timing().startTime;
            return { url, type: typeOf(url), raw: body.length, gzip: gzipCache.get(url)!, at };
          },
          () => null,
        ),
      ),
    );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pageUrl(base, kind, o), { waitUntil: 'load' });
  return {
    page,
    close: () => context.close(),
    bytes: async () => {
      if (errors.length) throw new Error(`page error: ${errors[0]}`);
      const idleAt = await page.evaluate(() => performance.timeOrigin + (window.__firstIdleMs ?? Infinity));
      return (await Promise.all(pending))
        .filter((b): b is ByteCount & { at: number } => b !== null && b.at <= idleAt)
        .map(({ at: _, ...b }) => b);
    },
  };
}

/** Time from navigation start to the first map idle, and how many zones were drawn then. */
export async function firstIdle(page: Page, timeoutMs: number): Promise<{ ms: number; drawn: number }> {
  await page.waitForFunction(() => window.__firstIdleMs !== undefined, null, { timeout: timeoutMs });
  return page.evaluate(() => {
    const ms = window.__firstIdleMs!;
    if (window.__bench) return { ms, drawn: window.__bench.drawnZones() };
    const map = window.__map!;
    // The layers a click can hit: shapes, footprint dots and approximate rings (ZONE_HIT_LAYERS).
    const layers = ['zones-area', 'zones-dot', 'zones-ring'].filter((l) => map.getLayer(l));
    // Zones the app's filters hide carry feature-state `hidden`: not drawn.
    const hits = map.queryRenderedFeatures({ layers }).filter((f) => !f.state?.hidden);
    return { ms, drawn: new Set(hits.map((f) => f.properties.id)).size };
  });
}

/** Waits until nothing is pending: one more idle after a repaint (MapLibre) or after a frame (Leaflet). */
export async function settle(page: Page): Promise<void> {
  await within(
    60_000,
    page.evaluate(() =>
      window.__map
        ? new Promise<void>((resolve) => {
            window.__map!.once('idle', () => resolve());
            window.__map!.triggerRepaint();
          })
        : window.__bench!.whenIdle(),
    ),
    'settle',
  );
}

/** One filter change, timed from just before the change to the next idle; with the longest task. */
export async function timeToggle(
  page: Page,
  kind: PageKind,
  group: FilterGroup,
  value: string,
): Promise<{ ms: number; longestTaskMs: number }> {
  const { t0, t1 } = await within(
    120_000,
    page.evaluate(
      async ({ kind, group, value }) => {
        const t0 = performance.now();
        let idle: Promise<void>;
        if (kind === 'app') {
          // The change is on screen at the first idle after the next frame: hiding zones on the
          // paint side re-tiles nothing, so an idle pending from before must not end the count.
          const map = window.__map!;
          idle = new Promise<void>((resolve) => map.once('render', () => map.once('idle', () => resolve())));
          const input = document.querySelector<HTMLInputElement>(
            `fieldset[data-group="${group}"] input[value="${value}"]`,
          );
          if (!input) throw new Error(`the app has no checkbox ${group}=${value}`);
          input.click();
        } else {
          idle = window.__bench!.whenIdle();
          window.__bench!.toggle(group, value);
        }
        await idle;
        return { t0, t1: performance.now() };
      },
      { kind, group, value },
    ),
    `filter ${group}=${value}`,
  );
  // Long-task entries arrive a little after the task ends.
  await page.waitForTimeout(150);
  const longestTaskMs = await page.evaluate(
    ({ t0, t1 }) =>
      Math.max(0, ...(window.__longTasks ?? []).filter(([s, d]) => s + d > t0 && s < t1).map(([, d]) => d)),
    { t0, t1 },
  );
  return { ms: t1 - t0, longestTaskMs };
}

/**
 * The longest task of one MapLibre repaint with nothing changed: the frame's own floor on this
 * machine, which no filter change can go under (every change ends in at least one such frame).
 */
export async function repaintTask(page: Page): Promise<number> {
  const { t0, t1 } = await within(
    60_000,
    page.evaluate(async () => {
      const map = window.__map!;
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        map.once('render', () => map.once('idle', () => resolve()));
        map.triggerRepaint();
      });
      return { t0, t1: performance.now() };
    }),
    'repaint',
  );
  // The frame's long task is reported once it ends, which can be after the idle event.
  await page.waitForTimeout(600);
  return page.evaluate(
    ({ t0, t1 }) =>
      Math.max(
        0,
        ...(window.__longTasks ?? []).filter(([s, d]) => s + d > t0 && s < t1 + 500).map(([, d]) => d),
      ),
    { t0, t1 },
  );
}

/**
 * The page's JS heap in use after a full garbage collection (CDP Runtime.getHeapUsage on the page's
 * main thread; workers' heaps, MapLibre's included, are not counted for any page).
 */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The app's map element, so the reference pages draw the same number of pixels. */
export function appMapSize(page: Page): Promise<{ w: number; h: number }> {
  return page.evaluate(() => {
    const r = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    return { w: Math.round(r.width), h: Math.round(r.height) };
  });
}

/** page.evaluate has no timeout of its own: a page that never goes idle must fail, not hang. */
export function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no idle within ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
