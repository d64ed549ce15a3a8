/** Memoised selectors of the investor and planner tools. */
import { type DistanceLookup, lazyDistancesById, referenceLayers } from '../domain/distances';
import { evaluateAll, type FitResult, isFitActive } from '../domain/fit';
import type { ZoneFacets } from '../domain/filters';
import { zoneStats } from '../domain/stats';
import type { ZoneFeature } from '../domain/zone';
import { selectFacetsById, selectVisibleZonesSorted, selectZoneIndex, selectZones } from './derived';
import type { AppState } from './index';
import { memoPerStore } from './perStore';
import type { ReferenceState } from './plannerSlice';

const NO_DISTANCES: DistanceLookup = { get: () => undefined };

const distancesOf = memoPerStore((zones: ZoneFeature[], ref: ReferenceState): DistanceLookup =>
  // The layers were validated by zod at the boundary; turf reads only their GeoJSON shape.
  ref.status === 'ready' ? lazyDistancesById(zones, referenceLayers(ref as never)) : NO_DISTANCES,
);
/** Straight-line km per zone id; empty until the reference layers have loaded. */
export const selectDistances = (s: AppState) => distancesOf(s, selectZones(s), s.reference);

const fitOf = memoPerStore(evaluateAll);
/** Fit results per zone id, or null when no criterion is set. */
export const selectFitResults = (s: AppState): Map<string, FitResult> | null =>
  isFitActive(s.fit) ? fitOf(s, selectZones(s), selectDistances(s), s.fit) : null;

/**
 * Whether the fit finder's rings are on the map: only while its tab is open and a criterion is set,
 * so a ring never stands unexplained (the legend names it while it is shown).
 */
export const selectFitRingsShown = (s: AppState): boolean => s.activePanel === 'fit' && isFitActive(s.fit);

const pinnedOf = memoPerStore((ids: readonly string[], index: Map<string, ZoneFeature>) =>
  ids.map((id) => index.get(id)).filter((z): z is ZoneFeature => z !== undefined),
);
/** The pinned zones the data holds, in pin order. */
export const selectPinnedZones = (s: AppState) => pinnedOf(s, s.pinned, selectZoneIndex(s));

const statsOf = memoPerStore(
  (
    zones: ZoneFeature[],
    unit: 'district' | 'commune',
    year: number | null,
    facets: ReadonlyMap<string, ZoneFacets>,
  ) =>
    zoneStats(
      zones.map((z) => z.properties),
      unit,
      year,
      facets,
    ),
);
/** Statistics of the zones that pass the current filters (the year included). */
export const selectStats = (s: AppState) =>
  statsOf(s, selectVisibleZonesSorted(s), s.choropleth.unit, s.filters.year, selectFacetsById(s));
