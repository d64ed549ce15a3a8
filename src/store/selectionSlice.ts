import type { StateCreator } from 'zustand';
import type { AppState } from './index';

/** `fly` says whether the map should move to the zone (list clicks do, map clicks don't). */
export type Selection = { id: string; fly: boolean } | null;

export type SelectionSlice = {
  selection: Selection;
  select: (id: string | null, options?: { fly?: boolean }) => void;
};

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  select: (id, options) => set({ selection: id ? { id, fly: options?.fly ?? false } : null }),
});
