import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, type FilterGroup, type FilterState, toggleFilter } from '../domain/filters';
import type { AppState } from './index';

export type FilterSlice = {
  filters: FilterState;
  toggleFilter: (group: FilterGroup, value: string) => void;
  setFilters: (filters: FilterState) => void;
  clearFilters: () => void;
};

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  toggleFilter: (group, value) => set((s) => ({ filters: toggleFilter(s.filters, group, value) })),
  setFilters: (filters) => set({ filters }),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
});
