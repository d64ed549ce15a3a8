/**
 * Vector tiles of an imported layer, cut in the worker on demand (geojson-vt, or supercluster for a
 * dense point layer) and encoded as Mapbox Vector Tiles (vt-pbf). The map asks for them tile by tile
 * through a custom protocol, so neither the page's thread nor MapLibre's hands the whole layer around:
 * each tile that crosses to the page holds only what it shows.
 */
import type { Feature, Point } from 'geojson';
import GeoJSONVT, { type LegacyTile } from 'geojson-vt';
import Supercluster from 'supercluster';
import { fromGeojsonVt } from 'vt-pbf';
import { type AttrFilter, matchesFilter } from '../domain/import/layer';

export const TILE_LAYER = 'data';
export const TILE_MAX_ZOOM = 14;
const EXTENT = 4096;

type Index = { getTile(z: number, x: number, y: number): LegacyTile | null };

/** Points of a multipoint become separate points for clustering; other geometries are not clustered. */
function points(features: Feature[]): Feature<Point>[] {
  const out: Feature<Point>[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (g?.type === 'Point') out.push(f as Feature<Point>);
    else if (g?.type === 'MultiPoint')
      for (const c of g.coordinates) out.push({ ...f, geometry: { type: 'Point', coordinates: c } });
  }
  return out;
}

export function buildIndex(features: Feature[], cluster: boolean, filter: AttrFilter | null): Index {
  if (cluster) {
    const kept = filter ? features.filter((f) => matchesFilter(f.properties, filter)) : features;
    // Radius 40 px of a 512 px tile, in tile units; individual points from zoom 14.
    return new Supercluster({ radius: 40 * (EXTENT / 512), maxZoom: TILE_MAX_ZOOM - 1, extent: EXTENT }).load(
      points(kept),
    );
  }
  return new GeoJSONVT({ type: 'FeatureCollection', features } as never, {
    maxZoom: TILE_MAX_ZOOM,
    indexMaxZoom: 5,
    indexMaxPoints: 100_000,
    extent: EXTENT,
    buffer: 64,
  });
}

/** One tile as MVT bytes; an empty buffer where the layer has nothing. */
export function encodeTile(index: Index, z: number, x: number, y: number): ArrayBuffer {
  const tile = index.getTile(z, x, y);
  if (!tile || tile.features.length === 0) return new ArrayBuffer(0);
  const bytes = fromGeojsonVt({ [TILE_LAYER]: tile }, { version: 2, extent: EXTENT });
  return bytes.buffer.byteLength === bytes.byteLength ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
}
