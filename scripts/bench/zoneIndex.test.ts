// @vitest-environment happy-dom
/**
 * The tile tree's sidecar index, end to end in Node: the builder writes it, the app's tiled zone source
 * reads it back (fetch answered from the files), and the list, search and facets see the same zones as
 * from the GeoJSON, while the panel's details come whole from the details files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tiledZoneSource } from '../../src/data/tiledZoneSource';
import { zoneFacets } from '../../src/domain/filters';
import { zoneDocs } from '../../src/domain/searchDocs';
import type { ZoneFeature } from '../../src/domain/zone';
import { buildTiles, readZones } from '../build-tiles';
import { readBasis, synthZones } from './synth';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zone-index-'));
const input = path.join(tmp, 'zones.geojson');
const N = 2_345; // more than one index chunk (2,000 rows) and many details files (100 zones)
fs.writeFileSync(input, JSON.stringify({ type: 'FeatureCollection', features: synthZones(N, readBasis()) }));
const zones = readZones(input);
const out = path.join(tmp, 'tree');
buildTiles(zones, out);
const BASE = 'http://app.test/';
const requested: string[] = [];
globalThis.fetch = (async (url: string) => {
  requested.push(url);
  const file = path.join(out, new URL(url).pathname.replace(/^\/tree\//, ''));
  return fs.existsSync(file)
    ? new Response(fs.readFileSync(file, 'utf8'))
    : new Response('', { status: 404 });
}) as typeof fetch;
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const byId = (list: readonly ZoneFeature[]) => new Map(list.map((z) => [z.properties.id, z]));
const thisYear = 2026;

describe('the tile tree’s zone index', () => {
  it('lists every zone once, with the facets, search texts and areas the GeoJSON gives', async () => {
    const source = await tiledZoneSource('tree/tiles.json', BASE);
    expect(source.complete).toBe(false);
    expect(source.draw).toEqual({ kind: 'tiles', url: 'tree/tiles.json' });
    expect(source.zones).toHaveLength(N);
    const full = byId(zones);
    for (const summary of source.zones) {
      const zone = full.get(summary.properties.id)!;
      expect(zoneFacets(summary.properties, { thisYear })).toEqual(zoneFacets(zone.properties, { thisYear }));
      expect(summary.properties.areaHa).toEqual(zone.properties.areaHa);
      expect(summary.properties.countsInTotals).toBe(zone.properties.countsInTotals);
      expect(summary.geometry).toEqual({ type: 'Point', coordinates: zone.properties.anchor });
    }
    const places = { districts: [], communes: [] };
    expect(zoneDocs(source.zones, places, 'vi')).toEqual(
      zoneDocs(
        source.zones.map((z) => full.get(z.properties.id)!),
        places,
        'vi',
      ),
    );
  });

  it('loads a zone’s details on demand, one details file, checked against the zone schema', async () => {
    const source = await tiledZoneSource('tree/tiles.json', BASE);
    requested.length = 0;
    const id = source.zones[1234]!.properties.id;
    const zone = await source.details(id);
    expect(zone).toEqual(zones.find((z) => z.properties.id === id));
    expect(requested).toEqual([`${BASE}tree/zones/details-12.json`]);
    expect(await source.details('not-a-zone')).toBeNull();
  });

  it('refuses an index file that does not check, naming the file and the field', async () => {
    const chunk = path.join(out, 'zones', 'index-1.json');
    const good = fs.readFileSync(chunk, 'utf8');
    const rows = JSON.parse(good) as { kind: string }[];
    rows[3]!.kind = 'factory';
    fs.writeFileSync(chunk, JSON.stringify(rows));
    try {
      await expect(tiledZoneSource('tree/tiles.json', BASE)).rejects.toThrow(/index-1\.json › 3\.kind/);
    } finally {
      fs.writeFileSync(chunk, good);
    }
  });
});
