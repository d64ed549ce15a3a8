/** The public experience: search, two languages, shareable links, phone, keyboard, accessibility. */
import type { Page } from '@playwright/test';
import { seriousViolations } from './a11y';
import {
  assert,
  BASE_URL,
  openPage,
  renderedZoneIds,
  screenshot,
  test,
  waitForMapIdle,
  PHONE,
} from './harness';

const listedIds = (page: Page) =>
  page.$$eval('.result-list [data-zone-id]', (els) => els.map((e) => e.getAttribute('data-zone-id')!).sort());
const center = (page: Page) => page.evaluate(() => window.__map!.getCenter().toArray() as [number, number]);
// By name: the lists' sort control is a combobox too.
const searchInput = (page: Page) => page.getByRole('combobox', { name: 'Tìm khu, quận huyện, xã phường' });

async function settle(page: Page) {
  await page.waitForFunction(() => !window.__map!.isMoving(), null, { timeout: 15_000 });
  await waitForMapIdle(page);
}

test('search ignores tones and case, works from the keyboard and flies to the zone', async ({ context }) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  for (const q of ['hoa lac', 'HOÀ LẠC', 'cnc hoa lac']) {
    await searchInput(page).fill(q);
    // The index is built in the background after the first idle: rank once it is complete.
    await page.locator('[role="listbox"][data-index="complete"]').waitFor();
    const first = page.locator('[role="option"]').first();
    assert(
      (await first.getAttribute('data-target')) === 'zone:hhtp-hoa-lac',
      `"${q}" did not rank Hòa Lạc first`,
    );
  }
  await searchInput(page).press('ArrowDown');
  await searchInput(page).press('ArrowUp');
  await searchInput(page).press('Enter');
  await page.locator('.zone-panel[data-zone-id="hhtp-hoa-lac"]').waitFor();
  await settle(page);
  const [lng, lat] = await center(page);
  assert(
    Math.abs(lng - 105.53) < 0.05 && Math.abs(lat - 21.01) < 0.05,
    `did not fly to Hòa Lạc: ${lng},${lat}`,
  );
  assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
});

test('searching a former district or a commune flies to that place', async ({ context }) => {
  const { page } = await openPage(context);
  await waitForMapIdle(page);
  await searchInput(page).fill('dong anh');
  await page.locator('[role="option"][data-target="district:dong-anh"]').click();
  await settle(page);
  const [lng, lat] = await center(page);
  assert(lng > 105.75 && lng < 105.95 && lat > 21.08 && lat < 21.2, `not over Đông Anh: ${lng},${lat}`);
  await searchInput(page).fill('xa quang minh');
  await page.locator('[role="option"][data-target="commune:xa-quang-minh"]').click();
  await settle(page);
  const zoom = await page.evaluate(() => window.__map!.getZoom());
  assert(zoom > 11, `did not zoom to the commune: ${zoom}`);
});

test('empty, punctuation-only and 500-character searches do not break the page', async ({ context }) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  for (const q of ['', '!!!???...', 'x'.repeat(500), '<img src=x onerror=alert(1)>', '(.*[']) {
    await searchInput(page).fill(q);
    await page.waitForTimeout(50);
  }
  assert((await page.locator('.search-empty').count()) === 1, 'no "nothing found" message');
  assert((await listedIds(page)).length > 50, 'the list disappeared');
  assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
});

test('the language switch changes the whole interface without a reload, with local number formats', async ({
  context,
}) => {
  const { page } = await openPage(context, '?zone=hhtp-hoa-lac');
  await waitForMapIdle(page);
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  const panel = page.locator('.zone-panel');
  assert(/1\.586 ha/.test(await panel.innerText()), 'Vietnamese thousands separator missing');
  await page.getByRole('button', { name: /EN/ }).click();
  await page.getByRole('heading', { name: 'Filters' }).waitFor();
  const text = await page.locator('body').innerText();
  assert(/Hòa Lạc Hi-Tech Park/.test(await panel.innerText()), 'zone name not in English');
  assert(/1,586 ha/.test(await panel.innerText()), 'English thousands separator missing');
  assert(!/Bộ lọc|Tình trạng|Danh sách/.test(text), 'Vietnamese interface text left after switching');
  assert((await page.evaluate(() => document.documentElement.lang)) === 'en', 'html lang not updated');
  assert(new URL(page.url()).searchParams.get('lang') === 'en', 'language not in the URL');
  assert(
    (await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)) === 1,
    'the page reloaded',
  );
  await screenshot(page, 'desktop-english');
});

test('a copied link opens the same view elsewhere, and Back/Forward step through changes', async ({
  context,
  newContext,
}) => {
  const { page } = await openPage(context);
  await waitForMapIdle(page);
  await page.locator('fieldset[data-group="statuses"] input[value="operating"]').check();
  await page.locator('fieldset[data-group="kinds"] input[value="kcn"]').check();
  await page.locator('.result-list [data-zone-id="kcn-thang-long"]').click();
  await settle(page);
  const url = page.url();
  const listed = await listedIds(page);
  const other = await newContext({ viewport: { width: 1366, height: 850 } });
  const { page: copy } = await openPage(other, url.replace(BASE_URL, ''));
  await waitForMapIdle(copy);
  assert(
    JSON.stringify(await listedIds(copy)) === JSON.stringify(listed),
    'the copied link shows a different list',
  );
  assert(
    (await copy.locator('.zone-panel').getAttribute('data-zone-id')) === 'kcn-thang-long',
    'zone not reopened',
  );
  const [a, b] = [await center(page), await center(copy)];
  assert(Math.abs(a[0] - b[0]) < 0.001 && Math.abs(a[1] - b[1]) < 0.001, 'camera differs');
  await other.close();

  await page.goBack(); // undo the selection
  await page.locator('.zone-panel').waitFor({ state: 'detached' });
  await page.goBack(); // undo the kind filter
  assert(
    !(await page.locator('fieldset[data-group="kinds"] input[value="kcn"]').isChecked()),
    'Back did not undo the filter',
  );
  await page.goForward();
  assert(
    await page.locator('fieldset[data-group="kinds"] input[value="kcn"]').isChecked(),
    'Forward did not redo it',
  );
});

test('a URL full of garbage opens the app with a quiet notice and no error', async ({ context }) => {
  const { page, problems } = await openPage(
    context,
    '?status=%%%&zone=%3Cscript%3E&map=abc&lang=xx&district=nowhere&foo=1',
  );
  await waitForMapIdle(page);
  const notice = await page.locator('.notice').first().innerText();
  assert(/bỏ qua/.test(notice), `no notice: ${notice}`);
  assert((await renderedZoneIds(page)).length > 50, 'zones not drawn');
  assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
});

test('the map has a label and pans and zooms from the keyboard', async ({ context }) => {
  const { page } = await openPage(context);
  await waitForMapIdle(page);
  const canvas = page.locator('canvas.maplibregl-canvas');
  assert(/Bản đồ/.test((await canvas.getAttribute('aria-label')) ?? ''), 'canvas has no label');
  await canvas.focus();
  const before = await center(page);
  await page.keyboard.press('ArrowRight');
  await settle(page);
  const after = await center(page);
  assert(after[0] > before[0], 'ArrowRight did not pan east');
  const zoom = await page.evaluate(() => window.__map!.getZoom());
  await page.keyboard.press('Equal');
  await settle(page);
  assert((await page.evaluate(() => window.__map!.getZoom())) > zoom, '+ did not zoom in');
});

const PHONE_2X = { ...PHONE, deviceScaleFactor: 2 };

test('on a phone the map fills the screen, filters open in a drawer and zones in a bottom sheet', async ({
  newContext,
}) => {
  const ctx = await newContext(PHONE_2X);
  const { page, problems } = await openPage(ctx);
  await waitForMapIdle(page);
  const map = (await page.locator('[data-testid="map"]').boundingBox())!;
  assert(map.width === 390 && map.height > 580, `map does not fill the screen: ${JSON.stringify(map)}`);
  await screenshot(page, 'phone-initial');
  const drawer = page.locator('#filters-drawer');
  assert(!(await drawer.isVisible()), 'filters visible before opening the drawer');
  await page.locator('.filters-toggle').tap();
  await drawer.locator('input[value="operating"]').waitFor({ state: 'visible' });
  await page.waitForTimeout(300); // let the drawer finish sliding in before the picture
  await screenshot(page, 'phone-filters');
  await drawer.locator('label:has(input[value="operating"])').tap();
  await page.keyboard.press('Escape');
  await page.locator('.result-list [data-zone-id="kcn-thang-long"]').tap();
  await page.locator('.zone-panel[data-zone-id="kcn-thang-long"]').waitFor();
  assert(
    (await page.locator('.app-main').getAttribute('data-sheet-expanded')) === 'true',
    'sheet did not expand',
  );
  await settle(page);
  const inView = await page.evaluate(() => {
    const map = window.__map!;
    const p = map.project([105.7814, 21.1234]);
    const c = map.getContainer();
    return p.x > 0 && p.y > 0 && p.x < c.clientWidth && p.y < c.clientHeight;
  });
  assert(inView, 'the selected zone is hidden under the bottom sheet');
  await screenshot(page, 'phone-zone');
  const small = await page.$$eval('button, input, [role="option"], a.tab, select', (els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('.maplibregl-ctrl-attrib'))
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ e, r }) => r.height < 44 && !(e instanceof HTMLInputElement && e.type === 'checkbox'))
      .map(
        ({ e, r }) => `${e.tagName.toLowerCase()}.${(e as HTMLElement).className} ${Math.round(r.height)}px`,
      ),
  );
  assert(small.length === 0, `touch targets under 44 px: ${small.slice(0, 5).join(', ')}`);
  assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
  await ctx.close();
});

test('no serious or critical accessibility violations, desktop and phone', async ({
  context,
  newContext,
}) => {
  const { page } = await openPage(context, '?zone=kcn-sai-dong-b');
  await waitForMapIdle(page);
  const desktop = await seriousViolations(page);
  const ctx = await newContext(PHONE_2X);
  const { page: small } = await openPage(ctx);
  await waitForMapIdle(small);
  const phoneViolations = await seriousViolations(small);
  await ctx.close();
  assert(desktop.length === 0 && phoneViolations.length === 0, [...desktop, ...phoneViolations].join('\n'));
});
