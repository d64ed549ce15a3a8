import type { StateCreator } from 'zustand';
import { type LoadedData, loadData } from '../data/loadData';
import type { AppState } from './index';

export type DataState =
  { status: 'loading' } | { status: 'error'; message: string } | ({ status: 'ready' } & LoadedData);

export type DataSlice = {
  data: DataState;
  /** Loads (or reloads) the data; a newer call supersedes an older one. */
  load: (loader?: (signal: AbortSignal) => Promise<LoadedData>) => Promise<void>;
};

let current: AbortController | null = null;

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  data: { status: 'loading' },
  load: async (loader = loadData) => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    set({ data: { status: 'loading' } });
    try {
      const loaded = await loader(controller.signal);
      if (current === controller) set({ data: { status: 'ready', ...loaded } });
    } catch (e) {
      if (current !== controller || (e as Error).name === 'AbortError') return;
      set({ data: { status: 'error', message: (e as Error).message } });
    }
  },
});
