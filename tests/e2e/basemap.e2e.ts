/**
 * The base map: bundled by default; two online maps on request, kept in the link and across visits;
 * a shared link never turns one on by itself; and a failing online map gives way to the bundled one
 * with one notice in plain words. Online maps are routed stand-ins (fakeOnlineMaps.ts).
 */
import type { Page } from '@playwright/test';
import { type Answer, OFM_HOST, OSM_HOST, routeOnlineMaps } from './fakeOnlineMaps';
import { assert, assertClean, openPage, screenshot, test, waitForMapIdle } from './harness';

test.use({ allowedHosts: [OFM_HOST, OSM_HOST] });

const LABELS = {
  openfreemap: /OpenFreeMap \(vector/,
  osm: /OpenStreetMap \(ảnh/,
  offline: /Ngoại tuyến/,
} as const;

async function openLegend(page: Page) {
  const show = page.getByRole('button', { name: 'Hiện chú giải' });
  if (await show.isVisible()) await show.click();
}
async function choose(page: Page, basemap: keyof typeof LABELS) {
  await openLegend(page);
  await page.getByRole('radio', { name: LABELS[basemap] }).check();
}
const mapState = (page: Page) =>
  page.evaluate(() => {
    const map = window.__map!;
    const ids = map.getStyle().layers.map((l) => l.id);
    return {
      online: ids.filter((id) => id.startsWith('online-')),
      waterDrawn: map.getLayer('online-ofm-water')
        ? map.queryRenderedFeatures({ layers: ['online-ofm-water'] }).length
        : 0,
      waterBelowZones: ids.indexOf('online-ofm-water') < ids.indexOf('zones-area'),
      hanoiFill: map.getLayoutProperty('hanoi-fill', 'visibility') ?? 'visible',
      roads: map.getLayoutProperty('roads-line', 'visibility') ?? 'visible',
    };
  });
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('hanoi-industrial-zones.basemap'));

test('the vector base map loads on request, draws under our layers, credits its sources and is kept', async ({
  context,
}) => {
  const traffic = await routeOnlineMaps(context);
  const { page, problems } = await openPage(context, '?zone=kcn-thang-long');
  await waitForMapIdle(page);
  assert(traffic.urls.length === 0, `requests before the user asked: ${traffic.urls.join(', ')}`);
  await choose(page, 'openfreemap');
  await page.waitForFunction(() => Boolean(window.__map!.getLayer('online-ofm-water')));
  await waitForMapIdle(page);
  const state = await mapState(page);
  assert(
    state.waterDrawn > 0 && state.waterBelowZones,
    `vector map not drawn under ours: ${JSON.stringify(state)}`,
  );
  assert(
    state.hanoiFill === 'none' && state.roads === 'none',
    `offline layers still shown: ${JSON.stringify(state)}`,
  );
  assert(
    !state.online.some((id) => /wetland|one_way|natural_earth/.test(id)),
    `layers needing the sprite or other sources kept: ${state.online.join(', ')}`,
  );
  const attribution = await page
    .locator('.maplibregl-ctrl-attrib-inner')
    .evaluate((el) => el.textContent ?? '');
  assert(
    /OpenFreeMap © OpenMapTiles © OpenStreetMap contributors/.test(attribution),
    `attribution: ${attribution}`,
  );
  assert(
    !traffic.urls.some((u) => /\/sprites\/|\/fonts\/|natural_earth/.test(u)),
    `sprite, glyphs or raster fetched: ${traffic.urls.filter((u) => /sprites|fonts|natural/.test(u)).join(', ')}`,
  );
  assert(new URL(page.url()).searchParams.get('basemap') === 'openfreemap', `URL: ${page.url()}`);
  assert(/"openfreemap"/.test((await stored(page)) ?? ''), `not kept: ${await stored(page)}`);
  await screenshot(page, 'basemap-openfreemap-1366');
  assertClean(problems);

  // A later visit, with a plain link, shows the visitor's own choice.
  const before = traffic.urls.length;
  await page.goto(new URL('./', page.url()).href);
  await waitForMapIdle(page);
  await page.waitForFunction(() => Boolean(window.__map!.getLayer('online-ofm-water')));
  assert(traffic.urls.length > before, 'the stored choice did not load the vector map');
  await page.getByRole('button', { name: /^EN\b/ }).click();
  await waitForMapIdle(page);
  const placeName = await page.evaluate(() =>
    JSON.stringify(window.__map!.getLayoutProperty('online-ofm-label_town', 'text-field')),
  );
  assert(placeName.includes('name:en'), `labels not in English: ${placeName}`);
});

test('the base map goes into the link; Back and Forward step through it', async ({ context }) => {
  await routeOnlineMaps(context);
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  await choose(page, 'osm');
  await page.waitForFunction(() => Boolean(window.__map!.getLayer('online-osm')));
  assert(new URL(page.url()).searchParams.get('basemap') === 'osm', `URL: ${page.url()}`);
  await page.goBack();
  await page.waitForFunction(() => !window.__map!.getLayer('online-osm'));
  assert(
    await page.getByRole('radio', { name: LABELS.offline }).isChecked(),
    'Back did not restore the offline map',
  );
  await page.goForward();
  await page.waitForFunction(() => Boolean(window.__map!.getLayer('online-osm')));
  assert((await page.locator('.basemap-offer').count()) === 0, 'asked about the map the visitor chose');
  assertClean(problems);
});

test('a shared link never turns on a third-party map by itself: it asks, and "no" keeps the visitor’s', async ({
  newContext,
}) => {
  for (const link of ['?basemap=openfreemap&zone=kcn-thang-long', '?layers=districts,transport,online']) {
    const ctx = await newContext();
    const traffic = await routeOnlineMaps(ctx);
    const { page } = await openPage(ctx, link);
    await waitForMapIdle(page);
    const offer = page.locator('.basemap-offer');
    await offer.waitFor();
    const host = link.includes('openfreemap') ? OFM_HOST : OSM_HOST;
    assert((await offer.innerText()).includes(host), `the offer does not name ${host}`);
    await page.waitForTimeout(500);
    assert(
      traffic.urls.length === 0,
      `third-party requests without consent: ${traffic.urls.slice(0, 3).join(', ')}`,
    );
    assert((await mapState(page)).online.length === 0, 'an online map was drawn without consent');
    await page.getByRole('button', { name: 'Giữ bản đồ hiện tại' }).click();
    await offer.waitFor({ state: 'detached' });
    assert(!new URL(page.url()).searchParams.has('basemap'), `the link still asks: ${page.url()}`);
    assert(
      traffic.urls.length === 0 && (await stored(page)) === null,
      'declining loaded or stored something',
    );
    await ctx.close();
  }
  // Yes loads it, and keeps it as the visitor's choice.
  const ctx = await newContext();
  const traffic = await routeOnlineMaps(ctx);
  const { page } = await openPage(ctx, '?basemap=openfreemap');
  await waitForMapIdle(page);
  await screenshot(page, 'basemap-offer-1366');
  await page.getByRole('button', { name: 'Tải bản đồ' }).click();
  await page.waitForFunction(() => Boolean(window.__map!.getLayer('online-ofm-water')));
  await waitForMapIdle(page);
  assert(traffic.tiles > 0, 'no tiles after accepting');
  assert(/"openfreemap"/.test((await stored(page)) ?? ''), 'accepting did not keep the choice');
});

/** Switches an online map on against routed failures and waits for the one notice. */
async function failing(
  page: Page,
  basemap: 'osm' | 'openfreemap',
  expected: RegExp,
): Promise<{ notices: string[]; online: string[] }> {
  await waitForMapIdle(page);
  await choose(page, basemap);
  await page.locator('.notice', { hasText: expected }).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !window.__map!.getStyle().layers.some((l) => l.id.startsWith('online-')));
  // More failures may still arrive after the fallback: still one notice.
  await page.waitForTimeout(1500);
  const notices = await page.locator('.notice').allInnerTexts();
  const online = (await mapState(page)).online;
  assert(
    await page.getByRole('radio', { name: LABELS.offline }).isChecked(),
    'the switch does not show the offline map after the fallback',
  );
  return { notices, online };
}
const oneCleanNotice = (notices: string[]) => {
  assert(notices.length === 1, `expected one notice, got ${notices.length}: ${notices.join(' | ')}`);
  assert(
    !/AJAXError|Error|Failed to fetch|\(0\)/.test(notices[0]!),
    `raw error in the notice: ${notices[0]}`,
  );
};

test('tiles that are never answered: after a few seconds, the offline map and one notice', async ({
  context,
}) => {
  await routeOnlineMaps(context, { tiles: () => 'hang' });
  const { page } = await openPage(context);
  const started = Date.now();
  const { notices, online } = await failing(page, 'openfreemap', /không phản hồi/);
  oneCleanNotice(notices);
  assert(online.length === 0, `online layers left: ${online.join(', ')}`);
  assert(Date.now() - started < 25_000, 'the fallback took too long');
  assert((await mapState(page)).hanoiFill === 'visible', 'the offline map did not come back');
  await screenshot(page, 'basemap-fallback-hang-1366');
});

test('a few failing tiles are retried and ignored: the online map stays', async ({ context }) => {
  let failed = 0;
  const traffic = await routeOnlineMaps(context, {
    tiles: (n): Answer => (n % 3 === 0 ? (failed++, 'fail') : 'ok'),
  });
  const { page } = await openPage(context);
  await waitForMapIdle(page);
  await choose(page, 'openfreemap');
  await page.waitForFunction(() => Boolean(window.__map!.getLayer('online-ofm-water')));
  await waitForMapIdle(page);
  for (const zoom of [11, 12.5]) {
    await page.evaluate((z) => window.__map!.jumpTo({ center: [105.85, 21.03], zoom: z }), zoom);
    await waitForMapIdle(page);
  }
  assert(
    failed >= 2 && traffic.tiles >= 9,
    `the test did not make tiles fail: ${failed} of ${traffic.tiles}`,
  );
  assert((await page.locator('.notice').count()) === 0, 'a notice for isolated failures');
  assert((await mapState(page)).waterDrawn > 0, 'the vector map was switched off');
});

test('every tile failing (refused or aborted): the offline map and one plain notice, in either language', async ({
  newContext,
}) => {
  for (const [basemap, lang, text] of [
    ['openfreemap', 'vi', /Không tải được.*ngoại tuyến/],
    ['osm', 'en', /could not be loaded.*offline base map/],
  ] as const) {
    const ctx = await newContext();
    await routeOnlineMaps(ctx, { tiles: (n) => (n % 2 ? 'fail' : 'abort') });
    const { page } = await openPage(ctx, `?lang=${lang}`);
    if (lang === 'en') {
      await waitForMapIdle(page);
      await page.getByRole('button', { name: 'Show legend' }).click();
      await page.getByRole('radio', { name: /OpenStreetMap \(images/ }).check();
      await page.locator('.notice', { hasText: text }).waitFor({ timeout: 30_000 });
      await page.waitForTimeout(1500);
      oneCleanNotice(await page.locator('.notice').allInnerTexts());
    } else {
      const { notices } = await failing(page, basemap, text);
      oneCleanNotice(notices);
    }
    await ctx.close();
  }
});

test('a captive portal’s web page instead of the style or the tiles: the offline map and one notice', async ({
  newContext,
}) => {
  for (const where of ['style', 'tiles'] as const) {
    const ctx = await newContext();
    await routeOnlineMaps(ctx, where === 'style' ? { style: 'html' } : { tiles: () => 'html' });
    const { page } = await openPage(ctx);
    const { notices } = await failing(page, 'openfreemap', /trang đăng nhập Wi-Fi/);
    oneCleanNotice(notices);
    if (where === 'style') await screenshot(page, 'basemap-fallback-portal-1366');
    await ctx.close();
  }
});
