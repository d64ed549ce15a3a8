import type { StateCreator } from 'zustand';
import type { LoadedData } from '../domain/dataFiles';
import type { LayerInfo } from '../domain/sources';
import type { ZoneFeature } from '../domain/zone';
import type { AppState } from './index';

/**
 * While loading, `layers` (the layer registry, a small file) may already be known: the map is built
 * from it and starts fetching its base layers and worker while the zones are still on their way.
 */
export type DataState =
  | { status: 'loading'; layers?: readonly LayerInfo[] }
  | { status: 'error'; message: string }
  | ({ status: 'ready' } & LoadedData);

/**
 * Fetches and validates the data (src/data/loadData.ts in the app): the bundled zones or, with `tiles`,
 * a tile tree's index. `onLayers` gets the layer registry as soon as it is read, before the rest; the
 * result's `layers` is that same array.
 */
export type DataLoader = (
  signal: AbortSignal,
  tiles: string | null,
  onLayers?: (layers: readonly LayerInfo[]) => void,
) => Promise<LoadedData>;

/** The full facts of one zone whose source holds only its summary (a tile tree), as they load. */
export type ZoneDetails =
  | { id: string; status: 'loading' }
  | { id: string; status: 'ready'; zone: ZoneFeature }
  | { id: string; status: 'error'; message: string };

export type DataSlice = {
  data: DataState;
  /**
   * Loads (or reloads) the data with the store's loader, or the one given; a newer call supersedes
   * (and aborts) an older one of the same store.
   */
  load: (loader?: DataLoader) => Promise<void>;
  /** The link's vector-tile tree of zones (`tiles=`, src/map/tiledZones.ts), or null: the bundled zones. */
  tiles: string | null;
  setTiles: (tiles: string | null) => void;
  zoneDetails: ZoneDetails | null;
  setZoneDetails: (details: ZoneDetails | null) => void;
};

export const createDataSlice =
  (defaultLoader: DataLoader): StateCreator<AppState, [], [], DataSlice> =>
  (set, get) => {
    // This store's load in flight: another store's loads are not its business.
    let current: AbortController | null = null;
    return {
      data: { status: 'loading' },
      tiles: null,
      setTiles: (tiles) => set({ tiles }),
      zoneDetails: null,
      setZoneDetails: (zoneDetails) => set({ zoneDetails }),
      load: async (loader = defaultLoader) => {
        current?.abort();
        const controller = new AbortController();
        current = controller;
        set({ data: { status: 'loading' }, zoneDetails: null });
        try {
          const loaded = await loader(controller.signal, get().tiles, (layers) => {
            if (current === controller && get().data.status === 'loading')
              set({ data: { status: 'loading', layers } });
          });
          if (current === controller) set({ data: { status: 'ready', ...loaded } });
        } catch (e) {
          if (current !== controller || (e as Error).name === 'AbortError') return;
          set({ data: { status: 'error', message: (e as Error).message } });
        }
      },
    };
  };
