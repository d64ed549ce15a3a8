/**
 * The opt-in vector-tile path (README "Speed at scale"): the test builds a tile tree from 100,000
 * synthetic zones with `npm run tiles` into the served build folder, then the app draws and filters it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { readBasis, synthZones } from '../../scripts/bench/synth';
import { assert, openPage, screenshot, test, waitForMapIdle } from './harness';

const DIST = process.env.E2E_DIST ?? 'dist';
const TILES_DIR = `${DIST}/zone-tiles`; // inside the build folder: served, never committed
const ZONES = 100_000;

/** Builds the tile tree once per build folder (CI starts from an empty one). */
function ensureTiles(): void {
  if (fs.existsSync(`${TILES_DIR}/tiles.json`)) return;
  const input = `test-out/tiles/zones-${ZONES}.geojson`;
  fs.mkdirSync('test-out/tiles', { recursive: true });
  const features = synthZones(ZONES, readBasis());
  fs.writeFileSync(input, JSON.stringify({ type: 'FeatureCollection', features }));
  execFileSync('node_modules/.bin/tsx', ['scripts/build-tiles.ts', input, TILES_DIR], { stdio: 'inherit' });
}

/** Distinct tiled zones drawn in the viewport, their statuses, and whether the GeoJSON zones show. */
const drawn = (page: Page) =>
  page.evaluate(() => {
    const map = window.__map!;
    const hits = map.queryRenderedFeatures({
      layers: ['zones-area-tiled', 'zones-dot-tiled', 'zones-ring-tiled'],
    });
    return {
      ids: new Set(hits.map((f) => f.properties.id)).size,
      statuses: [...new Set(hits.map((f) => String(f.properties.status)))].sort(),
      geojsonZones: map.getLayoutProperty('zones-area', 'visibility') ?? 'visible',
    };
  });

async function tick(page: Page, value: string): Promise<void> {
  await page.locator(`fieldset[data-group="statuses"] input[value="${value}"]`).click();
  await waitForMapIdle(page);
}

test('draws and filters 100,000 zones from a vector-tile tree (?tiles=)', async ({ context }) => {
  ensureTiles();
  const { page, problems } = await openPage(context, '?tiles=zone-tiles/tiles.json');
  await page.waitForFunction(() => window.__map?.getSource('zones-tiled') !== undefined, null, {
    timeout: 30_000,
  });
  await waitForMapIdle(page);
  const all = await drawn(page);
  assert(all.ids > 10_000, `expected most of the ${ZONES} tiled zones drawn, got ${all.ids}`);
  assert(all.geojsonZones === 'none', `the GeoJSON zones should be hidden, are ${all.geojsonZones}`);
  assert(all.statuses.length > 3, `expected a mix of statuses, got ${all.statuses.join(',')}`);

  await tick(page, 'operating');
  const operating = await drawn(page);
  await screenshot(page, 'tiles-filtered');
  assert(
    operating.statuses.length === 1 && operating.statuses[0] === 'operating',
    `after the status filter the tiles still show ${operating.statuses.join(',')}`,
  );
  assert(operating.ids > 0 && operating.ids < all.ids / 2, `filter kept ${operating.ids} of ${all.ids}`);

  await tick(page, 'operating');
  const again = await drawn(page);
  assert(again.ids === all.ids, `clearing the filter drew ${again.ids}, at first ${all.ids}`);
  const errors = [...problems.consoleErrors, ...problems.failedResponses];
  assert(errors.length === 0, `page problems: ${errors.join(' | ')}`);
  // MapLibre reports a tile it cannot parse through the app's notices, not the console.
  const notices = await page.locator('.notice').allInnerTexts();
  assert(notices.length === 0, `map notices: ${notices.join(' | ')}`);
});

test('draws the national list of 417 mapped sites from tiles (npm run tiles -- --national)', async ({
  context,
}) => {
  // Built outside the served folder and routed in: test artefacts never land in dist/.
  const dir = 'test-out/tiles/national';
  execFileSync(
    'node_modules/.bin/tsx',
    ['scripts/build-tiles.ts', '--national', 'geodata/osm/vietnam-industrial-sites-2026.csv', dir],
    { stdio: 'inherit' },
  );
  await context.route('**/national-tiles/**', async (route) => {
    const file = `${dir}/${new URL(route.request().url()).pathname.split('/national-tiles/')[1]}`;
    if (!fs.existsSync(file)) return route.fulfill({ status: 404 });
    await route.fulfill({
      body: fs.readFileSync(file),
      contentType: file.endsWith('.json') ? 'application/json' : 'application/x-protobuf',
    });
  });
  // The Red River delta around Hanoi: Hanoi's sites and those of Bắc Ninh, Hưng Yên, Phú Thọ…
  const { page, problems } = await openPage(context, '?tiles=national-tiles/tiles.json&map=8/21.05/105.9');
  await page.waitForFunction(() => window.__map?.getSource('zones-tiled') !== undefined, null, {
    timeout: 30_000,
  });
  await waitForMapIdle(page);
  const ids = await page.evaluate(() => [
    ...new Set(
      window
        .__map!.queryRenderedFeatures({ layers: ['zones-ring-tiled'] })
        .map((f) => String(f.properties.id)),
    ),
  ]);
  assert(ids.length > 100, `expected the delta's sites drawn, got ${ids.length}`);
  // A Bắc Ninh site and a Hanoi one (OSM ids from the national list).
  assert(ids.includes('osm-way-1451542942'), 'the Bắc Ninh site Cụm Công Nghiệp Phú Lâm is not drawn');
  assert(ids.includes('osm-way-642234178'), 'the Hanoi site Nội Bài is not drawn');
  await screenshot(page, 'tiles-national');
  const errors = [...problems.consoleErrors, ...problems.failedResponses];
  assert(errors.length === 0, `page problems: ${errors.join(' | ')}`);
  const notices = await page.locator('.notice').allInnerTexts();
  assert(notices.length === 0, `map notices: ${notices.join(' | ')}`);
});
