/** Issue 14's targets, each as measured / reference against a limit, from the medians of one run. */
import type { Report } from './report';

const label = (n: number) => n.toLocaleString('en');

export function addTargets(r: Report, sizes: readonly number[], searchNames: number, importN: number): void {
  r.ratioTarget(
    'initial download (gzip) ≤ 1.15× bare MapLibre',
    'B',
    r.median('download/app'),
    r.median('download/maplibre'),
    1.15,
  );
  r.ratioTarget(
    'cold start ≤ 1.2× bare MapLibre',
    'ms',
    r.median('cold/app'),
    r.median('cold/maplibre'),
    1.2,
  );
  for (const n of sizes.filter((s) => s <= 10_000))
    r.ratioTarget(
      `filter latency @ ${label(n)} ≤ 1.0× bare MapLibre setFilter`,
      'ms',
      r.median(`filter/${n}/app`),
      r.median(`filter/${n}/maplibre`),
      1,
    );
  for (const n of sizes.filter((s) => s >= 10_000))
    r.ratioTarget(
      `filter latency @ ${label(n)} ≤ 1.0× Leaflet canvas`,
      'ms',
      r.median(`filter/${n}/app`),
      r.median(`filter/${n}/leaflet`),
      1,
    );
  // Absolute budgets: the reference is the budget itself, so the ratio limit is 1.
  for (const [n, budget] of [
    [10_000, 50],
    [100_000, 200],
  ] as const)
    if (sizes.includes(n))
      r.ratioTarget(
        `longest task in a filter change @ ${label(n)} ≤ ${budget} ms (worst of all runs)`,
        'ms',
        r.max(`filter-task/${n}/app`),
        budget,
        1,
        frameFloor(r, n),
      );
  r.ratioTarget(
    `search < 16 ms per keystroke @ ${label(searchNames)} names (slowest keystroke, median of runs)`,
    'ms',
    r.median(`search/${searchNames}`),
    16,
    1,
  );
  const biggest = Math.max(...sizes);
  r.ratioTarget(
    `first idle @ ${label(biggest)} zones ≤ 1.5× bare MapLibre`,
    'ms',
    r.median(`load/${biggest}/app`),
    r.median(`load/${biggest}/maplibre`),
    1.5,
  );
  r.ratioTarget(
    `JS heap after first idle @ ${label(biggest)} zones ≤ 1.5× bare MapLibre`,
    'B',
    r.median(`heap/${biggest}/app`),
    r.median(`heap/${biggest}/maplibre`),
    1.5,
  );
  const imp = r.figures.find((f) => f.id === `import-task/${importN}`);
  r.ratioTarget(
    `longest task while importing ${label(importN)} features ≤ 200 ms`,
    'ms',
    r.max(`import-task/${importN}`),
    200,
    1,
    imp?.skipped ?? imp?.error,
  );
}

/** The repaint floor beside a longest-task budget: a change cannot take less than one frame. */
function frameFloor(r: Report, n: number): string | undefined {
  const app = r.median(`repaint-task/${n}/app`);
  const bare = r.median(`repaint-task/${n}/maplibre`);
  if (app === null || bare === null) return undefined;
  return `a repaint with nothing changed takes ${app.toFixed(0)} ms here (bare MapLibre ${bare.toFixed(0)} ms)`;
}
