/**
 * The orders the result list and the fit finder's results can be shown in: by name (Vietnamese
 * collation), by official area (zones whose area no source gives always come last, whichever way
 * the list runs) and by status (furthest along the ladder first, then the states off the ladder).
 * Ties fall back to the name, so an order is always the same for the same zones.
 */
import { currentValue } from './facts';
import { compareVietnamese } from './text';
import { STATUSES, type ZoneStatus } from './vocab';
import type { Fact } from './zone';

export const LIST_SORTS = ['name', 'area-desc', 'area-asc', 'status'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
export const DEFAULT_SORT: ListSort = 'name';

/** Operating first, down to proposed, then stalled, no longer a zone, unknown. */
export const STATUS_SORT_ORDER: readonly ZoneStatus[] = [
  'operating',
  'under_construction',
  'established',
  'planned',
  'proposed',
  'stalled',
  'historical',
  'unknown',
];
const STATUS_RANK = new Map(STATUS_SORT_ORDER.map((s, i) => [s, i]));

export type SortableZone = { readonly areaHa: readonly Fact<number>[] };
export type SortAccessors<Z> = {
  /** The name shown in the list, in the interface language. */
  name: (z: Z) => string;
  /** The status shown in the list (that of the timeline year when one is chosen); null: not there. */
  status: (z: Z) => ZoneStatus | null;
  /** The zone's own data: its official area is read from here. */
  zone: (z: Z) => SortableZone;
};

/** A new array in the chosen order; the input is left as it was. */
export function sortZones<Z>(zones: readonly Z[], sort: ListSort, get: SortAccessors<Z>): Z[] {
  const keyed = zones.map((z) => ({
    z,
    name: get.name(z),
    area: currentValue(get.zone(z).areaHa),
    rank: STATUS_RANK.get(get.status(z) ?? 'unknown') ?? STATUSES.length,
  }));
  type K = (typeof keyed)[number];
  const byName = (a: K, b: K) => compareVietnamese(a.name, b.name);
  const compare: (a: K, b: K) => number =
    sort === 'name'
      ? byName
      : sort === 'status'
        ? (a, b) => a.rank - b.rank || byName(a, b)
        : (a, b) => {
            // Unknown areas last in both directions: they are not small, they are not known.
            if (a.area === undefined || b.area === undefined)
              return (a.area === undefined ? 1 : 0) - (b.area === undefined ? 1 : 0) || byName(a, b);
            return (sort === 'area-desc' ? b.area - a.area : a.area - b.area) || byName(a, b);
          };
  return keyed.sort(compare).map((k) => k.z);
}

/** How many of the zones have no official area (they are listed last when sorting by area). */
export function countWithoutArea<Z>(zones: readonly Z[], zone: (z: Z) => SortableZone): number {
  return zones.reduce((n, z) => n + (currentValue(zone(z).areaHa) === undefined ? 1 : 0), 0);
}
