/**
 * The Content-Security-Policy binds everything: the page gets it (and frame-ancestors, nosniff,
 * Referrer-Policy) as headers from the server; each worker gets its own, stricter policy with its
 * script, and inside each worker a fetch to another origin and eval both fail.
 */
import type { Page, Worker } from '@playwright/test';
import { assert, BASE_URL, openPage, test, waitForMapIdle } from './harness';

/** Another origin on this machine: the same server under another host name. */
const OTHER_ORIGIN = BASE_URL.replace('127.0.0.1', 'localhost');

async function inside(worker: Worker) {
  return worker.evaluate(async (other) => {
    // DevTools' own evaluation may compile strings whatever the policy: run the probes in a later task.
    await new Promise((r) => setTimeout(r, 0));
    const attempt = async (fn: () => unknown) => {
      try {
        await fn();
        return 'allowed';
      } catch {
        return 'blocked';
      }
    };
    return {
      fetch: await attempt(() => fetch(other, { mode: 'no-cors' })),
      eval: await attempt(() => (0, eval)('1 + 1')),
      newFunction: await attempt(() => new Function('return 1')()),
    };
  }, OTHER_ORIGIN);
}

async function workersOf(page: Page, pattern: RegExp, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = page.workers().filter((w) => pattern.test(w.url()));
    if (found.length || Date.now() > deadline) return found;
    await page.waitForTimeout(100);
  }
}

test('security: the server sends the CSP and the other headers, workers get their own policy', async ({
  request,
}) => {
  const page = await request.get(BASE_URL);
  const h = page.headers();
  assert(
    h['content-security-policy']?.includes("frame-ancestors 'none'"),
    `page CSP: ${h['content-security-policy']}`,
  );
  assert(h['content-security-policy']?.includes("script-src 'self'"), 'page CSP without script-src');
  assert(h['x-content-type-options'] === 'nosniff', 'no nosniff');
  assert(h['referrer-policy'] === 'strict-origin-when-cross-origin', `referrer: ${h['referrer-policy']}`);
  assert(h['x-frame-options'] === 'DENY', 'no X-Frame-Options');
  // The _headers file for static hosts names each worker script; the preview server must agree with it.
  const headersFile = await (await request.get(new URL('_headers', BASE_URL).href)).text();
  const workers = [...headersFile.matchAll(/^(\/assets\/\S+)$/gm)].map((m) => m[1]!);
  assert(
    workers.some((w) => w.includes('importWorker-')) && workers.some((w) => w.includes('maplibre-gl-worker')),
    `workers in _headers: ${workers.join(', ')}`,
  );
  for (const w of workers) {
    const wh = (await request.get(new URL(w.slice(1), BASE_URL).href)).headers();
    const csp = wh['content-security-policy'] ?? '';
    assert(
      csp.startsWith("default-src 'none'") &&
        csp.includes("connect-src 'self';") &&
        !csp.includes('openstreetmap'),
      `${w}: ${csp}`,
    );
    assert(wh['x-content-type-options'] === 'nosniff', `${w}: no nosniff`);
  }
});

test('security: inside the import worker and MapLibre worker, other origins and eval are blocked', async ({
  context,
}) => {
  const { page, problems } = await openPage(context);
  await waitForMapIdle(page);
  await page.locator('[role="tab"]#tab-import').click();
  await page.locator('[data-testid="import-input"]').setInputFiles('tests/fixtures/import/lots.csv');
  await page.locator('[data-import-layer="lots"]').waitFor();
  // The layers worker (restores and counts) stays; the import worker of the finished job too.
  const importWorkers = await workersOf(page, /importWorker-/);
  const mapWorkers = await workersOf(page, /maplibre-gl-worker/);
  assert(
    importWorkers.length > 0,
    `no import worker among ${page
      .workers()
      .map((w) => w.url())
      .join(', ')}`,
  );
  assert(mapWorkers.length > 0, 'no MapLibre worker');
  for (const w of [importWorkers[0]!, mapWorkers[0]!]) {
    const r = await inside(w);
    assert(
      r.fetch === 'blocked' && r.eval === 'blocked' && r.newFunction === 'blocked',
      `${w.url()}: ${JSON.stringify(r)}`,
    );
  }
  // zod runs jitless in the worker: its eval probe would have been reported as a CSP violation.
  const evalReports = problems.consoleErrors.filter((e) => /unsafe-eval|EvalError/i.test(e));
  assert(evalReports.length === 0, evalReports.join(' | '));
});
