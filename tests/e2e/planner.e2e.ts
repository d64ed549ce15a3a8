/** The investor and planner tools as a user meets them: pin and compare, export, timeline, choropleth, fit. */
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { assert, assertClean, openPage, renderedZoneIds, screenshot, test, waitForMapIdle } from './harness';

const PINNED = ['kcn-thang-long', 'hhtp-hoa-lac', 'kcn-sai-dong-a'];

const listedIds = (page: Page) =>
  page.$$eval('.result-list [data-zone-id]', (els) => els.map((e) => e.getAttribute('data-zone-id')!).sort());
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const tab = (page: Page, name: string | RegExp) => page.getByRole('tab', { name }).click();

test('pin three zones, compare them side by side, and keep them after a reload', async ({ context }) => {
  const { page } = await openPage(context);
  await waitForMapIdle(page);
  for (const id of PINNED) await page.locator(`.result-list [data-pin="${id}"]`).click();
  await tab(page, 'So sánh');
  const table = page.locator('.compare-table');
  await table.waitFor();
  const columns = await table
    .locator('thead th[data-zone-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-zone-id')));
  assert(sameSet([...columns].sort() as string[], [...PINNED].sort()), `columns: ${columns.join(', ')}`);
  // Distances arrive once the reference layers load; each says it is straight-line.
  await page.waitForFunction(() =>
    document.querySelector('[data-row="dist-airport"] td')?.textContent?.includes('km'),
  );
  const airport = await table.locator('[data-row="dist-airport"] td').allInnerTexts();
  // Sài Đồng A sits at its district's centre: whole kilometres, said to be approximate.
  assert(
    airport.every((t) => /^\d+(,\d)? km đường chim bay$/.test(t) || /^khoảng \d+ km \(gần đúng\)$/.test(t)) &&
      /^khoảng \d+ km \(gần đúng\)$/.test(airport[PINNED.indexOf('kcn-sai-dong-a')]!),
    `airport cells: ${airport.join(' | ')}`,
  );
  const cells = await table.locator('tbody td').allInnerTexts();
  assert(!cells.some((c) => /^0( ha|%)?$/.test(c.trim())), 'an empty cell reads 0');
  // Sài Đồng A has no known area: its cell says so; Hòa Lạc's footprint area stands apart.
  const areaCells = await table.locator('[data-row="area"] td').allInnerTexts();
  assert(areaCells[columns.indexOf('kcn-sai-dong-a')] === 'chưa rõ', `area cells: ${areaCells.join(' | ')}`);
  const mapped = await table.locator('[data-row="mappedArea"] td').allInnerTexts();
  assert(/^1\.07\d,\d ha$/.test(mapped[columns.indexOf('hhtp-hoa-lac')]!), `mapped: ${mapped.join(' | ')}`);
  assert((await table.locator('[data-row="sources"] a').count()) >= 3, 'no source links in the table');
  await screenshot(page, 'planner-compare-desktop');

  await page.reload();
  await waitForMapIdle(page);
  await tab(page, 'So sánh');
  assert((await page.locator('.compare-table thead th[data-zone-id]').count()) === 3, 'pins lost on reload');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('.compare-table').scrollIntoViewIfNeeded();
  await screenshot(page, 'planner-compare-phone');
});

test('a corrupt stored shortlist is dropped with a notice, not a crash', async ({ context }) => {
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('hanoi-industrial-zones.shortlist', '{"version":1,"ids":[');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const notice = page.locator('.notice', { hasText: 'bị hỏng' });
  await notice.waitFor();
  assert(problems.consoleErrors.length === 0, `errors: ${problems.consoleErrors.join(' | ')}`);
  assert((await listedIds(page)).length > 10, 'the app did not start');
});

test('export the filtered zones as CSV and parse it back', async ({ context }) => {
  const { page } = await openPage(context);
  await waitForMapIdle(page);
  await page.locator('fieldset[data-group="kinds"] input[value="kcn"]').check();
  const listed = await listedIds(page);
  const button = page.locator('[data-export="filtered"] [data-export-format="csv"]');
  await page.waitForFunction(
    () =>
      !(document.querySelector('[data-export="filtered"] [data-export-format="csv"]') as HTMLButtonElement)
        ?.disabled,
  );
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert(/\.csv$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
  const path = await download.path();
  const text = fs.readFileSync(path, 'utf8');
  assert(text.charCodeAt(0) === 0xfeff, 'no byte-order mark');
  const rows = parseCsv(text.slice(1));
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  const body = rows.slice(1).filter((r) => r.length > 1);
  assert(body.length === listed.length, `csv has ${body.length} rows, list ${listed.length}`);
  assert(sameSet(body.map((r) => r[col('id')]!).sort(), listed), 'csv ids differ from the list');
  const newest = await page.evaluate(
    async () => (await (await fetch('data/meta.json')).json()).statusDates.newest as string,
  );
  assert(
    body.every((r) => r[col('data_as_of')] === newest),
    'as-of date missing',
  );
  const row = (id: string) => body.find((r) => r[col('id')] === id)!;
  // A footprint from OSM says so; a zone at a district's centre has no commune.
  assert(
    /OpenStreetMap contributors \(ODbL/.test(row('kcn-noi-bai')[col('geometry_attribution')]!),
    'no OSM attribution for an OSM footprint',
  );
  assert(row('kcn-quang-minh-2')[col('commune_2025')] === '', 'a district-centre zone has a commune');
  assert(row('kcn-quang-minh-2')[col('location_approximate')] === 'yes', 'approximate location not marked');
  assert(
    body.every((r) => r[col('sources')]!.length > 0),
    'a row has no sources',
  );
  assert(
    body.some((r) => /Khu công nghiệp/.test(r[col('name_vi')]!)),
    'Vietnamese names garbled',
  );
  assert(
    body.every((r) => r[col('km_to_noi_bai_airport_straight_line')] !== '0'),
    'an airport distance is 0',
  );
});

test('moving the year slider changes the zones drawn and listed', async ({ context }) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const all = await renderedZoneIds(page);
  // The year control sits on the map, not in a tab.
  const control = page.locator('.map-wrap [data-control="timeline"]');
  await control.locator('[data-year-toggle]').click();
  await control.locator('input[type="checkbox"]').check();
  const slider = control.locator('input[type="range"]');
  await slider.fill('2000');
  await waitForMapIdle(page);
  const in2000 = await renderedZoneIds(page);
  await slider.fill('2025');
  await waitForMapIdle(page);
  const in2025 = await renderedZoneIds(page);
  assert(in2000.length < in2025.length, `2000: ${in2000.length}, 2025: ${in2025.length}`);
  assert(in2025.length <= all.length, 'more zones in 2025 than today');
  assert(
    in2000.every((id) => in2025.includes(id)),
    'a zone of 2000 vanished by 2025',
  );
  await screenshot(page, 'planner-timeline-2025');
  await tab(page, 'Danh sách');
  assert(sameSet(await listedIds(page), in2025), 'list and map disagree in 2025');
  assert(/2025/.test(await page.locator('.year-banner').innerText()), 'the list does not say the year');
  assert(problems.consoleErrors.length === 0, `errors: ${problems.consoleErrors.join(' | ')}`);
});

test('the choropleth switches between counts and hectares', async ({ context }) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  await tab(page, 'Thống kê');
  await page.locator('[data-control="choropleth"] input[type="checkbox"]').check();
  await waitForMapIdle(page);
  const state = () =>
    page.evaluate(() => {
      const map = window.__map!;
      return {
        visible: map.getLayoutProperty('choropleth-districts', 'visibility'),
        color: JSON.stringify(map.getPaintProperty('choropleth-districts', 'fill-color')),
        drawn: map.queryRenderedFeatures({ layers: ['choropleth-districts'] }).length,
      };
    });
  const counts = await state();
  assert(counts.visible === 'visible' && counts.drawn > 0, `not drawn: ${JSON.stringify(counts)}`);
  const countLegend = await page.locator('.choro-legend').innerText();
  await screenshot(page, 'planner-choropleth-count');
  await page.locator('[data-control="choropleth"] input[value="ha"]').check();
  await waitForMapIdle(page);
  const ha = await state();
  assert(ha.color !== counts.color, 'colours did not change with the measure');
  const haLegend = await page.locator('.choro-legend').innerText();
  assert(/ha/.test(haLegend) && haLegend !== countLegend, `legend: ${haLegend}`);
  assert(/chưa rõ diện tích/.test(haLegend), 'the legend lacks the unknown-area class');
  await screenshot(page, 'planner-choropleth-ha');
  assert(problems.consoleErrors.length === 0, `errors: ${problems.consoleErrors.join(' | ')}`);
});

test('fit criteria from a shared link mark passing zones and say why others fail', async ({ context }) => {
  const { page } = await openPage(context, '?fit.airport=15&fit.area=100');
  await waitForMapIdle(page);
  await tab(page, 'Tìm khu phù hợp');
  const summary = page.locator('[data-fit-summary]');
  await summary.waitFor();
  assert((await page.locator('[data-fit-input="airport"]').inputValue()) === '15', 'criterion not read');
  const failing = page.locator('[data-fit-zone][data-fit="fail"]').first();
  assert(/xa sân bay|Diện tích: chưa rõ|diện tích nhỏ/.test(await failing.innerText()), 'no reason');
  const link = await page.locator('[data-fit-link]').inputValue();
  assert(/fit\.airport=15/.test(link) && /fit\.area=100/.test(link), `link: ${link}`);
  await waitForMapIdle(page);
  // Tiles can repeat a point near their edges: count distinct zones.
  const rings = await page.evaluate(
    () => new Set(window.__map!.querySourceFeatures('fit-results').map((f) => f.properties.id)).size,
  );
  const passing = await page.locator('[data-fit-zone][data-fit="pass"]').count();
  assert(passing > 0 && rings === passing, `rings ${rings}, passing ${passing}`);
  await screenshot(page, 'planner-fit');
});

/** Reads CSV back with papaparse (the app's own CSV reader), to check what was written. */
function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;
}

test('plan against actual shows progress, what the data can see, and how each row is counted', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  await tab(page, 'Kế hoạch');
  const rows = page.locator('.plan-row[data-answered]');
  await rows.first().waitFor();
  const answered = await page
    .locator('.plan-list')
    .first()
    .locator('.plan-row')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-answered')));
  const firstNo = answered.indexOf('false');
  assert(firstNo > 0 && answered.slice(firstNo).every((a) => a === 'false'), `row order: ${answered.join()}`);
  const toBuild = page.locator('.plan-row[data-target="ccn-to-build-2025"]');
  const text = await toBuild.innerText();
  assert(/9 trên 46 \(20 %\)/.test(text), `progress of the 46 clusters: ${text}`);
  assert(/Dữ liệu thấy được: 9 trên 46/.test(text), 'no "known so far"');
  assert(await toBuild.locator('.plan-bar').isVisible(), 'no progress bar');
  const all = await page.locator('.plan').innerText();
  for (const bad of ['…', 'số lượng', 'status ≥', 'measurableFromMap', 'geodata/'])
    assert(!all.includes(bad), `the plan view shows "${bad}"`);
  assert(/kín đất/.test(all), 'the city-wide occupancy is not shown');
  await screenshot(page, 'planner-plan-desktop');
  assertClean(problems);
});

test('the market view shows rents by source and year, and the fit finder leads to it', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  await tab(page, 'Tìm khu phù hợp');
  await page.locator('[data-open-market]').first().click();
  const market = page.locator('.market');
  await market.waitFor();
  const series = await market.locator('[data-chart="rents"] [data-series]').count();
  assert(series >= 4, `expected rents from several sources, got ${series}`);
  assert(
    (await market.locator('[data-market-scope="city"] tr[data-market-fact]').count()) > 20,
    'city facts missing',
  );
  assert(!/trung bình các nguồn|average of the sources/i.test(await market.innerText()), 'sources averaged');
  await screenshot(page, 'planner-market-desktop');
  // Zone-level figures sit in the zone's panel, with their sources.
  await page.goto(new URL('?zone=kcn-thach-that-quoc-oai', page.url()).href);
  await waitForMapIdle(page);
  const zoneMarket = page.locator('.zone-panel [data-zone-market]');
  await zoneMarket.locator('tr[data-market-fact]').first().waitFor();
  assert(/2056/.test(await zoneMarket.innerText()), 'the 2056 term end is not in the zone panel');
  assertClean(problems);
});
