/** The shipped geodata itself passes every rule of the data build: the same checks, on the real files. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AdminCollection, buildDataset, validateUnplaced } from '../../src/domain/dataset';
import { SourcesFileSchema } from '../../src/domain/sources';
import { currentValue } from '../../src/domain/facts';

const geodata = path.resolve(import.meta.dirname, '../../geodata');
const read = (p: string) => JSON.parse(fs.readFileSync(path.join(geodata, p), 'utf8'));
const sources = fs
  .readdirSync(path.join(geodata, 'sources'))
  .flatMap((f) => SourcesFileSchema.parse(read(`sources/${f}`)));
const zoneFiles = fs
  .readdirSync(path.join(geodata, 'zones'))
  .map((f) => ({ file: f, json: read(`zones/${f}`) }));
const result = buildDataset({
  zoneFiles,
  sources,
  districts: read('admin/districts-2020.geojson') as AdminCollection,
  communes: read('admin/communes-2025.geojson') as AdminCollection,
  boundary: (read('admin/hanoi-boundary.geojson') as AdminCollection).features[0]!,
});
const zone = (id: string) => result.zones.find((z) => z.properties.id === id)?.properties;

describe('the shipped geodata', () => {
  it('has no error: ids unique, every fact sourced, sectors known, points inside Hanoi', () => {
    expect(result.problems).toEqual([]);
  });

  it('has unique bibliography ids', () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
  });

  it('holds the zones the programme names and the 8 operating industrial parks', () => {
    for (const id of [
      'hhtp-hoa-lac',
      'kcn-quang-minh-2',
      'kcn-soc-son-sach',
      'htz-biotech',
      'it-hanoi-software-park',
    ])
      expect(zone(id), id).toBeDefined();
    const operatingKcn = result.zones.filter(
      (z) => z.properties.kind === 'kcn' && currentValue(z.properties.status) === 'operating',
    );
    expect(operatingKcn.map((z) => z.properties.id).sort()).toEqual([
      'kcn-hanssip-gd1',
      'kcn-nam-thang-long',
      'kcn-noi-bai',
      'kcn-phu-nghia',
      'kcn-quang-minh-1',
      'kcn-sai-dong-b',
      'kcn-thach-that-quoc-oai',
      'kcn-thang-long',
    ]);
  });

  it('keeps both areas where sources disagree, e.g. Sài Đồng B at 40 and 97.11 ha', () => {
    expect(zone('kcn-sai-dong-b')!.areaHa.map((f) => f.value)).toEqual(expect.arrayContaining([40, 97.11]));
  });

  it('joins zones to the district the sources name (Hòa Lạc in Thạch Thất, Thăng Long in Đông Anh)', () => {
    expect(zone('hhtp-hoa-lac')!.district).toBe('thach-that');
    expect(zone('kcn-thang-long')!.district).toBe('dong-anh');
  });

  it('lists the zones it cannot place, each with a reason and sources', () => {
    const unplaced = validateUnplaced(
      'unplaced.json',
      read('unplaced.json'),
      sources,
      new Set(result.zones.map((z) => z.properties.id)),
    );
    expect(unplaced.problems).toEqual([]);
    expect(unplaced.zones.length).toBe(7);
  });
});
