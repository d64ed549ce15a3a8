#!/usr/bin/env bash
# Every check, in the order a failure is cheapest to find: typecheck, lint, data, unit, build, browser.
set -euo pipefail
cd "$(dirname "$0")/.."
# Every test runs with the bundled base map as the default (README: "Base map").
unset VITE_DEFAULT_BASEMAP
mkdir -p test-out
echo "== typecheck"; npm run -s typecheck
echo "== lint"; npm run -s lint
echo "== format"; npm run -s format:check
echo "== data"; npm run -s data
echo "== unit"; bash scripts/run-unit.sh
echo "== build"; rm -rf dist && npx tsc && npx vite build
echo "== e2e"; bash scripts/run-e2e.sh
echo "== bench (quick)"; npm run -s bench -- --quick
