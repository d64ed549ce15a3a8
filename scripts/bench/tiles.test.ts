// @vitest-environment happy-dom
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { ZONE_LABEL_MIN_ZOOM, ZONE_TILE_LAYER } from '../../src/domain/zoneTiles';
import { buildTiles, LABEL_MIN_ZOOM, readNationalSites, readZones, TILE_LAYER } from '../build-tiles';
import { readBasis, synthZones } from './synth';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tiles-'));
const input = path.join(tmp, 'zones.geojson');
fs.writeFileSync(
  input,
  JSON.stringify({ type: 'FeatureCollection', features: synthZones(200, readBasis()) }),
);
const out = path.join(tmp, 'out');
const result = buildTiles(readZones(input), out);

/** Every tile file of one zoom, as [path, bytes]. */
function tilesAt(z: number): [string, Buffer][] {
  const dir = path.join(out, String(z));
  return fs.readdirSync(dir).flatMap((x) =>
    fs.readdirSync(path.join(dir, x)).map((y): [string, Buffer] => {
      const file = path.join(dir, x, y);
      return [file, fs.readFileSync(file)];
    }),
  );
}

/** The properties of the first tile at zoom z that holds features. */
function decode(z: number) {
  const bytes = tilesAt(z).find(([, b]) => b.length > 0)![1];
  const layer = new VectorTile(new PbfReader(bytes)).layers[TILE_LAYER]!;
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties);
}

describe('build-tiles', () => {
  it('writes a TileJSON and a z/x/y tree whose features carry the style’s properties', () => {
    const tj = JSON.parse(fs.readFileSync(path.join(out, 'tiles.json'), 'utf8'));
    expect(tj.tiles).toEqual(['{z}/{x}/{y}.pbf']);
    expect(result.features).toBe(200);
    expect(result.tiles).toBeGreaterThan(5);
    const props = decode(12);
    expect(props.length).toBeGreaterThan(0);
    for (const key of ['id', 'role', 'kind', 'status', 'size', 'label_vi'])
      expect(props[0]).toHaveProperty(key);
  });

  it('writes an empty (0-byte) tile where a position inside the bounds has no feature', () => {
    // 200 zones leave gaps at zoom 12; a missing file would be answered with index.html by an SPA server.
    const empty = tilesAt(12).filter(([, b]) => b.length === 0);
    expect(empty.length).toBeGreaterThan(0);
    expect(new VectorTile(new PbfReader(empty[0]![1])).layers).toEqual({});
  });

  it('leaves label text out below the zoom where labels show, which the style and the binder agree on', () => {
    // The map's side of the agreement is in src/map/style.test.ts.
    expect(LABEL_MIN_ZOOM).toBe(ZONE_LABEL_MIN_ZOOM);
    expect(TILE_LAYER).toBe(ZONE_TILE_LAYER);
    const low = decode(LABEL_MIN_ZOOM - 1);
    expect(low.length).toBeGreaterThan(0);
    expect(low[0]).not.toHaveProperty('label_vi');
  });

  it('refuses input that is not the app’s zone format, naming the path', () => {
    const bad = path.join(tmp, 'bad.geojson');
    fs.writeFileSync(
      bad,
      JSON.stringify({ features: [{ type: 'Feature', properties: {}, geometry: null }] }),
    );
    expect(() => buildTiles(readZones(bad), path.join(tmp, 'bad'))).toThrow(/features\.0/);
  });
});

describe('national tiles', () => {
  it('builds a tree from the 429-row national list, bus routes dropped', () => {
    const zones = readNationalSites('geodata/osm/vietnam-industrial-sites-2026.csv');
    expect(zones.length).toBe(429 - 12);
    expect(zones.some((z) => z.properties.location.osm?.id === 'relation/17036129')).toBe(false);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'national-'));
    const r = buildTiles(zones, dir);
    expect(r.features).toBe(417);
    expect(fs.existsSync(path.join(dir, 'tiles.json'))).toBe(true);
  });
});
