/**
 * How the side panel is laid out: its width on wide screens (kept in localStorage) and the order of
 * the zone lists (kept in the link).
 */
import type { StateCreator } from 'zustand';
import { readPanelWidth, writePanelWidth } from '../domain/panelWidth';
import { DEFAULT_SORT, type ListSort } from '../domain/sortZones';
import type { AppState } from './index';

export type LayoutSlice = {
  /** The width the user chose, in px; null: the default for the screen and tab. */
  panelWidth: number | null;
  setPanelWidth: (width: number | null, options?: { save?: boolean }) => void;
  listSort: ListSort;
  setListSort: (sort: ListSort) => void;
};

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

export const createLayoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  panelWidth: readPanelWidth(storage()),
  // Dragging updates the width on every move and saves once, when the drag ends.
  setPanelWidth: (panelWidth, options) => {
    set({ panelWidth });
    if (options?.save !== false) writePanelWidth(storage(), panelWidth);
  },
  listSort: DEFAULT_SORT,
  setListSort: (listSort) => set({ listSort }),
});
