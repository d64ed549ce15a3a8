/**
 * `npm run bench [-- --quick] [-- --json FILE]`: builds the app and the reference pages, runs them in
 * headless Chromium (SwiftShader) side by side, prints the report and checks it against the targets.
 * Timings are reported, never asserted: the exit code is non-zero only when a measurement broke.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Browser } from 'playwright-core';
import type { FilterGroup } from '../../src/domain/filters';
import { launchChromium } from '../../tests/e2e/chromium';
import { chunks, totals } from './bundle';
import { measureImport } from './importBench';
import type { ByteCount } from './pages';
import {
  appMapSize,
  firstIdle,
  heapUsed,
  open,
  repaintTask,
  PAGE_KINDS,
  type PageKind,
  settle,
  timeToggle,
} from './pages';
import { Report } from './report';
import type { PlaceNames } from '../../src/domain/searchDocs';
import { searchDocs, typeQueries } from './search';
import { buildAll, OUT, serve, writeJson, writeSynthetic } from './setup';
import { readBasis, synthZones } from './synth';
import { addTargets } from './targets';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? (argv[argv.indexOf(name) + 1] ?? '') : null);
const quick = argv.includes('--quick');
const only = arg('--only')?.split(',') ?? null;
const wants = (phase: string) => !only || only.includes(phase);
const cfg = {
  coldRuns: quick ? 2 : 9,
  filterSteps: quick ? 2 : 6,
  repaintRuns: quick ? 2 : 5,
  sizes: arg('--sizes')?.split(',').map(Number) ?? (quick ? [1000] : [1000, 10_000, 100_000]),
  searchNames: quick ? 10_000 : 100_000,
  searchRuns: quick ? 2 : 5,
  importFeatures: quick ? 5_000 : 100_000,
  port: Number(arg('--port') ?? process.env.BENCH_PORT ?? 4377),
};
const TOGGLES: [FilterGroup, string][] = [
  ['statuses', 'operating'],
  ['statuses', 'operating'],
  ['kinds', 'ccn'],
  ['kinds', 'ccn'],
  ['sectors', 'electronics'],
  ['sectors', 'electronics'],
];
const log = (s: string) => console.log(s);
const report = new Report();

/** The browser, relaunched if a page took it down, so one crash fails one figure, not the rest. */
let browser: Browser | null = null;
async function live(): Promise<Browser> {
  if (!browser?.isConnected()) browser = await launchChromium();
  return browser;
}
const label = (n: number) => n.toLocaleString('en');

/** Runs one measurement; an exception becomes a failed figure instead of stopping the bench. */
async function attempt(ids: string[], fn: () => Promise<void>, fallback: Parameters<Report['add']>[0][]) {
  try {
    await fn();
  } catch (e) {
    const error = (e as Error).message.split('\n')[0]!.slice(0, 160);
    for (const f of fallback.filter((x) => ids.includes(x.id))) report.add({ ...f, samples: [], error });
  }
}

async function coldStart(base: string, mapSize: { w: number; h: number }) {
  const ms: Record<PageKind, number[]> = { app: [], maplibre: [], leaflet: [] };
  const gz: Record<PageKind, number[]> = { app: [], maplibre: [], leaflet: [] };
  const last: Partial<Record<PageKind, ReturnType<typeof totals>>> = {};
  let appFiles: ByteCount[] = [];
  const drawn: Partial<Record<PageKind, number>> = {};
  // The bytes are counted in a run of their own: reading every response body through DevTools slows
  // the page, and more so the page with more files, so the timed runs do not record them.
  for (let run = 0; run <= cfg.coldRuns; run++)
    for (const kind of PAGE_KINDS) {
      const counting = run === cfg.coldRuns;
      const p = await open(await live(), base, kind, { mapSize, recordBytes: counting });
      const r = await firstIdle(p.page, 60_000);
      const bytes = await p.bytes();
      await p.close();
      if (!counting) {
        ms[kind].push(r.ms);
        drawn[kind] = r.drawn;
        continue;
      }
      const t = totals(bytes);
      if (kind === 'app') appFiles = bytes;
      gz[kind].push(t.total!.gzip);
      last[kind] = t;
    }
  if (!drawn.app || drawn.app !== drawn.maplibre)
    throw new Error(`zones drawn at first idle: app ${drawn.app}, bare MapLibre ${drawn.maplibre}`);
  for (const kind of PAGE_KINDS) {
    report.add({
      id: `cold/${kind}`,
      label: 'cold start, bundled data',
      page: kind,
      unit: 'ms',
      samples: ms[kind],
      note: `${drawn[kind]} zones drawn`,
    });
    const t = last[kind]!;
    const parts = ['js', 'worker', 'css', 'data', 'font'].map(
      (k) => `${k} ${((t[k]?.gzip ?? 0) / 1e3).toFixed(0)}k`,
    );
    report.add({
      id: `download/${kind}`,
      label: 'initial download, gzip',
      page: kind,
      unit: 'B',
      samples: gz[kind],
      note: `${parts.join(', ')}; raw ${(t.total!.raw / 1e6).toFixed(2)} MB`,
    });
  }
  report.extra.downloads = last;
  report.extra.firstLoad = firstLoadFiles(appFiles);
}

/** The app's first-load files, one row per file (the largest first), as the README lists them. */
function firstLoadFiles(bytes: readonly ByteCount[]): ByteCount[] {
  const byUrl = new Map(bytes.map((b) => [b.url, b]));
  return [...byUrl.values()].sort((a, b) => b.gzip - a.gzip);
}

async function filterLatency(base: string, mapSize: { w: number; h: number }, n: number) {
  const zones = writeSynthetic(n);
  for (const kind of PAGE_KINDS) {
    const ids = [
      `load/${n}/${kind}`,
      `filter/${n}/${kind}`,
      `filter-task/${n}/${kind}`,
      `heap/${n}/${kind}`,
      `repaint-task/${n}/${kind}`,
    ];
    const figs = [
      {
        id: ids[0]!,
        label: `first idle @ ${label(n)} (1 run, info)`,
        page: kind,
        unit: 'ms' as const,
        samples: [],
      },
      { id: ids[1]!, label: `filter latency @ ${label(n)}`, page: kind, unit: 'ms' as const, samples: [] },
      {
        id: ids[2]!,
        label: `longest task in filter @ ${label(n)}`,
        page: kind,
        unit: 'ms' as const,
        samples: [],
      },
      {
        id: ids[3]!,
        label: `JS heap after first idle @ ${label(n)} (1 run)`,
        page: kind,
        unit: 'B' as const,
        samples: [],
      },
      {
        id: ids[4]!,
        label: `longest task of a repaint, nothing changed @ ${label(n)}`,
        page: kind,
        unit: 'ms' as const,
        samples: [],
      },
    ];
    // Leaflet has no frame of its own to repaint: the floor is MapLibre's.
    if (kind === 'leaflet') figs.pop();
    await attempt(
      ids,
      async () => {
        const p = await open(await live(), base, kind, { mapSize, zones });
        try {
          const first = await firstIdle(p.page, 300_000);
          await settle(p.page);
          const heap = await heapUsed(p.page);
          const repaints = [];
          if (kind !== 'leaflet')
            for (let i = 0; i < cfg.repaintRuns; i++) repaints.push(await repaintTask(p.page));
          const steps = [];
          for (let i = 0; i < cfg.filterSteps; i++) {
            const [group, value] = TOGGLES[i % TOGGLES.length]!;
            steps.push(await timeToggle(p.page, kind, group, value));
          }
          report.add({ ...figs[0]!, samples: [first.ms], note: `${first.drawn} zones drawn` });
          report.add({ ...figs[1]!, samples: steps.map((s) => s.ms) });
          report.add({ ...figs[2]!, samples: steps.map((s) => s.longestTaskMs) });
          report.add({ ...figs[3]!, samples: [heap], note: 'main thread, after a full GC' });
          if (figs[4]) report.add({ ...figs[4], samples: repaints, note: "the frame's floor" });
        } finally {
          await p.close();
        }
      },
      figs,
    );
  }
}

async function searchLatency(n: number) {
  const fig = {
    id: `search/${n}`,
    label: `search, slowest keystroke per run @ ${label(n)} names`,
    page: 'node',
    unit: 'ms' as const,
    samples: [],
  };
  await attempt(
    [fig.id],
    async () => {
      const places = JSON.parse(fs.readFileSync(`${OUT}/data/places.json`, 'utf8')) as PlaceNames;
      const docs = searchDocs(synthZones(n, readBasis(`${OUT}/data`)), places);
      const { indexMs, runs } = typeQueries(docs, cfg.searchRuns + 1);
      runs.shift(); // warm-up: first-call JIT
      const all = runs.flat().sort((a, b) => a - b);
      report.add({
        ...fig,
        samples: runs.map((r) => Math.max(...r)),
        note: `median keystroke ${all[all.length >> 1]!.toFixed(2)} ms over ${all.length}; index build ${indexMs.toFixed(0)} ms`,
      });
    },
    [fig],
  );
}

async function importThroughput(base: string) {
  const n = cfg.importFeatures;
  const ids = [`import/${n}`, `import-task/${n}`];
  const figs = [
    {
      id: ids[0]!,
      label: `import GeoJSON (${label(n)} features)`,
      page: 'app',
      unit: 'ms' as const,
      samples: [],
    },
    {
      id: ids[1]!,
      label: `longest task in import (${label(n)})`,
      page: 'app',
      unit: 'ms' as const,
      samples: [],
    },
  ];
  await attempt(
    ids,
    async () => {
      const file = `${OUT}/synth/import-${n}.geojson`;
      writeJson(file, {
        type: 'FeatureCollection',
        features: synthZones(n, readBasis(`${OUT}/data`), 11).map((z) => ({
          type: 'Feature',
          geometry: z.geometry,
          properties: {
            name: z.properties.name.vi,
            kind: z.properties.kind,
            areaHa: z.properties.areaHa[0]?.value ?? null,
            developer: z.properties.developer[0]?.value ?? null,
          },
        })),
      });
      const mb = (fs.statSync(file).size / 1e6).toFixed(1);
      const r = await measureImport(await live(), base, file);
      if ('skipped' in r) for (const f of figs) report.add({ ...f, skipped: r.skipped });
      else {
        report.add({ ...figs[0]!, samples: [r.ms], note: `${mb} MB file, 1 run` });
        report.add({
          ...figs[1]!,
          samples: [r.longestTaskMs],
          ...(r.split && {
            note: `traced: longest task ${r.split.task.toFixed(0)} ms = ${r.split.own.toFixed(0)} ms own work + ${r.split.gpu.toFixed(0)} ms waiting for the GPU's frame`,
          }),
        });
      }
    },
    figs,
  );
}

async function main() {
  const started = Date.now();
  buildAll(log);
  const server = await serve(cfg.port);
  try {
    // Warm-up (discarded): measures the app's map element and warms the OS file cache for every page.
    const warm = await open(await live(), server.url, 'app', {});
    await firstIdle(warm.page, 60_000);
    const mapSize = await appMapSize(warm.page);
    await warm.close();
    for (const kind of ['maplibre', 'leaflet'] as const) {
      const w = await open(await live(), server.url, kind, { mapSize });
      await firstIdle(w.page, 60_000);
      await w.close();
    }
    report.extra.meta = {
      date: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      chromium: (await live()).version(),
      cpus: os.cpus().length,
      mapSize,
      viewport: '1366×850',
      cfg,
    };
    const coldIds = PAGE_KINDS.flatMap((k) => [`cold/${k}`, `download/${k}`]);
    if (wants('cold'))
      await attempt(
        coldIds,
        () => coldStart(server.url, mapSize),
        coldIds.map((id) => ({ id, label: id, page: id.split('/')[1]!, unit: 'ms', samples: [] })),
      );
    if (wants('filter')) for (const n of cfg.sizes) await filterLatency(server.url, mapSize, n);
    if (wants('search')) await searchLatency(cfg.searchNames);
    if (wants('import')) await importThroughput(server.url);
  } finally {
    await browser?.close();
    server.stop();
  }
  report.extra.bundle = chunks(`${OUT}/assets`);
  addTargets(report, cfg.sizes, cfg.searchNames, cfg.importFeatures);
  log('');
  report.print(log);
  log('');
  log('app bundle (dist-bench/assets):');
  for (const c of report.extra.bundle as ReturnType<typeof chunks>)
    log(
      `  ${c.file.padEnd(48)} ${c.type.padEnd(6)} raw ${(c.raw / 1e3).toFixed(1).padStart(7)} kB  gzip ${(c.gzip / 1e3).toFixed(1).padStart(6)} kB`,
    );
  const firstLoad = report.extra.firstLoad as ByteCount[] | undefined;
  if (firstLoad) {
    log('');
    log('app first load (every file fetched before the first idle):');
    log('| file | type | raw | gzip |');
    log('|---|---|--:|--:|');
    for (const f of firstLoad)
      log(
        `| \`${f.url.replace(/^.*\//, '') || 'index.html'}\` | ${f.type} | ${(f.raw / 1e3).toFixed(1)} kB | ${(f.gzip / 1e3).toFixed(1)} kB |`,
      );
  }
  const json = arg('--json');
  if (json) writeJson(json, report.toJSON());
  log(`bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  log(`bench: ${report.passed} passed, ${report.failed} failed`);
  process.exit(report.failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log('bench: 0 passed, 1 failed');
  process.exit(1);
});
