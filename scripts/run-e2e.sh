#!/usr/bin/env bash
# Browser tests (@playwright/test, tests/e2e/playwright.config.ts): builds dist/ if it is missing; the
# config serves it with `vite preview`. Extra arguments go to Playwright (e.g. -g "search" or a file).
set -uo pipefail
cd "$(dirname "$0")/.."
# Every test runs with the bundled base map as the default (README: "Base map").
unset VITE_DEFAULT_BASEMAP
dist="${E2E_DIST:-dist}"
mkdir -p test-out
if [ ! -f "$dist/index.html" ]; then
  npm run -s data && npx tsc && npx vite build --outDir "$dist" --emptyOutDir >/dev/null || exit 1
fi
npx playwright test -c tests/e2e/playwright.config.ts "$@"
status=$?
# Test artefacts live in test-out/, never in the served build (tests/e2e/tiles.e2e.ts routes its tile
# tree in from there).
if [ -e "$dist/zone-tiles" ]; then
  echo "FAILED: $dist/zone-tiles exists: test artefacts must not land in the build folder" >&2
  exit 1
fi
exit $status
