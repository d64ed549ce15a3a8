/** Geometry helpers over turf. Pure: no map, no React. */
import {
  area as turfArea,
  bbox as turfBbox,
  booleanPointInPolygon,
  centroid,
  pointOnFeature,
} from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

export type BBox = [number, number, number, number];
export type AreaGeometry = Polygon | MultiPolygon;

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_PX_AT_Z0 = 512;

/** Radius in metres of a circle whose area equals `areaHa`. */
export function equalAreaRadiusM(areaHa: number): number {
  return Math.sqrt((areaHa * 10_000) / Math.PI);
}

/**
 * Pixel radius at zoom 0 of the equal-area circle at latitude `lat`; doubling per zoom level gives
 * the true ground size at any zoom.
 */
export function equalAreaRadiusPxAtZ0(areaHa: number, lat: number): number {
  const metresPerPx = (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / WORLD_PX_AT_Z0;
  return equalAreaRadiusM(areaHa) / metresPerPx;
}

/** Area in hectares of a polygon, computed on the sphere. */
export function areaHa(geometry: AreaGeometry): number {
  return turfArea({ type: 'Feature', properties: {}, geometry }) / 10_000;
}

export function bboxOf(geojson: Feature | FeatureCollection): BBox {
  return turfBbox(geojson) as BBox;
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
