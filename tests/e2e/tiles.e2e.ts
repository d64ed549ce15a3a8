/**
 * The opt-in vector-tile path (README "Past one browser"): the test builds a tile tree and its zone
 * index from 100,000 synthetic zones with `npm run tiles` into test-out/ (never into the served build)
 * and routes the page's requests for it there; the app draws, lists, searches, filters and opens them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { readBasis, synthZones } from '../../scripts/bench/synth';
import type { ZoneFeature } from '../../src/domain/zone';
import { assert, openPage, screenshot, test, waitForMapIdle } from './harness';

const TILES_DIR = 'test-out/tiles/zone-tiles';
// Building the tree (about 2 minutes) and reading its index of 100,000 zones take their time here.
test.describe.configure({ timeout: 600_000 });
const ZONES = 100_000;

/** Builds the tile tree once (kept in test-out/ between runs); returns the zones it holds. */
function ensureTiles(): ZoneFeature[] {
  const input = `test-out/tiles/zones-${ZONES}.geojson`;
  fs.mkdirSync('test-out/tiles', { recursive: true });
  if (fs.existsSync(input) && fs.existsSync(`${TILES_DIR}/zones/index.json`))
    return (JSON.parse(fs.readFileSync(input, 'utf8')) as { features: ZoneFeature[] }).features;
  const features = synthZones(ZONES, readBasis());
  fs.writeFileSync(input, JSON.stringify({ type: 'FeatureCollection', features }));
  execFileSync('node_modules/.bin/tsx', ['scripts/build-tiles.ts', input, TILES_DIR], { stdio: 'inherit' });
  return features;
}

/** Answers the page's requests under /<prefix>/ from a folder of test-out/. */
async function serveFrom(context: BrowserContext, prefix: string, dir: string): Promise<void> {
  await context.route(`**/${prefix}/**`, async (route) => {
    const file = `${dir}/${new URL(route.request().url()).pathname.split(`/${prefix}/`)[1]}`;
    if (!fs.existsSync(file)) return route.fulfill({ status: 404 });
    await route.fulfill({
      body: fs.readFileSync(file),
      contentType: file.endsWith('.json') ? 'application/json' : 'application/x-protobuf',
    });
  });
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
  await serveFrom(context, 'zone-tiles', TILES_DIR);
  const { page, problems } = await openPage(context, '?tiles=zone-tiles/tiles.json');
  await page.waitForFunction(() => window.__map?.getSource('zones-tiled') !== undefined, null, {
    timeout: 180_000,
  });
  // The map and its tiles start at once; the first idle counts once the index of 100,000 zones is read.
  await page.waitForFunction(() => window.__firstIdleMs !== undefined, null, { timeout: 180_000 });
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

test('draws the tiled zones while their index of 100,000 is still being read', async ({ context }) => {
  ensureTiles();
  await serveFrom(context, 'zone-tiles', TILES_DIR);
  // The index's chunks are held back (routes registered later run first).
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/zone-tiles/zones/index-*.json', async (route) => {
    await held;
    await route.fallback();
  });
  // A tile tree's link has no use for the bundled zones: the page does not download them.
  const bundledZones: string[] = [];
  context.on('request', (r) => {
    if (/\/data\/(zones\.geojson|unplaced\.json)$/.test(new URL(r.url()).pathname))
      bundledZones.push(r.url());
  });
  const { page, problems } = await openPage(context, '?tiles=zone-tiles/tiles.json&lang=en');
  await page.waitForFunction(() => window.__map?.getSource('zones-tiled') !== undefined, null, {
    timeout: 180_000,
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        window.__map!.once('idle', () => resolve());
        window.__map!.triggerRepaint();
      }),
  );
  const early = await drawn(page);
  assert(early.ids > 10_000, `the tiles are drawn before the index is read: ${early.ids} zones`);
  assert(
    (await page.locator('#side-panel .load-state').textContent())?.includes('Loading') === true,
    'the list says it is loading',
  );
  assert((await page.evaluate(() => window.__firstIdleMs)) === undefined, 'no first idle before the index');
  await screenshot(page, 'tiles-index-pending');
  release();
  await page.waitForFunction(() => window.__firstIdleMs !== undefined, null, { timeout: 180_000 });
  await page.locator('.result-list li').first().waitFor({ timeout: 180_000 });
  assert(bundledZones.length === 0, `the bundled zones are not downloaded: ${bundledZones.join(', ')}`);
  const errors = [...problems.consoleErrors, ...problems.failedResponses];
  assert(errors.length === 0, `page problems: ${errors.join(' | ')}`);
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
  await serveFrom(context, 'national-tiles', dir);
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

/** The result list's count line, as numbers: [shown, total]. */
async function listCount(page: Page): Promise<[number, number]> {
  const text = await page.locator('.results .panel-head .muted').innerText();
  const [shown, total] = (text.match(/[\d.,]+/g) ?? []).map((n) => Number(n.replace(/[.,]/g, '')));
  return [shown ?? NaN, total ?? NaN];
}

/** Waits for the zone panel of `id`, then for its full facts (from its details file) to replace the summary. */
async function panelWithDetails(page: Page, id: string): Promise<void> {
  await page.locator(`.zone-panel[data-zone-id="${id}"]`).waitFor({ timeout: 30_000 });
  await page.locator(`.zone-panel[data-zone-id="${id}"][data-details="ready"]`).waitFor({ timeout: 30_000 });
  const note = await page.locator('.zone-panel .zone-details-state').count();
  assert(note === 0, 'the panel still says its details are loading');
}

test('lists, searches, filters and opens 100,000 tiled zones from the tree’s index', async ({ context }) => {
  const zones = ensureTiles();
  const byId = new Map(zones.map((z) => [z.properties.id, z]));
  await serveFrom(context, 'zone-tiles', TILES_DIR);
  const { page, problems } = await openPage(context, '?tiles=zone-tiles/tiles.json');
  // The list covers the tiled zones, not the 93 bundled ones.
  await page.waitForFunction(
    (n) =>
      (document.querySelector('.results .panel-head .muted')?.textContent ?? '')
        .replace(/\D/g, '')
        .endsWith(n),
    String(ZONES),
    { timeout: 180_000 },
  );
  await page.waitForFunction(() => window.__firstIdleMs !== undefined, null, { timeout: 180_000 });
  await waitForMapIdle(page);
  assert((await listCount(page))[0] === ZONES, `the list shows ${(await listCount(page)).join(' of ')}`);
  const bundled = await page.locator('.result[data-zone-id="kcn-thang-long"]').count();
  assert(bundled === 0, 'a bundled zone is listed in tile mode');

  // Search: a zone's full name finds it first; choosing it opens its panel with every fact.
  const wanted = zones[4242]!.properties;
  const box = page.getByRole('combobox', { name: /Tìm khu/ });
  await box.fill(wanted.name.vi);
  const first = page.locator('[role="option"]').first();
  await first.waitFor();
  // The search index builds in the background and answers from what it has so far: the results grow
  // until the whole index is in.
  await page
    .waitForFunction(
      (id) => document.querySelector('[role="option"]')?.getAttribute('data-target') === `zone:${id}`,
      wanted.id,
      { timeout: 120_000 },
    )
    .catch(() => {});
  assert(
    (await first.getAttribute('data-target')) === `zone:${wanted.id}`,
    `search for "${wanted.name.vi}" put ${await first.getAttribute('data-target')} first`,
  );
  await first.dispatchEvent('mousedown');
  await panelWithDetails(page, wanted.id);
  const title = await page.locator('#zone-title').innerText();
  assert(title === wanted.name.vi, `the panel is titled "${title}"`);
  await screenshot(page, 'tiles-search-panel');
  await page.locator('.zone-panel .close').click();

  // Filter: the list's count follows the map's filter, and every listed zone passes it.
  await tick(page, 'operating');
  const [shown, total] = await listCount(page);
  const operating = zones.filter((z) => z.properties.status.at(-1)?.value === 'operating').length;
  assert(
    total === ZONES && shown === operating,
    `filtered list shows ${shown} of ${total}, expected ${operating}`,
  );
  const drawnNow = await drawn(page);
  assert(drawnNow.statuses.join() === 'operating', `the map shows ${drawnNow.statuses.join(',')}`);
  const rowIds = await page
    .locator('.result')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-zone-id')));
  assert(rowIds.length > 0, 'no rows listed');
  const notOperating = rowIds.filter((id) => byId.get(id!)?.properties.status.at(-1)?.value !== 'operating');
  assert(notOperating.length === 0, `listed but not operating: ${notOperating.slice(0, 3).join(', ')}`);

  // From the list: a row opens its zone, with the facts only its details file holds (its developer).
  const rowId = rowIds[7]!;
  await page.locator(`.result[data-zone-id="${rowId}"]`).click();
  await panelWithDetails(page, rowId);
  const developer = byId.get(rowId)!.properties.developer[0]?.value;
  if (typeof developer === 'string')
    assert(
      (await page.locator('.zone-panel').innerText()).includes(developer),
      `the panel of ${rowId} lacks its developer "${developer}"`,
    );
  await page.locator('.zone-panel .close').click();
  await tick(page, 'operating');

  // From the map: a click on a drawn tiled zone opens that zone.
  const target = await page.evaluate(() => {
    const map = window.__map!;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    for (const f of map.queryRenderedFeatures({ layers: ['zones-dot-tiled', 'zones-ring-tiled'] })) {
      if (f.geometry.type !== 'Point') continue;
      const p = map.project(f.geometry.coordinates as [number, number]);
      if (p.x > 40 && p.y > 40 && p.x < width - 40 && p.y < height - 40) return { x: p.x, y: p.y };
    }
    return null;
  });
  assert(target, 'no tiled point zone to click');
  const under = await page.evaluate(
    ({ x, y }) =>
      window
        .__map!.queryRenderedFeatures([x, y], {
          layers: ['zones-area-tiled', 'zones-dot-tiled', 'zones-ring-tiled'],
        })
        .map((f) => String(f.properties.id)),
    target,
  );
  await page.locator('.map canvas').click({ position: target });
  const opened = await page.locator('.zone-panel').getAttribute('data-zone-id', { timeout: 30_000 });
  assert(
    opened && under.includes(opened),
    `the map click opened ${opened}, under the click: ${under.join(',')}`,
  );
  await panelWithDetails(page, opened);
  await screenshot(page, 'tiles-map-panel');
  const errors = [...problems.consoleErrors, ...problems.failedResponses];
  assert(errors.length === 0, `page problems: ${errors.join(' | ')}`);
});
