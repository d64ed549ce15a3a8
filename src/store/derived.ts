/** Memoised selectors: derived data keeps its reference until its inputs change. */
import { applyFilters, facetCounts, type ZoneFacets, zoneFacets } from '../domain/filters';
import { memoizeLast } from '../domain/memo';
import { compareVietnamese } from '../domain/text';
import type { ZoneFeature } from '../domain/zone';
import { pickLabel } from '../i18n';
import type { AppState } from './index';

const NO_ZONES: ZoneFeature[] = [];

export const selectZones = (s: AppState): ZoneFeature[] =>
  s.data.status === 'ready' ? s.data.zones : NO_ZONES;

const facetsOf = memoizeLast((zones: ZoneFeature[]): ZoneFacets[] =>
  zones.map((z) => zoneFacets(z.properties)),
);
export const selectFacets = (s: AppState) => facetsOf(selectZones(s));

const visibleOf = memoizeLast(applyFilters);
export const selectVisibleIds = (s: AppState) => visibleOf(selectFacets(s), s.filters);

const countsOf = memoizeLast(facetCounts);
export const selectFacetCounts = (s: AppState) => countsOf(selectFacets(s), s.filters);

const zoneIndexOf = memoizeLast((zones: ZoneFeature[]) => new Map(zones.map((z) => [z.properties.id, z])));
export const selectZoneIndex = (s: AppState) => zoneIndexOf(selectZones(s));

export const selectSelectedZone = (s: AppState): ZoneFeature | undefined =>
  s.selection ? selectZoneIndex(s).get(s.selection.id) : undefined;

// Sorting with the Vietnamese collator is the costly part: do it once per language, then only filter.
const sortedByNameOf = memoizeLast((zones: ZoneFeature[], lang: AppState['lang']) =>
  [...zones].sort((a, b) =>
    compareVietnamese(pickLabel(lang, a.properties.name), pickLabel(lang, b.properties.name)),
  ),
);
const visibleSortedOf = memoizeLast((sorted: ZoneFeature[], visible: Set<string>) =>
  sorted.filter((z) => visible.has(z.properties.id)),
);
/** The zones that pass the filters, sorted by name in the interface language. */
export const selectVisibleZonesSorted = (s: AppState) =>
  visibleSortedOf(sortedByNameOf(selectZones(s), s.lang), selectVisibleIds(s));

const NO_SECTORS: ReadonlySet<string> = new Set();
const programmeSectorsOf = memoizeLast((ids: readonly string[]): ReadonlySet<string> => new Set(ids));
/** The sectors the industrialisation programme names (marked in the filters and statistics). */
export const selectProgrammeSectors = (s: AppState): ReadonlySet<string> =>
  s.data.status === 'ready' ? programmeSectorsOf(s.data.meta.programmeSectors) : NO_SECTORS;
