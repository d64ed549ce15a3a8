import { expect, test } from 'vitest';
import { readPrj, tm3Id } from './crs';
import { findCoordColumns, parseNumber } from './csvColumns';
import { detectCoordinates } from './detect';
import { groupFiles } from './formats';
import { formatMeridian, parseMeridian, PROVINCIAL_MERIDIANS } from './vn2000';

test('longitude/latitude, swapped axes, and projected metres in either axis order', () => {
  expect(detectCoordinates([[105.85, 21.03]])).toEqual({ kind: 'geographic', swapped: false });
  expect(detectCoordinates([[21.03, 105.85]])).toEqual({ kind: 'geographic', swapped: true });
  const en = { kind: 'projected' };
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

const TM3 = (cm: string, k = '0.9999', projection = 'Transverse_Mercator', datum = 'D_Vietnam_2000') =>
  `PROJCS["${datum === 'D_Vietnam_2000' ? 'VN_2000_TM_3' : 'Other_TM'}",GEOGCS["GCS_${datum.slice(2)}",DATUM["${datum}",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["${projection}"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${cm}],PARAMETER["Scale_Factor",${k}],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

test('any VN-2000 .prj gets our definition, with the shift, on every provincial meridian', () => {
  for (const m of PROVINCIAL_MERIDIANS)
    expect(readPrj(TM3(String(m)))).toEqual({ kind: 'ours', choice: { id: tm3Id(m) } });
  // Hồ Chí Minh City, also as ESRI's "complex" transverse Mercator, which proj4 does not know.
  expect(readPrj(TM3('105.75', '0.9999', 'Transverse_Mercator_Complex'))).toEqual({
    kind: 'ours',
    choice: { id: 'vn2000-tm3-105.75' },
  });
  expect(readPrj(TM3('105.0', '0.9996'))).toEqual({ kind: 'ours', choice: { id: 'vn2000-utm48' } });
  expect(readPrj(TM3('111.0', '0.9996'))).toEqual({ kind: 'ours', choice: { id: 'vn2000-utm49' } });
  expect(
    readPrj('GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",SPHEROID["WGS_1984",6378137,298.257223563]]]'),
  ).toEqual({
    kind: 'ours',
    choice: { id: 'vn2000-geo' },
  });
  // Non-standard VN-2000 parameters: built from the .prj's own numbers, still with the shift.
  const odd = readPrj(TM3('105.5').replace('500000.0', '200000.0'));
  expect(odd.kind).toBe('vn2000');
  expect(odd.kind === 'vn2000' && odd.choice.def).toMatch(
    /lon_0=105\.5 .*x_0=200000 .*towgs84=-191\.90441429/,
  );
});

test('WGS 84 .prj files map to ours; anything else is passed on to be tried', () => {
  expect(readPrj(TM3('105.0', '0.9996', 'Transverse_Mercator', 'D_WGS_1984'))).toEqual({
    kind: 'ours',
    choice: { id: 'wgs84-utm48' },
  });
  expect(readPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]')).toEqual({
    kind: 'ours',
    choice: { id: 'wgs84' },
  });
  const plate = TM3('0', '1', 'Plate_Carree', 'D_WGS_1984');
  expect(readPrj(plate)).toEqual({ kind: 'other', wkt: plate });
  const indian = TM3('105.0', '0.9996', 'Transverse_Mercator', 'D_Indian_1960');
  expect(readPrj(indian)).toEqual({ kind: 'other', wkt: indian });
  expect(readPrj('garbage')).toEqual({ kind: 'unreadable' });
});

test('meridians are written and read as people do', () => {
  expect(formatMeridian(105.75)).toBe('105°45′');
  expect(formatMeridian(103)).toBe('103°00′');
  expect(parseMeridian('105°45′')).toBe(105.75);
  expect(parseMeridian("105 45'")).toBe(105.75);
  expect(parseMeridian('105-45')).toBe(105.75);
  expect(parseMeridian('105,75')).toBe(105.75);
  expect(parseMeridian('106.25')).toBe(106.25);
  expect(parseMeridian('105°75′')).toBeNaN();
  expect(parseMeridian('45')).toBeNaN();
  expect(parseMeridian('abc')).toBeNaN();
});

test('shapefile parts chosen together make one task; other files one each', () => {
  const names = ['Thua_dat.SHP', 'thua_dat.dbf', 'thua_dat.prj', 'thua_dat.cpg', 'lots.csv', 'roads.dbf'];
  expect(
    groupFiles(names.map((name) => ({ name }))).map((t) => [t.name, t.files.map((f) => f.name)]),
  ).toEqual([
    ['Thua_dat.SHP', ['Thua_dat.SHP', 'thua_dat.dbf', 'thua_dat.prj', 'thua_dat.cpg']],
    ['lots.csv', ['lots.csv']],
    ['roads.shp', ['roads.dbf']],
  ]);
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
