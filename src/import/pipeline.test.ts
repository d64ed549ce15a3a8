/**
 * The good fixtures (tests/fixtures/import/) and the real-world corpus (tests/fixtures/real-world/)
 * through the real import path, as the worker runs it. The hostile corpus: pipeline.hostile.test.ts.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { CrsChoice } from '../domain/import/crs';
import { codes, GOOD, importFile, loaded, source } from '../test/importFiles';
import { runImport } from './pipeline';

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
