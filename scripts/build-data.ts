/**
 * `npm run data`: validates geodata/ with the app's own zod schemas and writes what the app loads
 * into public/data/. Fails (exit 1) with file › zone › field messages; never writes half-valid data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { simplify, truncate } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { type AreaGeometry, bboxOf, innerPoint } from '../src/domain/geo';
import { LABELLED_UNITS } from '../src/map/labelledUnits';
import { type AdminCollection, buildDataset, formatProblem, validateUnplaced } from '../src/domain/dataset';
import { formatQualityReport, qualityReport } from '../src/domain/quality';
import { targetsFileSchemaWithSources } from '../src/domain/targets';
import { LayersFileSchema, type Source, SourcesFileSchema } from '../src/domain/sources';

const root = path.resolve(import.meta.dirname, '..');
const geodata = path.join(root, 'geodata');
const out = path.join(root, 'public', 'data');

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    fail([`${path.relative(root, file)}: ${(e as Error).message}`]);
  }
};

function fail(messages: string[]): never {
  console.error(`Data build failed with ${messages.length} problem(s):`);
  for (const m of messages) console.error(`  ✗ ${m}`);
  process.exit(1);
}

const jsonFiles = (dir: string, ext: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => path.join(dir, f))
    : [];

// Bibliography: the union of geodata/sources/*.json.
const sources: Source[] = [];
const sourceProblems: string[] = [];
for (const file of jsonFiles(path.join(geodata, 'sources'), '.json')) {
  const parsed = SourcesFileSchema.safeParse(readJson(file));
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      sourceProblems.push(`${path.relative(root, file)} › entry ${i.path.join('.')}: ${i.message}`);
    continue;
  }
  for (const s of parsed.data) {
    if (sources.some((x) => x.id === s.id))
      sourceProblems.push(`${path.relative(root, file)} › ${s.id}: duplicate source id`);
    sources.push(s);
  }
}
if (sourceProblems.length) fail(sourceProblems);

const layers = LayersFileSchema.safeParse(readJson(path.join(geodata, 'layers.json')));
if (!layers.success)
  fail(layers.error.issues.map((i) => `geodata/layers.json › ${i.path.join('.')}: ${i.message}`));

const districts = readJson(path.join(geodata, 'admin/districts-2020.geojson')) as AdminCollection;
const communes = readJson(path.join(geodata, 'admin/communes-2025.geojson')) as AdminCollection;
const boundaryFc = readJson(path.join(geodata, 'admin/hanoi-boundary.geojson')) as AdminCollection;

const zoneFiles = jsonFiles(path.join(geodata, 'zones'), '.geojson').map((file) => ({
  file: path.relative(root, file),
  json: readJson(file),
}));
const result = buildDataset({ zoneFiles, sources, districts, communes, boundary: boundaryFc.features[0]! });
const unplaced = validateUnplaced(
  'geodata/unplaced.json',
  readJson(path.join(geodata, 'unplaced.json')),
  sources,
  new Set(result.zones.map((z) => z.properties.id)),
);
const errors = [...result.problems, ...unplaced.problems].filter((p) => p.severity === 'error');
if (errors.length) fail(errors.map(formatProblem));

// Display copies: simplified (~10 m) and rounded (~1 m); the full geometry stays in geodata/ for joins.
const forDisplay = (fc: FeatureCollection, tolerance: number) =>
  truncate(tolerance > 0 ? simplify(fc, { tolerance, highQuality: true }) : fc, {
    precision: 5,
    coordinates: 2,
  });

const targets = targetsFileSchemaWithSources(new Set(sources.map((s) => s.id))).safeParse(
  readJson(path.join(geodata, 'targets.json')),
);
if (!targets.success)
  fail(targets.error.issues.map((i) => `geodata/targets.json › ${i.path.join('.')}: ${i.message}`));

const roundedBbox = (f: Feature) => bboxOf(f).map((n) => Number(n.toFixed(5)));

// Everything is prepared in memory first, so a failure leaves the previous output untouched.
const outputs = new Map<string, unknown>();
const dataAsOf = result.zones
  .flatMap((z) => z.properties.status.map((f) => f.asOf ?? ''))
  .reduce((a, b) => (b > a ? b : a), '');
outputs.set('zones.geojson', { type: 'FeatureCollection', features: result.zones });
outputs.set('sources.json', sources);
outputs.set('layers.json', layers.data);
outputs.set('targets.json', targets.data);
outputs.set('unplaced.json', unplaced.zones);
outputs.set('meta.json', { dataAsOf, zoneCount: result.zones.length });
outputs.set('places.json', {
  districts: districts.features.map((f) => ({
    id: f.properties.id,
    name: String(f.properties.name_vi),
    type: String(f.properties.unit_type_vi),
    bbox: roundedBbox(f),
  })),
  communes: communes.features.map((f) => ({
    id: f.properties.id,
    name: String(f.properties.name),
    ...(f.properties.name_en ? { nameEn: String(f.properties.name_en) } : {}),
    bbox: roundedBbox(f),
  })),
});
for (const layer of layers.data) {
  const fc = readJson(path.join(geodata, layer.file)) as FeatureCollection;
  if (fc?.type !== 'FeatureCollection') fail([`geodata/${layer.file}: not a GeoJSON FeatureCollection`]);
  const isArea = fc.features.some((f) => f.geometry?.type.endsWith('Polygon'));
  outputs.set(`${layer.id}.geojson`, forDisplay(fc, isArea ? 0.0001 : 0));
  // One label point per administrative unit: polygon labels would repeat on every tile piece.
  if (LABELLED_UNITS.includes(layer.id))
    outputs.set(`${layer.id}-labels.geojson`, {
      type: 'FeatureCollection',
      features: fc.features.map((f) => ({
        type: 'Feature',
        properties: f.properties,
        geometry: {
          type: 'Point',
          coordinates: innerPoint(f.geometry as AreaGeometry).map((n) => Number(n.toFixed(5))),
        },
      })),
    });
}

// Write beside the target, then swap, so a reader never sees a half-written folder.
const staging = `${out}.tmp-${process.pid}`;
fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(staging, { recursive: true });
for (const [name, data] of outputs) fs.writeFileSync(path.join(staging, name), JSON.stringify(data));
fs.rmSync(out, { recursive: true, force: true });
fs.renameSync(staging, out);

console.log(formatQualityReport(qualityReport(result)));
console.log(
  `Known but not placed (${unplaced.zones.length}): ${unplaced.zones.map((z) => z.id).join(', ') || '—'}`,
);
console.log(
  `Wrote ${result.zones.length} zones, ${sources.length} sources and ${layers.data.length} layers to public/data/`,
);
