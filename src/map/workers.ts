/**
 * MapLibre's worker, started before the map exists. The worker is a large script of its own; started
 * from the map's constructor it would load only after React's first render, while started here it
 * loads and compiles alongside it. The map then claims the same worker.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** Safe to call more than once: MapLibre keeps one pool of workers per page. */
export function startMapWorkers(): void {
  setWorkerUrl(workerUrl);
  prewarm();
}
