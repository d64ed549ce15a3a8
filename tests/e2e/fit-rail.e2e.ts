/**
 * The criterion added through the criteria model (README, "Adding a criterion"): distance to the
 * nearest railway, set in the fit finder's form, changing the results, kept in the link, honest about
 * zones placed at a unit's centre, and shown in the zone panel's distances.
 */
import type { Page } from '@playwright/test';
import { assert, openPage, screenshot, test, waitForMapIdle } from './harness';

const counts = async (page: Page) => ({
  pass: await page.locator('[data-fit-list="pass"] [data-fit-zone]').count(),
  fail: await page.locator('[data-fit-list="fail"] [data-fit-zone]').count(),
});
const railParam = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('fit.rail'));

test('the railway criterion set in the fit form changes the results and is kept in the link', async ({
  newContext,
}) => {
  const context = await newContext({ viewport: { width: 1366, height: 850 } });
  const { page, problems } = await openPage(context, '?tab=fit');
  await waitForMapIdle(page);
  const input = page.locator('[data-fit-input="rail"]');
  assert((await input.inputValue()) === '', 'the railway criterion starts empty');
  assert((await page.locator('[data-fit-summary]').count()) === 0, 'results before any criterion');

  await input.fill('10');
  await page.locator('[data-fit-summary]').waitFor();
  const wide = await counts(page);
  assert(wide.pass > 0 && wide.pass + wide.fail > 50, `10 km: ${JSON.stringify(wide)}`);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('fit.rail') === '10');

  await input.fill('2');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('fit.rail') === '2');
  const narrow = await counts(page);
  assert(
    narrow.pass < wide.pass && narrow.pass + narrow.fail === wide.pass + wide.fail,
    `2 km: ${JSON.stringify(narrow)} vs 10 km: ${JSON.stringify(wide)}`,
  );
  // Each row says the zone's railway distance; a failing one says why, in Vietnamese.
  const failing = page.locator('[data-fit-list="fail"] [data-check="rail"]');
  assert((await failing.count()) === narrow.fail, 'a failing zone without its railway check');
  const texts = await failing.allInnerTexts();
  assert(
    texts.every((t) => t.includes('Cách đường sắt gần nhất')),
    `check lines: ${texts.slice(0, 3).join(' | ')}`,
  );
  assert(
    texts.some((t) => /xa đường sắt hơn yêu cầu/.test(t)),
    'no zone fails for being too far from a railway',
  );
  // Zones at a unit's centre near the limit are "unknown", with an approximate value, never a pass.
  const unknown = page.locator('[data-check="rail"][data-outcome="unknown"]');
  assert((await unknown.count()) > 0, 'no zone is too close to call');
  assert(/khoảng \d+ km \(gần đúng\)/.test(await unknown.first().innerText()), 'unknown without approx');

  const link = await page.locator('[data-fit-link]').inputValue();
  assert(/[?&]fit\.rail=2(&|$)/.test(link), `share link: ${link}`);
  await screenshot(page, 'fit-rail-1366-vi');

  // The link brings the criterion and the same results back.
  const other = await openPage(context, new URL(link).search);
  await waitForMapIdle(other.page);
  await other.page.locator('[data-fit-summary]').waitFor();
  assert((await other.page.locator('[data-fit-input="rail"]').inputValue()) === '2', 'criterion not read');
  const again = await counts(other.page);
  assert(JSON.stringify(again) === JSON.stringify(narrow), `reopened: ${JSON.stringify(again)}`);

  // The zone panel's distances show the same figure as the fit row.
  const first = other.page.locator('[data-fit-list="pass"] [data-fit-zone]').first();
  const line = await first.locator('[data-check="rail"]').innerText();
  await first.locator('button.result').click();
  const row = other.page.locator('[data-distance="railway"] .fact-value');
  await row.waitFor();
  const value = (await row.innerText()).trim();
  assert(line.includes(value), `panel "${value}" vs fit row "${line}"`);

  // Clearing the input drops the parameter.
  await page.bringToFront();
  await input.fill('');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('fit.rail'));
  assert((await railParam(page)) === null, 'fit.rail kept after clearing');
  assert(problems.consoleErrors.length === 0, `errors: ${problems.consoleErrors.join(' | ')}`);
});

test('the railway criterion reads well at 1366 and on a phone, in both languages', async ({ newContext }) => {
  for (const size of [
    { width: 1366, height: 850 },
    { width: 390, height: 844 },
  ])
    for (const lang of ['vi', 'en']) {
      const context = await newContext({ viewport: size });
      const { page } = await openPage(context, `?lang=${lang}&fit.rail=3&fit.area=50`);
      await waitForMapIdle(page);
      if (size.width < 900) await page.locator('.sheet-handle').click();
      await page.locator('[data-fit-summary]').waitFor();
      const label = await page.locator('label:has([data-fit-input="rail"])').innerText();
      const expected =
        lang === 'vi' ? 'Cách đường sắt gần nhất tối đa' : 'Maximum distance to the nearest railway';
      assert(label.includes(expected), `${lang} label: ${label}`);
      const checks = await page.locator('[data-check="rail"]').allInnerTexts();
      const name = lang === 'vi' ? 'Cách đường sắt gần nhất' : 'Distance to the nearest railway';
      assert(checks.length > 0 && checks.every((t) => t.includes(name)), `${lang} checks: ${checks[0]}`);
      await page.locator('[data-fit-input="rail"]').scrollIntoViewIfNeeded();
      await screenshot(page, `fit-rail-form-${size.width}-${lang}`);
      await page.locator('[data-fit-list="fail"] [data-check="rail"]').first().scrollIntoViewIfNeeded();
      await screenshot(page, `fit-rail-rows-${size.width}-${lang}`);
      await context.close();
    }
});
