/** One zustand store made of slices: data, filters, selection, view/UI. No MapLibre objects in here. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = DataSlice & FilterSlice & SelectionSlice & ViewSlice;

export function createAppStore() {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

export const appStore = createAppStore();

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
