/** Phones (390×844): a zone open leaves the map visible, the attribution folds away, taps on overlaps. */
import type { Page } from '@playwright/test';
import { assert, assertClean, openPage, screenshot, test, waitForMapIdle, PHONE } from './harness';

test.use({ ...PHONE, deviceScaleFactor: 2 });

async function settle(page: Page) {
  await waitForMapIdle(page);
  await page.waitForFunction(() => !window.__map!.isMoving(), null, { timeout: 15_000 });
  await waitForMapIdle(page);
}

/** The part of the map the user can see: the map's box, minus what the sheet covers. */
async function visibleMap(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    const sheet = document.querySelector('.sidebar-right')!.getBoundingClientRect();
    return { top: map.top, bottom: Math.min(map.bottom, sheet.top), left: map.left, right: map.right };
  });
}

test('with a zone open, at least 40 % of the screen shows the map and the zone is in it', async ({
  context,
}) => {
  const { page, problems } = await openPage(context, '?zone=ccn-lien-ha-da');
  await page.locator('.zone-panel').waitFor({ timeout: 20_000 });
  await settle(page);
  const seen = await visibleMap(page);
  const share = (seen.bottom - seen.top) / 844;
  assert(share >= 0.4, `the map shows in ${Math.round(share * 100)} % of the screen height`);
  const anchor = await page.evaluate(async () => {
    const fc = await (await fetch('data/zones.geojson')).json();
    return fc.features.find((f: { properties: { id: string } }) => f.properties.id === 'ccn-lien-ha-da')
      .properties.anchor as [number, number];
  });
  const pt = await page.evaluate((a) => {
    const p = window.__map!.project(a);
    const box = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, anchor);
  assert(
    pt.y > seen.top && pt.y < seen.bottom && pt.x > seen.left && pt.x < seen.right,
    `the zone's point ${JSON.stringify(pt)} is outside the visible map ${JSON.stringify(seen)}`,
  );
  await screenshot(page, 'phone-zone-sheet');
  assertClean(problems);
});

test('the attribution starts folded behind its (i) button and opens on a tap', async ({ context }) => {
  const { page } = await openPage(context);
  await waitForMapIdle(page);
  const attribution = page.locator('.maplibregl-ctrl-attrib');
  assert((await attribution.getAttribute('open')) === null, 'the attribution starts open');
  const folded = (await attribution.boundingBox())!;
  assert(folded.width <= 44 && folded.height <= 44, `folded attribution is ${folded.width}×${folded.height}`);
  await page.locator('.maplibregl-ctrl-attrib-button').tap();
  await page.locator('.maplibregl-ctrl-attrib-inner', { hasText: 'OpenStreetMap' }).waitFor();
});

test('a notice sits above the map, its controls and the sheet', async ({ context }) => {
  const { page } = await openPage(context, '?zone=hhtp-hoa-lac&nonsense=1');
  const notice = page.locator('.notice').first();
  await notice.waitFor();
  await settle(page);
  const onTop = await notice.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const points = [
      [r.left + 4, r.top + r.height / 2],
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.right - 4, r.top + r.height / 2],
    ];
    return points.every(([x, y]) => el.contains(document.elementFromPoint(x!, y!)));
  });
  assert(onTop, 'something is drawn over the notice');
});

test('a tap opens the zone drawn on top: NIC on its campus, Hòa Lạc at its centre', async ({ context }) => {
  const { page, problems } = await openPage(context, '?map=13.5/21.01/105.535');
  await settle(page);
  const box = (await page.locator('[data-testid="map"]').boundingBox())!;
  const tapAt = async (lngLat: [number, number]) => {
    const pt = await page.evaluate((a) => window.__map!.project(a), lngLat);
    await page.touchscreen.tap(box.x + pt.x, box.y + pt.y);
  };
  // NIC's point sits inside Hòa Lạc's footprint and is drawn over it.
  await tapAt([105.527159, 21.017361]);
  await page.locator('.zone-panel[data-zone-id="nic-hoa-lac"]').waitFor({ timeout: 10_000 });
  await page.locator('.zone-panel .close').tap();
  await settle(page);
  await tapAt([105.543992, 21.001634]);
  await page.locator('.zone-panel[data-zone-id="hhtp-hoa-lac"]').waitFor({ timeout: 10_000 });
  await screenshot(page, 'phone-hoa-lac-tap');
  assertClean(problems);
});
