/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { headersFile, headersFor, isWorkerScript, META_CSP } from './scripts/securityHeaders.ts';

/**
 * Content-Security-Policy and the other security headers (scripts/securityHeaders.ts). At build time
 * the page gets the policy as a meta tag (for hosts that send no headers) and the build gets a
 * `_headers` file naming each worker script; `vite preview` sends the headers itself, with the
 * workers' stricter policy on the worker scripts. The dev server sends none: React refresh needs an
 * inline script that this policy rightly forbids.
 */
const cspMeta: Plugin = {
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`),
  generateBundle(_, bundle) {
    const workers = Object.keys(bundle).filter(isWorkerScript);
    this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(workers) });
  },
};
const securityHeaders: Plugin = {
  name: 'security-headers',
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      for (const [k, v] of Object.entries(headersFor(req.url ?? '/'))) res.setHeader(k, v);
      next();
    });
  },
};

// maplibre-gl is ~1 MB; keep it in its own long-cached chunk.
export default defineConfig({
  plugins: [react(), cspMeta, securityHeaders],
  build: {
    chunkSizeWarningLimit: 1200,
    // MapLibre first among the scripts the page preloads: the largest, and the map waits for it.
    modulePreload: {
      resolveDependencies: (_file, deps) =>
        [...deps].sort((a, b) => Number(/maplibre/.test(b)) - Number(/maplibre/.test(a))),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // zod with the module that sets its CSP-safe mode: that setting then runs when zod loads,
            // before any chunk builds a schema (an entry's own code would run after its imported chunks).
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]domain[\\/]zodConfig\.ts$/ },
            { name: 'app', test: /[\\/]src[\\/]/, tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  // Every unit test sits next to the code it tests (`x.test.ts` beside `x.ts`, `X.test.tsx` beside
  // `X.tsx`). Components' tests render in happy-dom with Testing Library.
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['src/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['src/test/setupDom.ts'],
        },
      },
    ],
  },
});
