/**
 * Writes geodata/context/vietnam-ne10m.geojson from the npm package world-atlas (Natural Earth 1:10m
 * admin-0 countries, public domain): Viet Nam's land, including the Hoàng Sa (Paracel) and Trường Sa
 * (Spratly) islands, and its neighbours clipped to the region, simplified to about 500 m.
 * The import worker uses it to flag layers that land outside Viet Nam or at sea, and the
 * coordinate-system question draws it under its preview. Run: npx tsx scripts/make-context-outlines.ts
 */
import fs from 'node:fs';
import { bboxClip, simplify, truncate } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const topo = JSON.parse(
  fs.readFileSync('node_modules/world-atlas/countries-10m.json', 'utf8'),
) as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const all = feature(topo, topo.objects.countries) as FeatureCollection<
  Polygon | MultiPolygon,
  { name: string }
>;
const REGION: [number, number, number, number] = [100, 7, 118, 24];
const PARACELS: [number, number, number, number] = [111, 15.5, 113, 17.5];
const inBox = (x: number, y: number, b: number[]) => x >= b[0]! && x <= b[2]! && y >= b[1]! && y <= b[3]!;
const NEIGHBOURS = ['China', 'Laos', 'Cambodia', 'Thailand'];

const out: Feature[] = [];
const add = (f: Feature<Polygon | MultiPolygon>, kind: 'vn' | 'other', name: string, clip = REGION) => {
  const clipped = bboxClip(f, clip);
  const tolerance = kind === 'vn' ? 0.005 : 0.02;
  const simple = truncate(simplify(clipped, { tolerance, highQuality: true }), { precision: 3 });
  const g = simple.geometry as Polygon | MultiPolygon;
  // Clipping leaves empty parts; drop them and any ring that simplified away.
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((rings) => rings.filter((r) => r.length >= 4))
    .filter((rings) => rings.length > 0)
    // The Paracel islands are drawn once, as Hoàng Sa, not again as part of another country.
    .filter((rings) => kind === 'vn' || !rings[0]!.every(([x, y]) => inBox(x!, y!, PARACELS)));
  if (polys.length === 0) return;
  out.push({
    type: 'Feature',
    properties: { kind, name },
    geometry: { type: 'MultiPolygon', coordinates: polys },
  });
};
for (const f of all.features) {
  const name = f.properties.name;
  if (name === 'Vietnam') add(f, 'vn', 'Việt Nam');
  else if (name === 'Spratly Is.') add(f, 'vn', 'Trường Sa');
  else if (name === 'China') {
    add(f, 'vn', 'Hoàng Sa', PARACELS);
    add(f, 'other', name);
  } else if (NEIGHBOURS.includes(name)) add(f, 'other', name);
}
fs.mkdirSync('geodata/context', { recursive: true });
fs.writeFileSync(
  'geodata/context/vietnam-ne10m.geojson',
  JSON.stringify({ type: 'FeatureCollection', features: out }),
);
console.log(
  `wrote ${out.length} outlines, ${fs.statSync('geodata/context/vietnam-ne10m.geojson').size} bytes`,
);
