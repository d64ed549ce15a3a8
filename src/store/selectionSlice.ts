import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** `fly` says whether the map should move to the zone (list clicks do, map clicks don't). */
export type Selection = { id: string; fly: boolean } | null;

/** Several zones under one click: the user picks one. `at` is the click in map pixels. */
export type ZoneChoice = { ids: readonly string[]; at: { x: number; y: number } } | null;

/** The zone a keyboard user has stepped to on the map, as "n of total in view". */
export type MapFocus = { id: string; index: number; total: number } | null;

export type SelectionSlice = {
  selection: Selection;
  choice: ZoneChoice;
  mapFocus: MapFocus;
  setMapFocus: (focus: MapFocus) => void;
  select: (id: string | null, options?: { fly?: boolean }) => void;
  offerChoice: (ids: readonly string[], at: { x: number; y: number }) => void;
  clearChoice: () => void;
};

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  choice: null,
  mapFocus: null,
  setMapFocus: (mapFocus) => set({ mapFocus }),
  select: (id, options) => set({ selection: id ? { id, fly: options?.fly ?? false } : null, choice: null }),
  offerChoice: (ids, at) => set({ choice: { ids, at } }),
  clearChoice: () => set({ choice: null }),
});
