/**
 * VN-2000 conversions checked against computations that do not use proj4:
 *  - the transverse Mercator written out from Snyder's series (USGS Professional Paper 1395,
 *    eqs. 3-21 and 8-9 to 8-15), accurate to well under a centimetre within 1.5° of the meridian;
 *  - the 7-parameter Helmert transformation written out in the Coordinate Frame convention (EPSG
 *    method 9607) with the numbers exactly as Quyết định 05/2007/QĐ-BTNMT publishes them;
 *  - published point pairs: the four corners of the Lý Sơn port waters, given in both WGS-84 and
 *    VN-2000 in the appendix of Thông tư 37/2019/TT-BGTVT (WGS-84 to 1″, VN-2000 to 0.1″).
 */
import { describe, expect, test } from 'vitest';
import { crsDef, tm3Id } from '../domain/import/crs';
import { PROVINCE_MERIDIANS, PROVINCIAL_MERIDIANS } from '../domain/import/vn2000';
import { helmertCoordinateFrame, tmForward } from '../../scripts/lib/geodesy';

const rad = Math.PI / 180;
import { checkChoice, makeTransform, toProjected } from './reproject';

const metres = (p: number[], q: number[]) =>
  Math.hypot((p[0]! - q[0]!) * 111320 * Math.cos(q[1]! * rad), (p[1]! - q[1]!) * 110574);

describe('VN-2000 grids to WGS 84, against an independent computation', () => {
  test('the table has 63 provinces on 17 meridians, 103°00′ (Lai Châu) to 108°30′ (Gia Lai)', () => {
    expect(PROVINCE_MERIDIANS).toHaveLength(63);
    expect(PROVINCIAL_MERIDIANS).toEqual([
      103, 104, 104.5, 104.75, 105, 105.5, 105.75, 106, 106.25, 106.5, 107, 107.25, 107.5, 107.75, 108,
      108.25, 108.5,
    ]);
    const of = (name: string) => PROVINCE_MERIDIANS.find((p) => p.name === name)?.meridian;
    expect([of('Lai Châu'), of('Gia Lai'), of('Hà Nội'), of('TP Hồ Chí Minh')]).toEqual([
      103, 108.5, 105, 105.75,
    ]);
  });

  // A point west and one east of each meridian, in the north and in the south.
  test.each(PROVINCIAL_MERIDIANS.map((m) => [m]))('TM-3 on meridian %s° lands within 5 cm', (m) => {
    const transform = makeTransform({ id: tm3Id(m) }, false);
    for (const [dLon, lat] of [
      [0.8, 21.2],
      [-0.7, 10.6],
      [0.3, 16],
    ] as const) {
      const vn: [number, number] = [m + dLon, lat];
      const grid = tmForward(vn[0], vn[1], m, 0.9999);
      const expected = helmertCoordinateFrame(vn[0], vn[1]);
      expect(metres(transform(grid), expected)).toBeLessThan(0.05);
    }
  });

  test.each([
    ['vn2000-utm48', 105],
    ['vn2000-utm49', 111],
  ] as const)('%s (the 6° zone, k = 0.9996) lands within 5 cm', (id, m) => {
    const transform = makeTransform({ id }, false);
    for (const vn of [
      [m - 1.2, 20.5],
      [m + 1.4, 11],
    ] as [number, number][]) {
      const grid = tmForward(vn[0], vn[1], m, 0.9996);
      expect(metres(transform(grid), helmertCoordinateFrame(vn[0], vn[1]))).toBeLessThan(0.05);
    }
  });

  test('WGS 84 / UTM 48N and 49N have no datum shift', () => {
    for (const [id, m] of [
      ['wgs84-utm48', 105],
      ['wgs84-utm49', 111],
    ] as const) {
      const p: [number, number] = [m + 1, 15];
      expect(metres(makeTransform({ id }, false)(tmForward(p[0], p[1], m, 0.9996)), p)).toBeLessThan(0.05);
    }
  });

  test('the shift is applied: dropping it would move Hồ Chí Minh City by about 200 m', () => {
    const vn: [number, number] = [106.7, 10.78];
    const grid = tmForward(vn[0], vn[1], 105.75, 0.9999);
    const withShift = makeTransform({ id: tm3Id(105.75) }, false)(grid);
    const noShift = makeTransform(
      {
        def: '+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 +datum=WGS84 +units=m',
        from: 'custom',
      },
      false,
    )(grid);
    const d = metres(noShift, withShift);
    expect(d).toBeGreaterThan(150);
    expect(d).toBeLessThan(400);
  });

  // Thông tư 37/2019/TT-BGTVT, appendix: Lý Sơn port waters, points LS1–LS4 (° ′ ″).
  const LY_SON: { wgs: [number, number]; vn: [number, number] }[] = [
    {
      wgs: [109 + 6 / 60 + 7 / 3600, 15 + 22 / 60 + 29 / 3600],
      vn: [109 + 6 / 60 + 0.5 / 3600, 15 + 22 / 60 + 32.7 / 3600],
    },
    {
      wgs: [109 + 5 / 60 + 35 / 3600, 15 + 20 / 60 + 32 / 3600],
      vn: [109 + 5 / 60 + 28.5 / 3600, 15 + 20 / 60 + 35.7 / 3600],
    },
    {
      wgs: [109 + 7 / 60 + 6 / 3600, 15 + 20 / 60 + 10 / 3600],
      vn: [109 + 6 / 60 + 59.5 / 3600, 15 + 20 / 60 + 13.7 / 3600],
    },
    {
      wgs: [109 + 7 / 60 + 43 / 3600, 15 + 22 / 60 + 24 / 3600],
      vn: [109 + 7 / 60 + 36.5 / 3600, 15 + 22 / 60 + 27.7 / 3600],
    },
  ];
  test('published VN-2000 / WGS-84 pairs (Lý Sơn, Thông tư 37/2019/TT-BGTVT) agree to their rounding', () => {
    const transform = makeTransform({ id: 'vn2000-geo' }, false);
    for (const { wgs, vn } of LY_SON) {
      const [lon, lat] = transform(vn);
      // The WGS-84 values are rounded to 1″: allow half a second and a little.
      expect(Math.abs(lon! - wgs[0]) * 3600).toBeLessThan(0.6);
      expect(Math.abs(lat! - wgs[1]) * 3600).toBeLessThan(0.6);
      // The shift itself is some 200 m here, so agreement at this level is not an accident.
      expect(metres(vn, wgs)).toBeGreaterThan(150);
    }
  });

  test('round trips through every definition, in Hanoi and in Hồ Chí Minh City', () => {
    const ids = ['vn2000-utm48', 'wgs84-utm48', tm3Id(105), tm3Id(105.75)];
    for (const id of ids)
      for (const p of [
        [105.8542, 21.0285],
        [106.7009, 10.7769],
      ] as [number, number][]) {
        const back = makeTransform({ id }, false)(toProjected({ id }, p));
        expect(metres(back, p)).toBeLessThan(0.001);
      }
  });

  test('axis order: Vietnamese X (northing) first is swapped before converting', () => {
    const p: [number, number] = [105.8542, 21.0285];
    const [e, n] = toProjected({ id: tm3Id(105) }, p);
    expect(metres(makeTransform({ id: tm3Id(105) }, true)([n, e]), p)).toBeLessThan(0.001);
  });

  test('every VN-2000 definition carries the shift; WGS 84 ones carry none', () => {
    for (const m of PROVINCIAL_MERIDIANS) expect(crsDef(tm3Id(m))!.proj4).toContain('+towgs84=-191.90441429');
    expect(crsDef('vn2000-utm49')!.proj4).toContain('+towgs84=');
    expect(crsDef('vn2000-geo')!.proj4).toContain('+towgs84=');
    expect(crsDef('wgs84-utm49')!.proj4).not.toContain('towgs84');
    expect(crsDef('nonsense')).toBeNull();
  });
});

describe('definitions proj4 cannot use are caught, not thrown', () => {
  const WKT = (projection: string, datum: string) =>
    `PROJCS["x",GEOGCS["g",DATUM["${datum}",SPHEROID["s",6377276.345,300.8017]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["${projection}"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;
  test('an unknown projection name (proj4 throws a string)', () => {
    expect(checkChoice({ def: WKT('Plate_Carree', 'D_WGS_1984'), from: 'prj' })).toMatchObject({
      ok: false,
      problem: 'unknownProjection',
    });
  });
  test('a datum named without its shift', () => {
    expect(checkChoice({ def: WKT('Transverse_Mercator', 'D_Indian_1960'), from: 'prj' })).toMatchObject({
      ok: false,
      problem: 'datumWithoutShift',
    });
  });
  test('a complete definition passes', () => {
    expect(checkChoice({ id: tm3Id(105.75) })).toEqual({ ok: true, geographic: false });
    expect(checkChoice({ id: 'vn2000-geo' })).toEqual({ ok: true, geographic: true });
  });
});
