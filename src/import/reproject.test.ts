/**
 * VN-2000 conversions. No published VN-2000 ↔ WGS 84 point pair was found (searched), so these are:
 * (1) round-trip pairs through our proj4 definitions; (2) points computed independently of proj4 in
 * this file: the transverse Mercator northing on the central meridian from Snyder's meridian-arc
 * series (USGS Professional Paper 1395, eq. 3-21), and the datum shift from the 7-parameter Helmert
 * formula (position-vector convention, as proj4's +towgs84) applied to ECEF coordinates.
 */
import { describe, expect, test } from 'vitest';
import { CRS_DEFS, type CrsId, VN2000_TOWGS84 } from '../domain/import/crs';
import { makeTransform, toProjected } from './reproject';

const A = 6378137;
const F = 1 / 298.257223563;
const E2 = 2 * F - F * F;
const rad = Math.PI / 180;

/** Snyder eq. 3-21: meridian distance from the equator to latitude φ. */
function meridianArc(latDeg: number): number {
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

function toEcef(lon: number, lat: number): [number, number, number] {
  const n = A / Math.sqrt(1 - E2 * Math.sin(lat * rad) ** 2);
  return [
    n * Math.cos(lat * rad) * Math.cos(lon * rad),
    n * Math.cos(lat * rad) * Math.sin(lon * rad),
    n * (1 - E2) * Math.sin(lat * rad),
  ];
}
function fromEcef([x, y, z]: [number, number, number]): [number, number] {
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - E2));
  for (let i = 0; i < 10; i++) {
    const n = A / Math.sqrt(1 - E2 * Math.sin(lat) ** 2);
    const h = p / Math.cos(lat) - n;
    lat = Math.atan2(z, p * (1 - (E2 * n) / (n + h)));
  }
  return [Math.atan2(y, x) / rad, lat / rad];
}
/** VN-2000 geographic → WGS 84 geographic with the published parameters, small-angle Helmert. */
function helmertVn2000ToWgs84(lon: number, lat: number): [number, number] {
  const [dx, dy, dz, rx, ry, rz, ds] = VN2000_TOWGS84.split(',').map(Number) as number[];
  const sec = rad / 3600;
  const [X, Y, Z] = toEcef(lon, lat);
  const m = 1 + ds! * 1e-6;
  const [a, b, c] = [rx! * sec, ry! * sec, rz! * sec];
  return fromEcef([
    dx! + m * (X - c * Y + b * Z),
    dy! + m * (c * X + Y - a * Z),
    dz! + m * (-b * X + a * Y + Z),
  ]);
}

describe('VN-2000 and UTM to WGS 84', () => {
  test('WGS 84 / UTM 48N on the central meridian matches the independent meridian arc', () => {
    const [e, n] = toProjected({ id: 'wgs84-utm48' }, [105, 21]);
    expect(e).toBeCloseTo(500000, 3);
    expect(n).toBeCloseTo(0.9996 * meridianArc(21), 2);
  });

  test('VN-2000 / TM-3 105° point on the central meridian: grid from Snyder, datum shift from Helmert', () => {
    // A point at VN-2000 latitude 21°, longitude 105°: its TM-3 grid values are known without proj4.
    const grid: [number, number] = [500000, 0.9999 * meridianArc(21)];
    const expected = helmertVn2000ToWgs84(105, 21);
    const [lon, lat] = makeTransform({ id: 'vn2000-tm3-105' }, false)(grid);
    expect(Math.abs(lon! - expected[0]) * 111320 * Math.cos(21 * rad)).toBeLessThan(0.05); // metres
    expect(Math.abs(lat! - expected[1]) * 110574).toBeLessThan(0.05);
    // And the shift is real: VN-2000 and WGS 84 differ by some metres here, not zero, not kilometres.
    const shift = Math.hypot((expected[0] - 105) * 103900, (expected[1] - 21) * 110700);
    expect(shift).toBeGreaterThan(1);
    expect(shift).toBeLessThan(1000);
  });

  test('TM-3 (k=0.9999) and UTM (k=0.9996) differ in scale only, as their definitions say', () => {
    const [, nTm3] = toProjected({ id: 'vn2000-tm3-105' }, [105, 21]);
    const [, nUtm] = toProjected({ id: 'vn2000-utm48' }, [105, 21]);
    expect(nTm3 / nUtm).toBeCloseTo(0.9999 / 0.9996, 9);
  });

  // Round-trip pairs: WGS 84 points in Hanoi projected by our definitions and read back.
  const HANOI: [number, number][] = [
    [105.8542, 21.0285], // Hoàn Kiếm
    [105.5247, 21.0136], // Hòa Lạc
    [105.7765, 21.1215], // Thăng Long IP
  ];
  test.each(['vn2000-tm3-105', 'vn2000-utm48', 'wgs84-utm48'] as CrsId[])(
    '%s round-trips to the millimetre',
    (id) => {
      for (const p of HANOI) {
        const grid = toProjected({ id }, p);
        expect(grid[0]).toBeGreaterThan(450000);
        expect(grid[1]).toBeGreaterThan(2_300_000);
        const [lon, lat] = makeTransform({ id }, false)(grid);
        expect(Math.abs(lon! - p[0]) * 1e5).toBeLessThan(0.1);
        expect(Math.abs(lat! - p[1]) * 1e5).toBeLessThan(0.1);
      }
    },
  );

  test('axis order: Vietnamese X (northing) first is swapped before converting', () => {
    const [e, n] = toProjected({ id: 'vn2000-tm3-105' }, HANOI[0]!);
    const [lon, lat] = makeTransform({ id: 'vn2000-tm3-105' }, true)([n, e]);
    expect(lon).toBeCloseTo(HANOI[0]![0], 7);
    expect(lat).toBeCloseTo(HANOI[0]![1], 7);
  });

  test('every definition carries the published VN-2000 shift where it should', () => {
    expect(CRS_DEFS['vn2000-tm3-105'].proj4).toContain(`+towgs84=${VN2000_TOWGS84}`);
    expect(CRS_DEFS['vn2000-utm48'].proj4).toContain(`+towgs84=${VN2000_TOWGS84}`);
    expect(CRS_DEFS['wgs84-utm48'].proj4).not.toContain('towgs84');
  });
});
