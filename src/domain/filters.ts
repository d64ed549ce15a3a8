/**
 * Filters as plain data, evaluated by pure functions. The list, the facet counts and the map
 * expression are all derived from the same FilterState.
 * AND across groups, OR within a group; an empty group does not filter.
 */
import { currentValue } from './facts';
import { currentYear, encodeTimeline, timelineStatus, type TimelineOptions } from './timeline';
import type { SectorId, ZoneKind, ZoneStatus } from './vocab';
import type { Zone } from './zone';

export type FilterState = {
  readonly statuses: readonly ZoneStatus[];
  readonly sectors: readonly SectorId[];
  readonly kinds: readonly ZoneKind[];
  readonly districts: readonly string[];
  readonly communes: readonly string[];
  /** Timeline: show zones as they stood in this year (src/domain/timeline.ts); null = today. */
  readonly year: number | null;
};
/** The option groups (the year is a single value, not a group of options). */
export type FilterGroup = Exclude<keyof FilterState, 'year'>;
export const FILTER_GROUPS: readonly FilterGroup[] = [
  'statuses',
  'sectors',
  'kinds',
  'districts',
  'communes',
];

export const EMPTY_FILTERS: FilterState = {
  statuses: [],
  sectors: [],
  kinds: [],
  districts: [],
  communes: [],
  year: null,
};

/** The few attributes filters look at, computed once per zone. */
export type ZoneFacets = {
  readonly id: string;
  readonly status: ZoneStatus;
  readonly sectors: readonly SectorId[];
  readonly kind: ZoneKind;
  readonly district: string | null;
  readonly commune: string | null;
  /** Status code per timeline year (encodeTimeline); absent facets count as undated. */
  readonly timeline?: string;
};

/** `timeline`: this year and the zone's plan dates (src/domain/timeline.ts); by default, today's year and none. */
export function zoneFacets(zone: Zone, timeline: TimelineOptions = { thisYear: currentYear() }): ZoneFacets {
  const sectors = new Set<SectorId>();
  for (const f of zone.sectors) for (const s of f.value) sectors.add(s as SectorId);
  return {
    id: zone.id,
    status: currentValue(zone.status) ?? 'unknown',
    sectors: [...sectors],
    kind: zone.kind,
    district: zone.district,
    commune: zone.commune,
    timeline: encodeTimeline(zone, timeline),
  };
}

/** The zone's status in the filter's year (today's when no year is set); null: not there yet. */
export function statusAt(z: ZoneFacets, f: Pick<FilterState, 'year'>): ZoneStatus | null {
  return f.year === null ? z.status : timelineStatus(z.timeline ?? '', f.year);
}

function matchesGroup(z: ZoneFacets, f: FilterState, group: FilterGroup): boolean {
  switch (group) {
    case 'statuses':
      return f.statuses.length === 0 || f.statuses.includes(statusAt(z, f)!);
    case 'kinds':
      return f.kinds.length === 0 || f.kinds.includes(z.kind);
    case 'districts':
      return f.districts.length === 0 || (z.district !== null && f.districts.includes(z.district));
    case 'communes':
      return f.communes.length === 0 || (z.commune !== null && f.communes.includes(z.commune));
    case 'sectors':
      return f.sectors.length === 0 || z.sectors.some((s) => f.sectors.includes(s));
  }
}

export function matchesFilters(z: ZoneFacets, f: FilterState, except?: FilterGroup): boolean {
  if (statusAt(z, f) === null) return false;
  return FILTER_GROUPS.every((g) => g === except || matchesGroup(z, f, g));
}

export function isEmptyFilter(f: FilterState): boolean {
  return f.year === null && FILTER_GROUPS.every((g) => f[g].length === 0);
}

/** Ids of the zones that pass, in input order. */
export function applyFilters(zones: readonly ZoneFacets[], f: FilterState): Set<string> {
  const out = new Set<string>();
  for (const z of zones) if (matchesFilters(z, f)) out.add(z.id);
  return out;
}

export type FacetCounts = { readonly [G in FilterGroup]: ReadonlyMap<string, number> };

/**
 * For each option, how many zones would match if it were ticked: the zones passing every *other*
 * group, that have this option. Like a shop's facet counts.
 */
export function facetCounts(zones: readonly ZoneFacets[], f: FilterState): FacetCounts {
  const counts = {
    statuses: new Map<string, number>(),
    sectors: new Map<string, number>(),
    kinds: new Map<string, number>(),
    districts: new Map<string, number>(),
    communes: new Map<string, number>(),
  };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const z of zones) {
    if (matchesFilters(z, f, 'statuses')) bump(counts.statuses, statusAt(z, f)!);
    if (matchesFilters(z, f, 'kinds')) bump(counts.kinds, z.kind);
    if (matchesFilters(z, f, 'districts') && z.district) bump(counts.districts, z.district);
    if (matchesFilters(z, f, 'communes') && z.commune) bump(counts.communes, z.commune);
    if (matchesFilters(z, f, 'sectors')) for (const s of z.sectors) bump(counts.sectors, s);
  }
  return counts;
}

/** Toggles one option in one group, returning a new FilterState. */
export function toggleFilter(f: FilterState, group: FilterGroup, value: string): FilterState {
  const list = f[group] as readonly string[];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return { ...f, [group]: next };
}
