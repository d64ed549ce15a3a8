/**
 * Reference layers fetched after the first view. The style (src/map/style.ts, option `lazy`) starts
 * the sources that only close-in layers draw (every layer on them starts at zoom 10 or later: the 2025
 * communes, their labels, the Red River's centre line) with no features, so the first view downloads
 * only what it draws. This binder gives each its file:
 * - once a shown layer on it comes within half a zoom level of its start, or a layer without a start
 *   zoom (the communes' choropleth) is added;
 * - or, sooner, at the page's first quiet moment after the first view is drawn. Read on the way in,
 *   the communes (400 kB) took MapLibre's worker away from the first zoom-in's frames: on a software
 *   GPU its longest task was 188-319 ms, and 174-226 ms with them read before (4 runs each). Not
 *   when the visitor has asked the browser to save data: then they wait for the zoom.
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

/** Calls `fn` at the page's next quiet moment; returns a way to call that off. */
export type WhenQuiet = (fn: () => void) => () => void;

/** The longest wait for a quiet moment: a page that never has one still gets its files. */
const QUIET_WAIT_MS = 3000;

const whenPageQuiet: WhenQuiet = (fn) => {
  // Safari had no requestIdleCallback before version 18.
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout: QUIET_WAIT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(fn, QUIET_WAIT_MS);
  return () => clearTimeout(handle);
};

/** Whether the visitor has asked the browser to save data (Chromium's Save-Data setting). */
const savingData = (): boolean =>
  (globalThis.navigator as { connection?: { saveData?: boolean } } | undefined)?.connection?.saveData ===
  true;

export type LazyOptions = {
  /** Whether to read the files at the first quiet moment, not only when zoomed to. */
  prefetch?: boolean;
  whenQuiet?: WhenQuiet;
};

export function bindLazySources(
  adapter: Pick<
    ZoneMap,
    'whenLoaded' | 'once' | 'on' | 'layersDrawn' | 'zoom' | 'hasSource' | 'setSourceData'
  >,
  store: AppStore,
  { dataUrl }: Pick<MapEnv, 'dataUrl'>,
  { prefetch = !savingData(), whenQuiet = whenPageQuiet }: LazyOptions = {},
): () => void {
  const waiting = new Set(LAZY_SOURCES);
  let loaded = false;
  const load = (source: string) => {
    if (!adapter.hasSource(source)) return;
    waiting.delete(source);
    adapter.setSourceData(source, dataUrl(`${source}.geojson`));
  };
  const check = () => {
    if (!loaded || waiting.size === 0) return;
    const layers = adapter.layersDrawn();
    const zoom = adapter.zoom();
    for (const source of [...waiting]) if (sourceNeeded(layers, source, zoom)) load(source);
  };
  // Not before the first view is drawn: while the page lays out, the map's size (and so the zoom
  // that fits the city) can still change.
  let offIdle = () => {};
  let offQuiet = () => {};
  adapter.whenLoaded(() => {
    offIdle = adapter.once('idle', () => {
      loaded = true;
      check();
      if (prefetch && waiting.size > 0) offQuiet = whenQuiet(() => [...waiting].forEach(load));
    });
  });
  const offZoom = adapter.on('zoom', check);
  const offStyle = adapter.on('styledata', check);
  const unsubscribe = store.subscribe(check);
  return () => {
    unsubscribe();
    offIdle();
    offQuiet();
    offZoom();
    offStyle();
  };
}
