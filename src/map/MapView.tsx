/** The React boundary around the map: creates the adapter once per data load and tears it down. */
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { coverPadding } from '../domain/framing';
import type { LayerInfo } from '../domain/sources';
import { useAppStoreApi } from '../store';
import { BINDERS } from './binders';
import type { MapEnv } from './mapEnv';
import { buildStyle } from './style';
import { startMapWorkers } from './workers';
import { ZoneMap } from './ZoneMap';

/** Hanoi's extent, with a little margin. */
export const HANOI_BOUNDS: [number, number, number, number] = [105.28, 20.56, 106.03, 21.39];
const LEGEND_WIDTH_PX = 270;

declare global {
  interface Window {
    /** Test and benchmark hooks: the map and the time of its first idle with the zones drawn. */
    __map?: MapLibreMap;
    __firstIdleMs?: number;
  }
}

/**
 * Where the map is narrow (a phone), MapLibre's attribution is "compact" but starts open, over a third
 * of the map: start it closed, behind its (i) button.
 */
function collapseCompactAttribution(container: HTMLElement): void {
  const attribution = container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact');
  attribution?.classList.remove('maplibregl-compact-show');
  attribution?.removeAttribute('open');
}

/** What lies over the map and hides part of it: elements marked `data-covers-map` that are shown. */
function mapCovers(): DOMRect[] {
  return [...document.querySelectorAll<HTMLElement>('[data-covers-map]')]
    .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => e.getBoundingClientRect());
}

export function MapView({
  layers,
  label,
  env,
}: {
  layers: readonly LayerInfo[];
  label: string;
  env: MapEnv;
}) {
  const container = useRef<HTMLDivElement>(null);
  const appStore = useAppStoreApi();

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    startMapWorkers();
    const store = appStore.getState();
    const map = new MapLibreMap({
      container: el,
      style: buildStyle({ dataUrl: env.dataUrl, layers, lazy: true }),
      // A link's camera wins; otherwise fit the city, beside the legend when it is open.
      ...(store.camera
        ? { center: store.camera.center, zoom: store.camera.zoom }
        : {
            bounds: HANOI_BOUNDS,
            fitBoundsOptions: {
              padding: store.legendOpen ? { left: LEGEND_WIDTH_PX + 24, right: 16, top: 16, bottom: 32 } : 16,
            },
          }),
      attributionControl: false,
      maxZoom: 18,
      minZoom: 7,
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(new AttributionControl(), 'bottom-right');
    map.getCanvas().setAttribute('aria-label', env.text(store.lang, 'map.label'));
    window.__map = map;
    map.once('idle', () => collapseCompactAttribution(el));
    // The map starts before the zones arrive: its first idle that counts is the first with the zones
    // handed over. The repaint makes sure an idle follows even when the zones change nothing drawn.
    const untilReady = appStore.subscribe((s) => s.data.status === 'ready' && whenReady());
    const whenReady = () => {
      untilReady();
      map.once('idle', () => (window.__firstIdleMs ??= performance.now()));
      map.triggerRepaint();
    };

    const adapter = new ZoneMap(map, {
      onZoneClick: (id) => appStore.getState().select(id, { fly: true }),
      onZoneChoice: (ids, at) => appStore.getState().offerChoice(ids, at),
      onMoveEnd: (camera) => appStore.getState().setCamera(camera),
      onError: (message) => appStore.getState().notify({ key: 'map.error', params: { message } }),
    });
    adapter.setCoverPadding(() => coverPadding(el.getBoundingClientRect(), mapCovers()));
    const unbinders = BINDERS.map((bind) => bind(adapter, appStore, env));
    if (store.data.status === 'ready') whenReady();
    return () => {
      untilReady();
      for (const unbind of unbinders) unbind();
      adapter.destroy();
      if (window.__map === map) delete window.__map;
    };
  }, [layers, appStore, env]);

  useEffect(() => {
    window.__map?.getCanvas().setAttribute('aria-label', label);
  }, [label]);

  return <div ref={container} className="map" data-testid="map" />;
}
