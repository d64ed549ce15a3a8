/**
 * Every file of the hostile corpus (tests/fixtures/hostile/) through the real import path, as the
 * worker runs it (KML included: it is parsed in the worker, without a DOM).
 */
import fs from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { IssueCode } from '../domain/import/issues';
import { LIMITS } from '../domain/import/limits';
import { codes, HOSTILE, importFile, loaded } from '../test/importFiles';
import { runImport } from './pipeline';

/**
 * file → features that still load, the issue codes it must report (in any order), and for files that
 * must ask for a coordinate system, why.
 */
const HOSTILE_EXPECTED: Record<string, { loads: number; issues: IssueCode[]; asks?: string }> = {
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
  'no-shp.zip': { loads: 0, issues: ['shpMissing'] },
  'no-data.zip': { loads: 0, issues: ['zipNoData'] },
  'one-bad-part.zip': { loads: 2, issues: ['readFailed'] },
  'long-entry-name.zip': { loads: 2, issues: [] },
  'prj-plate-carree.zip': { loads: 0, issues: [], asks: 'unknownPrj' },
  // ESRI's "complex" transverse Mercator is read as the transverse Mercator it is (proj4 lacks the name).
  'prj-tm-complex.zip': { loads: 2, issues: ['reprojected'] },
  'prj-indian-1960.zip': { loads: 0, issues: [], asks: 'datumWithoutShift' },
  'entities.kml': { loads: 0, issues: ['malformedXml'] },
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
      expect(o.kind === 'needs-crs' ? o.question.reason : undefined).toBe(want.asks);
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

  test('an unknown projection asks, with the .prj to start from; the answer is then used', async () => {
    const o = await importFile(`${HOSTILE}/prj-plate-carree.zip`);
    expect(o.kind).toBe('needs-crs');
    const q = o.kind === 'needs-crs' ? o.question : null;
    expect(q?.prj).toMatch(/Plate_Carree/);
    expect(q?.sample).toHaveLength(2);
    // The user corrects the definition: plate carrée is proj4's equidistant cylindrical.
    const answered = await importFile(`${HOSTILE}/prj-plate-carree.zip`, {
      [q!.layer]: { def: '+proj=eqc +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +datum=WGS84 +units=m', from: 'custom' },
    });
    expect(loaded(answered)).toBe(2);
    const c = answered.kind === 'layers' ? answered.layers[0]!.features[0]!.geometry : null;
    expect((c as { coordinates: number[] }).coordinates[0]).toBeCloseTo(105.775, 3);
  });

  test('a datum without its shift is not used silently: only when the user accepts it, with a warning', async () => {
    const o = await importFile(`${HOSTILE}/prj-indian-1960.zip`);
    const q = o.kind === 'needs-crs' ? o.question : null;
    expect(q?.reason).toBe('datumWithoutShift');
    const again = await importFile(`${HOSTILE}/prj-indian-1960.zip`, {
      [q!.layer]: { def: q!.prj!, from: 'custom' },
    });
    expect(again.kind === 'needs-crs' && again.question.reason).toBe('badChoice');
    const accepted = await importFile(`${HOSTILE}/prj-indian-1960.zip`, {
      [q!.layer]: { def: q!.prj!, from: 'custom', noShift: true },
    });
    expect(loaded(accepted)).toBe(2);
    expect(codes(accepted)).toContain('datumNoShift');
  });

  test('one bad part of a zip never loses the good parts', async () => {
    const o = await importFile(`${HOSTILE}/one-bad-part.zip`);
    expect(o.kind === 'layers' && o.layers.map((l) => l.name)).toEqual(['good']);
    expect(o.issues[0]).toMatchObject({ code: 'readFailed' });
    expect(o.issues[0]!.detail).toMatch(/^broken: /);
  });

  test('a 350-character entry name gives a layer name that can be stored', async () => {
    const o = await importFile(`${HOSTILE}/long-entry-name.zip`);
    expect(o.kind === 'layers' && o.layers[0]!.name.length).toBeLessThanOrEqual(120);
  });

  test.each([
    ['a string', 'proj4 says no'],
    ['undefined', undefined],
    ['an object', { code: 42 }],
    ['null', null],
  ])('anything thrown (%s) becomes a message on the file, never a crash', async (_, thrown) => {
    const o = await runImport({
      name: 'x.geojson',
      size: 10,
      read: async () => {
        throw thrown;
      },
    });
    expect(o.kind).toBe('failed');
    expect(o.issues).toHaveLength(1);
    expect(o.issues[0]).toMatchObject({ file: 'x.geojson', code: 'readFailed' });
    expect(o.issues[0]!.detail).toBeTruthy();
  });

  test('a KML inside a KMZ counts against the KML limit by its inflated size', async () => {
    const line =
      '<Placemark><name>x</name><Point><coordinates>105.8,21.0</coordinates></Point></Placemark>\n';
    const kml = `<kml>${line.repeat(Math.ceil((LIMITS.maxKmlBytes + 1024) / line.length))}</kml>`;
    const bytes = zipSync({ 'doc.kml': new TextEncoder().encode(kml) }, { level: 0 });
    const o = await runImport({ name: 'big.kmz', size: bytes.length, read: async () => bytes });
    expect(codes(o)).toEqual(['kmlTooLarge']);
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
