/**
 * Reference layers fetched when first needed. The style (src/map/style.ts, option `lazy`) starts the
 * sources that only close-in layers draw (every layer on them starts at zoom 10 or later: the 2025
 * communes, their labels, the Red River's centre line) with no features; this binder gives each its
 * file once a shown layer on it comes within half a zoom level of its start, or a layer without a start
 * zoom (the communes' choropleth) is added. So the first view downloads only what it draws.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../store';
import type { MapEnv } from './mapEnv';
import { LAZY_SOURCES } from './style';
import type { ZoneMap } from './ZoneMap';

/** How far ahead of a layer's start zoom its data is fetched, so it is there when the layer shows. */
const PREFETCH_ZOOMS = 0.5;

/** Whether a shown layer on `source` draws at `zoom` or will within PREFETCH_ZOOMS. */
export function sourceNeeded(
  layers: readonly { source?: string; minzoom?: number; maxzoom?: number; visibility?: string }[],
  source: string,
  zoom: number,
): boolean {
  return layers.some(
    (l) =>
      l.source === source &&
      l.visibility !== 'none' &&
      zoom + PREFETCH_ZOOMS >= (l.minzoom ?? 0) &&
      zoom < (l.maxzoom ?? 24),
  );
}

type Lazy = Pick<
  MapLibreMap,
  'getLayersOrder' | 'getLayer' | 'getLayoutProperty' | 'getSource' | 'getZoom' | 'on' | 'off' | 'once'
>;

export function bindLazySources(
  adapter: Pick<ZoneMap, 'map' | 'whenLoaded'>,
  store: AppStore,
  { dataUrl }: Pick<MapEnv, 'dataUrl'>,
): () => void {
  const map = adapter.map as unknown as Lazy;
  const waiting = new Set(LAZY_SOURCES);
  let loaded = false;
  const check = () => {
    if (!loaded || waiting.size === 0) return;
    const layers = map.getLayersOrder().map((id) => {
      const l = map.getLayer(id);
      return {
        source: l?.source,
        minzoom: l?.minzoom,
        maxzoom: l?.maxzoom,
        visibility: map.getLayoutProperty(id, 'visibility') as string | undefined,
      };
    });
    const zoom = map.getZoom();
    for (const source of [...waiting])
      if (sourceNeeded(layers, source, zoom)) {
        const target = map.getSource(source) as { setData?: (d: string) => void } | undefined;
        if (!target?.setData) continue;
        waiting.delete(source);
        target.setData(dataUrl(`${source}.geojson`));
      }
  };
  // Not before the first view is drawn: while the page lays out, the map's size (and so the zoom
  // that fits the city) can still change.
  adapter.whenLoaded(() =>
    map.once('idle', () => {
      loaded = true;
      check();
    }),
  );
  map.on('zoom', check);
  map.on('styledata', check);
  const unsubscribe = store.subscribe(check);
  return () => {
    unsubscribe();
    map.off('zoom', check);
    map.off('styledata', check);
  };
}
