import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { applyFilters, EMPTY_FILTERS, type FilterState, matchesFilters, zoneFacets } from '../domain/filters';
import { type MapZoneProps, toMapFeatures } from '../domain/mapFeatures';
import { TIMELINE_FIRST_YEAR, TIMELINE_LAST_YEAR } from '../domain/timeline';
import { LOCATION_METHODS, SECTOR_IDS, STATUSES, ZONE_KINDS } from '../domain/vocab';
import { type ZoneFeature, ZoneFeatureSchema } from '../domain/zone';
import { loadedZoneFeature } from '../test/fixtures';
import { filterExpression } from './filterExpression';
import { hiddenOf, labelPointsOf, zoneIdsOf } from './paintFilter';

/** A deterministic pseudo-random generator, so failures reproduce. */
function rng(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}
const pick = <T>(r: () => number, list: readonly T[], max: number): T[] =>
  list.filter(() => r() < max / list.length);
const one = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const DISTRICTS = ['dong-anh', 'soc-son', 'me-linh', 'thach-that'];
const COMMUNES = ['xa-quang-minh', 'xa-hoa-lac', 'phuong-phuc-loi'];
const SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [105.5, 21.0],
      [105.51, 21.0],
      [105.51, 21.01],
      [105.5, 21.0],
    ],
  ],
};

const randomYear = (r: () => number, from = 1990, to = 2032) => from + Math.floor(r() * (to - from + 1));

/** A zone as the app loads it, with random facts: 0–3 statuses (some undated), sectors, places, shape. */
function randomZone(r: () => number, i: number): ZoneFeature {
  const status = Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({
    value: one(r, STATUSES),
    source: 'src-a',
    asOf: r() < 0.2 ? null : `${randomYear(r)}-06`,
  }));
  const method = one(r, LOCATION_METHODS);
  const footprint = method === 'osm_footprint' || method === 'surveyed_polygon';
  return ZoneFeatureSchema.parse(
    loadedZoneFeature(
      {
        id: `z${i}`,
        kind: one(r, ZONE_KINDS),
        status,
        establishedYear: r() < 0.5 ? [{ value: randomYear(r), source: 'src-a', asOf: null }] : [],
        sectors:
          r() < 0.8 ? [{ value: [...new Set(pick(r, SECTOR_IDS, 3))], source: 'src-a', asOf: '2025' }] : [],
        district: r() < 0.1 ? null : one(r, DISTRICTS),
        commune: r() < 0.1 ? null : one(r, COMMUNES),
        location: {
          method,
          source: 'src-a',
          asOf: '2025',
          ...(method.startsWith('osm')
            ? { osm: { id: `way/${i}`, match: 'added', confidence: 'certain', reason: 'test' } }
            : {}),
          ...(method === 'commune_centroid' ? { commune: 'xa-hoa-lac' } : {}),
          ...(method === 'district_centroid' ? { district: 'soc-son' } : {}),
        },
      },
      footprint ? SQUARE : { type: 'Point', coordinates: [105.5, 21.0] },
    ),
  );
}
// Drop zones whose random sectors list came out empty (the schema wants at least one per fact).
const randomZones = (r: () => number, n: number) =>
  Array.from({ length: n }, (_, i) => {
    try {
      return randomZone(r, i);
    } catch {
      return null;
    }
  }).filter((z): z is ZoneFeature => z !== null);

/** What the style engine sees of a GeoJSON feature. */
const asStyleFeature = (f: Feature<Geometry, MapZoneProps>) => ({
  type: f.geometry.type === 'Point' ? (1 as const) : (3 as const),
  properties: f.properties as unknown as Record<string, unknown>,
});

describe('the map’s filtering on the real projection (toMapFeatures)', () => {
  it('draws and labels exactly the zones the list shows, for 200 random filter states', () => {
    const r = rng(42);
    const zones = randomZones(r, 300);
    expect(zones.length).toBeGreaterThan(250);
    const collection = toMapFeatures(zones);
    const { features } = collection;
    const ids = zoneIdsOf(collection);
    const labels = labelPointsOf(collection).features as typeof features;
    const facets = zones.map((z) => zoneFacets(z.properties));
    for (let round = 0; round < 200; round++) {
      const f: FilterState = {
        statuses: pick(r, STATUSES, 2),
        kinds: pick(r, ZONE_KINDS, 1.5),
        sectors: pick(r, SECTOR_IDS, 2),
        districts: pick(r, DISTRICTS, 1.5),
        communes: pick(r, COMMUNES, 1),
        year: r() < 0.4 ? null : randomYear(r, TIMELINE_FIRST_YEAR, TIMELINE_LAST_YEAR),
      };
      const compiled = featureFilter(filterExpression(f), 'layers[0].filter');
      // Every feature of a zone (its shape and its point) must agree with the list.
      const byMap = [
        ...new Set(
          features
            .filter((x) => compiled.filter({ zoom: 10 }, asStyleFeature(x)))
            .map((x) => x.properties.id),
        ),
      ].sort();
      const hidden = new Set(
        features.filter((x) => !compiled.filter({ zoom: 10 }, asStyleFeature(x))).map((x) => x.properties.id),
      );
      const byList = facets
        .filter((z) => matchesFilters(z, f))
        .map((z) => z.id)
        .sort();
      expect(byMap).toEqual(byList);
      for (const id of byMap) expect(hidden.has(id), `half of ${id} hidden`).toBe(false);
      // The shapes and symbols: hidden on the paint side, from the store's visible set.
      const painted = hiddenOf(ids, applyFilters(facets, f));
      const byPaint = [
        ...new Set(features.map((x) => x.properties.id).filter((id) => !painted.has(id))),
      ].sort();
      expect(byPaint).toEqual(byList);
      // The labels: the label layer's filter over the label source.
      const byLabel = labels
        .filter((x) => compiled.filter({ zoom: 10 }, asStyleFeature(x)))
        .map((x) => x.properties.id)
        .sort();
      expect(byLabel).toEqual(byList);
    }
  });

  it('with a year, draws only the zones that existed then, by their status in that year', () => {
    const zone = ZoneFeatureSchema.parse(
      loadedZoneFeature({
        id: 'x',
        status: [
          { value: 'planned', source: 's', asOf: '2005' },
          { value: 'operating', source: 's', asOf: '2015-03' },
        ],
        sectors: [],
      }),
    );
    const [point] = toMapFeatures([zone]).features;
    const drawn = (f: FilterState) =>
      featureFilter(filterExpression(f), 'layers[0].filter').filter({ zoom: 10 }, asStyleFeature(point!));
    expect(drawn({ ...EMPTY_FILTERS, year: 2004 })).toBe(false);
    expect(drawn({ ...EMPTY_FILTERS, year: 2010, statuses: ['planned'] })).toBe(true);
    expect(drawn({ ...EMPTY_FILTERS, year: 2010, statuses: ['operating'] })).toBe(false);
    expect(drawn({ ...EMPTY_FILTERS, year: 2015, statuses: ['operating'] })).toBe(true);
  });

  it('is a pass-all expression when nothing is filtered', () => {
    expect(filterExpression(EMPTY_FILTERS)).toEqual(['all']);
  });

  it('does not let one sector id match inside another', () => {
    const compiled = featureFilter(
      filterExpression({ ...EMPTY_FILTERS, sectors: ['ai'] }),
      'layers[0].filter',
    );
    const feature = { type: 1 as const, properties: { sectors: '|biotech_ai_like|', status: 'operating' } };
    expect(compiled.filter({ zoom: 10 }, feature)).toBe(false);
  });
});
