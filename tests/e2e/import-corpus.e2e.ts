/**
 * The real-world corpus (tests/fixtures/real-world, see its SOURCE.md) and the packagings people use,
 * through the file input: each lands within 50 m of the truth; a shapefile without .prj is placed
 * with the coordinate-system question, whose preview shows where it would land before accepting.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { assert, openPage, screenshot, test, waitForMapIdle, PHONE } from './harness';

const DIR = 'tests/fixtures/real-world';
const truth = JSON.parse(fs.readFileSync(`${DIR}/truth.json`, 'utf8')) as {
  file: string;
  features: number;
  bbox: number[];
  answer?: string;
}[];

async function openImport(page: Page) {
  await waitForMapIdle(page);
  await page.locator('[role="tab"]#tab-import').click();
  await page.locator('[data-testid="import-input"]').waitFor({ state: 'attached' });
}
const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelectorAll('[data-import-job]').length === 0, null, {
    timeout: 60_000,
  });

/** Largest distance in metres between two extents, side by side. */
function offMetres(a: number[], b: number[]): number {
  const lat = (b[1]! + b[3]!) / 2;
  return Math.max(
    ...[0, 1, 2, 3].map(
      (i) => Math.abs(a[i]! - b[i]!) * (i % 2 ? 110_574 : 111_320 * Math.cos((lat * Math.PI) / 180)),
    ),
  );
}

test('corpus: real-world files land within 50 m of the truth, with the question answered by province', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await openImport(page);
  for (const t of truth) {
    const before = await page.locator('[data-import-layer]').count();
    await page.locator('[data-testid="import-input"]').setInputFiles(`${DIR}/${t.file}`);
    if (t.answer) {
      const dialog = page.locator('[data-testid="crs-dialog"]');
      await dialog.waitFor();
      const preview = dialog.locator('[data-preview-outside]');
      if (t.answer === 'TP Hồ Chí Minh') {
        // Hanoi's meridian first: the preview shows the parks ~80 km west of where they are.
        await dialog.locator('[data-testid="crs-province"]').selectOption({ label: 'Hà Nội (105°00′)' });
        await preview.waitFor();
        await screenshot(page, 'crs-dialog-hcmc-wrong-meridian-vi');
        await dialog
          .locator('[data-testid="crs-province"]')
          .selectOption({ label: 'TP Hồ Chí Minh (105°45′)' });
        await page.waitForTimeout(600);
        await screenshot(page, 'crs-dialog-hcmc-right-meridian-vi');
      } else
        await dialog
          .locator('[data-testid="crs-province"]')
          .selectOption({ label: `${t.answer} (${t.answer === 'Hà Nội' ? '105°00′' : ''})` });
      await preview.waitFor();
      assert(
        Number(await preview.getAttribute('data-preview-outside')) === 0,
        `${t.file}: preview says outside`,
      );
      await dialog.locator('button.primary').click();
    }
    await settled(page);
    const layers = page.locator('[data-import-layer]');
    assert((await layers.count()) === before + 1, `${t.file}: no new layer`);
    const layer = layers.nth(before);
    assert(
      new RegExp(`^${t.features} `).test((await layer.locator('p').first().innerText()).replace(/\./g, '')),
      `${t.file}: count`,
    );
    const bbox = String(await layer.getAttribute('data-bbox'))
      .split(',')
      .map(Number);
    const off = offMetres(bbox, t.bbox);
    assert(off < 50, `${t.file}: extent ${off.toFixed(1)} m from the truth`);
    // Each file lies away from the last one's view, or is not wholly in it: the map moves to show it.
    await waitForMapIdle(page);
    const shown = await page.evaluate((b) => {
      const map = window.__map!;
      const { clientWidth: w, clientHeight: h } = map.getCanvas();
      const corners = [map.project([b[0]!, b[1]!]), map.project([b[2]!, b[3]!])];
      return corners.every((p) => p.x >= 0 && p.x <= w && p.y >= 0 && p.y <= h);
    }, bbox);
    assert(shown, `${t.file}: the map does not show the new layer`);
  }
  await page.locator('[data-import-layer] button', { hasText: 'Phóng tới' }).first().click();
  await waitForMapIdle(page);
  await screenshot(page, 'import-corpus-vi');
  assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
});

test('corpus: loose shapefile parts load as one layer; a zip of GeoJSON, KML and CSV gives three', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await openImport(page);
  const loose = ['shp', 'dbf', 'prj', 'cpg'].map((x) => `tests/fixtures/import/loose/thua_dat.${x}`);
  await page
    .locator('[data-testid="import-input"]')
    .setInputFiles([...loose, 'tests/fixtures/import/mixed.zip']);
  await settled(page);
  assert(
    (await page.locator('[data-import-report="thua_dat.shp"]').getAttribute('data-loaded')) === '2',
    'loose parts',
  );
  assert((await page.locator('[data-import-report]').count()) === 2, 'one report per task');
  const names = await page
    .locator('[data-import-layer]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-import-layer')));
  assert(names.join() === 'thua_dat,lots,ranh_gioi,khu', names.join());
  // Parts without their .shp: one message that names what is missing.
  await page.locator('[data-testid="import-input"]').setInputFiles(loose.slice(1));
  await settled(page);
  const missing = page.locator('[data-import-report="thua_dat.shp"] [data-issue-code="shpMissing"]').first();
  assert((await missing.innerText()).includes('thua_dat.shp (.dbf, .prj, .cpg)'), await missing.innerText());
  assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
});

test('corpus: the coordinate-system question with its preview, in both languages, wide and on a phone', async ({
  newContext,
}) => {
  for (const [lang, size] of [
    ['en', 1366],
    ['vi', 1920],
    ['vi', 390],
    ['en', 390],
  ] as const) {
    const phone = size === 390;
    const ctx = await newContext(
      phone ? PHONE : size === 1920 ? { viewport: { width: 1920, height: 1080 } } : {},
    );
    const { page, problems } = await openPage(ctx, `?lang=${lang}`);
    if (phone) await page.locator('.sheet-handle').click();
    await openImport(page);
    await page.locator('[data-testid="import-input"]').setInputFiles(`${DIR}/hcmc-kcn-vn2000-noprj.zip`);
    const dialog = page.locator('[data-testid="crs-dialog"]');
    await dialog.waitFor();
    await dialog.locator('[data-testid="crs-province"]').selectOption({ label: 'TP Hồ Chí Minh (105°45′)' });
    await dialog.locator('[data-preview-outside="0"]').waitFor();
    // Far from the provinces bundled for 2025, the borders before 2025 still show the provinces.
    const map = dialog.locator('svg.import-crs-map');
    const borders = Number(await map.getAttribute('data-pre2025-borders'));
    assert(borders >= 5, `${lang}: ${borders} province borders around Hồ Chí Minh City`);
    assert(
      Number(await map.getAttribute('data-province-outlines')) === 0,
      `${lang}: a 2025 outline near HCMC`,
    );
    await screenshot(page, `crs-dialog-${lang}-${size}`);
    // The buttons stay reachable on a phone.
    await dialog.locator('button.primary').click();
    await settled(page);
    assert((await page.locator('[data-import-layer="kcn_hcm"]').count()) === 1, `${lang}: not imported`);
    assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
    await ctx.close();
  }
});
