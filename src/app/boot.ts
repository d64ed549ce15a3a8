/**
 * The composition root: the one module that starts anything. `boot()` makes one app: it creates the
 * store, wires the data loaders into it, starts the URL sync (which sets the initial state from the
 * link before the first render), starts importing (the layers worker, the IndexedDB persistence and
 * the import controller), starts MapLibre's worker (so it loads while the page renders), starts the
 * first data load and makes what the map needs from the layers it
 * may not import (`MapEnv`: data URLs and messages; the map binders get it from MapView). Nothing else
 * starts a side effect when it is imported, and no module keeps state outside a store, so tests can
 * boot as many apps as they like (src/app/boot.test.ts).
 */
import { dataUrl, loadData } from '../data/loadData';
import type { ImportActions } from '../domain/import/actions';
import { type Lang, type MessageKey, translate } from '../i18n';
import { startImport } from '../import';
import type { MapEnv } from '../map/mapEnv';
import { startMapWorkers } from '../map/workers';
import { type AppStore, createAppStore, type StoreDeps } from '../store';
import { loadReference } from '../data/loadReference';
import { startUrlSync } from './urlSync';
import { startZoneDetails } from './zoneDetails';

export type BootedApp = {
  store: AppStore;
  /** What the interface may ask of the import machinery (components get it through ImportContext). */
  importer: ImportActions;
  /** For MapView and, through it, the map binders. */
  mapEnv: MapEnv;
  /** Stops the URL sync and the import machinery; the store is then left to the garbage collector. */
  stop(): void;
};

export type BootOptions = StoreDeps & {
  win?: Window;
  /** The import machinery for a store (tests pass a stand-in: Node has no Worker or IndexedDB). */
  startImport?: (store: AppStore) => ImportActions & { stop(): void };
  /** Starts the map's worker ahead of the map (tests pass a stand-in: Node has no Worker). */
  startMapWorkers?: () => void;
};

/**
 * The map's messages. MapEnv types their values loosely (src/map may not import the typed catalogue);
 * every MapTextKey is a message of the catalogue, which the `satisfies` below checks.
 */
const mapText: MapEnv['text'] = (lang, key, params) =>
  (translate as (l: Lang, k: MessageKey, p?: Record<string, string | number>) => string)(
    lang,
    key satisfies MessageKey,
    params,
  );

export function boot(options: BootOptions = {}): BootedApp {
  const store = createAppStore({
    loadData: options.loadData ?? loadData,
    loadReference: options.loadReference ?? loadReference,
  });
  const stopUrlSync = startUrlSync(store, options.win ?? window);
  const importer = (options.startImport ?? startImport)(store);
  (options.startMapWorkers ?? startMapWorkers)();
  // A tile tree's zones: the selected one's full facts, loaded when it is opened.
  const stopZoneDetails = startZoneDetails(store);
  void store.getState().load();
  return {
    store,
    importer,
    mapEnv: { dataUrl, text: mapText },
    stop() {
      stopUrlSync();
      stopZoneDetails();
      importer.stop();
    },
  };
}
