/**
 * `npm run tiles -- <zones.geojson> <outdir>` (or `-- --national <sites.csv> <outdir>` for the national
 * list of mapped industrial sites): precomputes the zones as a static z/x/y vector-tile
 * tree for MapLibre's vector source (the app's `?tiles=<outdir>/tiles.json`). The input is the app's
 * zone format (public/data/zones.geojson), validated with the app's schema and flattened by the same
 * toMapFeatures the GeoJSON path uses, so tiles carry exactly the properties the style and the
 * filter expression read. Tiles are cut by geojson-vt (MapLibre's own GeoJSON tiler) and encoded
 * with vt-pbf; one layer, "zones".
 */
import fs from 'node:fs';
import path from 'node:path';
import GeoJSONVT, { type LegacyTile } from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { z } from 'zod';
import Papa from 'papaparse';
import { isBusRoute, NationalSiteRowSchema, nationalSiteZone } from '../src/domain/regionSites';
import { type ZoneFeature, ZoneFeatureSchema } from '../src/domain/zone';
import { toMapFeatures } from '../src/domain/mapFeatures';
import { ZONE_LABEL_MIN_ZOOM, ZONE_TILE_LAYER } from '../src/domain/zoneTiles';
import { compareVietnamese } from '../src/domain/text';
import { detailsFile, type ZoneIndexManifest, zoneRow } from '../src/domain/zoneSource';

export const TILE_LAYER = ZONE_TILE_LAYER;
const MIN_ZOOM = 7; // the app's map never zooms out further
const MAX_ZOOM = 12; // 4096 units per tile is ~2.4 m here; MapLibre overzooms beyond
const EXTENT = 4096;
/** The zone label layer's minzoom (src/domain/zoneTiles.ts): lower tiles leave the label text out. */
export const LABEL_MIN_ZOOM = ZONE_LABEL_MIN_ZOOM;
const LABEL_FIELDS = new Set(['label_vi', 'label_en']);

function withoutLabels(tile: LegacyTile): LegacyTile {
  return {
    features: tile.features.map((f) => ({
      ...f,
      tags: Object.fromEntries(Object.entries(f.tags ?? {}).filter(([k]) => !LABEL_FIELDS.has(k))),
    })),
  };
}

const lon2x = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

function bboxOf(fc: { features: readonly { properties: { anchor: [number, number] } }[] }) {
  const b: [number, number, number, number] = [180, 90, -180, -90];
  for (const f of fc.features) {
    const [x, y] = f.properties.anchor;
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  // Anchors are inside their zones; pad by ~2 km so the largest zones' edges stay in range.
  return [b[0] - 0.02, b[1] - 0.02, b[2] + 0.02, b[3] + 0.02] as [number, number, number, number];
}

/** The zones of a zone file (the app's format), validated with the app's schema. */
export function readZones(input: string): ZoneFeature[] {
  const raw = JSON.parse(fs.readFileSync(input, 'utf8')) as unknown;
  const parsed = z.object({ features: z.array(ZoneFeatureSchema) }).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${input} › ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.features;
}

/** The sites of the national list (bus routes dropped), as zones, validated row by row. */
export function readNationalSites(input: string): ZoneFeature[] {
  const rows = Papa.parse<Record<string, string>>(fs.readFileSync(input, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  return rows.flatMap((row, i) => {
    const r = NationalSiteRowSchema.safeParse(row);
    if (!r.success)
      throw new Error(
        `${input} › row ${i + 2} › ${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`,
      );
    return isBusRoute(r.data)
      ? []
      : [ZoneFeatureSchema.parse(nationalSiteZone(r.data, 'osm-vnmap-2026-08-31'))];
  });
}

/** Zones per index chunk: each is parsed and checked in one short step in the browser. */
const ROWS_PER_CHUNK = 2_000;
/** Zones per details file: opening a zone fetches one such file. */
const DETAILS_PER_FILE = 100;
export const ZONE_INDEX_DIR = 'zones';

/**
 * The sidecar index (src/domain/zoneSource.ts): every zone's summary row in chunks, in Vietnamese name
 * order (the list's default order, so the app's sort has nothing to move), and every zone in full in
 * details files, read when its panel opens.
 */
export function writeZoneIndex(zones: readonly ZoneFeature[], outDir: string): ZoneIndexManifest {
  const dir = path.join(outDir, ZONE_INDEX_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const sorted = [...zones].sort((a, b) => compareVietnamese(a.properties.name.vi, b.properties.name.vi));
  const manifest: ZoneIndexManifest = {
    version: 1,
    count: sorted.length,
    chunks: [],
    detailsPerFile: DETAILS_PER_FILE,
    details: 'details-{n}.json',
  };
  for (let i = 0; i < sorted.length; i += ROWS_PER_CHUNK) {
    const name = `index-${i / ROWS_PER_CHUNK}.json`;
    fs.writeFileSync(path.join(dir, name), JSON.stringify(sorted.slice(i, i + ROWS_PER_CHUNK).map(zoneRow)));
    manifest.chunks.push(name);
  }
  for (let i = 0; i < sorted.length; i += DETAILS_PER_FILE)
    fs.writeFileSync(
      path.join(dir, detailsFile(manifest, i)),
      JSON.stringify(sorted.slice(i, i + DETAILS_PER_FILE)),
    );
  fs.writeFileSync(path.join(dir, 'index.json'), JSON.stringify(manifest));
  return manifest;
}

export function buildTiles(
  zones: readonly ZoneFeature[],
  outDir: string,
): { tiles: number; bytes: number; features: number } {
  const index = new GeoJSONVT(toMapFeatures(zones), {
    maxZoom: MAX_ZOOM,
    indexMaxZoom: 5,
    indexMaxPoints: 100_000,
    extent: EXTENT,
    buffer: 64,
  });
  const bounds = bboxOf({ features: zones });
  fs.rmSync(outDir, { recursive: true, force: true });
  let tiles = 0;
  let bytes = 0;
  for (let zoom = MIN_ZOOM; zoom <= MAX_ZOOM; zoom++)
    for (let x = lon2x(bounds[0], zoom); x <= lon2x(bounds[2], zoom); x++)
      for (let y = lat2y(bounds[3], zoom); y <= lat2y(bounds[1], zoom); y++) {
        const tile = index.getTile(zoom, x, y);
        // An empty tile is still written (0 bytes, a valid empty tile): a missing file may be answered
        // with the site's index.html by a single-page-app server, which MapLibre cannot parse.
        const pbf =
          !tile || tile.features.length === 0
            ? new Uint8Array(0)
            : fromGeojsonVt(
                { [TILE_LAYER]: zoom < LABEL_MIN_ZOOM ? withoutLabels(tile) : tile },
                { version: 2, extent: EXTENT },
              );
        fs.mkdirSync(path.join(outDir, String(zoom), String(x)), { recursive: true });
        fs.writeFileSync(path.join(outDir, String(zoom), String(x), `${y}.pbf`), pbf);
        tiles++;
        bytes += pbf.length;
      }
  // TileJSON 3.0.0; the tile URL is relative to this file (src/map/tiledZones.ts resolves it).
  const tileJson = {
    tilejson: '3.0.0',
    name: 'zones',
    tiles: ['{z}/{x}/{y}.pbf'],
    minzoom: MIN_ZOOM,
    maxzoom: MAX_ZOOM,
    bounds,
    vector_layers: [{ id: TILE_LAYER, fields: { id: 'String', kind: 'String', status: 'String' } }],
    // Not TileJSON: the sidecar index of the zones (list, search, counts, panels), relative to this file.
    zone_index: `${ZONE_INDEX_DIR}/index.json`,
  };
  writeZoneIndex(zones, outDir);
  fs.writeFileSync(path.join(outDir, 'tiles.json'), JSON.stringify(tileJson, null, 2));
  return { tiles, bytes, features: zones.length };
}

const args = process.argv.slice(2);
const national = args[0] === '--national';
const [input, outDir] = national ? args.slice(1) : args;
if (import.meta.url === `file://${path.resolve(process.argv[1] ?? '')}`) {
  if (!input || !outDir) {
    console.error(
      'usage: npm run tiles -- <zones.geojson> <outdir>\n       npm run tiles -- --national <sites.csv> <outdir>',
    );
    process.exit(2);
  }
  const started = Date.now();
  try {
    const r = buildTiles(national ? readNationalSites(input) : readZones(input), outDir);
    console.log(
      `tiles: ${r.features} zones → ${r.tiles} tiles (z${MIN_ZOOM}–${MAX_ZOOM}), ${(r.bytes / 1e6).toFixed(1)} MB in ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  } catch (e) {
    console.error(`tiles: ${(e as Error).message}`);
    process.exit(1);
  }
}
