/**
 * Paint-side filtering: a filter change hides zones through feature-state (`hidden`, read by the
 * zone layers' opacities, see `unlessHidden` in layers.ts) instead of `setFilter`, which would make
 * the worker re-tile every zone. Only the labels are filtered in layout (a source of their own, so
 * that re-tiles only the label points): hidden zones' labels must not take space from the others.
 */
import type { FeatureCollection, Geometry } from 'geojson';

type Zones = FeatureCollection<Geometry>;

/** Each zone id in the map features, once (a footprint gives a shape and a point with one id). */
export function zoneIdsOf(zones: Zones): string[] {
  const ids = new Set<string>();
  for (const f of zones.features) ids.add(String(f.properties?.id));
  return [...ids];
}

/** The label points: the features the label layer draws (role "point"). */
export function labelPointsOf(zones: Zones): Zones {
  return {
    type: 'FeatureCollection',
    features: zones.features.filter((f) => f.properties?.role === 'point'),
  };
}

/** One zone's features (its shape and its point), or only those of `role`; none for `null`. */
export function zoneFeaturesOf(zones: Zones | null, id: string | null, role?: 'point'): Zones {
  const features =
    id === null || !zones
      ? []
      : zones.features.filter(
          (f) => String(f.properties?.id) === id && (!role || f.properties?.role === role),
        );
  return { type: 'FeatureCollection', features };
}

/** The zones to hide: every zone not in `visible` (nothing when the visible set is not known yet). */
export function hiddenOf(ids: readonly string[], visible: ReadonlySet<string> | null): Set<string> {
  return new Set(visible ? ids.filter((id) => !visible.has(id)) : []);
}

/** What changes from the zones hidden now to the zones to hide: only these get a feature-state call. */
export function hiddenChanges(
  now: ReadonlySet<string>,
  next: ReadonlySet<string>,
): { hide: string[]; show: string[] } {
  const hide: string[] = [];
  const show: string[] = [];
  for (const id of next) if (!now.has(id)) hide.push(id);
  for (const id of now) if (!next.has(id)) show.push(id);
  return { hide, show };
}
