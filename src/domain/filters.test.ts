import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  EMPTY_FILTERS,
  facetCounts,
  type FilterState,
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
