/** Geometry helpers over turf. Pure: no map, no React. */
import {
  area as turfArea,
  bbox as turfBbox,
  booleanPointInPolygon,
  centroid,
  distance,
  pointOnFeature,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

export type BBox = [number, number, number, number];
export type AreaGeometry = Polygon | MultiPolygon;

/** Radius in metres of a circle whose area equals `areaHa`. */
export function equalAreaRadiusM(areaHa: number): number {
  return Math.sqrt((areaHa * 10_000) / Math.PI);
}

// WGS 84: the first eccentricity squared and the radius of the sphere of equal area (authalic).
const E2 = 0.00669437999014;
const E = Math.sqrt(E2);
const AUTHALIC_RADIUS_M = 6_371_007.181;
/** turf's sphere (its `earthRadius`), which its area formula assumes. */
const TURF_RADIUS_M = 6_371_008.8;

const qOf = (phi: number) => {
  const s = Math.sin(phi);
  return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
};
const Q_POLE = qOf(Math.PI / 2);
/** Geodetic latitude → authalic latitude (degrees): equal areas on the ellipsoid and the sphere. */
const authalic = (lat: number) => (Math.asin(qOf((lat * Math.PI) / 180) / Q_POLE) * 180) / Math.PI;

/**
 * Area in hectares of a polygon on the WGS 84 ellipsoid: the latitudes are mapped to authalic
 * latitudes, whose sphere keeps areas, and turf's spherical formula does the rest. A plain spherical
 * area is about 0.3 % too large at Hanoi's latitude.
 */
export function areaHa(geometry: AreaGeometry): number {
  const toAuthalic = (ring: Position[]) => ring.map(([lon, lat]) => [lon!, authalic(lat!)]);
  const g: AreaGeometry =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: geometry.coordinates.map(toAuthalic) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(toAuthalic)) };
  const sphere = turfArea({ type: 'Feature', properties: {}, geometry: g });
  return (sphere * (AUTHALIC_RADIUS_M / TURF_RADIUS_M) ** 2) / 10_000;
}

/**
 * The label point of a footprint: the pole of inaccessibility (the point farthest from the edges) of
 * its largest part, so a label sits inside the shape even when the shape is a crescent or an L.
 */
export function labelPoint(geometry: AreaGeometry): Position {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = parts[0]!;
  let bestArea = -1;
  for (const part of parts) {
    const a = areaHa({ type: 'Polygon', coordinates: part });
    if (a > bestArea) [best, bestArea] = [part, a];
  }
  // Precision in degrees: about 1 m, ample for a label.
  const [x, y] = polylabel(best as [number, number][][], 0.00001);
  return [Number(x.toFixed(6)), Number(y.toFixed(6))];
}

/** The farthest a point inside `area` can be from `point`, in km: how wrong a unit's centre can be. */
export function maxDistanceKm(point: Position, area: AreaGeometry): number {
  const parts = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let max = 0;
  for (const part of parts)
    for (const [lon, lat] of part[0]!) {
      const d = distance(point, [lon!, lat!], { units: 'kilometers' });
      if (d > max) max = d;
    }
  return max;
}

export function bboxOf(geojson: Feature | FeatureCollection): BBox {
  return turfBbox(geojson) as BBox;
}

/** The smallest box holding every one of `boxes` (at least one). */
export function unionBBox(boxes: readonly BBox[]): BBox {
  return boxes.reduce((u, b) => [
    Math.min(u[0], b[0]),
    Math.min(u[1], b[1]),
    Math.max(u[2], b[2]),
    Math.max(u[3], b[3]),
  ]);
}

/** A point that lies inside the polygon: its centroid when that is inside, else a point on its surface. */
export function innerPoint(geometry: AreaGeometry): Position {
  const feature: Feature<AreaGeometry> = { type: 'Feature', properties: {}, geometry };
  const c = centroid(feature).geometry.coordinates;
  if (booleanPointInPolygon(c, feature)) return c;
  return pointOnFeature(feature).geometry.coordinates;
}

export function containsPoint(geometry: AreaGeometry, point: Position): boolean {
  return booleanPointInPolygon(point, { type: 'Feature', properties: {}, geometry });
}

/** The first feature of `areas` that contains `point`, or undefined. */
export function findContaining<P extends Record<string, unknown>>(
  areas: readonly Feature<AreaGeometry, P>[],
  point: Position,
): Feature<AreaGeometry, P> | undefined {
  return areas.find((a) => booleanPointInPolygon(point, a));
}
