/**
 * The test fixtures every browser test gets. The app must make no request off the machine unless a
 * test says which outside host it expects (`test.use({ allowedHosts: [...] })`), and then only
 * routed, never real. The guard covers the default context and every context a test opens through
 * `newContext`.
 */
import { type BrowserContext, type BrowserContextOptions, expect, test as base } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
const LOCAL_PROTOCOLS = new Set(['data:', 'blob:']);

function guard(context: BrowserContext, allowed: readonly string[], offMachine: string[]): void {
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (LOCAL_PROTOCOLS.has(url.protocol) || LOCAL_HOSTS.has(url.hostname)) return;
    if (allowed.includes(url.hostname)) return;
    offMachine.push(r.url());
  });
}

type Fixtures = {
  /** Outside hosts a test routes on purpose (the online base map); every other one fails the test. */
  allowedHosts: string[];
  /** Opens another context (a phone, a second visitor) under the same guard; closed after the test. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
};

export const test = base.extend<Fixtures>({
  allowedHosts: [[], { option: true }],
  context: async ({ context, allowedHosts }, use) => {
    const offMachine: string[] = [];
    guard(context, allowedHosts, offMachine);
    await use(context);
    expect(offMachine, 'requests left the machine').toEqual([]);
  },
  newContext: async ({ browser, allowedHosts, contextOptions }, use) => {
    const opened: BrowserContext[] = [];
    const offMachine: string[] = [];
    await use(async (options) => {
      const context = await browser.newContext({
        ...contextOptions,
        viewport: { width: 1366, height: 850 },
        locale: 'vi-VN',
        ...options,
      });
      guard(context, allowedHosts, offMachine);
      opened.push(context);
      return context;
    });
    for (const c of opened) await c.close();
    expect(offMachine, 'requests left the machine').toEqual([]);
  },
});

export { expect };
