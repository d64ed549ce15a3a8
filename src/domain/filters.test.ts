import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  EMPTY_FILTERS,
  facetCounts,
  FILTER_GROUPS,
  facetValues,
  type FilterState,
  matchesFilters,
  toggleFilter,
  type ZoneFacets,
} from './filters';

const zones: ZoneFacets[] = [
  {
    id: 'a',
    status: 'operating',
    sectors: ['electronics', 'logistics'],
    kind: 'kcn',
    district: 'dong-anh',
    commune: 'xa-thien-loc',
  },
  {
    id: 'b',
    status: 'operating',
    sectors: ['food_processing'],
    kind: 'ccn',
    district: 'soc-son',
    commune: 'xa-kim-anh',
  },
  {
    id: 'c',
    status: 'planned',
    sectors: ['electronics'],
    kind: 'kcn',
    district: 'soc-son',
    commune: 'xa-kim-anh',
  },
  { id: 'd', status: 'stalled', sectors: [], kind: 'it_park', district: null, commune: null },
];
const f = (over: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...over });
const ids = (s: Set<string>) => [...s].sort();

describe('applyFilters', () => {
  it('passes everything when no filter is set', () => {
    expect(ids(applyFilters(zones, EMPTY_FILTERS))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ORs options within a group', () => {
    expect(ids(applyFilters(zones, f({ statuses: ['planned', 'stalled'] })))).toEqual(['c', 'd']);
  });

  it('ANDs across groups', () => {
    expect(ids(applyFilters(zones, f({ statuses: ['operating'], sectors: ['electronics'] })))).toEqual(['a']);
  });

  it('matches a zone with any of the chosen sectors', () => {
    expect(ids(applyFilters(zones, f({ sectors: ['logistics', 'food_processing'] })))).toEqual(['a', 'b']);
  });

  it('never matches a zone without a district when districts are filtered', () => {
    expect(ids(applyFilters(zones, f({ districts: ['soc-son'] })))).toEqual(['b', 'c']);
  });
});

describe('facetCounts', () => {
  it('counts each option against the other groups only', () => {
    const counts = facetCounts(zones, f({ statuses: ['operating'], kinds: ['kcn'] }));
    // Status counts ignore the status filter but respect kind = kcn.
    expect(counts.statuses.get('operating')).toBe(1);
    expect(counts.statuses.get('planned')).toBe(1);
    expect(counts.statuses.get('stalled')).toBeUndefined();
    // Kind counts ignore the kind filter but respect status = operating.
    expect(counts.kinds.get('kcn')).toBe(1);
    expect(counts.kinds.get('ccn')).toBe(1);
    // Sectors respect both.
    expect(counts.sectors.get('electronics')).toBe(1);
    expect(counts.sectors.get('food_processing')).toBeUndefined();
  });

  it('equals the result size when the option is the only one ticked', () => {
    const counts = facetCounts(zones, f({ sectors: ['electronics'] }));
    expect(counts.statuses.get('operating')).toBe(
      applyFilters(zones, f({ sectors: ['electronics'], statuses: ['operating'] })).size,
    );
  });
});

describe('facetCounts against its definition', () => {
  /** The definition, group by group: the zones passing every other group, by option. */
  const byDefinition = (zs: readonly ZoneFacets[], filters: FilterState) =>
    Object.fromEntries(
      FILTER_GROUPS.map((g) => {
        const m = new Map<string, number>();
        for (const z of zs)
          if (matchesFilters(z, filters, g))
            for (const v of facetValues(z, g, filters)) m.set(v, (m.get(v) ?? 0) + 1);
        return [g, m];
      }),
    );

  it('gives the same counts on random zones and filters', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const some = <T>(xs: readonly T[]) => xs.filter(() => rand() < 0.3);
    const statuses = ['operating', 'planned', 'stalled', 'under_construction'] as const;
    const sectors = ['electronics', 'logistics', 'food_processing', 'mechanics'] as const;
    const kinds = ['kcn', 'ccn', 'it_park'] as const;
    const districts = ['dong-anh', 'soc-son', 'me-linh'];
    const communes = ['xa-kim-anh', 'xa-thien-loc', 'xa-me-linh'];
    for (let round = 0; round < 200; round++) {
      const zs: ZoneFacets[] = Array.from({ length: 30 }, (_, i) => ({
        id: `z${i}`,
        status: pick(statuses),
        sectors: some(sectors),
        kind: pick(kinds),
        district: rand() < 0.1 ? null : pick(districts),
        commune: rand() < 0.1 ? null : pick(communes),
      }));
      const filters = f({
        statuses: some(statuses),
        sectors: some(sectors),
        kinds: some(kinds),
        districts: some(districts),
        communes: some(communes),
      });
      expect(facetCounts(zs, filters)).toEqual(byDefinition(zs, filters));
    }
  });
});

describe('toggleFilter', () => {
  it('adds then removes an option without mutating the input', () => {
    const once = toggleFilter(EMPTY_FILTERS, 'kinds', 'kcn');
    expect(once.kinds).toEqual(['kcn']);
    expect(EMPTY_FILTERS.kinds).toEqual([]);
    expect(toggleFilter(once, 'kinds', 'kcn').kinds).toEqual([]);
  });
});

describe('communes', () => {
  it('filters and counts by 2025 commune like districts', () => {
    expect(ids(applyFilters(zones, f({ communes: ['xa-kim-anh'] })))).toEqual(['b', 'c']);
    expect(facetCounts(zones, f({ kinds: ['kcn'] })).communes.get('xa-kim-anh')).toBe(1);
  });
});
