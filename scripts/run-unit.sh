#!/usr/bin/env bash
# Unit tests (vitest), then the closing line CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
# Every test runs with the bundled base map as the default (README: "Base map").
unset VITE_DEFAULT_BASEMAP
mkdir -p test-out
npx vitest run --reporter=default --reporter=json --outputFile=test-out/vitest.json
status=$?
node -e '
const fs = require("fs");
if (!fs.existsSync("test-out/vitest.json")) { console.log("unit: 0 passed, 1 failed"); process.exit(0); }
const r = JSON.parse(fs.readFileSync("test-out/vitest.json", "utf8"));
// A file that fails to load has no failed test of its own: count each such file as one failure.
const unloaded = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
const failed = r.numFailedTests + unloaded;
console.log(`unit: ${r.numPassedTests} passed, ${failed || (r.success ? 0 : 1)} failed`);'
exit $status
