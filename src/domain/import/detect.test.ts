import { expect, test } from 'vitest';
import { crsFromPrj } from './crs';
import { findCoordColumns, parseNumber } from './csvColumns';
import { detectCoordinates, PROJECTED_CANDIDATES } from './detect';

test('longitude/latitude, swapped axes, and projected metres in either axis order', () => {
  expect(detectCoordinates([[105.85, 21.03]])).toEqual({ kind: 'geographic', swapped: false });
  expect(detectCoordinates([[21.03, 105.85]])).toEqual({ kind: 'geographic', swapped: true });
  const en = { kind: 'projected', candidates: PROJECTED_CANDIDATES };
  expect(detectCoordinates([[585_000, 2_326_000]])).toEqual({ ...en, swapped: false });
  expect(detectCoordinates([[2_326_000, 585_000]])).toEqual({ ...en, swapped: true });
  expect(detectCoordinates([[5e6, 9e6]])).toEqual({ kind: 'unknown' });
});

test('a minority of bad points does not change the verdict', () => {
  const pts: [number, number][] = [
    [105.8, 21],
    [105.9, 21.1],
    [-200, 21],
  ];
  expect(detectCoordinates(pts)).toEqual({ kind: 'geographic', swapped: false });
});

test('a VN-2000 .prj maps to our definition with the datum shift; others keep their WKT', () => {
  const tm3 =
    'PROJCS["VN_2000_TM_3",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["Central_Meridian",105.0],PARAMETER["Scale_Factor",0.9999],UNIT["Meter",1.0]]';
  expect(crsFromPrj(tm3)).toEqual({ id: 'vn2000-tm3-105' });
  expect(crsFromPrj(tm3.replace('0.9999', '0.9996'))).toEqual({ id: 'vn2000-utm48' });
  expect(crsFromPrj(tm3.replace(/VN_2000|Vietnam_2000/g, 'WGS_1984').replace('0.9999', '0.9996'))).toEqual({
    id: 'wgs84-utm48',
  });
  expect(crsFromPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]')).toEqual({ id: 'wgs84' });
  expect(crsFromPrj(tm3.replace('105.0', '104.75'))).toEqual({ wkt: tm3.replace('105.0', '104.75') });
  expect(crsFromPrj('garbage')).toBeNull();
});

test('CSV columns in Vietnamese or English, and numbers with a decimal comma', () => {
  expect(findCoordColumns(['Tên', 'Kinh độ', 'Vĩ độ'])).toEqual({ x: 1, y: 2, kind: 'lonlat' });
  expect(findCoordColumns(['name', 'lat', 'lng'])).toEqual({ x: 2, y: 1, kind: 'lonlat' });
  expect(findCoordColumns(['STT', 'Toạ độ X', 'Toạ độ Y'])).toEqual({ x: 1, y: 2, kind: 'xy' });
  expect(findCoordColumns(['a', 'b'])).toBeNull();
  expect(parseNumber('105,85')).toBe(105.85);
  expect(parseNumber('2 325 123,4')).toBe(2325123.4);
  expect(parseNumber('1,234.5')).toBe(1234.5);
  expect(parseNumber('abc')).toBeNaN();
  expect(parseNumber('')).toBeNaN();
});
