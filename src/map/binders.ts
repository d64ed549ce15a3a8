/**
 * Everything that feeds store state into the map, one binder per feature. Each binder subscribes to
 * the store and drives the adapter (or its own layers via `adapter.map` after `whenLoaded`), and
 * returns its unsubscribe function. MapView runs them all.
 */
import type { AppStore } from '../store';
import { bindBasemap } from './basemap';
import { bindStore } from './bindStore';
import { bindChoropleth } from './choropleth';
import { bindFitLayer } from './fitLayer';
import { bindImportedLayers } from './importedLayers';
import { bindKeyboardZones } from './keyboardZones';
import { bindLazySources } from './lazySources';
import { bindPrintCapture } from './printCapture';
import { bindRegionSites } from './regionSites';
import { bindTiledZones } from './tiledZones';
import type { ZoneMap } from './ZoneMap';

export type Binder = (adapter: ZoneMap, store: AppStore) => () => void;

export const BINDERS: readonly Binder[] = [
  bindStore,
  bindBasemap,
  bindChoropleth,
  bindFitLayer,
  bindPrintCapture,
  bindImportedLayers,
  bindRegionSites,
  bindTiledZones,
  bindKeyboardZones,
  bindLazySources,
];
