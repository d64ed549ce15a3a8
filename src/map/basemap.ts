/**
 * The optional online base map: OpenStreetMap's raster tiles under our layers. Off by default, so the
 * app makes no request off the machine unless the user asks. If the tiles fail, the app falls back
 * to the offline base map and says so.
 */
import type { AppStore } from '../store';
import { translate } from '../i18n';
import type { Binder } from './binders';
import type { ZoneMap } from './ZoneMap';

export const ONLINE_SOURCE = 'online-basemap';
export const ONLINE_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
/** Our opaque land fills would hide the tiles; they step aside while the online map shows. */
const OFFLINE_FILLS = ['neighbours-fill', 'hanoi-fill'];

function show(adapter: ZoneMap, on: boolean): void {
  const { map } = adapter;
  if (on && !map.getLayer(ONLINE_SOURCE)) {
    map.addSource(ONLINE_SOURCE, {
      type: 'raster',
      tiles: [ONLINE_TILES],
      tileSize: 256,
      maxzoom: 19,
      attribution: '© OpenStreetMap contributors',
    });
    map.addLayer({ id: ONLINE_SOURCE, type: 'raster', source: ONLINE_SOURCE }, 'neighbours-fill');
  }
  if (!on && map.getLayer(ONLINE_SOURCE)) {
    map.removeLayer(ONLINE_SOURCE);
    map.removeSource(ONLINE_SOURCE);
  }
  for (const layer of OFFLINE_FILLS) map.setLayoutProperty(layer, 'visibility', on ? 'none' : 'visible');
}

export const bindBasemap: Binder = (adapter: ZoneMap, store: AppStore) => {
  let shown = false;
  const apply = () => {
    const want = store.getState().layers.online;
    if (want === shown) return;
    shown = want;
    adapter.whenLoaded(() => show(adapter, shown));
  };
  adapter.map.on('error', (e) => {
    if ((e as { sourceId?: string }).sourceId !== ONLINE_SOURCE || !store.getState().layers.online) return;
    const s = store.getState();
    s.setLayer('online', false);
    s.notify(translate(s.lang, 'basemap.failed'));
  });
  apply();
  return store.subscribe(apply);
};
