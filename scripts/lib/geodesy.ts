/**
 * A second, independent implementation of what the app does with proj4, for tests and for making
 * test fixtures: the transverse Mercator from Snyder's series (USGS Professional Paper 1395, eqs.
 * 3-21 and 8-9 to 8-15; well under a centimetre within 1.5° of the meridian) and the VN-2000 Helmert
 * transformation in the Coordinate Frame convention (EPSG method 9607) with the numbers exactly as
 * Quyết định 05/2007/QĐ-BTNMT publishes them. It shares no code with proj4.
 */
import { VN2000_SHIFT } from '../../src/domain/import/vn2000';

const A = 6378137;
const F = 1 / 298.257223563;
const E2 = 2 * F - F * F;
const EP2 = E2 / (1 - E2);
const rad = Math.PI / 180;

/** Snyder eq. 3-21: meridian distance from the equator to latitude φ. */
export function meridianArc(latDeg: number): number {
  const p = latDeg * rad;
  const e4 = E2 * E2;
  const e6 = e4 * E2;
  return (
    A *
    ((1 - E2 / 4 - (3 * e4) / 64 - (5 * e6) / 256) * p -
      ((3 * E2) / 8 + (3 * e4) / 32 + (45 * e6) / 1024) * Math.sin(2 * p) +
      ((15 * e4) / 256 + (45 * e6) / 1024) * Math.sin(4 * p) -
      ((35 * e6) / 3072) * Math.sin(6 * p))
  );
}

/** Snyder eqs. 8-9 and 8-10 (with 8-12 to 8-15): geographic → transverse Mercator grid, FE 500 km. */
export function tmForward(lon: number, lat: number, lon0: number, k0: number): [number, number] {
  const phi = lat * rad;
  const n = A / Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
  const t = Math.tan(phi) ** 2;
  const c = EP2 * Math.cos(phi) ** 2;
  const a = (lon - lon0) * rad * Math.cos(phi);
  const x =
    k0 * n * (a + ((1 - t + c) * a ** 3) / 6 + ((5 - 18 * t + t * t + 72 * c - 58 * EP2) * a ** 5) / 120);
  const y =
    k0 *
    (meridianArc(lat) +
      n *
        Math.tan(phi) *
        (a ** 2 / 2 +
          ((5 - t + 9 * c + 4 * c * c) * a ** 4) / 24 +
          ((61 - 58 * t + t * t + 600 * c - 330 * EP2) * a ** 6) / 720));
  return [500000 + x, y];
}

export function toEcef(lon: number, lat: number): [number, number, number] {
  const n = A / Math.sqrt(1 - E2 * Math.sin(lat * rad) ** 2);
  return [
    n * Math.cos(lat * rad) * Math.cos(lon * rad),
    n * Math.cos(lat * rad) * Math.sin(lon * rad),
    n * (1 - E2) * Math.sin(lat * rad),
  ];
}
export function fromEcef([x, y, z]: [number, number, number]): [number, number] {
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - E2));
  for (let i = 0; i < 10; i++) {
    const n = A / Math.sqrt(1 - E2 * Math.sin(lat) ** 2);
    const h = p / Math.cos(lat) - n;
    lat = Math.atan2(z, p * (1 - (E2 * n) / (n + h)));
  }
  return [Math.atan2(y, x) / rad, lat / rad];
}
/** VN-2000 → WGS 84, Coordinate Frame rotation (EPSG 9607), the decision's numbers as printed. */
export function helmertCoordinateFrame(lon: number, lat: number): [number, number] {
  const { dx, dy, dz, rx, ry, rz, ppm } = VN2000_SHIFT;
  const sec = rad / 3600;
  const [X, Y, Z] = toEcef(lon, lat);
  const m = 1 + ppm * 1e-6;
  const [a, b, c] = [rx * sec, ry * sec, rz * sec];
  return fromEcef([
    dx + m * (X + c * Y - b * Z),
    dy + m * (-c * X + Y + a * Z),
    dz + m * (b * X - a * Y + Z),
  ]);
}

/** WGS 84 → VN-2000 geographic: the Helmert above inverted by fixed-point iteration (to ~0.1 mm). */
export function wgs84ToVn2000(lon: number, lat: number): [number, number] {
  let vn: [number, number] = [lon, lat];
  for (let i = 0; i < 5; i++) {
    const [x, y] = helmertCoordinateFrame(vn[0], vn[1]);
    vn = [vn[0] + (lon - x), vn[1] + (lat - y)];
  }
  return vn;
}

/** WGS 84 lon/lat → a VN-2000 transverse Mercator grid (easting, northing). */
export const toVn2000Grid = (lon: number, lat: number, lon0: number, k0: number): [number, number] => {
  const [vlon, vlat] = wgs84ToVn2000(lon, lat);
  return tmForward(vlon, vlat, lon0, k0);
};
