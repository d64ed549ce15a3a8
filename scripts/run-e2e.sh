#!/usr/bin/env bash
# Browser tests: serve the built app with `vite preview` on 127.0.0.1 and drive it in Debian's Chromium.
# E2E_PORT and E2E_DIST let several runs share one machine; extra arguments filter tests by name.
set -uo pipefail
cd "$(dirname "$0")/.."
port="${E2E_PORT:-4173}"
dist="${E2E_DIST:-dist}"
mkdir -p test-out
if [ ! -f "$dist/index.html" ]; then
  npm run -s data && npx tsc && npx vite build --outDir "$dist" --emptyOutDir >/dev/null || exit 1
fi
node_modules/.bin/vite preview --host 127.0.0.1 --port "$port" --strictPort --outDir "$dist" > "test-out/preview-$port.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
E2E_PORT="$port" node -e '
const url = `http://127.0.0.1:${process.env.E2E_PORT}/`;
const deadline = Date.now() + 60000;
(async function poll() {
  try { const r = await fetch(url); if (r.ok) process.exit(0); } catch {}
  if (Date.now() > deadline) { console.error(`preview server did not start on ${url}`); process.exit(1); }
  setTimeout(poll, 200);
})();' || exit 1
E2E_BASE_URL="http://127.0.0.1:$port/" npx tsx tests/e2e/run.ts "$@"
