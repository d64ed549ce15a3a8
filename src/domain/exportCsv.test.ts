import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sources, loadedZoneFeature } from '../test/fixtures';
import { BOM, CSV_HEADER, csvField, type ExportContext, toCsv, zonesCsv, zonesGeoJson } from './exportCsv';
import { ZoneFeatureSchema } from './zone';

/** Reads CSV back with papaparse (the app's own CSV reader), to check what was written. */
function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;
}

const ctx = (over: Partial<ExportContext> = {}): ExportContext => ({
  dataAsOf: '2026-01',
  sources: new Map(sources.map((s) => [s.id, s])),
  distances: new Map([
    [
      'kcn-test',
      { airport: 12.345, centre: 20, nationalRoad: 0.4, railway: null, port: 90, uncertaintyKm: null },
    ],
  ]),
  placeName: (level, id) => (id ? `${level}:${id}` : ''),
  vocab: (_f, id) => id,
  text: (t) => (typeof t === 'string' ? t : t.en),
  ...over,
});
const zone = (over: Record<string, unknown> = {}) =>
  ZoneFeatureSchema.parse(
    loadedZoneFeature({ district: 'soc-son', commune: null, communeBasis: null, ...over }),
  );

describe('CSV', () => {
  it('quotes commas, quotes, line breaks and edge spaces, and leaves plain text alone', () => {
    expect(csvField('Khu công nghiệp Thăng Long')).toBe('Khu công nghiệp Thăng Long');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' lead')).toBe('" lead"');
  });

  it('starts with a byte-order mark and reads back cell for cell, Vietnamese included', () => {
    const cells = [
      ['tên', 'ghi chú'],
      ['Cụm công nghiệp Phú Nghĩa, mở rộng', 'Chủ đầu tư "Hà Nội"\nđợt 2'],
    ];
    const text = toCsv(cells);
    expect(text.startsWith(BOM)).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual(cells);
  });

  it('exports each zone with its sources, the as-of date and empty cells for what is unknown', () => {
    const z = zone({
      name: { vi: 'Khu công nghiệp "Đông Anh", giai đoạn 1' },
      developer: [{ value: 'Công ty A,\nB', source: 'src-b', asOf: '2019' }],
      occupancyPct: [],
    });
    const rows = parseCsv(zonesCsv([z], ctx()).slice(1));
    expect(rows[0]).toEqual(CSV_HEADER);
    const row = Object.fromEntries(CSV_HEADER.map((h, i) => [h, rows[1]![i]]));
    expect(row.name_vi).toBe('Khu công nghiệp "Đông Anh", giai đoạn 1');
    expect(row.developer).toBe('Công ty A,\nB');
    expect(row.area_ha).toBe('100');
    expect(row.occupancy_pct).toBe('');
    expect(row.km_to_noi_bai_airport_straight_line).toBe('12.3');
    expect(row.km_to_nearest_railway_straight_line).toBe('');
    expect(row.sources).toContain('Source A (Pub A, 2025-12)');
    expect(row.sources).toContain('Source B');
    expect(row.data_as_of).toBe('2026-01');
    expect(rows[1]).toHaveLength(CSV_HEADER.length);
  });

  it('exports GeoJSON with the facts, the bibliography and the as-of date', () => {
    const fc = JSON.parse(zonesGeoJson([zone()], ctx()));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.metadata.dataAsOf).toBe('2026-01');
    expect(fc.metadata.sources.map((s: { id: string }) => s.id)).toEqual(['src-a']);
    expect(fc.features[0].properties.areaHa[0].source).toBe('src-a');
    expect(fc.features[0].properties.straightLineKm.airport).toBeCloseTo(12.345);
  });
});
