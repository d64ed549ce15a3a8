import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** `fly` says whether the map should move to the zone (list clicks do, map clicks don't). */
export type Selection = { id: string; fly: boolean } | null;

/** Several zones under one click: the user picks one. `at` is the click in map pixels. */
export type ZoneChoice = { ids: readonly string[]; at: { x: number; y: number } } | null;

export type SelectionSlice = {
  selection: Selection;
  choice: ZoneChoice;
  select: (id: string | null, options?: { fly?: boolean }) => void;
  offerChoice: (ids: readonly string[], at: { x: number; y: number }) => void;
  clearChoice: () => void;
};

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  choice: null,
  select: (id, options) => set({ selection: id ? { id, fly: options?.fly ?? false } : null, choice: null }),
  offerChoice: (ids, at) => set({ choice: { ids, at } }),
  clearChoice: () => set({ choice: null }),
});
