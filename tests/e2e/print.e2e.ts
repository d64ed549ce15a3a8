/** The zone sheet: one A4 page with the map, its scale and north, the facts with sources, and dates. */
import fs from 'node:fs';
import { assert, OUT_DIR, openPage, test, waitForMapIdle } from './harness';

/** Pages in a PDF: each page object is "/Type /Page" (the page tree is "/Type /Pages"). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

// Hòa Lạc has the most facts and sources of any zone; Sài Đồng A the fewest known.
const CASES = [
  ['hhtp-hoa-lac', 'vi'],
  ['hhtp-hoa-lac', 'en'],
  ['kcn-thang-long', 'en'],
  ['ccn-prop-tin-an', 'vi'],
] as const;

for (const [zone, lang] of CASES) {
  test(`the sheet of ${zone} (${lang}) prints on one A4 page with map, scale, north, sources and dates`, async ({
    context,
  }) => {
    const { page, problems } = await openPage(context, `?lang=${lang}&zone=${zone}`);
    await waitForMapIdle(page);
    await page.evaluate(() => {
      window.print = () => {}; // headless: no dialog; the PDF below is the printout
    });
    await page.locator(`[data-print="${zone}"]`).click();
    const sheet = page.locator(`.print-sheet[data-print-sheet="${zone}"][data-ready="true"]`);
    await sheet.waitFor({ state: 'attached', timeout: 20_000 });

    const src = await sheet.locator('.print-map img').getAttribute('src');
    assert(src?.startsWith('data:image/png') && src.length > 10_000, 'no map image');
    const scale = Number(await sheet.locator('.print-scale').getAttribute('data-meters'));
    assert(scale > 0, 'no scale bar');
    assert((await sheet.locator('.print-north').count()) === 1, 'no north arrow');
    assert((await sheet.locator('.citation').count()) > 0, 'facts without their sources');
    const footer = (await sheet.locator('.print-footer').textContent()) ?? '';
    assert(/\d{4}/.test(footer), `no date in the footer: ${footer}`);

    await page.emulateMedia({ media: 'print' });
    // A4 at 96 px per inch, to look at: printing ends the sheet, so the picture comes first.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${OUT_DIR}/print-sheet-${zone}-${lang}.png`, fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.mkdirSync(OUT_DIR, { recursive: true });
    fs.writeFileSync(`${OUT_DIR}/print-${zone}-${lang}.pdf`, pdf);
    assert(pageCount(pdf) === 1, `the sheet prints on ${pageCount(pdf)} pages`);
    assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
  });
}
