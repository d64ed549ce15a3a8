/**
 * One zustand store made of slices: data (the bundled zones), filters, selection, camera, view
 * (language, panels, notices), shortlist (pins), planner (reference data, fit criteria, choropleth,
 * print), import (the user's own layers), layout (the side panel's width) and basemap. No MapLibre
 * objects in here, and nothing at module level: every store is made by `createAppStore` (src/app/boot.ts
 * makes the app's one), with its own sequences, aborts and memo caches.
 */
import { createContext, useContext } from 'react';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { type BasemapSlice, createBasemapSlice } from './basemapSlice';
import { type CameraSlice, createCameraSlice } from './cameraSlice';
import { createDataSlice, type DataLoader, type DataSlice } from './dataSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createImportSlice, type ImportSlice } from './importSlice';
import { createLayoutSlice, type LayoutSlice } from './layoutSlice';
import { createPlannerSlice, type PlannerSlice, type ReferenceLoader } from './plannerSlice';
import type { StoreKeyed } from './perStore';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createShortlistSlice, type ShortlistSlice } from './shortlistSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type AppState = StoreKeyed &
  DataSlice &
  FilterSlice &
  SelectionSlice &
  CameraSlice &
  ViewSlice &
  ShortlistSlice &
  PlannerSlice &
  ImportSlice &
  LayoutSlice &
  BasemapSlice;

/** What the store is handed instead of importing src/data: the loaders (src/app/boot.ts wires them). */
export type StoreDeps = { loadData?: DataLoader; loadReference?: ReferenceLoader };

const notWired = (what: string) => () =>
  Promise.reject(new Error(`no ${what} loader was given to the store`));

export function createAppStore(deps: StoreDeps = {}) {
  const loadData = deps.loadData ?? notWired('data');
  const loadReference = deps.loadReference ?? notWired('reference');
  return createStore<AppState>()((...a) => ({
    storeKey: {},
    ...createDataSlice(loadData)(...a),
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
    ...createCameraSlice(...a),
    ...createViewSlice(...a),
    ...createShortlistSlice(...a),
    ...createPlannerSlice(loadReference)(...a),
    ...createImportSlice(...a),
    ...createLayoutSlice(...a),
    ...createBasemapSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store, provided by src/main.tsx around the page (and by tests around what they render). */
export const AppStoreContext = createContext<AppStore | null>(null);

/** The store itself, for event handlers that read or act on it outside rendering. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('AppStoreContext is not provided');
  return store;
}

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
