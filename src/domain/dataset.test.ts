import { describe, expect, it } from 'vitest';
import { datasetInput, sources, zoneFeature } from '../test/fixtures';
import { buildDataset, formatProblem, validateUnplaced } from './dataset';
import { qualityReport } from './quality';

const errors = (features: unknown[]) =>
  buildDataset(datasetInput(features))
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

/** A 0.01° square around (105.05, 21.05): about 115 ha at this latitude. */
const smallSquare = {
  type: 'Polygon',
  coordinates: [
    [
      [105.045, 21.045],
      [105.055, 21.045],
      [105.055, 21.055],
      [105.045, 21.055],
      [105.045, 21.045],
    ],
  ],
};

describe('buildDataset', () => {
  it('accepts a valid zone and joins it to its district and commune', () => {
    const result = buildDataset(datasetInput([zoneFeature()]));
    expect(result.problems).toEqual([]);
    const z = result.zones[0]!.properties;
    expect(z.district).toBe('district-west');
    expect(z.commune).toBe('xa-west');
    expect(z.anchor).toEqual([105.05, 21.05]);
  });

  it('fails on a duplicate id and names both places', () => {
    expect(errors([zoneFeature(), zoneFeature()])).toEqual([
      'geodata/zones/test.geojson › kcn-test › id: duplicate id, also in geodata/zones/test.geojson',
    ]);
  });

  it('fails on a fact whose source is not in the bibliography', () => {
    const f = zoneFeature({ areaHa: [{ value: 5, source: 'nowhere', asOf: '2020' }] });
    expect(errors([f])).toEqual([
      'geodata/zones/test.geojson › kcn-test › areaHa.0.source: unknown source "nowhere"',
    ]);
  });

  it('fails on a fact with no source at all', () => {
    const f = zoneFeature({ developer: [{ value: 'X Corp', asOf: '2020' }] });
    expect(errors([f])[0]).toMatch(/kcn-test › developer\.0\.source: /);
  });

  it('fails on a sector outside the closed list', () => {
    const f = zoneFeature({ sectors: [{ value: ['rocketry'], source: 'src-a', asOf: '2020' }] });
    expect(errors([f])[0]).toMatch(/kcn-test › sectors\.0\.value\.0: unknown sector "rocketry"/);
  });

  it('fails on a point outside the Hanoi boundary', () => {
    const f = zoneFeature({}, { type: 'Point', coordinates: [106.5, 21.05] });
    expect(errors([f])[0]).toMatch(
      /kcn-test › geometry: position 106\.50000, 21\.05000 lies outside the Hanoi boundary/,
    );
  });

  it('fails when a polygon area disagrees with the declared area by more than 25 % without a note', () => {
    const f = zoneFeature(
      {
        areaHa: [{ value: 300, source: 'src-a', asOf: '2025' }],
        location: { method: 'surveyed_polygon', source: 'src-a', asOf: '2025' },
      },
      smallSquare,
    );
    expect(errors([f])[0]).toMatch(
      /kcn-test › areaHa: declared 300 ha differs from the polygon's 11\d\.\d ha/,
    );
  });

  it('accepts the same disagreement when the area fact carries a note, and within tolerance without one', () => {
    const noted = zoneFeature(
      {
        areaHa: [{ value: 300, source: 'src-a', asOf: '2025', note: 'includes a planned phase 2' }],
        location: { method: 'surveyed_polygon', source: 'src-a', asOf: '2025' },
      },
      smallSquare,
    );
    const close = zoneFeature(
      {
        id: 'kcn-close',
        areaHa: [{ value: 120, source: 'src-a', asOf: '2025' }],
        location: { method: 'surveyed_polygon', source: 'src-a', asOf: '2025' },
      },
      smallSquare,
    );
    expect(errors([noted, close])).toEqual([]);
  });

  it('places a commune_centroid zone inside its commune and records the method', () => {
    const f = zoneFeature(
      { location: { method: 'commune_centroid', source: 'src-a', asOf: '2025', commune: 'xa-east' } },
      null,
    );
    const z = buildDataset(datasetInput([f])).zones[0]!;
    expect(z.geometry).toEqual({ type: 'Point', coordinates: [105.15, 21.05] });
    expect(z.properties.commune).toBe('xa-east');
    expect(z.properties.location.method).toBe('commune_centroid');
  });

  it('rejects a derived location that also carries a geometry, and an unknown commune', () => {
    const both = zoneFeature({
      location: { method: 'commune_centroid', source: 'src-a', asOf: '2025', commune: 'xa-east' },
    });
    const unknown = zoneFeature(
      {
        id: 'kcn-b',
        location: { method: 'commune_centroid', source: 'src-a', asOf: '2025', commune: 'xa-nowhere' },
      },
      null,
    );
    const messages = errors([both, unknown]);
    expect(messages[0]).toMatch(/kcn-test › geometry: geometry must be null/);
    expect(messages[1]).toMatch(/kcn-b › location: unknown commune id "xa-nowhere"/);
  });

  it('reports a spatial-join disagreement with the district the sources name', () => {
    const f = zoneFeature({ districtsReported: ['district-east'] });
    const result = buildDataset(datasetInput([f]));
    expect(result.disagreements).toEqual([
      { zone: 'kcn-test', level: 'district', reported: ['district-east'], joined: 'district-west' },
    ]);
  });

  it('names the feature by position when it has no usable id', () => {
    const f = zoneFeature({ id: 'Not An Id' });
    expect(errors([f])[0]).toMatch(/test\.geojson › Not An Id › id: an id in lower-case-with-dashes/);
    expect(errors([{ type: 'Feature' }])[0]).toMatch(/feature #1 › /);
  });

  it('rejects a file that is not a FeatureCollection', () => {
    const result = buildDataset({ ...datasetInput([]), zoneFiles: [{ file: 'x.geojson', json: [1, 2] }] });
    expect(result.problems.map(formatProblem)).toEqual([
      'x.geojson › (file) › type: not a GeoJSON FeatureCollection',
    ]);
  });

  it('keeps conflicting facts and lists them in the quality report', () => {
    const f = zoneFeature({
      areaHa: [
        { value: 40, source: 'src-a', asOf: '2025-12' },
        { value: 97.11, source: 'src-b', asOf: '2019' },
      ],
    });
    const report = qualityReport(buildDataset(datasetInput([f])));
    expect(report.conflicts).toEqual([
      { zone: 'kcn-test', field: 'areaHa', values: ['40 (src-a, 2025-12)', '97.11 (src-b, 2019)'] },
    ]);
    expect(report.byLocationMethod).toEqual({ portal_centre: 1 });
  });
});

describe('validateUnplaced', () => {
  const unplaced = (over: Record<string, unknown> = {}) => ({
    id: 'ccn-somewhere',
    kind: 'ccn',
    name: { vi: 'Cụm công nghiệp Đâu Đó' },
    status: [{ value: 'established', source: 'src-a', asOf: null }],
    reason: 'the commune name exists twice',
    ...over,
  });

  it('accepts a sourced zone with a reason', () => {
    const r = validateUnplaced('u.json', [unplaced()], sources, new Set());
    expect(r.problems).toEqual([]);
    expect(r.zones[0]!.id).toBe('ccn-somewhere');
  });

  it('refuses one without a reason, with an unknown source, or that is also placed', () => {
    const { reason: _reason, ...noReason } = unplaced();
    expect(validateUnplaced('u.json', [noReason], sources, new Set()).problems.map(formatProblem)[0]).toMatch(
      /u\.json › \(list\) › 0\.reason: /,
    );
    const badSource = unplaced({ status: [{ value: 'established', source: 'nowhere', asOf: null }] });
    expect(validateUnplaced('u.json', [badSource], sources, new Set()).problems.map(formatProblem)).toEqual([
      'u.json › ccn-somewhere › status.0.source: unknown source "nowhere"',
    ]);
    expect(
      validateUnplaced('u.json', [unplaced()], sources, new Set(['ccn-somewhere'])).problems[0]!.message,
    ).toMatch(/also a placed zone/);
  });
});
