/**
 * A zone opened is shown with its surroundings: framed in the part of the map nothing covers, on a
 * bundled base map with commune names and boundaries, a smooth river and a scale bar in view; and the
 * same with the online vector map. Screenshots at 1366×850, 1920×1080 and 390×844, in both languages.
 */
import type { Page } from '@playwright/test';
import { OFM_HOST, routeOnlineMaps } from './fakeOnlineMaps';
import { assert, assertClean, openPage, screenshot, test, waitForMapIdle, PHONE } from './harness';

const VIEWPORTS = {
  '1366': { viewport: { width: 1366, height: 850 } },
  '1920': { viewport: { width: 1920, height: 1080 } },
  phone: { ...PHONE, deviceScaleFactor: 2 },
} as const;

async function settle(page: Page) {
  await waitForMapIdle(page);
  await page.waitForFunction(() => !window.__map!.isMoving(), null, { timeout: 15_000 });
  // A bottom sheet opening resizes the map, which frames again: wait for that to end too.
  await page.waitForTimeout(800);
  await page.waitForFunction(() => !window.__map!.isMoving(), null, { timeout: 15_000 });
  await waitForMapIdle(page);
}

/** What the zone view shows, measured on the page. */
function view(page: Page, id: string) {
  return page.evaluate(async (zoneId) => {
    const map = window.__map!;
    const fc = await (await fetch('data/zones.geojson')).json();
    const zone = fc.features.find((f: { properties: { id: string } }) => f.properties.id === zoneId);
    const coords: number[][] = [];
    const walk = (c: unknown): void => {
      if (typeof (c as number[])[0] === 'number') coords.push(c as number[]);
      else for (const x of c as unknown[]) walk(x);
    };
    walk(zone.geometry.coordinates);
    const canvas = map.getCanvas().getBoundingClientRect();
    const points = coords.map((c) => map.project(c as [number, number]));
    const inside = points.every((p) => p.x >= 0 && p.y >= 0 && p.x <= canvas.width && p.y <= canvas.height);
    const rendered = (layer: string) =>
      map.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }).length : 0;
    const scale = document.querySelector('.maplibregl-ctrl-scale')!;
    const r = scale.getBoundingClientRect();
    const atScale = document.elementFromPoint(r.x + 4, r.y + r.height / 2);
    return {
      zoom: map.getZoom(),
      inside,
      communeNames: rendered('communes-label') + rendered('communes-area-label'),
      communeLines: rendered('communes-line'),
      districtLines: rendered('districts-line'),
      riverPolygon: rendered('red-river-fill'),
      scaleVisible: r.width > 20 && (atScale === scale || scale.contains(atScale)),
      scaleText: (scale as HTMLElement).innerText,
    };
  }, id);
}

const ZONES = [
  { id: 'kcn-thang-long', kind: 'footprint' },
  { id: 'hhtp-hoa-lac', kind: 'footprint' },
  { id: 'agri-hoai-duc', kind: 'district centre' },
] as const;

for (const [size, options] of Object.entries(VIEWPORTS))
  test(`a zone opens framed with its surroundings and a scale bar (${size}, vi and en)`, async ({
    newContext,
  }) => {
    const ctx = await newContext(options);
    for (const lang of ['vi', 'en'] as const)
      for (const zone of ZONES) {
        // Hòa Lạc and Thăng Long in Vietnamese, the district-centre zone in both.
        if (lang === 'en' && zone.kind === 'footprint' && zone.id !== 'kcn-thang-long') continue;
        const { page, problems } = await openPage(ctx, `?lang=${lang}&zone=${zone.id}`);
        await settle(page);
        const v = await view(page, zone.id);
        await screenshot(page, `zone-${zone.id}-${size}-${lang}`);
        assert(v.inside, `${zone.id} (${size}) is not wholly in view`);
        if (zone.kind === 'footprint') {
          const least = size === 'phone' ? 10 : 10.5;
          assert(v.zoom > least && v.zoom <= 13.51, `${zone.id} (${size}) framed at zoom ${v.zoom}`);
          assert(v.communeLines > 0 && v.communeNames > 0, `${zone.id} (${size}): no commune context`);
        } else {
          // The area the site may be in is the former district: the frame shows it, with its boundary.
          assert(v.zoom > 9.3 && v.zoom < 13, `${zone.id} (${size}) framed at zoom ${v.zoom}`);
          assert(v.districtLines > 0, `${zone.id} (${size}): no district boundary in view`);
        }
        if (v.zoom >= 10.5)
          assert(v.riverPolygon === 0, `${zone.id} (${size}): the stair-stepped river polygon is drawn`);
        assert(
          v.scaleVisible && /\d/.test(v.scaleText),
          `${zone.id} (${size}): scale bar hidden ${JSON.stringify(v)}`,
        );
        assertClean(problems);
        await page.close();
      }
  });

test('a zone clicked on the map at city zoom is framed too', async ({ context }) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const before = await page.evaluate(() => window.__map!.getZoom());
  const anchor = await page.evaluate(async () => {
    const fc = await (await fetch('data/zones.geojson')).json();
    const z = fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'hhtp-hoa-lac');
    return z.properties.anchor as [number, number];
  });
  const at = await page.evaluate((a) => window.__map!.project(a), anchor);
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await page.locator('.zone-panel').waitFor();
  await settle(page);
  const after = await page.evaluate(() => window.__map!.getZoom());
  assert(after > before + 1.5, `not framed: zoom ${before} → ${after}`);
  assertClean(problems);
});

test.describe('with the online vector map', () => {
  test.use({ allowedHosts: [OFM_HOST] });
  test('a zone view on the (stand-in) vector map, wide and on a phone', async ({ newContext }) => {
    for (const [size, options] of Object.entries(VIEWPORTS)) {
      const ctx = await newContext(options);
      await routeOnlineMaps(ctx);
      await ctx.addInitScript(() =>
        localStorage.setItem('hanoi-industrial-zones.basemap', '{"version":1,"basemap":"openfreemap"}'),
      );
      const { page } = await openPage(ctx, '?zone=kcn-thang-long');
      await page.waitForFunction(() => Boolean(window.__map?.getLayer('online-ofm-water')), null, {
        timeout: 30_000,
      });
      await settle(page);
      const v = await view(page, 'kcn-thang-long');
      await screenshot(page, `zone-kcn-thang-long-${size}-openfreemap`);
      assert(v.inside && v.scaleVisible, `vector zone view (${size}): ${JSON.stringify(v)}`);
      assert((await page.locator('.notice').count()) === 0, 'a notice on a working online map');
      await ctx.close();
    }
  });
});
