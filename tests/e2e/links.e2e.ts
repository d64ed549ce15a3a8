/** A crafted link cannot shout: what it echoes is capped, and its notice stays small and closable. */
import type { Page } from '@playwright/test';
import { assert, openPage, screenshot, test, waitForMapIdle, PHONE } from './harness';

const PHONE_2X = { ...PHONE, deviceScaleFactor: 2 };

/** About 8 KB of unknown parameters whose names are an attacker's message. */
const CRAFTED =
  '?' +
  Array.from(
    { length: 120 },
    (_, i) => `${i}_OFFICIAL_DATA_NOW_AT_evil.example_CALL_0900000000_${'x'.repeat(8)}=${'y'.repeat(4)}`,
  ).join('&');

async function noticeGeometry(page: Page) {
  return page.evaluate(() => {
    const notice = document.querySelector('.notice')!;
    const text = notice.querySelector('.notice-text')!;
    const close = notice.querySelector('button.close')!;
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
    const r = close.getBoundingClientRect();
    const atClose = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return {
      lines: Math.round(text.getBoundingClientRect().height / lineHeight),
      noticeHeight: notice.getBoundingClientRect().height,
      closeInView: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
      closeOnTop: atClose === close || close.contains(atClose),
      text: (text as HTMLElement).innerText,
    };
  });
}

for (const [name, options] of [
  ['desktop', {}],
  ['phone', PHONE_2X],
] as const)
  test(`an 8 KB crafted link gives a notice of at most 3 lines with a working close button (${name})`, async ({
    newContext,
  }) => {
    assert(CRAFTED.length >= 8000 && CRAFTED.length < 8600, `link is ${CRAFTED.length} characters`);
    const ctx = await newContext(options);
    const { page, problems } = await openPage(ctx, CRAFTED);
    await waitForMapIdle(page);
    await page.locator('.notice').first().waitFor();
    assert((await page.locator('.notice').count()) === 1, 'more than one notice');
    const g = await noticeGeometry(page);
    await screenshot(page, `crafted-link-notice-${name}`);
    assert(g.lines <= 3, `notice has ${g.lines} lines (${g.noticeHeight}px): ${g.text}`);
    assert(/^Đã bỏ qua 120 giá trị/.test(g.text) && /và 117 giá trị khác$/.test(g.text), `echo: ${g.text}`);
    assert(g.closeInView && g.closeOnTop, `close button hidden: ${JSON.stringify(g)}`);
    await page.locator('.notice button.close').click();
    await page.locator('.notice').waitFor({ state: 'detached' });
    assert(problems.consoleErrors.length === 0, problems.consoleErrors.join(' | '));
  });
