/**
 * Every file of the hostile corpus (tests/fixtures/hostile/) and every good fixture through the real
 * import path, as the worker runs it (KML included: it is parsed in the worker now, without a DOM).
 */
import fs from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { CrsChoice } from '../domain/import/crs';
import type { IssueCode } from '../domain/import/issues';
import { LIMITS } from '../domain/import/limits';
import { type Outcome, runImport, type Source } from './pipeline';

const HOSTILE = 'tests/fixtures/hostile';
const GOOD = 'tests/fixtures/import';

const source = (path: string): Source => {
  const bytes = new Uint8Array(fs.readFileSync(path));
  return { name: path.split('/').pop()!, size: bytes.length, read: async () => bytes };
};
function importFile(path: string, crs?: Record<string, CrsChoice>): Promise<Outcome> {
  return runImport(source(path), { crs });
}
const codes = (o: Outcome) => o.issues.map((i) => i.code);
const loaded = (o: Outcome) =>
  o.kind === 'layers' ? o.layers.reduce((s, l) => s + l.features.length, 0) : 0;

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

describe('real-world corpus (tests/fixtures/real-world, see its SOURCE.md)', () => {
  const truth = JSON.parse(fs.readFileSync('tests/fixtures/real-world/truth.json', 'utf8')) as {
    file: string;
    features: number;
    bbox: number[];
    answer?: string;
  }[];
  const ANSWERS: Record<string, CrsChoice> = {
    'TP Hồ Chí Minh': { id: 'vn2000-tm3-105.75' },
    'Hà Nội': { id: 'vn2000-tm3-105' },
  };
  test.each(truth.map((t) => [t.file, t]))('%s lands within 50 m of the truth', async (_, t) => {
    let o = await importFile(`tests/fixtures/real-world/${t.file}`);
    if (t.answer) {
      expect(o.kind).toBe('needs-crs');
      const layer = o.kind === 'needs-crs' ? o.question.layer : '';
      o = await importFile(`tests/fixtures/real-world/${t.file}`, { [layer]: ANSWERS[t.answer]! });
    }
    expect(loaded(o)).toBe(t.features);
    const b: number[] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of o.kind === 'layers' ? o.layers[0]!.features : [])
      JSON.stringify(f.geometry).replace(/\[(-?[\d.e-]+),(-?[\d.e-]+)\]/g, (_m, x: string, y: string) => {
        b[0] = Math.min(b[0]!, +x);
        b[1] = Math.min(b[1]!, +y);
        b[2] = Math.max(b[2]!, +x);
        b[3] = Math.max(b[3]!, +y);
        return '';
      });
    const lat = (t.bbox[1]! + t.bbox[3]!) / 2;
    const metres = [0, 1, 2, 3].map(
      (i) => Math.abs(b[i]! - t.bbox[i]!) * (i % 2 ? 110_574 : 111_320 * Math.cos((lat * Math.PI) / 180)),
    );
    expect(Math.max(...metres)).toBeLessThan(50);
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
    const asked = await importFile(`${GOOD}/lots-vn2000.csv`);
    expect(asked).toMatchObject({
      kind: 'needs-crs',
      question: { reason: 'noPrj', layer: 'lots-vn2000.csv' },
    });
    // The preview sample is easting first, whatever the file's column order.
    const first = asked.kind === 'needs-crs' ? asked.question.sample[0]! : [0, 0];
    expect(first[0]).toBeLessThan(1_000_000);
    expect(first[1]).toBeGreaterThan(2_000_000);
    const o = await importFile(`${GOOD}/lots-vn2000.csv`, { 'lots-vn2000.csv': { id: 'vn2000-tm3-105' } });
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

  test('a KML description in HTML becomes its text', async () => {
    const o = await importFile(`${GOOD}/description.kml`);
    const props = o.kind === 'layers' ? o.layers[0]!.features[0]!.properties! : {};
    expect(props.description).toBe('Diện tích 12 ha\n\nChủ đầu tư: A & B');
  });

  test('a zip holding GeoJSON, KML and CSV gives one layer each', async () => {
    const o = await importFile(`${GOOD}/mixed.zip`);
    expect(o.kind === 'layers' && o.layers.map((l) => [l.name, l.features.length])).toEqual([
      ['lots', 2],
      ['ranh_gioi', 1],
      ['khu', 1],
    ]);
  });

  test('shapefile parts chosen as loose files load as one layer', async () => {
    const parts = ['shp', 'dbf', 'prj', 'cpg'].map((x) => source(`${GOOD}/loose/thua_dat.${x}`));
    const o = await runImport({ name: 'thua_dat.shp', sources: parts });
    expect(o.kind === 'layers' && o.layers[0]!.features.map((f) => f.properties!.TEN)).toEqual([
      'Cụm công nghiệp Đông Anh',
      'Khu công nghệ cao Hòa Lạc',
    ]);
    const without = await runImport({ name: 'thua_dat.shp', sources: parts.slice(1) });
    expect(codes(without)).toEqual(['shpMissing']);
    expect(without.issues[0]!.detail).toBe('thua_dat.shp (.dbf, .prj, .cpg)');
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
