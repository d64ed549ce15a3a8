/**
 * Screenshots as a habit: the views people use most, at the three sizes we check by eye (laptop,
 * desktop, phone) and in both languages, saved under test-out/e2e/screens/ to be looked at. Each
 * view also asserts the one thing that makes it that view, so a broken view fails here too.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { assert, OUT_DIR, openPage, test, waitForMapIdle } from './harness';

const SIZES = [
  { name: '1366x850', width: 1366, height: 850, phone: false },
  { name: '1920x1080', width: 1920, height: 1080, phone: false },
  { name: '390x844', width: 390, height: 844, phone: true },
] as const;
const DIR = `${OUT_DIR}/screens`;

async function settled(page: Page) {
  await waitForMapIdle(page);
  await page.waitForFunction(() => !window.__map!.isMoving(), null, { timeout: 15_000 });
  await waitForMapIdle(page);
}

async function openTab(page: Page, phone: boolean, name: RegExp) {
  if (phone && (await page.locator('.sheet-handle[aria-expanded="false"]').count()))
    await page.locator('.sheet-handle').click();
  await page.getByRole('tab', { name }).click();
  await page.locator('[role="tabpanel"]').waitFor();
  // Panels load on demand: wait until the loading line has given way to the panel.
  await page.locator('[role="tabpanel"] .tab-loading').waitFor({ state: 'detached' });
}

type View = { name: string; path: string; show?: (page: Page, phone: boolean) => Promise<void> };
const VIEWS: View[] = [
  { name: 'first-view', path: '' },
  {
    name: 'zone-view',
    path: 'zone=kcn-thang-long',
    show: async (page) => void (await page.locator('.zone-panel').waitFor()),
  },
  {
    // The high-tech park: a large footprint in several parts, far to the west.
    name: 'zone-hoa-lac',
    path: 'zone=hhtp-hoa-lac',
    show: async (page) => void (await page.locator('.zone-panel').waitFor()),
  },
  {
    name: 'fit-results',
    path: 'fit.area=50&fit.airport=40',
    show: (page, phone) => openTab(page, phone, /Tìm khu phù hợp|Fit finder/),
  },
  { name: 'plan-panel', path: '', show: (page, phone) => openTab(page, phone, /Kế hoạch|Plan/) },
];

for (const size of SIZES)
  for (const lang of ['vi', 'en'] as const)
    test(`screenshots at ${size.name} in ${lang}`, async ({ newContext }) => {
      test.setTimeout(180_000);
      const context = await newContext({
        viewport: { width: size.width, height: size.height },
        ...(size.phone ? { isMobile: true, hasTouch: true } : {}),
      });
      fs.mkdirSync(DIR, { recursive: true });
      for (const view of VIEWS) {
        const { page, problems } = await openPage(context, `?lang=${lang}&${view.path}`);
        await settled(page);
        await view.show?.(page, size.phone);
        await page.locator('.tab-loading').waitFor({ state: 'detached' });
        await settled(page);
        await page.screenshot({ path: `${DIR}/${view.name}-${size.name}-${lang}.png` });
        assert(problems.consoleErrors.length === 0, `${view.name}: ${problems.consoleErrors.join(' | ')}`);
        await page.close();
      }
      // The print sheet, as it comes out on paper (A4 at 96 px per inch).
      const { page } = await openPage(context, `?lang=${lang}&zone=hhtp-hoa-lac`);
      await settled(page);
      await page.evaluate(() => {
        window.print = () => {};
      });
      await page.locator('[data-print="hhtp-hoa-lac"]').click();
      await page.locator('.print-sheet[data-ready="true"]').waitFor({ state: 'attached', timeout: 20_000 });
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: `${DIR}/print-sheet-${size.name}-${lang}.png`, fullPage: true });
    });
