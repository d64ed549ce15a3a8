import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState, matchesFilters, type ZoneFacets } from '../domain/filters';
import { encodeTimeline, TIMELINE_FIRST_YEAR, TIMELINE_LAST_YEAR } from '../domain/timeline';
import { SECTOR_IDS, STATUSES, ZONE_KINDS } from '../domain/vocab';
import { encodeSectors, filterExpression } from './filterExpression';

/** A deterministic pseudo-random generator, so failures reproduce. */
function rng(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}
const pick = <T>(r: () => number, list: readonly T[], max: number): T[] =>
  list.filter(() => r() < max / list.length);

const DISTRICTS = ['dong-anh', 'soc-son', 'me-linh', 'thach-that'];
const COMMUNES = ['xa-quang-minh', 'xa-hoa-lac', 'phuong-phuc-loi'];

const randomYear = (r: () => number, from = 1990, to = 2032) => from + Math.floor(r() * (to - from + 1));

/** A timeline from 0–3 random status facts (some undated) and sometimes an establishment year. */
function randomTimeline(r: () => number): string | undefined {
  if (r() < 0.05) return undefined;
  const status = Array.from({ length: Math.floor(r() * 4) }, () => ({
    value: STATUSES[Math.floor(r() * STATUSES.length)]!,
    source: 's',
    asOf: r() < 0.2 ? null : `${randomYear(r)}-06`,
  }));
  const establishedYear = r() < 0.5 ? [{ value: randomYear(r), source: 's', asOf: null }] : [];
  return encodeTimeline({ status, establishedYear });
}

function randomZones(r: () => number, n: number): ZoneFacets[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `z${i}`,
    status: STATUSES[Math.floor(r() * STATUSES.length)]!,
    kind: ZONE_KINDS[Math.floor(r() * ZONE_KINDS.length)]!,
    sectors: pick(r, SECTOR_IDS, 3),
    district: r() < 0.1 ? null : DISTRICTS[Math.floor(r() * DISTRICTS.length)]!,
    commune: r() < 0.1 ? null : COMMUNES[Math.floor(r() * COMMUNES.length)]!,
    timeline: randomTimeline(r),
  }));
}

const asFeature = (z: ZoneFacets) => ({
  type: 1 as const,
  properties: {
    id: z.id,
    status: z.status,
    kind: z.kind,
    sectors: encodeSectors(z.sectors),
    district: z.district ?? '',
    commune: z.commune ?? '',
    tl: z.timeline ?? '',
  },
});

describe('filterExpression', () => {
  it('selects exactly the zones the pure predicate selects, for 200 random filter states', () => {
    const r = rng(42);
    const zones = randomZones(r, 300);
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
      const byMap = zones.filter((z) => compiled.filter({ zoom: 10 }, asFeature(z))).map((z) => z.id);
      const byList = zones.filter((z) => matchesFilters(z, f)).map((z) => z.id);
      expect(byMap).toEqual(byList);
    }
  });

  it('with a year, draws only the zones that existed then, by their status in that year', () => {
    const zone: ZoneFacets = {
      id: 'x',
      status: 'operating',
      kind: 'kcn',
      sectors: [],
      district: null,
      commune: null,
      timeline: encodeTimeline({
        status: [
          { value: 'planned', source: 's', asOf: '2005' },
          { value: 'operating', source: 's', asOf: '2015-03' },
        ],
        establishedYear: [],
      }),
    };
    const drawn = (f: FilterState) =>
      featureFilter(filterExpression(f), 'layers[0].filter').filter({ zoom: 10 }, asFeature(zone));
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
    const zone = asFeature({
      id: 'x',
      status: 'operating',
      kind: 'kcn',
      sectors: ['biotech_ai_like' as never],
      district: null,
      commune: null,
    });
    expect(compiled.filter({ zoom: 10 }, zone)).toBe(false);
  });
});
