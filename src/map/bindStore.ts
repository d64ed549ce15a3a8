/**
 * Feeds the store into the adapter through subscribe, outside React: camera moves and selection
 * changes reach the map without re-rendering any component.
 */
import { zoneExtent, zoneFrame } from '../domain/framing';
import { keepWhileSame, memoizeLast } from '../domain/memo';
import { stacksKey, stacksOf, visibleStacks } from '../domain/stacks';
import type { UrlLayer } from '../domain/urlState';
import type { AppStore, AppState } from '../store';
import { selectFacetsById, selectMapZones, selectVisibleIds, selectZoneIndex } from '../store/derived';
import { toMapFeatures } from '../domain/mapFeatures';
import type { ZoneMap } from './ZoneMap';

export function bindStore(
  adapter: Pick<
    ZoneMap,
    | 'setZones'
    | 'setStacks'
    | 'setFilter'
    | 'setVisibleZones'
    | 'setSelected'
    | 'setLanguage'
    | 'setLayerVisible'
    | 'flyTo'
    | 'frame'
  >,
  store: AppStore,
): () => void {
  // Caches of this binding, not of the module: two maps never share them.
  const mapFeaturesOf = memoizeLast(toMapFeatures);
  const stacksOfZones = memoizeLast(stacksOf);
  const visibleStacksOf = memoizeLast(visibleStacks);
  // Most filter changes leave the badges as they were: the same object then re-tiles nothing.
  const sameStacks = keepWhileSame(stacksKey);
  let flown: AppState['selection'] = null;
  const apply = (s: AppState, prev?: AppState) => {
    adapter.setZones(mapFeaturesOf(selectMapZones(s), selectFacetsById(s)));
    adapter.setStacks(sameStacks(visibleStacksOf(stacksOfZones(selectMapZones(s)), selectVisibleIds(s))));
    adapter.setFilter(s.filters);
    adapter.setVisibleZones(selectVisibleIds(s));
    adapter.setSelected(s.selection?.id ?? null);
    adapter.setLanguage(s.lang);
    for (const [layer, visible] of Object.entries(s.layers) as [UrlLayer, boolean][])
      if (layer !== 'region')
        // Under an online base map, its own roads and railways replace our generalised ones.
        adapter.setLayerVisible(layer, visible && !(layer === 'transport' && s.basemap !== 'offline'));
    const request = s.cameraRequest;
    if (request && request !== prev?.cameraRequest)
      adapter.flyTo(
        'bounds' in request
          ? { bounds: request.bounds }
          : { center: request.camera.center, zoom: request.camera.zoom, exact: true },
      );
    // An opened zone is framed with its surroundings; one opened from a link before the data
    // arrived is framed once the zone is known.
    if (s.selection?.fly && s.selection !== flown) {
      const zone = selectZoneIndex(s).get(s.selection.id);
      if (zone) {
        flown = s.selection;
        adapter.frame(zoneFrame(zone), zoneExtent(zone));
      }
    }
  };
  apply(store.getState());
  return store.subscribe(apply);
}
