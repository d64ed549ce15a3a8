/** The map app as a user meets it: load, filter, select, errors. */
import type { Page } from '@playwright/test';
import { assert, assertClean, openPage, renderedZoneIds, screenshot, test, waitForMapIdle } from './harness';

const listedIds = (page: Page) =>
  page.$$eval('.result-list [data-zone-id]', (els) => els.map((e) => e.getAttribute('data-zone-id')!).sort());

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

async function tick(page: Page, group: string, value: string): Promise<void> {
  await page.locator(`fieldset[data-group="${group}"] input[value="${value}"]`).check();
  await waitForMapIdle(page);
}

test('opens on Hanoi with the base map and every zone drawn', async ({ context }) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const drawn = await renderedZoneIds(page);
  const listed = await listedIds(page);
  assert(listed.length >= 13, `expected at least the 13 programme zones in the list, got ${listed.length}`);
  assert(sameSet(drawn, listed), `drawn ${drawn.length} zones but listed ${listed.length}`);
  const base = await page.evaluate(() => {
    // No named inner functions here: the test runner's transpiler would wrap them in a helper the page lacks.
    const map = window.__map!;
    return {
      boundary: map.queryRenderedFeatures({ layers: ['hanoi-line'] }).length,
      districts: new Set(
        map.queryRenderedFeatures({ layers: ['districts-line'] }).map((f) => f.properties.id),
      ).size,
      river: map.queryRenderedFeatures({ layers: ['red-river-fill'] }).length,
      airport: map.queryRenderedFeatures({ layers: ['airport-fill'] }).length,
    };
  });
  assert(
    base.boundary > 0 && base.river > 0 && base.airport > 0,
    `base layers missing: ${JSON.stringify(base)}`,
  );
  assert(base.districts === 30, `expected 30 districts drawn, got ${base.districts}`);
  const attribution = await page
    .locator('.maplibregl-ctrl-attrib-inner')
    .evaluate((el) => el.textContent ?? '');
  for (const credit of ['OpenStreetMap', 'geoBoundaries', 'GSHHG'])
    assert(attribution.includes(credit), `attribution lacks ${credit}: ${attribution}`);
  await screenshot(page, 'desktop-initial');
  assertClean(problems);
});

test('a status and a sector change both what is drawn and the list, with matching facet counts', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const all = await listedIds(page);
  const operatingCount = Number(
    await page
      .locator('fieldset[data-group="statuses"] label:has(input[value="operating"]) .facet-count')
      .innerText(),
  );
  await tick(page, 'statuses', 'operating');
  const operating = await listedIds(page);
  assert(operating.length === operatingCount, `facet said ${operatingCount}, list shows ${operating.length}`);
  assert(
    operating.length > 0 && operating.length < all.length,
    `status filter did not narrow: ${operating.length}/${all.length}`,
  );
  assert(sameSet(await renderedZoneIds(page), operating), 'map and list disagree after the status filter');

  const sectorCount = Number(
    await page
      .locator('fieldset[data-group="sectors"] label:has(input[value="electronics"]) .facet-count')
      .innerText(),
  );
  await tick(page, 'sectors', 'electronics');
  const both = await listedIds(page);
  assert(both.length === sectorCount, `sector facet said ${sectorCount}, list shows ${both.length}`);
  assert(both.length < operating.length, `sector filter did not narrow: ${both.length}/${operating.length}`);
  assert(sameSet(await renderedZoneIds(page), both), 'map and list disagree after the sector filter');
  await screenshot(page, 'desktop-filtered');

  await page.getByRole('button', { name: /Xóa tất cả/ }).click();
  await waitForMapIdle(page);
  assert(sameSet(await listedIds(page), all), 'clear all did not restore every zone');
  assert(sameSet(await renderedZoneIds(page), all), 'clear all did not restore the map');
  assertClean(problems);
});

test('a filter hides zones and their labels at zone zoom; the labels left keep their places', async ({
  context,
}) => {
  const { page, problems } = await openPage(context, '?map=11/21.1/105.8');
  await waitForMapIdle(page);
  const labelIds = () =>
    page.evaluate(() =>
      [
        ...new Set(
          window
            .__map!.queryRenderedFeatures({ layers: ['zones-label'] })
            .map((f) => String(f.properties.id)),
        ),
      ].sort(),
    );
  const before = await labelIds();
  await tick(page, 'statuses', 'operating');
  const listed = await listedIds(page);
  const after = await labelIds();
  const listedSet = new Set(listed);
  const drawn = await renderedZoneIds(page);
  assert(
    drawn.length > 0 && drawn.every((id) => listedSet.has(id)),
    `hidden zones drawn: ${drawn.filter((id) => !listedSet.has(id)).join(', ')}`,
  );
  const hiddenBefore = before.filter((id) => !listedSet.has(id));
  assert(hiddenBefore.length > 0, `no label of a zone the filter hides was in view: ${before.join(', ')}`);
  assert(
    after.every((id) => listedSet.has(id)),
    `labels of hidden zones still placed: ${after.filter((id) => !listedSet.has(id)).join(', ')}`,
  );
  assert(after.length > 0, 'no label left after the filter');
  await screenshot(page, 'desktop-filtered-labels');
  assertClean(problems);
});

test('a filter set while zoomed out reaches the labels once the map zooms in to them', async ({
  context,
}) => {
  const { page, problems } = await openPage(context, '?map=8/21.1/105.8');
  await waitForMapIdle(page);
  await tick(page, 'statuses', 'operating');
  const listed = new Set(await listedIds(page));
  await page.evaluate(() => window.__map!.jumpTo({ zoom: 11 }));
  await waitForMapIdle(page);
  const labels = await page.evaluate(() =>
    window.__map!.queryRenderedFeatures({ layers: ['zones-label'] }).map((f) => String(f.properties.id)),
  );
  assert(labels.length > 0, 'no zone label drawn at zoom 11');
  assert(
    labels.every((id) => listed.has(id)),
    `labels of hidden zones drawn after zooming in: ${labels.filter((id) => !listed.has(id)).join(', ')}`,
  );
  assertClean(problems);
});

test('clicking a zone on the map opens its panel with sourced facts; Escape closes it', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const target = await page.evaluate(() => {
    const map = window.__map!;
    const f = map
      .queryRenderedFeatures({ layers: ['zones-dot'] })
      .find((x) => x.properties.id === 'hhtp-hoa-lac')!;
    const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
    return map.project([lng, lat]);
  });
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  await page.mouse.click(box.x + target.x, box.y + target.y);
  const panel = page.locator('.zone-panel');
  await panel.waitFor();
  assert((await panel.getAttribute('data-zone-id')) === 'hhtp-hoa-lac', 'wrong zone opened');
  const text = await panel.innerText();
  assert(/Hòa Lạc/.test(text), 'panel lacks the name');
  assert(/1\.586 ha/.test(text), `panel lacks the area in Vietnamese format: ${text.slice(0, 400)}`);
  assert((await panel.locator('.source-list a').count()) > 0, 'panel lists no source links');
  // The footprint's own area stands beside the official one, and the gap is said in words.
  assert(/Diện tích trên bản đồ \(OpenStreetMap\)/.test(text), 'no mapped area');
  assert(/bằng 68 % diện tích chính thức/.test(text), `the panel does not explain the gap: ${text}`);
  const osm = await panel.locator('.osm-link a').getAttribute('href');
  assert(osm === 'https://www.openstreetmap.org/relation/19849694', `OSM link: ${osm}`);
  assert(!/Vị trí gần đúng/.test(text), 'a footprint is called approximate');
  // The selection is drawn over the zone, in the selection colour, from a source of its own.
  await waitForMapIdle(page);
  const selected = await page.evaluate(() =>
    window
      .__map!.queryRenderedFeatures({
        layers: ['zones-selected-outline', 'zones-selected-dot', 'zones-selected-ring'],
      })
      .map((f) => String(f.properties.id)),
  );
  assert(
    selected.length > 0 && selected.every((id) => id === 'hhtp-hoa-lac'),
    `the map does not highlight the selected zone: ${selected.join(', ')}`,
  );
  await screenshot(page, 'desktop-zone-panel');
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  assertClean(problems);
});

test('choosing a zone in the list selects it and flies the map to it', async ({ context }) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  await page.locator('.result-list [data-zone-id="kcn-thang-long"]').click();
  await page.locator('.zone-panel[data-zone-id="kcn-thang-long"]').waitFor();
  await page.waitForFunction(() => !window.__map!.isMoving(), null, { timeout: 10_000 });
  await waitForMapIdle(page);
  const view = await page.evaluate(() => ({
    zoom: window.__map!.getZoom(),
    center: window.__map!.getCenter(),
  }));
  assert(view.zoom >= 12.5, `did not zoom in: ${view.zoom}`);
  const anchor = await page.evaluate(async () => {
    const r = await fetch('data/zones.geojson');
    const fc = await r.json();
    return fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'kcn-thang-long')
      .properties.anchor;
  });
  assert(
    Math.abs(view.center.lng - anchor[0]) < 0.01 && Math.abs(view.center.lat - anchor[1]) < 0.01,
    'did not fly to the zone',
  );
  assertClean(problems);
});

test('when the data cannot load, the app says so and Retry recovers', async ({ context }) => {
  let fail = true;
  await context.route('**/data/zones.geojson', (route) =>
    fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
  );
  const { page, problems } = await openPage(context);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert(
    /Không tải được dữ liệu/.test(text) && /zones\.geojson: HTTP 503/.test(text),
    `unclear error: ${text}`,
  );
  await screenshot(page, 'desktop-load-error');
  fail = false;
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await waitForMapIdle(page);
  assert((await renderedZoneIds(page)).length > 0, 'retry did not draw zones');
  assertClean(problems, [/503/, /Failed to load resource/]);
});

test('data that breaks the schema is refused with the path of the bad field', async ({ context }) => {
  await context.route('**/data/zones.geojson', async (route) => {
    const response = await route.fetch();
    const fc = await response.json();
    fc.features[0].properties.areaHa = [{ value: -5, source: 'x', asOf: '2025' }];
    await route.fulfill({ response, json: fc });
  });
  const { page } = await openPage(context);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert(/features\.0\.properties\.areaHa\.0\.value/.test(text), `error does not name the field: ${text}`);
  assert((await page.locator('[data-testid="map"]').count()) === 0, 'the map started on half-valid data');
});

test('the sources panel lists every source and every layer licence with the data date', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  await page.getByRole('tab', { name: 'Nguồn' }).click();
  // The panel's code is loaded on demand: wait for it.
  await page.locator('[data-list="sources"] li').first().waitFor();
  const expected = await page.evaluate(
    async () => (await (await fetch('data/sources.json')).json()).length as number,
  );
  const listed = await page.locator('[data-list="sources"] li').count();
  assert(listed === expected && expected > 50, `listed ${listed} of ${expected} sources`);
  const layers = await page.locator('[data-list="layers"]').innerText();
  for (const licence of ['ODbL 1.0', 'CC BY 3.0 IGO', 'LGPL-3.0-or-later'])
    assert(layers.includes(licence), `layer licences lack ${licence}`);
  assert(
    /tình trạng theo nguồn ghi ngày từ/.test(await page.locator('.about').innerText()),
    'no range of status dates',
  );
  // Every known zone is placed now: the list of unplaced ones is not shown at all.
  assert((await page.locator('[data-list="unplaced"]').count()) === 0, 'an empty unplaced list is shown');
  const about = await page.locator('.about').innerText();
  assert(/OpenStreetMap/.test(about) && /ODbL/.test(about), 'the OSM footprints are not credited');
  assertClean(problems);
});

test('the 2025 communes are drawn from zone zoom, can be switched off, and filtered on', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const communesDrawn = () =>
    page.evaluate(
      () =>
        new Set(
          window.__map!.queryRenderedFeatures({ layers: ['communes-line'] }).map((f) => f.properties.id),
        ).size,
    );
  assert((await communesDrawn()) === 0, 'communes clutter the city view');
  const city = await page.evaluate(() => ({
    center: window.__map!.getCenter(),
    zoom: window.__map!.getZoom(),
  }));
  await page.evaluate(() => window.__map!.jumpTo({ center: [105.8, 21.02], zoom: 11 }));
  await waitForMapIdle(page);
  const drawn = await communesDrawn();
  assert(drawn >= 20, `expected the communes in view drawn, got ${drawn}`);
  const labels = await page.evaluate(
    () => window.__map!.queryRenderedFeatures({ layers: ['communes-label'] }).length,
  );
  assert(labels >= 10, `only ${labels} commune names at zoom 11`);
  await page.getByRole('button', { name: 'Hiện chú giải' }).click();
  await page.getByLabel('Ranh giới xã, phường (2025)').uncheck();
  await waitForMapIdle(page);
  assert((await communesDrawn()) === 0, 'communes still drawn after switching them off');
  await page.getByLabel('Ranh giới xã, phường (2025)').check();
  await page.evaluate((c) => window.__map!.jumpTo(c), city);
  const option = page.locator('fieldset[data-group="communes"] label').first();
  const value = await option.locator('input').getAttribute('value');
  const count = Number(await option.locator('.facet-count').innerText());
  await option.locator('input').check();
  await waitForMapIdle(page);
  const listed = await listedIds(page);
  assert(listed.length === count && count > 0, `commune facet said ${count}, list shows ${listed.length}`);
  assert(sameSet(await renderedZoneIds(page), listed), `map and list disagree for commune ${value}`);
  await screenshot(page, 'desktop-communes');
  assertClean(problems);
});

test('Hòa Lạc is drawn as its OpenStreetMap footprint, with its label inside', async ({ context }) => {
  const { page, problems } = await openPage(context, '?map=12/21.01/105.54');
  await waitForMapIdle(page);
  const drawn = await page.evaluate(() => {
    const map = window.__map!;
    const areas = map
      .queryRenderedFeatures({ layers: ['zones-area'] })
      .filter((f) => f.properties.id === 'hhtp-hoa-lac');
    const rings = map
      .queryRenderedFeatures({ layers: ['zones-ring'] })
      .filter((f) => f.properties.id === 'hhtp-hoa-lac');
    const label = map
      .queryRenderedFeatures({ layers: ['zones-label'] })
      .find((f) => f.properties.id === 'hhtp-hoa-lac');
    return {
      types: [...new Set(areas.map((f) => f.geometry.type))],
      rings: rings.length,
      label: label ? (label.geometry as GeoJSON.Point).coordinates : null,
    };
  });
  assert(
    drawn.types.length > 0 && drawn.types.every((t) => t === 'Polygon' || t === 'MultiPolygon'),
    `Hòa Lạc is not drawn as a shape: ${JSON.stringify(drawn)}`,
  );
  assert(drawn.rings === 0, 'Hòa Lạc is also drawn as an approximate ring');
  const inside = await page.evaluate((pt) => {
    const map = window.__map!;
    const px = map.project(pt as [number, number]);
    return map
      .queryRenderedFeatures(px, { layers: ['zones-area'] })
      .some((f) => f.properties.id === 'hhtp-hoa-lac');
  }, drawn.label);
  assert(drawn.label && inside, 'the label does not sit inside the footprint');
  await screenshot(page, 'desktop-hoa-lac-footprint');
  assertClean(problems);
});

test('a long result list shows a page at a time, with "show more"', async ({ context }) => {
  await context.route('**/data/zones.geojson', async (route) => {
    const response = await route.fetch();
    const fc = await response.json();
    const template = fc.features[0];
    fc.features = Array.from({ length: 250 }, (_, i) => ({
      ...template,
      properties: { ...template.properties, id: `ccn-copy-${i}`, name: { vi: `Cụm công nghiệp Thử ${i}` } },
    }));
    await route.fulfill({ response, json: fc });
  });
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  assert((await listedIds(page)).length === 200, 'the first page is not 200 rows');
  await page.getByRole('button', { name: /Hiện thêm 50 khu/ }).click();
  assert((await listedIds(page)).length === 250, 'show more did not add the rest');
  assert((await page.locator('.show-more').count()) === 0, 'show more still offered with nothing left');
  assertClean(problems);
});

test('every zone stacked at Thường Tín’s centre can be opened from the map', async ({ context }) => {
  const stacked = [
    'ccn-prop-nhat-hieu',
    'ccn-prop-thong-nhat',
    'ccn-prop-tin-an',
    'kcn-bac-thuong-tin',
    'kcn-phung-hiep-mo-rong',
  ];
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const anchor = await page.evaluate(async () => {
    const fc = await (await fetch('data/zones.geojson')).json();
    return fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'kcn-bac-thuong-tin')
      .properties.anchor as [number, number];
  });
  await page.evaluate((a) => window.__map!.jumpTo({ center: a, zoom: 12 }), anchor);
  await waitForMapIdle(page);
  const badge = await page.evaluate(() =>
    window.__map!.queryRenderedFeatures({ layers: ['zone-stacks-count'] }).map((f) => f.properties.count),
  );
  assert(badge.includes(5), `no "5" badge at the stack: ${JSON.stringify(badge)}`);
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  for (const id of stacked) {
    const pt = await page.evaluate((a) => window.__map!.project(a), anchor);
    await page.mouse.click(box.x + pt.x, box.y + pt.y);
    const picker = page.getByTestId('zone-picker');
    await picker.waitFor();
    const offered = await picker
      .locator('[data-zone-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-zone-id')!).sort());
    assert(offered.join() === stacked.join(), `the picker offers ${offered.join(', ')}`);
    if (id === stacked[0]) await screenshot(page, 'desktop-stack-picker');
    await picker.locator(`[data-zone-id="${id}"]`).click();
    await page.locator(`.zone-panel[data-zone-id="${id}"]`).waitFor();
    assert((await picker.count()) === 0, 'the picker stays open after a choice');
    // A zone placed at its district's centre has no commune, and says why.
    const commune = await page.locator('.zone-panel [data-fact="commune"]').innerText();
    assert(/chưa rõ/.test(commune), `a centroid-placed zone shows a commune: ${commune}`);
  }
  // Escape closes the picker without choosing.
  const pt = await page.evaluate((a) => window.__map!.project(a), anchor);
  await page.mouse.click(box.x + pt.x, box.y + pt.y);
  await page.getByTestId('zone-picker').waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('zone-picker').waitFor({ state: 'detached' });
  assertClean(problems);
});

test('the capital-region layer shows the neighbours’ sites on demand and never changes Hanoi’s counts', async ({
  context,
}) => {
  const { page, problems } = await openPage(context, '?map=8.6/21.05/105.85');
  await waitForMapIdle(page);
  const counts = async () => ({
    listed: (await listedIds(page)).length,
    summary: await page.locator('.filters .filters-summary').innerText(),
    facet: await page
      .locator('fieldset[data-group="kinds"] label:has(input[value="kcn"]) .facet-count')
      .innerText(),
  });
  const before = await counts();
  const requested: string[] = [];
  page.on('request', (r) => r.url().includes('region-sites') && requested.push(r.url()));
  assert(
    (await page.evaluate(() => Boolean(window.__map!.getSource('region-sites')))) === false,
    'the region layer loads before it is asked for',
  );
  await page.getByRole('button', { name: 'Hiện chú giải' }).click();
  await page.getByLabel(/các tỉnh lân cận/).check();
  await waitForMapIdle(page);
  const sites = await page.evaluate(
    () => window.__map!.queryRenderedFeatures({ layers: ['region-sites-circle'] }).length,
  );
  assert(sites > 50, `expected the neighbours' sites drawn, got ${sites}`);
  assert(requested.length === 1, `region file requested ${requested.length} times`);
  assert(
    await page.locator('.legend [data-legend="region"]').isVisible(),
    'the legend does not explain the layer',
  );
  assert(/region/.test(new URL(page.url()).searchParams.get('layers') ?? ''), 'the layer is not in the link');
  assert(
    JSON.stringify(await counts()) === JSON.stringify(before),
    'Hanoi’s counts changed with the context layer',
  );
  // A click on a site shows its name, province, area and OSM link.
  // A site on the right of the map (clear of the legend) with no Hanoi zone under it.
  const site = await page.evaluate(() => {
    const map = window.__map!;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    const points = map
      .queryRenderedFeatures({ layers: ['region-sites-circle'] })
      .map((f) => map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]))
      .filter((p) => p.x > width * 0.55 && p.x < width - 60 && p.y > 60 && p.y < height - 60)
      .filter(
        (p) =>
          map.queryRenderedFeatures([p.x, p.y], { layers: ['zones-area', 'zones-dot', 'zones-ring'] })
            .length === 0,
      );
    return points[0]!;
  });
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  await page.mouse.click(box.x + site.x, box.y + site.y);
  const popup = page.locator('.region-popup');
  await popup.waitFor();
  const text = await popup.innerText();
  assert(/Tỉnh: /.test(text) && /Thông tin bối cảnh/.test(text), `popup: ${text}`);
  assert(
    /openstreetmap\.org\/(way|relation|node)\//.test((await popup.locator('a').getAttribute('href')) ?? ''),
    'no OSM link',
  );
  await screenshot(page, 'desktop-region-layer');
  await page.getByLabel(/các tỉnh lân cận/).uncheck();
  await waitForMapIdle(page);
  const after = await page.evaluate(
    () => window.__map!.queryRenderedFeatures({ layers: ['region-sites-circle'] }).length,
  );
  assert(after === 0, 'the sites stay drawn after switching the layer off');
  assertClean(problems);
});
