/** Where the printed zone sheet's map looks: pure geometry, so it can be tested without a map. */
import { bboxOf } from './geo';
import type { Feature, Geometry, Position } from 'geojson';

/** Width over height of the map box on the printed page (src/components/investor/PrintMap.tsx). */
export const PRINT_MAP_ASPECT = 186 / 92;
const MARGIN_PX = 24;

/**
 * Padding that keeps the zone inside the middle band the printed box crops out of the canvas
 * (object-fit: cover keeps the centre).
 */
export function cropPadding(width: number, height: number, aspect: number) {
  if (width / height < aspect) {
    const band = width / aspect;
    const y = Math.max(MARGIN_PX, (height - band) / 2 + MARGIN_PX);
    return { top: y, bottom: y, left: MARGIN_PX, right: MARGIN_PX };
  }
  const band = height * aspect;
  const x = Math.max(MARGIN_PX, (width - band) / 2 + MARGIN_PX);
  return { top: MARGIN_PX, bottom: MARGIN_PX, left: x, right: x };
}

/**
 * What the printed map shows: the footprint with as much again around it, or the area of a point's
 * uncertainty (at least a kilometre around it), so the surroundings are on the page too.
 */
export function printFrame(
  zone: Feature<Geometry, { anchor: Position; uncertaintyKm?: number | null }>,
): [number, number, number, number] {
  const p = zone.properties;
  if (zone.geometry.type !== 'Point') {
    const [w, s, e, n] = bboxOf(zone);
    const dx = (e - w) / 2;
    const dy = (n - s) / 2;
    return [w - dx, s - dy, e + dx, n + dy];
  }
  const [lon = 0, lat = 0] = p.anchor;
  const km = Math.max(1, p.uncertaintyKm ?? 0);
  const dLat = km / 111.32;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}
