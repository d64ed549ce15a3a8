/** Memoised selectors: derived data keeps its reference until its inputs change. */
import { applyFilters, facetCounts, statusAt, type ZoneFacets, zoneFacets } from '../domain/filters';
import { currentValue } from '../domain/facts';
import { type ListSort, sortZones } from '../domain/sortZones';
import type { TargetsFile } from '../domain/targets';
import { compareVietnamese } from '../domain/text';
import { currentYear, type PlanDate, planDatesFromTargets } from '../domain/timeline';
import type { ZoneStatus } from '../domain/vocab';
import type { ZoneFeature } from '../domain/zone';
import { pickLabel } from '../domain/lang';
import type { AppState } from './index';
import { memoPerStore } from './perStore';

const NO_ZONES: ZoneFeature[] = [];

export const selectZones = (s: AppState): ZoneFeature[] =>
  s.data.status === 'ready' ? s.data.zones : NO_ZONES;

/**
 * "This year" for the timeline, read once when the app starts: years after it show only what a plan
 * dates (src/domain/timeline.ts).
 */
export const THIS_YEAR = currentYear();

const NO_PLANS: ReadonlyMap<string, readonly PlanDate[]> = new Map();
const plansOf = memoPerStore((targets: TargetsFile | null): ReadonlyMap<string, readonly PlanDate[]> => {
  const plans = targets ? planDatesFromTargets(targets.zoneTargets, THIS_YEAR) : NO_PLANS;
  // No plan beyond this year (the data today): keep the same map, so nothing downstream recomputes.
  return plans.size ? plans : NO_PLANS;
});
/** Plan dates beyond this year per zone, from the programme's zone targets once they have loaded. */
export const selectPlanDates = (s: AppState) =>
  plansOf(s, s.reference.status === 'ready' ? s.reference.targets : null);

const facetsOf = memoPerStore(
  (zones: ZoneFeature[], plans: ReadonlyMap<string, readonly PlanDate[]>): ZoneFacets[] =>
    zones.map((z) => zoneFacets(z.properties, { thisYear: THIS_YEAR, plans: plans.get(z.properties.id) })),
);
export const selectFacets = (s: AppState) => facetsOf(s, selectZones(s), selectPlanDates(s));
const facetsByIdOf = memoPerStore((facets: ZoneFacets[]) => new Map(facets.map((f) => [f.id, f])));
export const selectFacetsById = (s: AppState) => facetsByIdOf(s, selectFacets(s));

/** A zone's status as the lists show it: that of the timeline year when one is chosen, else today's. */
export const listStatus = (
  facets: ReadonlyMap<string, ZoneFacets>,
  id: string,
  year: number | null,
): ZoneStatus | null => {
  const f = facets.get(id);
  return f ? statusAt(f, { year }) : null;
};

const visibleOf = memoPerStore(applyFilters);
export const selectVisibleIds = (s: AppState) => visibleOf(s, selectFacets(s), s.filters);

const countsOf = memoPerStore(facetCounts);
export const selectFacetCounts = (s: AppState) => countsOf(s, selectFacets(s), s.filters);

const zoneIndexOf = memoPerStore((zones: ZoneFeature[]) => new Map(zones.map((z) => [z.properties.id, z])));
export const selectZoneIndex = (s: AppState) => zoneIndexOf(s, selectZones(s));

/** The selected zone: with every fact once they have loaded (a tile tree's index holds only a summary). */
export const selectSelectedZone = (s: AppState): ZoneFeature | undefined => {
  if (!s.selection) return undefined;
  const d = s.zoneDetails;
  if (d?.status === 'ready' && d.id === s.selection.id) return d.zone;
  return selectZoneIndex(s).get(s.selection.id);
};

/** The zones the map draws from GeoJSON: none when a tile tree draws them. */
export const selectMapZones = (s: AppState): ZoneFeature[] =>
  s.data.status === 'ready' && s.data.source.draw.kind === 'geojson' ? s.data.zones : NO_ZONES;

// Sorting with the Vietnamese collator is the costly part: do it once per language, then only filter.
const sortedByNameOf = memoPerStore((zones: ZoneFeature[], lang: AppState['lang']) =>
  [...zones].sort((a, b) =>
    compareVietnamese(pickLabel(lang, a.properties.name), pickLabel(lang, b.properties.name)),
  ),
);
const visibleSortedOf = memoPerStore((sorted: ZoneFeature[], visible: Set<string>) =>
  sorted.filter((z) => visible.has(z.properties.id)),
);
/** The zones that pass the filters, sorted by name in the interface language. */
export const selectVisibleZonesSorted = (s: AppState) =>
  visibleSortedOf(s, sortedByNameOf(s, selectZones(s), s.lang), selectVisibleIds(s));

const withoutAreaOf = memoPerStore(
  (zones: ZoneFeature[]): ReadonlySet<string> =>
    new Set(zones.filter((z) => currentValue(z.properties.areaHa) === undefined).map((z) => z.properties.id)),
);
const visibleWithoutAreaOf = memoPerStore((without: ReadonlySet<string>, visible: Set<string>): number => {
  let n = 0;
  for (const id of without) if (visible.has(id)) n++;
  return n;
});
/**
 * How many listed zones have no official area: counted over the zones without one (found once), not
 * over every listed zone's facts on every filter change.
 */
export const selectListedWithoutArea = (s: AppState): number =>
  visibleWithoutAreaOf(s, withoutAreaOf(s, selectZones(s)), selectVisibleIds(s));

/** Sorts any list of zones in the chosen order (names in the interface language, statuses of the year). */
export function sortListed(
  zones: readonly ZoneFeature[],
  sort: ListSort,
  lang: AppState['lang'],
  facets: ReadonlyMap<string, ZoneFacets>,
  year: number | null,
): ZoneFeature[] {
  return sortZones(zones, sort, {
    name: (z) => pickLabel(lang, z.properties.name),
    status: (z) => listStatus(facets, z.properties.id, year),
    zone: (z) => z.properties,
  });
}
const listedOf = memoPerStore(
  (
    byName: ZoneFeature[],
    sort: ListSort,
    lang: AppState['lang'],
    facets: ReadonlyMap<string, ZoneFacets>,
    year: number | null,
  ): ZoneFeature[] => (sort === 'name' ? byName : sortListed(byName, sort, lang, facets, year)),
);
/** The result list: the zones that pass the filters, in the order the user chose. */
export const selectListedZones = (s: AppState) =>
  listedOf(s, selectVisibleZonesSorted(s), s.listSort, s.lang, selectFacetsById(s), s.filters.year);

const NO_SECTORS: ReadonlySet<string> = new Set();
const programmeSectorsOf = memoPerStore((ids: readonly string[]): ReadonlySet<string> => new Set(ids));
/** The sectors the industrialisation programme names (marked in the filters and statistics). */
export const selectProgrammeSectors = (s: AppState): ReadonlySet<string> =>
  s.data.status === 'ready' ? programmeSectorsOf(s, s.data.meta.programmeSectors) : NO_SECTORS;
