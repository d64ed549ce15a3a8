/**
 * `npm run data`: validates geodata/ with the app's own zod schemas and writes what the app loads
 * into public/data/. Fails (exit 1) with file › zone › field messages; never writes half-valid data.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { simplify, truncate } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { type AreaGeometry, bboxOf, innerPoint } from '../src/domain/geo';
import { CENTRELINE_LAYERS, centrelineSourceId, ribbonCentreline } from '../src/domain/centreline';
import { LABELLED_UNITS } from '../src/domain/labelledUnits';
import { buildDataset, formatProblem, validateUnplaced } from '../src/domain/dataset';
import { formatQualityReport, qualityReport } from '../src/domain/quality';
import { regionSites } from '../src/domain/regionSites';
import { statusDateRange } from '../src/domain/freshness';
import type { z } from 'zod';
import { PlacesSchema, ZonesFileSchema } from '../src/domain/dataFiles';
import { MarketFileSchema } from '../src/domain/market';
import { LayersFileSchema, SourcesFileSchema } from '../src/domain/sources';
import { UnplacedFileSchema } from '../src/domain/zone';
import { programmeSectorIds, targetsFileSchemaWithSources } from '../src/domain/targets';
import { type Geodata, GeodataError, readGeodata } from './geodata';

const root = path.resolve(import.meta.dirname, '..');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const out = path.join(root, 'public', 'data');

function fail(messages: string[]): never {
  console.error(`Data build failed with ${messages.length} problem(s):`);
  for (const m of messages) console.error(`  ✗ ${m}`);
  process.exit(1);
}

let geo: Geodata;
try {
  geo = readGeodata(root);
} catch (e) {
  if (e instanceof GeodataError) fail(e.problems);
  throw e;
}
const { input, sources, layers, nationalRows } = geo;
/** Another file of geodata/, as JSON; a missing or broken file fails the build with its name. */
const read = (file: string) => {
  try {
    return geo.readJson(file);
  } catch (e) {
    if (e instanceof GeodataError) fail(e.problems);
    throw e;
  }
};
const { districts, communes } = input;

const result = buildDataset(input);
const unplaced = validateUnplaced(
  'geodata/unplaced.json',
  read('unplaced.json'),
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
  read('targets.json'),
);
if (!targets.success)
  fail(targets.error.issues.map((i) => `geodata/targets.json › ${i.path.join('.')}: ${i.message}`));

// Zones' plan items must name an entry of their list; market facts must cite known sources and zones.
const sourceIds = new Set(sources.map((s) => s.id));
const zoneIds = new Set(result.zones.map((z) => z.properties.id));
const listProblems: string[] = [];
for (const z of result.zones)
  for (const item of z.properties.planItems) {
    const [listId, entry] = item.value.split('/');
    const list = targets.data.lists.find((l) => l.id === listId);
    if (list && !list.entries.some((e) => e.id === entry))
      listProblems.push(`${z.properties.id} › planItems: "${entry}" is not an entry of the list ${listId}`);
  }
const market = MarketFileSchema.safeParse(read('market.json'));
if (!market.success)
  fail(market.error.issues.map((i) => `geodata/market.json › ${i.path.join('.')}: ${i.message}`));
market.data.facts.forEach((f) => {
  if (!sourceIds.has(f.source))
    listProblems.push(`geodata/market.json › ${f.id}: unknown source "${f.source}"`);
  if (f.zone && !zoneIds.has(f.zone))
    listProblems.push(`geodata/market.json › ${f.id}: unknown zone "${f.zone}"`);
});
if (listProblems.length) fail(listProblems);

const roundedBbox = (f: Feature) => bboxOf(f).map((n) => Number(n.toFixed(5)));

// Everything is prepared in memory first, so a failure leaves the previous output untouched.
const outputs = new Map<string, unknown>();
outputs.set('zones.geojson', { type: 'FeatureCollection', features: result.zones });
outputs.set('sources.json', sources);
outputs.set('layers.json', layers);
outputs.set('targets.json', targets.data);
outputs.set('unplaced.json', unplaced.zones);
outputs.set('meta.json', {
  statusDates: statusDateRange(result.zones.map((z) => z.properties)),
  zoneCount: result.zones.length,
  // The sectors the programme names, for the sector filter's marks (the full list is in targets.json).
  programmeSectors: [...programmeSectorIds(targets.data)].sort(),
});
outputs.set('market.json', market.data);
// Context for investors: the sites of the provinces around Hanoi (never part of Hanoi's counts).
outputs.set('region-sites.geojson', regionSites(nationalRows));
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
// The files the app loads at start are checked here with the app's own schemas, and the result is what
// is written; meta.json carries each one's SHA-256, and the app skips re-validating a file whose bytes
// match (zod would otherwise run over them on every page load).
const checkedAtBuild: [string, z.ZodType][] = [
  ['zones.geojson', ZonesFileSchema],
  ['sources.json', SourcesFileSchema],
  ['layers.json', LayersFileSchema],
  ['places.json', PlacesSchema],
  ['unplaced.json', UnplacedFileSchema],
];
const digests: Record<string, string> = {};
for (const [file, schema] of checkedAtBuild) {
  const parsed = schema.safeParse(outputs.get(file));
  if (!parsed.success)
    fail(
      parsed.error.issues.map((i) => `public/data/${file} › ${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  outputs.set(file, parsed.data);
  digests[file] = sha256(JSON.stringify(parsed.data));
}
outputs.set('meta.json', { ...(outputs.get('meta.json') as object), digests });

for (const layer of layers.filter((l) => l.role === 'base')) {
  const fc = read(layer.file) as FeatureCollection;
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
  // A river drawn double-lined from a traced raster: its centre line, drawn where the stairs would show.
  if (CENTRELINE_LAYERS.includes(layer.id)) {
    const rings = fc.features.flatMap((f) =>
      f.geometry?.type === 'Polygon'
        ? [f.geometry.coordinates[0]!]
        : f.geometry?.type === 'MultiPolygon'
          ? f.geometry.coordinates.map((p) => p[0]!)
          : [],
    );
    outputs.set(`${centrelineSourceId(layer.id)}.geojson`, {
      type: 'FeatureCollection',
      features: rings.map((ring) => ({
        type: 'Feature',
        properties: {
          name_hint: fc.features[0]?.properties?.name_hint ?? null,
          method: 'centre line of the GSHHG polygon (src/domain/centreline.ts)',
        },
        geometry: { type: 'LineString', coordinates: ribbonCentreline(ring) },
      })),
    });
  }
}

// Write beside the target, then swap, so a reader never sees a half-written folder.
const staging = `${out}.tmp-${process.pid}`;
fs.rmSync(staging, { recursive: true, force: true });
fs.mkdirSync(staging, { recursive: true });
for (const [name, data] of outputs) fs.writeFileSync(path.join(staging, name), JSON.stringify(data));
fs.rmSync(out, { recursive: true, force: true });
fs.renameSync(staging, out);

console.log(formatQualityReport(qualityReport(result)));
const byState = (state: string) => result.osmStates.filter((s) => s.state === state);
console.log(
  `OpenStreetMap sites of Hanoi (${result.osmStates.length}): ${byState('matched').length} matched to a zone, ` +
    `${byState('added').length} added as zones, ${byState('excluded').length} excluded`,
);
for (const s of result.osmStates)
  console.log(`  ${s.state.padEnd(9)} ${s.osm.padEnd(20)} ${s.name}${s.zone ? ` → ${s.zone}` : ''}`);
console.log(
  `Known but not placed (${unplaced.zones.length}): ${unplaced.zones.map((z) => z.id).join(', ') || '—'}`,
);
console.log(
  `Wrote ${result.zones.length} zones, ${sources.length} sources and ${layers.length} layers to public/data/`,
);
