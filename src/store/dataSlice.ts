import type { StateCreator } from 'zustand';
import { type LoadedData, loadData } from '../data/loadData';
import type { ZoneFeature } from '../domain/zone';
import type { AppState } from './index';

export type DataState =
  { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'ready' } & LoadedData);

/** The full facts of one zone whose source holds only its summary (a tile tree), as they load. */
export type ZoneDetails =
  | { id: string; status: 'loading' }
  | { id: string; status: 'ready'; zone: ZoneFeature }
  | { id: string; status: 'error'; message: string };

export type DataSlice = {
  data: DataState;
  /** A zone tile tree's tiles.json (the link's `tiles`): the zones then come from its index. */
  tiles: string | null;
  setTiles: (tiles: string | null) => void;
  /** Loads (or reloads) the data; a newer call supersedes an older one. */
  load: (loader?: (signal: AbortSignal, tiles: string | null) => Promise<LoadedData>) => Promise<void>;
  zoneDetails: ZoneDetails | null;
  setZoneDetails: (details: ZoneDetails | null) => void;
};

let current: AbortController | null = null;

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  data: { status: 'loading' },
  tiles: null,
  setTiles: (tiles) => set({ tiles }),
  zoneDetails: null,
  setZoneDetails: (zoneDetails) => set({ zoneDetails }),
  load: async (loader = loadData) => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    set({ data: { status: 'loading' }, zoneDetails: null });
    try {
      const loaded = await loader(controller.signal, get().tiles);
      if (current === controller) set({ data: { status: 'ready', ...loaded } });
    } catch (e) {
      if (current !== controller || (e as Error).name === 'AbortError') return;
      set({ data: { status: 'error', message: (e as Error).message } });
    }
  },
});
