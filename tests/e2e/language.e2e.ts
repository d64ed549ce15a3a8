/**
 * One language at a time: every panel of a few zones, in each language, holds none of the other
 * language's common words. Text marked with its own `lang` (source titles, publishers and company
 * names as written) and quoted names are left out: they are quoted, not written by the app.
 */
import type { Page } from '@playwright/test';
import { assert, openPage, test, waitForMapIdle } from './harness';

const ZONES = ['hhtp-hoa-lac', 'kcn-thang-long', 'ccn-lien-ha-da', 'agri-dong-thap', 'ccn-prop-tin-an'];

/** Words that give the other language away. Vietnamese: function words and kinds of unit. */
const word = (words: string, flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(${words})(?![\\p{L}\\p{N}])`, flags);
const FOREIGN: Record<'vi' | 'en', RegExp[]> = {
  vi: [
    word(
      'the|and|of|with|from|not|is|are|was|by|for|to|in|projects?|board|area|unknown|sources?|planned|operating',
    ),
    word('Industrial|Park|Cluster|District|Ward|Commune'),
  ],
  // "Xã" is left out: it is also part of names ("Tân Xã").
  en: [
    word(
      'và|của|được|các|những|trong|với|cho|này|đã|không|theo|năm|ngày|tháng|chưa|đang|Khu công nghiệp|Cụm công nghiệp|Huyện|Quận|Phường|Tình trạng|Diện tích|Nguồn',
    ),
  ],
};

/** The app's own text on screen, as lines, leaving out what is marked as another language or quoted. */
function ownText(page: Page, lang: 'vi' | 'en'): Promise<string[]> {
  return page.evaluate((lang) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('.app')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      const marked = el.closest('[lang]');
      if (marked && marked !== document.documentElement && marked.getAttribute('lang') !== lang) continue;
      if (el.closest('.maplibregl-ctrl-attrib, [hidden], script, style')) continue;
      const text = (n.textContent ?? '')
        .replace(/[“"«‘'][^”"»’']*[”"»’']/g, ' ')
        // Web addresses are not words of either language.
        .replace(/\S+\.\S+\/\S*/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text) out.push(text);
    }
    return out;
  }, lang);
}

for (const lang of ['vi', 'en'] as const) {
  test(`the ${lang === 'vi' ? 'Vietnamese' : 'English'} view shows no ${lang === 'vi' ? 'English' : 'Vietnamese'} words`, async ({
    context,
  }) => {
    test.setTimeout(240_000);
    const found = new Map<string, string>();
    for (const zone of ZONES) {
      const { page } = await openPage(context, `?lang=${lang}&zone=${zone}`);
      await waitForMapIdle(page);
      await page.locator(`.zone-panel[data-zone-id="${zone}"]`).waitFor();
      const tabs = page.locator('[role="tab"]');
      const count = await tabs.count();
      for (let i = -1; i < count; i++) {
        if (i >= 0) {
          await tabs.nth(i).click();
          await page.locator('[role="tabpanel"]').waitFor();
        }
        const where = i < 0 ? 'zone panel' : `tab ${(await tabs.nth(i).innerText()).trim()}`;
        for (const line of await ownText(page, lang))
          if (FOREIGN[lang].some((re) => re.test(line)) && !found.has(line))
            found.set(line, `${zone}, ${where}`);
      }
      await page.close();
    }
    const report = [...found].map(([line, where]) => `  [${where}] ${line.slice(0, 140)}`);
    assert(found.size === 0, `${found.size} lines in the other language:\n${report.slice(0, 40).join('\n')}`);
  });
}

test('a notice follows the language: raised in Vietnamese, read again in English after the switch', async ({
  context,
}) => {
  const { page } = await openPage(context, '?lang=vi&bogus=1');
  const notice = page.locator('.notice-text').first();
  await notice.waitFor();
  const vi = (await notice.textContent()) ?? '';
  assert(vi.includes('Đã bỏ qua') && vi.includes('bogus'), `Vietnamese notice: ${vi}`);
  await page.locator('.lang-switch button[lang="en"]').click();
  await page.waitForFunction(() =>
    document.querySelector('.notice-text')?.textContent?.startsWith('Ignored'),
  );
  const en = (await notice.textContent()) ?? '';
  assert(en.includes('bogus') && !en.includes('Đã bỏ qua'), `English notice: ${en}`);
  await page.close();
});
