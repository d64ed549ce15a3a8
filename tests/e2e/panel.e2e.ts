/**
 * The side panel and the tools beside the map as a user meets them: every tab in view, a panel that
 * widens, tabs, pins and the choropleth in the link, readable fit results, sorting, a legible chart,
 * the fit rings' legend, and a timeline that does not invent the future.
 */
import type { Page } from '@playwright/test';
import { assert, assertClean, openPage, renderedZoneIds, screenshot, test, waitForMapIdle } from './harness';

const SIZES = [
  { width: 1366, height: 850 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
] as const;
const TABS = ['list', 'compare', 'fit', 'market', 'stats', 'plan', 'import', 'about'] as const;

const tab = (page: Page, id: string) => page.locator(`#tab-${id}`).click();
const listedIds = (page: Page) =>
  page.$$eval('.result-list [data-zone-id]', (els) => els.map((e) => e.getAttribute('data-zone-id')!));
type Box = { x: number; y: number; width: number; height: number };
const inside = (a: Box, b: Box) =>
  a.x >= b.x - 0.5 &&
  a.y >= b.y - 0.5 &&
  a.x + a.width <= b.x + b.width + 0.5 &&
  a.y + a.height <= b.y + b.height + 0.5;

async function zonesFile(page: Page) {
  return page.evaluate(async () => {
    const fc = await (await fetch('data/zones.geojson')).json();
    return (
      fc.features as {
        properties: {
          id: string;
          name: { vi: string; en?: string };
          areaHa: { value: number; asOf: string | null }[];
        };
      }[]
    ).map((f) => f.properties);
  });
}

test('every tab is in view on the panel at 1366 and 1920 and on a phone, in both languages', async ({
  newContext,
}) => {
  for (const size of SIZES)
    for (const lang of ['vi', 'en']) {
      const context = await newContext({ viewport: size });
      const { page, problems } = await openPage(context, `?lang=${lang}`);
      await waitForMapIdle(page);
      const phone = size.width < 900;
      if (phone) await page.locator('.sheet-handle').click();
      const viewport = { x: 0, y: 0, ...size };
      const panel = (await page.locator('#side-panel').boundingBox())!;
      const strip = page.locator('[role="tablist"]');
      const scrolls = await strip.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      assert(!scrolls, `${size.width} ${lang}: the tab strip scrolls sideways`);
      for (const id of TABS) {
        const box = (await page.locator(`#tab-${id}`).boundingBox())!;
        assert(
          inside(box, viewport),
          `${size.width} ${lang}: tab ${id} outside the window ${JSON.stringify(box)}`,
        );
        assert(inside(box, panel), `${size.width} ${lang}: tab ${id} outside the panel`);
        const text = await page.locator(`#tab-${id}`).evaluate((el) => ({
          clipped: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
          size: parseFloat(getComputedStyle(el).fontSize),
        }));
        assert(
          !text.clipped && text.size >= 12,
          `${size.width} ${lang}: tab ${id} text ${JSON.stringify(text)}`,
        );
      }
      // Two rows, so the tabs take little of the panel.
      const tops = new Set(
        await page.$$eval('[role="tab"]', (els) => els.map((e) => Math.round(e.getBoundingClientRect().top))),
      );
      assert(tops.size === 2, `${size.width} ${lang}: tabs on ${tops.size} rows`);
      // Looked at for every tab: the panel, the fit results, the plan and the statistics chart.
      for (const id of TABS) {
        await tab(page, id);
        await page.locator(`#tabpanel-${id}`).waitFor();
        // Tabs other than the list load their code on demand: look at the tab, not its placeholder.
        await page.locator(`#tabpanel-${id} .tab-loading`).waitFor({ state: 'detached' });
        await page.waitForTimeout(150);
        await screenshot(page, `panel-${id}-${size.width}-${lang}`);
      }
      await page.goto(new URL(`?lang=${lang}&tab=fit&fit.airport=25&fit.area=100`, page.url()).href);
      await waitForMapIdle(page);
      if (phone) await page.locator('.sheet-handle').click();
      await page.locator('[data-fit-list="pass"] [data-fit-zone]').first().scrollIntoViewIfNeeded();
      await screenshot(page, `panel-fit-results-${size.width}-${lang}`);
      await tab(page, 'stats');
      await page.locator('[data-chart="timeline"]').scrollIntoViewIfNeeded();
      await screenshot(page, `panel-stats-chart-${size.width}-${lang}`);
      await tab(page, 'plan');
      await page.locator('.plan-row').first().waitFor();
      await screenshot(page, `panel-plan-${size.width}-${lang}`);
      assertClean(problems);
    }
});

test('the panel widens by dragging its edge or with the arrow keys, and keeps its width', async ({
  newContext,
}) => {
  const context = await newContext({ viewport: { width: 1920, height: 1080 } });
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const handle = page.getByRole('separator', { name: 'Độ rộng bảng thông tin' });
  const panelWidth = async () => (await page.locator('#side-panel').boundingBox())!.width;
  const start = Number(await handle.getAttribute('aria-valuenow'));
  assert(start >= 480 && Math.abs((await panelWidth()) - start) < 2, `default width ${start} at 1920`);
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const dragged = Number(await handle.getAttribute('aria-valuenow'));
  assert(Math.abs(dragged - (start + 200)) <= 2, `dragged to ${dragged}, from ${start}`);
  assert(Math.abs((await panelWidth()) - dragged) < 2, 'the panel did not follow the handle');
  await handle.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  const keyed = Number(await handle.getAttribute('aria-valuenow'));
  assert(keyed === dragged + 60, `three ArrowLeft: ${keyed}, from ${dragged}`);
  await page.keyboard.press('ArrowRight');
  assert(Number(await handle.getAttribute('aria-valuenow')) === keyed - 20, 'ArrowRight did not narrow');
  await page.keyboard.press('End');
  const max = Number(await handle.getAttribute('aria-valuemax'));
  assert(Number(await handle.getAttribute('aria-valuenow')) === max, 'End did not reach the maximum');
  // The widest panel still leaves the map beside it.
  const mapBox = (await page.locator('[data-testid="map"]').boundingBox())!;
  assert(mapBox.width >= 350, `the map is ${mapBox.width} px wide`);
  await page.keyboard.press('Home');
  const min = Number(await handle.getAttribute('aria-valuemin'));
  assert(Number(await handle.getAttribute('aria-valuenow')) === min, 'Home did not reach the minimum');
  await page.keyboard.press('PageUp');
  const kept = Number(await handle.getAttribute('aria-valuenow'));
  await page.reload();
  await waitForMapIdle(page);
  assert(
    Number(await handle.getAttribute('aria-valuenow')) === kept,
    'the width was not kept after a reload',
  );
  assert(Math.abs((await panelWidth()) - kept) < 2, 'the reloaded panel has another width');
  // A stored width that does not parse is ignored, never a crash.
  await page.evaluate(() =>
    localStorage.setItem('hanoi-industrial-zones.panelWidth', '{"version":1,"width":"wide"}'),
  );
  await page.reload();
  await waitForMapIdle(page);
  assert(Number(await handle.getAttribute('aria-valuenow')) === start, 'a malformed stored width was used');
  assertClean(problems);
});

test('the tab is in the link and comes back; a shared fit-finder link opens the fit tab', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  await tab(page, 'stats');
  assert(new URL(page.url()).searchParams.get('tab') === 'stats', `url: ${page.url()}`);
  await page.reload();
  await waitForMapIdle(page);
  assert(
    (await page.locator('#tab-stats').getAttribute('aria-selected')) === 'true',
    'stats tab lost on reload',
  );
  await tab(page, 'list');
  assert(!new URL(page.url()).searchParams.has('tab'), 'the default tab is written');
  // A link with fit criteria (as the fit finder's "link to share" makes) opens the fit finder.
  await page.goto(new URL('?fit.airport=15&fit.area=100', page.url()).href);
  await waitForMapIdle(page);
  assert(
    (await page.locator('#tab-fit').getAttribute('aria-selected')) === 'true',
    'fit link opened another tab',
  );
  await page.locator('[data-fit-summary]').waitFor();
  const shared = await page.locator('[data-fit-link]').inputValue();
  const other = await openPage(context, shared);
  await waitForMapIdle(other.page);
  assert(
    (await other.page.locator('#tab-fit').getAttribute('aria-selected')) === 'true',
    `the copied link ${shared} does not open the fit tab`,
  );
  assertClean(problems);
  assertClean(other.problems);
});

test('fit results are readable: every line at least 40 px wide, passing zones say why they pass', async ({
  newContext,
}) => {
  for (const size of SIZES) {
    const context = await newContext({ viewport: size });
    const { page, problems } = await openPage(
      context,
      '?fit.airport=60&fit.area=100&fit.land=1&fit.status=operating,planned',
    );
    await waitForMapIdle(page);
    if (size.width < 900) await page.locator('.sheet-handle').click();
    const rows = page.locator('.fit-results [data-fit-zone]');
    await rows.first().waitFor();
    // Distances arrive with the reference layers; then every criterion has its line.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-check="airport"]')].some((e) => /km/.test(e.textContent ?? '')),
    );
    const narrow = await page.$$eval('.fit-results [data-fit-zone]', (els) =>
      els.flatMap((row) =>
        [row, ...row.querySelectorAll('*')]
          .filter(
            (e) =>
              !e.classList.contains('visually-hidden') &&
              [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
          )
          .map((e) => ({ text: e.textContent!.trim().slice(0, 40), w: e.getBoundingClientRect().width }))
          .filter((b) => b.w < 40),
      ),
    );
    assert(
      narrow.length === 0,
      `${size.width}: text boxes under 40 px: ${JSON.stringify(narrow.slice(0, 5))}`,
    );
    const names = await page.$$eval('.fit-results .result-name', (els) =>
      els.map((e) => e.getBoundingClientRect().width),
    );
    assert(Math.min(...names) >= 150, `${size.width}: a name column is ${Math.min(...names)} px wide`);
    const passing = page.locator('[data-fit-list="pass"] [data-fit-zone]');
    assert((await passing.count()) > 0, 'no zone passes');
    for (const row of await passing.all()) {
      const checks = await row
        .locator('.fit-checks li')
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute('data-check'), e.getAttribute('data-outcome'), e.textContent]),
        );
      assert(
        checks.map((c) => c[0]).join() === 'area,airport,status,land' && checks.every((c) => c[1] === 'pass'),
        `a passing row does not list its criteria: ${JSON.stringify(checks)}`,
      );
      assert(
        /\d+([.,]\d+)? ha/.test(checks[0]![2]!) && /km/.test(checks[1]![2]!) && /%/.test(checks[3]![2]!),
        `values missing: ${JSON.stringify(checks)}`,
      );
    }
    const failing = await page.locator('[data-fit-list="fail"] .fit-checks').first().innerText();
    assert(/Lấp đầy của riêng khu/.test(failing), `a failing row: ${failing}`);
    await page.locator('[data-fit-list="pass"]').scrollIntoViewIfNeeded();
    await screenshot(page, `fit-rows-${size.width}`);
    assertClean(problems);
  }
});

test('the list and the fit results sort by name, area and status, and the order is in the link', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const zones = await zonesFile(page);
  const area = new Map(
    zones.map((z) => {
      const dated = [...z.areaHa].sort((a, b) => String(b.asOf ?? '').localeCompare(String(a.asOf ?? '')));
      return [z.id, dated[0]?.value ?? null] as const;
    }),
  );
  const name = new Map(zones.map((z) => [z.id, z.name.vi]));
  const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  const showAll = async () => {
    while (await page.locator('.show-more').count()) await page.locator('.show-more').click();
  };
  await showAll();
  const byName = await listedIds(page);
  const names = byName.map((id) => name.get(id)!);
  assert(
    names.every((n, i) => i === 0 || collator.compare(names[i - 1]!, n) <= 0),
    'the list is not in Vietnamese name order',
  );
  const sort = page.locator('.results [data-sort]');
  await sort.selectOption('area-desc');
  await showAll();
  const byArea = await listedIds(page);
  const areas: (number | null)[] = byArea.map((id) => area.get(id) ?? null);
  const known = areas.findIndex((a) => a === null);
  assert(known > 0 && areas.slice(known).every((a) => a === null), 'zones without an area are not last');
  assert(
    areas.slice(0, known).every((a, i, all) => i === 0 || all[i - 1]! >= a!),
    `areas not in descending order: ${areas.slice(0, 10).join(', ')}`,
  );
  const note = await page.locator('.results [data-sort-note]').innerText();
  assert(
    new RegExp(`${areas.length - known} khu chưa rõ diện tích được xếp cuối`).test(note),
    `note: ${note}`,
  );
  assert(new URL(page.url()).searchParams.get('sort') === 'area-desc', 'the order is not in the link');
  await sort.selectOption('status');
  const rank = [
    'Đang hoạt động',
    'Đang xây dựng',
    'Đã thành lập / phê duyệt',
    'Trong quy hoạch',
    'Đề xuất',
    'Đình trệ',
    'Không còn hoạt động',
    'Chưa rõ',
  ];
  const statuses = await page.$$eval('.result-list .result-meta', (els) =>
    els.map((e) => e.textContent!.split(' · ')[1]!.trim()),
  );
  const ranks = statuses.map((s) => rank.indexOf(s));
  assert(
    ranks.every((r, i) => r >= 0 && (i === 0 || ranks[i - 1]! <= r)),
    `statuses out of order: ${statuses.slice(0, 20).join(' | ')}`,
  );
  await screenshot(page, 'list-by-status');
  // The order is kept in the link, and the fit results follow it.
  await page.goto(new URL('?sort=area-asc&fit.airport=30', page.url()).href);
  await waitForMapIdle(page);
  // The fit finder is a tab of its own, fetched when the link opens it: the map may be at rest first.
  await page.locator('[data-fit-list="pass"] [data-fit-zone]').first().waitFor();
  const fitIds = await page.$$eval('[data-fit-list="pass"] [data-fit-zone]', (els) =>
    els.map((e) => e.getAttribute('data-fit-zone')!),
  );
  const fitAreas: (number | null)[] = fitIds.map((id) => area.get(id) ?? null);
  const cut = fitAreas.indexOf(null) === -1 ? fitAreas.length : fitAreas.indexOf(null);
  assert(
    fitIds.length > 2 &&
      fitAreas.slice(0, cut).every((a, i, all) => i === 0 || all[i - 1]! <= a!) &&
      fitAreas.slice(cut).every((a) => a === null),
    `fit results not by area: ${fitAreas.join(', ')}`,
  );
  assert(
    (await page.locator('.fit [data-sort]').inputValue()) === 'area-asc',
    'the fit finder shows another order',
  );
  assertClean(problems);
});

test('the status-by-year chart has 12 px text, a legend, and its last year in full', async ({
  newContext,
}) => {
  for (const size of SIZES) {
    const context = await newContext({ viewport: size });
    const { page, problems } = await openPage(context, '?tab=stats');
    await waitForMapIdle(page);
    if (size.width < 900) await page.locator('.sheet-handle').click();
    const chart = page.locator('svg[data-chart="timeline"]');
    await chart.scrollIntoViewIfNeeded();
    const texts = await page.$$eval('svg[data-chart] text', (els) =>
      els.map((e) => ({
        t: e.textContent,
        size: parseFloat(getComputedStyle(e).fontSize),
        fill: getComputedStyle(e).fill,
      })),
    );
    assert(texts.length > 8, 'no chart text');
    const small = texts.filter((x) => x.size < 12);
    assert(small.length === 0, `${size.width}: text under 12 px: ${JSON.stringify(small.slice(0, 3))}`);
    // Dark text on white: #1f1d1a.
    assert(
      texts.every((x) => x.fill === 'rgb(31, 29, 26)'),
      `${size.width}: chart text colour ${texts[0]!.fill}`,
    );
    const last = page.locator('svg[data-chart="timeline"] [data-year-label="2030"]');
    assert((await last.textContent()) === '2030', 'no 2030 label');
    const lastBox = (await last.boundingBox())!;
    const svgBox = (await chart.boundingBox())!;
    const panelBox = (await page.locator('#side-panel').boundingBox())!;
    assert(
      lastBox.x + lastBox.width <= svgBox.x + svgBox.width &&
        lastBox.x + lastBox.width <= panelBox.x + panelBox.width,
      `${size.width}: 2030 is cut: ${JSON.stringify(lastBox)} in ${JSON.stringify(svgBox)}`,
    );
    const legend = await page.locator('[data-chart-legend] li').allInnerTexts();
    assert(
      legend.length >= 4 && legend.some((l) => /Đang hoạt động/.test(l)),
      `legend: ${legend.join(' | ')}`,
    );
    const legendSize = await page
      .locator('[data-chart-legend] li')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert(legendSize >= 12, `legend text ${legendSize} px`);
    await screenshot(page, `stats-chart-${size.width}`);
    assertClean(problems);
  }
});

test('the fit rings are in the legend while the fit tab is open, and off the map once the user leaves', async ({
  context,
}) => {
  const { page, problems } = await openPage(context, '?fit.airport=25');
  await waitForMapIdle(page);
  const ring = page.locator('.legend [data-legend="fit-ring"]');
  await ring.waitFor();
  await page.locator('[data-fit-list="pass"] [data-fit-zone]').first().waitFor();
  const passing = await page.locator('[data-fit-list="pass"] [data-fit-zone]').count();
  assert(new RegExp(`\\(${passing}\\)`).test(await ring.innerText()), `legend: ${await ring.innerText()}`);
  const layer = () =>
    page.evaluate(() => ({
      visibility: window.__map!.getLayoutProperty('fit-pass-ring', 'visibility'),
      drawn: window.__map!.queryRenderedFeatures({ layers: ['fit-pass-ring'] }).length,
    }));
  await waitForMapIdle(page);
  const inFit = await layer();
  assert(inFit.visibility === 'visible' && inFit.drawn > 0, `rings in the fit tab: ${JSON.stringify(inFit)}`);
  await screenshot(page, 'fit-rings-legend');
  await tab(page, 'list');
  await waitForMapIdle(page);
  const away = await layer();
  assert(away.visibility === 'none' && away.drawn === 0, `rings after leaving: ${JSON.stringify(away)}`);
  assert((await ring.count()) === 0, 'the legend still names the rings');
  await tab(page, 'fit');
  await waitForMapIdle(page);
  assert((await layer()).visibility === 'visible', 'the rings did not come back');
  assertClean(problems);
});

test('the choropleth and the pinned zones go into the link and come back in a fresh browser', async ({
  context,
  newContext,
}) => {
  const { page, problems } = await openPage(context, '?tab=stats');
  await waitForMapIdle(page);
  const controls = page.locator('[data-control="choropleth"]');
  await controls.locator('input[type="checkbox"]').check();
  await controls.getByLabel('Xã, phường (từ 2025)').check();
  await controls.locator('input[value="ha"]').check();
  await tab(page, 'list');
  for (const id of ['kcn-thang-long', 'hhtp-hoa-lac'])
    await page.locator(`.result-list [data-pin="${id}"]`).click();
  const url = new URL(page.url());
  assert(url.searchParams.get('choro') === 'commune,ha', `choro: ${url.search}`);
  assert(url.searchParams.get('pins') === 'kcn-thang-long,hhtp-hoa-lac', `pins: ${url.search}`);
  // Another visitor (nothing stored) opens the link.
  const fresh = await newContext();
  const other = await openPage(fresh, url.href);
  await waitForMapIdle(other.page);
  const choro = await other.page.evaluate(() => ({
    communes: window.__map!.getLayoutProperty('choropleth-communes', 'visibility'),
    districts: window.__map!.getLayoutProperty('choropleth-districts', 'visibility'),
  }));
  assert(choro.communes === 'visible' && choro.districts === 'none', `choropleth: ${JSON.stringify(choro)}`);
  await tab(other.page, 'stats');
  assert(
    await other.page.locator('[data-control="choropleth"] input[value="ha"]').isChecked(),
    'the measure did not come back',
  );
  await tab(other.page, 'compare');
  await other.page.locator('.compare-table').waitFor(); // the compare panel loads on demand
  const columns = await other.page
    .locator('.compare-table thead th[data-zone-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-zone-id')));
  assert(columns.join() === 'kcn-thang-long,hhtp-hoa-lac', `pinned: ${columns.join()}`);
  assertClean(problems);
  assertClean(other.problems);
});

test('a link or a stored shortlist with one bad pinned id drops only that id, with a notice', async ({
  context,
}) => {
  const { page, problems } = await openPage(
    context,
    '?tab=compare&pins=kcn-thang-long,no-such-zone,Bad%20Id,hhtp-hoa-lac',
  );
  await waitForMapIdle(page);
  // The malformed id is refused as the link is read, the unknown one once the data has loaded.
  await page.locator('.notice', { hasText: 'pins=no-such-zone' }).waitFor();
  const text = (await page.locator('.notice', { hasText: 'pins=' }).allInnerTexts()).join(' ');
  assert(/pins=Bad Id/.test(text) && /pins=no-such-zone/.test(text), `notices: ${text}`);
  // The compare tab is fetched when the link opens it: wait for its table before reading it.
  const columns = async () => {
    const heads = page.locator('.compare-table thead th[data-zone-id]');
    await heads.first().waitFor();
    return heads.evaluateAll((els) => els.map((e) => e.getAttribute('data-zone-id')));
  };
  assert(
    (await columns()).join() === 'kcn-thang-long,hhtp-hoa-lac',
    `pins kept: ${(await columns()).join()}`,
  );
  assert(
    new URL(page.url()).searchParams.get('pins') === 'kcn-thang-long,hhtp-hoa-lac',
    'the link keeps the bad id',
  );
  // The same from the browser's storage: the good pins stay.
  await page.evaluate(() =>
    localStorage.setItem(
      'hanoi-industrial-zones.shortlist',
      JSON.stringify({ version: 1, ids: ['kcn-sai-dong-a', 'Not An Id', 'kcn-noi-bai'] }),
    ),
  );
  await page.goto(new URL('?tab=compare', page.url()).href);
  await waitForMapIdle(page);
  await page.locator('.notice', { hasText: 'không đọc được' }).waitFor();
  assert(
    (await columns()).join() === 'kcn-sai-dong-a,kcn-noi-bai',
    `stored pins kept: ${(await columns()).join()}`,
  );
  assertClean(problems);
});

test('the year control on the map: a past year, and a future year that only a plan can date', async ({
  context,
  newContext,
}) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const thisYear = await page.evaluate(() => new Date().getUTCFullYear());
  test.skip(thisYear >= 2029, 'the timeline ends in 2030: no future year left to test');
  const control = page.locator('.map-wrap [data-control="timeline"]');
  await control.locator('[data-year-toggle]').click();
  await control.locator('input[type="checkbox"]').check();
  const slider = control.locator('input[type="range"]');
  await slider.fill('2015');
  await waitForMapIdle(page);
  const in2015 = await renderedZoneIds(page);
  assert(in2015.length > 0, 'no zone in 2015');
  assert((await control.locator('[data-year-status]').innerText()) === '', 'a past year says it is planned');
  const future = String(thisYear + 1);
  await slider.fill(future);
  await waitForMapIdle(page);
  const status = await control.locator('[data-year-status]').innerText();
  assert(new RegExp(`không có quy hoạch nào ghi năm cho ${future}`).test(status), `future status: ${status}`);
  assert((await renderedZoneIds(page)).length === 0, 'today’s map is repeated in a future year');
  assert((await listedIds(page)).length === 0, 'the list repeats today in a future year');
  assert(
    /không có quy hoạch nào ghi năm/.test(await page.locator('.year-banner').innerText()),
    'the list does not say why',
  );
  await screenshot(page, 'timeline-future-no-plans');
  // Escape closes the control and returns to its button; the button names the year.
  await slider.focus();
  await page.keyboard.press('Escape');
  assert(
    await control.locator('[data-year-toggle]').evaluate((e) => e === document.activeElement),
    'focus lost',
  );
  assert(
    new RegExp(future).test(await control.locator('[data-year-toggle]').innerText()),
    'the button hides the year',
  );
  assertClean(problems);

  // A zone a plan dates to 2030 (here a status dated 2030) appears from 2030, and alone.
  const planned = await newContext();
  await planned.route('**/data/zones.geojson', async (route) => {
    const response = await route.fetch();
    const fc = await response.json();
    const zone = fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'kcn-phu-nghia');
    zone.properties.status.push({
      value: 'operating',
      source: zone.properties.status[0].source,
      asOf: '2030',
    });
    await route.fulfill({ response, json: fc });
  });
  const other = await openPage(planned, `?year=${future}`);
  await waitForMapIdle(other.page);
  assert((await renderedZoneIds(other.page)).length === 0, 'a zone shows before its plan’s year');
  await other.page.goto(new URL('?year=2030', other.page.url()).href);
  await waitForMapIdle(other.page);
  assert(
    (await renderedZoneIds(other.page)).join() === 'kcn-phu-nghia',
    'the planned zone is not alone in 2030',
  );
  await other.page.locator('[data-year-toggle]').click();
  const plannedStatus = await other.page.locator('[data-year-status]').innerText();
  assert(/chỉ vẽ 1 khu mà quy hoạch ghi năm đến 2030/.test(plannedStatus), `status: ${plannedStatus}`);
  await screenshot(other.page, 'timeline-2030-planned');
  assertClean(other.problems);
});

test('the year control sits on the map on a phone too', async ({ newContext }) => {
  const context = await newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const toggle = page.locator('[data-year-toggle]');
  const box = (await toggle.boundingBox())!;
  const map = (await page.locator('[data-testid="map"]').boundingBox())!;
  const filters = (await page.locator('.filters-toggle').boundingBox())!;
  assert(inside(box, map), `the year button is off the map: ${JSON.stringify(box)}`);
  assert(box.x >= filters.x + filters.width, 'the year button covers the filters button');
  assert(box.height >= 44, 'the year button is too small to tap');
  await toggle.click();
  const body = (await page.locator('.year-body').boundingBox())!;
  assert(
    inside(body, { x: 0, y: 0, width: 390, height: 844 }),
    `the year panel is off screen: ${JSON.stringify(body)}`,
  );
  await screenshot(page, 'timeline-phone');
  assertClean(problems);
});
