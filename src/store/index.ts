/** One zustand store made of slices: data, filters, selection, view/UI. No MapLibre objects in here. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { type BasemapSlice, createBasemapSlice } from './basemapSlice';
import { type CameraSlice, createCameraSlice } from './cameraSlice';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createImportSlice, type ImportSlice } from './importSlice';
import { createLayoutSlice, type LayoutSlice } from './layoutSlice';
import { createPlannerSlice, type PlannerSlice } from './plannerSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createShortlistSlice, type ShortlistSlice } from './shortlistSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = DataSlice &
  FilterSlice &
  SelectionSlice &
  CameraSlice &
  ViewSlice &
  ShortlistSlice &
  PlannerSlice &
  ImportSlice &
  LayoutSlice &
  BasemapSlice;

export function createAppStore() {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
    ...createCameraSlice(...a),
    ...createViewSlice(...a),
    ...createShortlistSlice(...a),
    ...createPlannerSlice(...a),
    ...createImportSlice(...a),
    ...createLayoutSlice(...a),
    ...createBasemapSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

export const appStore = createAppStore();

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
