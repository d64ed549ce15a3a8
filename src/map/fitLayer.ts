/**
 * The fit finder on the map: a ring around each zone that passes the criteria, on its own source and
 * layer above the zones, shown while the fit tab is open (the legend then explains it). Failing zones
 * stay as they are; the list says why each one fails.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { FitResult } from '../domain/fit';
import { memoizeLast } from '../domain/memo';
import { FIT_RING } from '../domain/symbology';
import type { ZoneFeature } from '../domain/zone';
import type { AppStore } from '../store';
import { selectZones } from '../store/derived';
import { selectFitResults, selectFitRingsShown } from '../store/plannerSelectors';
import { FIT_LAYER, type LayerSpec } from './layerIds';
import type { ZoneMap } from './ZoneMap';

export const FIT_SOURCE = 'fit-results';
export { FIT_LAYER };

export const FIT_LAYER_SPEC: LayerSpec = {
  id: FIT_LAYER,
  type: 'circle',
  source: FIT_SOURCE,
  layout: { visibility: 'none' },
  paint: {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 9, 14, 18],
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-color': FIT_RING.color,
    'circle-stroke-width': FIT_RING.widthPx,
  },
};

/** Anchor points of the zones that pass. */
export function passingPoints(
  zones: readonly ZoneFeature[],
  results: ReadonlyMap<string, FitResult> | null,
): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: results
      ? zones
          .filter((z) => results.get(z.properties.id)?.pass)
          .map((z) => ({
            type: 'Feature',
            properties: { id: z.properties.id },
            geometry: { type: 'Point', coordinates: z.properties.anchor },
          }))
      : [],
  };
}

type Adapter = Pick<ZoneMap, 'addSource' | 'addLayer' | 'setSourceData' | 'setLayerShown'>;

export function bindFitLayer(adapter: Adapter, store: AppStore): () => void {
  const points = memoizeLast(passingPoints);
  adapter.addSource(FIT_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  adapter.addLayer(FIT_LAYER_SPEC);
  // The adapter applies what changed, once the style has loaded.
  const apply = () => {
    const s = store.getState();
    const results = selectFitResults(s);
    if (results) void s.ensureReference(); // a shared link may set criteria before any panel opens
    adapter.setSourceData(FIT_SOURCE, points(selectZones(s), results));
    adapter.setLayerShown(FIT_LAYER, selectFitRingsShown(s));
  };
  apply();
  return store.subscribe(apply);
}
