// @vitest-environment happy-dom
/**
 * Every file of the hostile corpus (tests/fixtures/hostile/) and every good fixture through the real
 * import path: runImport (as the worker runs it) and, for KML, the page's DOM step then finishKml.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CrsId } from '../domain/import/crs';
import type { IssueCode } from '../domain/import/issues';
import { kmlToFeatures } from './kml';
import { finishKml, type Outcome, runImport } from './pipeline';

const HOSTILE = 'tests/fixtures/hostile';
const GOOD = 'tests/fixtures/import';

async function importFile(path: string, crs?: CrsId): Promise<Outcome> {
  const bytes = new Uint8Array(fs.readFileSync(path));
  const name = path.split('/').pop()!;
  const outcome = await runImport({ name, size: bytes.length, read: async () => bytes }, { crs });
  if (outcome.kind !== 'kml') return outcome;
  const r = kmlToFeatures(outcome.text);
  if ('error' in r)
    return { kind: 'failed', issues: [{ file: name, code: 'malformedXml', severity: 'error' }], omitted: 0 };
  return finishKml(name, r.features, outcome.issues);
}
const codes = (o: Outcome) => o.issues.map((i) => i.code);
const loaded = (o: Outcome) =>
  o.kind === 'layers' ? o.layers.reduce((s, l) => s + l.features.length, 0) : 0;

/** file → features that still load, and the issue codes it must report (in any order). */
const HOSTILE_EXPECTED: Record<string, { loads: number; issues: IssueCode[] }> = {
  'malformed.geojson': { loads: 0, issues: ['malformedJson'] },
  'not-geojson.json': { loads: 0, issues: ['notGeoJson'] },
  'wrong-geometry.geojson': { loads: 1, issues: ['unsupportedGeometry', 'badGeometry', 'badGeometry'] },
  'bad-coordinates.geojson': {
    loads: 1,
    issues: ['nonFiniteCoordinate', 'nonFiniteCoordinate', 'nonFiniteCoordinate', 'outOfRange', 'outOfRange'],
  },
  'rings.geojson': { loads: 2, issues: ['unclosedRing', 'selfIntersection', 'unclosedRing', 'shortRing'] },
  'empty.geojson': { loads: 0, issues: ['empty'] },
  'empty.zip': { loads: 0, issues: ['empty'] },
  'not-a-zip.zip': { loads: 0, issues: ['zipInvalid'] },
  'no-shp.zip': { loads: 0, issues: ['zipNoShp'] },
  'bomb-ratio.zip': { loads: 0, issues: ['zipBomb'] },
  'bomb-lying.kmz': { loads: 0, issues: ['zipBomb'] },
  'deep.json': { loads: 0, issues: ['tooDeep'] },
  'proto.geojson': { loads: 1, issues: ['renamedKey'] },
  'xss.geojson': { loads: 1, issues: [] },
  'xss.kml': { loads: 1, issues: [] },
  'malformed.kml': { loads: 0, issues: ['malformedXml'] },
  'bad-rows.csv': { loads: 2, issues: ['csvBadNumber', 'csvBadNumber'] },
  'no-columns.csv': { loads: 0, issues: ['csvNoColumns'] },
  'wrong-encoding.csv': { loads: 1, issues: ['encodingGuessed'] },
  'unknown-crs.geojson': { loads: 0, issues: ['unknownCrs'] },
  'unsupported.xyz': { loads: 0, issues: ['unknownFormat'] },
};

describe('hostile corpus', () => {
  test('every file in the corpus has an expectation here', () => {
    expect(fs.readdirSync(HOSTILE).sort()).toEqual(Object.keys(HOSTILE_EXPECTED).sort());
  });
  for (const [file, want] of Object.entries(HOSTILE_EXPECTED))
    test(`${file}: loads ${want.loads}, reports ${want.issues.join(', ') || 'nothing'}`, async () => {
      const o = await importFile(`${HOSTILE}/${file}`);
      expect(loaded(o)).toBe(want.loads);
      expect(codes(o).sort()).toEqual([...want.issues].sort());
      for (const i of o.issues) expect(i.file).toBe(file);
    });

  test('issues name the row, feature or line at fault', async () => {
    const rows = await importFile(`${HOSTILE}/bad-rows.csv`);
    expect(rows.issues.map((i) => [i.unit, i.index, i.detail])).toEqual([
      ['row', 3, 'abc'],
      ['row', 4, ''],
    ]);
    const json = await importFile(`${HOSTILE}/malformed.geojson`);
    expect(json.issues[0]).toMatchObject({ unit: 'line', index: 3 });
    const geo = await importFile(`${HOSTILE}/wrong-geometry.geojson`);
    expect(geo.issues[0]).toMatchObject({ unit: 'feature', index: 1, label: 'circle', detail: 'Circle' });
  });

  test('__proto__ and constructor keys never reach a prototype', async () => {
    const o = await importFile(`${HOSTILE}/proto.geojson`);
    const props = o.kind === 'layers' ? o.layers[0]!.features[0]!.properties! : {};
    expect(Object.keys(props).sort()).toEqual(['__proto___', 'constructor_', 'name', 'prototype_']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(props)).toBe(null);
  });

  test('HTML in values stays text', async () => {
    const o = await importFile(`${HOSTILE}/xss.kml`);
    const props = o.kind === 'layers' ? o.layers[0]!.features[0]!.properties! : {};
    expect(props.name).toBe('<img src=x onerror="window.__xss=1">');
  });

  test('a file over the size limit is refused before a byte is read', async () => {
    let read = false;
    const o = await runImport({
      name: 'huge.geojson',
      size: 5 * 2 ** 30,
      read: async () => {
        read = true;
        return new Uint8Array();
      },
    });
    expect(codes(o)).toEqual(['tooLarge']);
    expect(read).toBe(false);
  });
});

describe('good files', () => {
  test('CSV with longitude/latitude columns and Vietnamese text', async () => {
    const o = await importFile(`${GOOD}/lots.csv`);
    expect(o.kind === 'layers' && o.layers[0]!.features.map((f) => f.properties!.ten)).toEqual([
      'Lô A1 – Đông Anh',
      'Lô B2, Hoà Lạc',
    ]);
  });

  test('CSV in VN-2000 X/Y asks for the system, then converts (X is northing)', async () => {
    expect(await importFile(`${GOOD}/lots-vn2000.csv`)).toMatchObject({ kind: 'needs-crs' });
    const o = await importFile(`${GOOD}/lots-vn2000.csv`, 'vn2000-tm3-105');
    const c = o.kind === 'layers' ? o.layers[0]!.features[0]!.geometry : null;
    expect(c).toMatchObject({ type: 'Point' });
    const [lon, lat] = (c as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(105.775, 5);
    expect(lat).toBeCloseTo(21.112, 5);
  });

  test('swapped latitude/longitude are detected and swapped back', async () => {
    const o = await importFile(`${GOOD}/swapped.geojson`);
    expect(codes(o)).toEqual(['swappedAxes']);
    expect(o.kind === 'layers' && o.layers[0]!.features[0]!.geometry).toMatchObject({
      coordinates: [105.85, 21.03],
    });
  });

  test.each([
    ['cluster-vn2000-utf8.zip', 'vn2000-tm3-105', ['reprojected']],
    ['cluster-1258.zip', 'wgs84', []],
    ['cluster-nocpg.zip', 'wgs84', []],
  ])('Shapefile %s: Vietnamese attributes come out right (crs %s)', async (file, crs, issues) => {
    const o = await importFile(`${GOOD}/${file}`);
    expect(codes(o)).toEqual(issues);
    const layer = o.kind === 'layers' ? o.layers[0]! : null;
    expect(layer?.crs).toBe(crs);
    expect(layer?.features.map((f) => f.properties!.TEN)).toEqual([
      'Cụm công nghiệp Đông Anh',
      'Khu công nghệ cao Hòa Lạc',
    ]);
    expect(layer?.features[1]!.properties!.GHICHU).toBe('Đất ở, đường nội bộ');
    const ring = (layer?.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring[0]![0]).toBeCloseTo(105.76, 6);
    expect(ring[0]![1]).toBeCloseTo(21.1, 6);
  });

  test.each(['site.kml', 'site.kmz'])('%s loads its polygon and name', async (file) => {
    const o = await importFile(`${GOOD}/${file}`);
    expect(o.kind).toBe('layers');
    expect(o.kind === 'layers' && o.layers[0]!.features[0]!.properties!.name).toMatch(/^Ranh giới khu đất/);
  });
});
