/**
 * Builds the benchmark's reference pages (bare MapLibre, Leaflet) apart from the app. The bench
 * passes --outDir; the pages are served under /ref/ next to the app build so they share /data/.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./fixtures', import.meta.url));

export default defineConfig({
  root,
  base: '/ref/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: { maplibre: `${root}/maplibre.html`, leaflet: `${root}/leaflet.html` },
    },
  },
});
