import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type FilterState, matchesFilters, type ZoneFacets } from '../domain/filters';
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

function randomZones(r: () => number, n: number): ZoneFacets[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `z${i}`,
    status: STATUSES[Math.floor(r() * STATUSES.length)]!,
    kind: ZONE_KINDS[Math.floor(r() * ZONE_KINDS.length)]!,
    sectors: pick(r, SECTOR_IDS, 3),
    district: r() < 0.1 ? null : DISTRICTS[Math.floor(r() * DISTRICTS.length)]!,
    commune: r() < 0.1 ? null : COMMUNES[Math.floor(r() * COMMUNES.length)]!,
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
      };
      const compiled = featureFilter(filterExpression(f), 'layers[0].filter');
      const byMap = zones.filter((z) => compiled.filter({ zoom: 10 }, asFeature(z))).map((z) => z.id);
      const byList = zones.filter((z) => matchesFilters(z, f)).map((z) => z.id);
      expect(byMap).toEqual(byList);
    }
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
