/**
 * Browser tests on @playwright/test, in Debian's Chromium (no browser download). The built app is
 * served by `vite preview` (tests/e2e/server.ts says where).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { BASE_URL, E2E_DIST, E2E_PORT } from './server';

export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  outputDir: '../../test-out/playwright',
  // One worker: SwiftShader renders on the CPU, and two maps at once on two cores only add noise.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['./closing-reporter.ts']],
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1366, height: 850 },
    locale: 'vi-VN',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${E2E_PORT} --strictPort --outDir ${E2E_DIST}`,
    cwd: '../..',
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
