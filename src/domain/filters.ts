/**
 * Filters as plain data, evaluated by pure functions: the facet criteria of the criteria model
 * (src/domain/criteria.ts). The list, the facet counts and the map expression are all derived from the
 * same FilterState. AND across groups, OR within a group; an empty group does not filter.
 */
import {
  type Criteria,
  emptyCriteria,
  FACET_KEYS,
  type FacetKey,
  facetOutcome,
  isAnySet,
  toggleOption,
} from './criteria';
import { currentValue } from './facts';
import { currentYear, encodeTimeline, timelineStatus, type TimelineOptions } from './timeline';
import type { SectorId, ZoneKind, ZoneStatus } from './vocab';
import type { Zone } from './zone';

/** The filters: every facet criterion, and the timeline year the status facet reads. */
export type FilterState = Pick<Criteria, FacetKey | 'year'>;
/** The option groups (the year is a single value, not a group of options). */
export type FilterGroup = FacetKey;
export const FILTER_GROUPS: readonly FilterGroup[] = FACET_KEYS;
export const FILTER_FIELDS: readonly (keyof FilterState)[] = [...FACET_KEYS, 'year'];

export const EMPTY_FILTERS: FilterState = emptyCriteria(FILTER_FIELDS);

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

/** The zone's values of one facet: its status in the filter's year, its sectors, its district or none… */
export function facetValues(
  z: ZoneFacets,
  group: FilterGroup,
  f: Pick<FilterState, 'year'>,
): readonly string[] {
  switch (group) {
    case 'statuses': {
      const status = statusAt(z, f);
      return status === null ? [] : [status];
    }
    case 'kinds':
      return [z.kind];
    case 'districts':
      return z.district === null ? [] : [z.district];
    case 'communes':
      return z.commune === null ? [] : [z.commune];
    case 'sectors':
      return z.sectors;
  }
}

function matchesGroup(z: ZoneFacets, f: FilterState, group: FilterGroup): boolean {
  const chosen = f[group] as readonly string[];
  return chosen.length === 0 || facetOutcome(group, facetValues(z, group, f), chosen) === 'pass';
}

export function matchesFilters(z: ZoneFacets, f: FilterState, except?: FilterGroup): boolean {
  if (statusAt(z, f) === null) return false;
  return FILTER_GROUPS.every((g) => g === except || matchesGroup(z, f, g));
}

export function isEmptyFilter(f: FilterState): boolean {
  return !isAnySet(f, FILTER_FIELDS);
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
  const active = FILTER_GROUPS.filter((g) => (f[g] as readonly string[]).length > 0);
  for (const z of zones) {
    if (statusAt(z, f) === null) continue;
    // A zone counts in group g when it passes every group but g: each group is checked once per
    // zone, not once per other group (the counts run on every filter change, over every zone).
    let failed: FilterGroup | null = null;
    let failures = 0;
    for (const g of active)
      if (!matchesGroup(z, f, g)) {
        failed = g;
        if (++failures > 1) break;
      }
    if (failures > 1) continue;
    for (const g of FILTER_GROUPS)
      if (failures === 0 || g === failed) for (const v of facetValues(z, g, f)) bump(counts[g], v);
  }
  return counts;
}

/** Toggles one option in one group, returning a new FilterState (the criteria model's toggle). */
export const toggleFilter = (f: FilterState, group: FilterGroup, value: string): FilterState =>
  toggleOption(f, group, value);
