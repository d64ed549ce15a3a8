/**
 * Everything that feeds store state into the map, one binder per feature. Each binder subscribes to
 * the store and drives the adapter through its typed, diffed setters (the MapLibre map itself is the
 * adapter's own), and returns its unsubscribe function. MapView runs them all, with the store and the `MapEnv` boot made.
 */
import type { Binder } from './binder';
import { bindBasemap } from './basemap';
import { bindStore } from './bindStore';
import { bindChoropleth } from './choropleth';
import { bindFitLayer } from './fitLayer';
import { bindImportedLayers } from './importedLayers';
import { bindKeyboardZones } from './keyboardZones';
import { bindLazySources } from './lazySources';
import { bindPrintCapture } from './printCapture';
import { bindRegionSites } from './regionSites';
import { bindShaderWarmup } from './shaderWarmup';
import { bindTiledZones } from './tiledZones';

export type { Binder };

export const BINDERS: readonly Binder[] = [
  bindStore,
  bindBasemap,
  bindChoropleth,
  bindFitLayer,
  bindPrintCapture,
  bindImportedLayers,
  bindRegionSites,
  // The link's `tiles` (put in the store by the URL sync), read once: the map is made for one source.
  (adapter, store, env) => bindTiledZones(adapter, store, store.getState().tiles, env),
  bindKeyboardZones,
  bindLazySources,
  bindShaderWarmup,
];
