/**
 * Keeping imported layers in this browser, as a user sees it: each layer says whether it is saved;
 * one the browser refuses is marked "not saved" with the reason, before any reload; set-aside layers
 * are listed and can be downloaded or deleted; a deleted object store is recreated; a long filter
 * value never makes a layer unreadable; a browser that keeps nothing says so.
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { assert, openPage, screenshot, test, waitForMapIdle, PHONE } from './harness';

const GOOD = 'tests/fixtures/import';

async function openImport(page: Page) {
  await waitForMapIdle(page);
  await page.locator('[role="tab"]#tab-import').click();
  await page.locator('[data-testid="import-input"]').waitFor({ state: 'attached' });
}
const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll('[data-import-job]').length === 0, null, {
    timeout: 60_000,
  });
const layer = (page: Page, name: string) => page.locator(`[data-import-layer="${name}"]`);

/** Writes one record into the app's database from the test (the page's CSP forbids eval). */
function putRecord(page: Page, key: string, value: unknown) {
  return page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('hanoi-iz-user-layers');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('layers', 'readwrite');
          tx.objectStore('layers').put(v, k as string);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [key, value] as const,
  );
}

async function statesScreens(context: BrowserContext, lang: 'vi' | 'en', phone: boolean) {
  const { page } = await openPage(context, `?lang=${lang}`);
  if (phone) await page.locator('.sheet-handle').click();
  await openImport(page);
  await page.locator('[data-testid="import-input"]').setInputFiles(`${GOOD}/lots.csv`);
  await layer(page, 'lots').locator('[data-storage="saved"]').waitFor();
  await putRecord(page, 'bad', { v: 2, meta: { id: 'bad', name: 'Lớp hỏng' }, chunks: 1 });
  await page.reload();
  if (phone) await page.locator('.sheet-handle').click();
  await openImport(page);
  await page.locator('[data-set-aside]').waitFor();
  // The browser refuses the next write: the layer is marked before any reload.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'chunks') throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.locator('[data-testid="import-input"]').setInputFiles(`${GOOD}/site.kml`);
  await layer(page, 'site').locator('[data-storage="failed"]').waitFor();
  await layer(page, 'site').scrollIntoViewIfNeeded();
  await screenshot(page, `import-states-${lang}-${phone ? 390 : 1366}`);
  return page;
}

test('storage: saved, not saved (with its reason) and set aside, as the layer list shows them', async ({
  context,
  newContext,
}) => {
  const { page, problems } = await openPage(context);
  await openImport(page);
  await page.locator('[data-testid="import-input"]').setInputFiles([`${GOOD}/lots.csv`, `${GOOD}/site.kmz`]);
  await settled(page);
  await layer(page, 'lots').locator('[data-storage="saved"]').waitFor();
  await layer(page, 'site').locator('[data-storage="saved"]').waitFor();
  // A record that no longer validates (written by an older or broken version): set aside on reload.
  await putRecord(page, 'bad', { v: 2, meta: { id: 'bad', name: 'Lớp hỏng' }, chunks: 1 });
  await page.reload();
  await openImport(page);
  const aside = page.locator('[data-set-aside="Lớp hỏng"]');
  await aside.waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    aside.locator('button', { hasText: 'Tải GeoJSON' }).click(),
  ]);
  const geojson = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  assert(geojson.type === 'FeatureCollection', 'the set-aside download is not GeoJSON');
  // The browser refuses to store a new layer: marked not saved at once, with the reason.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'chunks')
        throw new DOMException('The serialized keys and/or value are too large', 'UnknownError');
      return put.apply(this, args);
    };
  });
  await page.locator('[data-testid="import-input"]').setInputFiles(`${GOOD}/site.kml`);
  const failed = layer(page, 'site').nth(1).locator('[data-storage="failed"]');
  await failed.waitFor();
  const text = await failed.innerText();
  assert(/Chưa lưu: lớp sẽ mất khi tải lại trang\./.test(text) && /quá lớn/.test(text), text);
  assert(
    !/UnknownError|serialized/.test(await page.locator('.import-panel').innerText()),
    'raw error text shown',
  );
  await screenshot(page, 'import-states-vi-1366-aside');
  await aside.locator('button', { hasText: 'Xoá' }).click();
  await aside.waitFor({ state: 'detached' });
  assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));

  for (const [lang, phone] of [
    ['vi', false],
    ['en', false],
    ['vi', true],
    ['en', true],
  ] as const) {
    const ctx = await newContext(phone ? PHONE : {});
    await statesScreens(ctx, lang, phone);
    await ctx.close();
  }
});

test('storage: a deleted object store is recreated; a 630-character filter never makes a layer unreadable', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await openImport(page);
  // Something removes the store (an old version, another tab): the app's connection gives way.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const probe = indexedDB.open('hanoi-iz-user-layers');
        probe.onsuccess = () => {
          const v = probe.result.version;
          probe.result.close();
          const req = indexedDB.open('hanoi-iz-user-layers', v + 1);
          req.onupgradeneeded = () => req.result.deleteObjectStore('layers');
          req.onsuccess = () => (req.result.close(), resolve());
          req.onerror = () => reject(req.error);
        };
      }),
  );
  await page.locator('[data-testid="import-input"]').setInputFiles(`${GOOD}/cluster-1258.zip`);
  const cluster = layer(page, 'cum_cn');
  await cluster.locator('[data-storage="saved"]').waitFor();
  await cluster.locator('select').selectOption('TEN');
  await cluster.locator('input[type="search"]').fill('x'.repeat(630));
  await cluster.locator('[data-import-matching="0"]').waitFor();
  await page.waitForTimeout(500);
  await page.reload();
  await openImport(page);
  await layer(page, 'cum_cn').waitFor();
  const value = await layer(page, 'cum_cn').locator('input[type="search"]').inputValue();
  assert(value.length === 500, `filter kept ${value.length} characters`);
  assert((await page.locator('[data-set-aside]').count()) === 0, 'a layer was set aside');
  assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
});

test('storage: a browser that keeps nothing says so in plain words', async ({ context }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get: () => ({
        open: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      }),
    });
  });
  const { page } = await openPage(context);
  await openImport(page);
  await page.locator('[data-testid="storage-unavailable"]').waitFor();
  await page.locator('[data-testid="import-input"]').setInputFiles(`${GOOD}/lots.csv`);
  await layer(page, 'lots').locator('[data-storage="failed"]').waitFor();
  assert(
    (await layer(page, 'lots').innerText()).includes('trình duyệt này không cho trang lưu dữ liệu'),
    await layer(page, 'lots').innerText(),
  );
});
