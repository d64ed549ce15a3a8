/** The targets, each as measured / reference against a limit, from the medians of one run. */
import type { Report } from './report';

const label = (n: number) => n.toLocaleString('en');

export function addTargets(r: Report, sizes: readonly number[], searchNames: number, importN: number): void {
  r.ratioTarget(
    'cold start ≤ 1.3× bare MapLibre',
    'ms',
    r.median('cold/app'),
    r.median('cold/maplibre'),
    1.3,
  );
  for (const n of sizes)
    r.ratioTarget(
      `filter latency @ ${label(n)} ≤ 1.2× bare MapLibre`,
      'ms',
      r.median(`filter/${n}/app`),
      r.median(`filter/${n}/maplibre`),
      1.2,
    );
  for (const n of sizes.filter((s) => s >= 10_000))
    r.ratioTarget(
      `filter latency @ ${label(n)} ≥ 5× faster than Leaflet`,
      'ms',
      r.median(`filter/${n}/app`),
      r.median(`filter/${n}/leaflet`),
      0.2,
    );
  // Absolute budgets: the reference is the budget itself, so the ratio limit is 1.
  const biggest = Math.max(...sizes);
  r.ratioTarget(
    `no task > 200 ms in a filter change @ ${label(biggest)} (worst of all runs)`,
    'ms',
    r.max(`filter-task/${biggest}/app`),
    200,
    1,
  );
  const imp = r.figures.find((f) => f.id === `import-task/${importN}`);
  r.ratioTarget(
    `no task > 200 ms in an import @ ${label(importN)} features`,
    'ms',
    r.max(`import-task/${importN}`),
    200,
    1,
    imp?.skipped ?? imp?.error,
  );
  r.ratioTarget(
    `search < 16 ms per keystroke @ ${label(searchNames)} names (slowest keystroke, median of runs)`,
    'ms',
    r.median(`search/${searchNames}`),
    16,
    1,
  );
  r.ratioTarget(
    `JS heap after first idle @ ${label(biggest)} zones ≤ 1.5× bare MapLibre`,
    'B',
    r.median(`heap/${biggest}/app`),
    r.median(`heap/${biggest}/maplibre`),
    1.5,
  );
  r.ratioTarget(
    'initial download (gzip) ≤ 1.15× bare MapLibre',
    'B',
    r.median('download/app'),
    r.median('download/maplibre'),
    1.15,
  );
}
