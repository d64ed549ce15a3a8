/** The keyboard user: skip links, the first zone in a few Tabs, Escape back to the opener, zones on the map. */
import type { Page } from '@playwright/test';
import { assert, assertClean, openPage, screenshot, test, waitForMapIdle } from './harness';

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      id: el?.id ?? '',
      zone: el?.dataset.zoneId ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 60),
      cls: el?.className ?? '',
    };
  });

test('a skip link leads to the list, and the first zone takes no more than 10 Tabs', async ({ context }) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  const firstLink = page.locator('.skip-links a').first();
  await page.keyboard.press('Tab');
  assert(await firstLink.evaluate((a) => a === document.activeElement), 'the first Tab is not the skip link');
  const box = await firstLink.boundingBox();
  assert(
    box && box.y >= 0 && box.height > 20,
    `the focused skip link is not on screen: ${JSON.stringify(box)}`,
  );
  await screenshot(page, 'keyboard-skip-link');

  let presses = 1;
  // Tab to "skip to the list", press Enter, then Tab to the first zone.
  while ((await focused(page)).text !== 'Đến danh sách khu' && presses < 10) {
    await page.keyboard.press('Tab');
    presses++;
  }
  await page.keyboard.press('Enter');
  assert((await focused(page)).id === 'results-title', 'the skip link did not move focus to the list');
  while (!(await focused(page)).zone && presses < 20) {
    await page.keyboard.press('Tab');
    presses++;
  }
  const first = await focused(page);
  const listed = await page.locator('.result-list .result').first().getAttribute('data-zone-id');
  assert(first.zone === listed, `focus is on ${JSON.stringify(first)}, not the first zone ${listed}`);
  assert(presses <= 10, `the first zone took ${presses} Tabs`);
  assertClean(problems);
});

test('the skip links reach the map and the filters', async ({ context }) => {
  const { page } = await openPage(context);
  await waitForMapIdle(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'CANVAS');
  await page.locator('.skip-links a').nth(1).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'filters-title');
});

test('Escape closes the zone panel and gives focus back to the row that opened it', async ({ context }) => {
  const { page } = await openPage(context);
  await waitForMapIdle(page);
  const row = page.locator('.result-list .result').nth(2);
  const id = await row.getAttribute('data-zone-id');
  await row.focus();
  await page.keyboard.press('Enter');
  await page.locator(`.zone-panel[data-zone-id="${id}"]`).waitFor();
  assert((await focused(page)).id === 'zone-title', 'the panel heading did not take focus');
  await page.keyboard.press('Escape');
  await page.locator('.zone-panel').waitFor({ state: 'detached' });
  await page.waitForFunction((zid) => (document.activeElement as HTMLElement)?.dataset.zoneId === zid, id);
  // Opened from the search box: Escape goes back to the search box.
  await page.getByRole('combobox', { name: 'Tìm khu, quận huyện, xã phường' }).fill('hoa lac');
  await page.getByRole('combobox', { name: 'Tìm khu, quận huyện, xã phường' }).press('Enter');
  await page.locator('.zone-panel').waitFor();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
});

test('zones on the map can be stepped through and opened from the keyboard', async ({ context }) => {
  const { page, problems } = await openPage(context, '?lang=en');
  await waitForMapIdle(page);
  const canvas = page.locator('canvas.maplibregl-canvas');
  await canvas.focus();
  const status = page.locator('.map-key-status');
  await status.filter({ hasText: 'Press N or P' }).waitFor();
  await page.keyboard.press('n');
  await status.filter({ hasText: /Zone 1 of \d+ in view/ }).waitFor();
  const total = Number((await status.textContent())!.match(/of (\d+)/)![1]);
  assert(total > 50, `only ${total} zones in view at the city view`);
  await page.keyboard.press('n');
  await status.filter({ hasText: 'Zone 2 of' }).waitFor();
  await page.keyboard.press('p');
  await page.keyboard.press('p');
  await status.filter({ hasText: `Zone ${total} of ${total}` }).waitFor();
  // The ring is the stepped-to zone's point in a source of its own: drawn once the map is at rest.
  await waitForMapIdle(page);
  const ringed = await page.evaluate(() =>
    window.__map!.queryRenderedFeatures({ layers: ['zones-focus'] }).map((h) => String(h.properties.id)),
  );
  assert(ringed.length === 1, `expected one ringed zone on the map, got ${ringed.length}`);
  await screenshot(page, 'keyboard-map-focus');
  await page.keyboard.press('Enter');
  await page.locator(`.zone-panel[data-zone-id="${ringed[0]}"]`).waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.zone-panel').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.tagName === 'CANVAS');
  assertClean(problems);
});
