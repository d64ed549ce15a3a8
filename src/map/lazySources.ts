/**
 * Reference layers fetched when first needed. The style (src/map/style.ts, option `lazy`) starts the
 * sources that only close-in layers draw (every layer on them starts at zoom 10 or later: the 2025
 * communes, their labels, the Red River's centre line) with no features; this binder gives each its
 * file once a shown layer on it comes within half a zoom level of its start, or a layer without a start
 * zoom (the communes' choropleth) is added. So the first view downloads only what it draws.
 */
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

export function bindLazySources(
  adapter: Pick<
    ZoneMap,
    'whenLoaded' | 'once' | 'on' | 'layersDrawn' | 'zoom' | 'hasSource' | 'setSourceData'
  >,
  store: AppStore,
  { dataUrl }: Pick<MapEnv, 'dataUrl'>,
): () => void {
  const waiting = new Set(LAZY_SOURCES);
  let loaded = false;
  const check = () => {
    if (!loaded || waiting.size === 0) return;
    const layers = adapter.layersDrawn();
    const zoom = adapter.zoom();
    for (const source of [...waiting])
      if (sourceNeeded(layers, source, zoom)) {
        if (!adapter.hasSource(source)) continue;
        waiting.delete(source);
        adapter.setSourceData(source, dataUrl(`${source}.geojson`));
      }
  };
  // Not before the first view is drawn: while the page lays out, the map's size (and so the zoom
  // that fits the city) can still change.
  let offIdle = () => {};
  adapter.whenLoaded(() => {
    offIdle = adapter.once('idle', () => {
      loaded = true;
      check();
    });
  });
  const offZoom = adapter.on('zoom', check);
  const offStyle = adapter.on('styledata', check);
  const unsubscribe = store.subscribe(check);
  return () => {
    unsubscribe();
    offIdle();
    offZoom();
    offStyle();
  };
}
