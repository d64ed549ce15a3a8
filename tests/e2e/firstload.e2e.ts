/**
 * The first load holds only what the first view shows: no side panel but the list, no commune
 * boundaries at the city-wide zoom. Each arrives when first needed: a tab's code when the tab opens
 * (with a loading line in its place meanwhile), the communes when the map zooms in to them.
 */
import { assert, assertClean, openPage, renderedZoneIds, screenshot, test, waitForMapIdle } from './harness';

for (const [name, viewport] of [
  ['1366', { width: 1366, height: 850 }],
  ['phone', { width: 390, height: 844 }],
] as const)
  test(`first load: panels and reference layers load when first needed (${name})`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport });
    const fetched: string[] = [];
    ctx.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // The statistics tab's code is held back until the test has seen its loading line.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await ctx.route(/StatsPanel-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const { page, problems } = await openPage(ctx, '?lang=en');
    await waitForMapIdle(page);
    await page.waitForTimeout(500);
    const atStart = [...fetched];
    const has = (list: string[], re: RegExp) => list.some((u) => re.test(u));
    const why = await page.evaluate(() => {
      const map = window.__map!;
      return `zoom ${map.getZoom().toFixed(2)}: ${map
        .getLayersOrder()
        .filter((id) => map.getLayer(id)?.source === 'communes-2025')
        .map((id) => `${id} ${map.getLayer(id)?.minzoom} ${map.getLayoutProperty(id, 'visibility')}`)
        .join(', ')}`;
    });
    assert(
      !has(atStart, /communes-2025\.geojson$/),
      `the communes file is not part of the first load (${why})`,
    );
    for (const panel of ['StatsPanel', 'PlanPanel', 'FitPanel', 'MarketPanel', 'ComparePanel', 'ImportPanel'])
      assert(!has(atStart, new RegExp(`/${panel}-[\\w-]+\\.js$`)), `${panel} is not part of the first load`);
    assert(has(atStart, /districts-2020\.geojson$/), 'the first view draws the former districts');

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

    await page.evaluate(() => window.__map!.jumpTo({ center: [105.85, 21.03], zoom: 11 }));
    await waitForMapIdle(page);
    await page.waitForFunction(() => window.__map!.querySourceFeatures('communes-2025').length > 0, null, {
      timeout: 20_000,
    });
    assert(has(fetched, /communes-2025\.geojson$/), 'zooming in fetches the communes');
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
