#!/usr/bin/env bash
# Browser tests: serve the built app with `vite preview` on 127.0.0.1 and drive it in Debian's Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || npm run build
node_modules/.bin/vite preview --host 127.0.0.1 --port 4173 --strictPort > test-out/preview.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
node -e '
const deadline = Date.now() + 20000;
(async function poll() {
  try { const r = await fetch("http://127.0.0.1:4173/"); if (r.ok) process.exit(0); } catch {}
  if (Date.now() > deadline) { console.error("preview server did not start"); process.exit(1); }
  setTimeout(poll, 200);
})();' || exit 1
npx tsx tests/e2e/run.ts "$@"
