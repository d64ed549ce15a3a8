/**
 * The pinned zones (the shortlist, also the comparison's columns), persisted in localStorage. A
 * stored value that does not parse is dropped with a notice, never a crash; a bad id in a readable
 * value costs only itself. A shared link's pins are shown without overwriting the stored ones until
 * the visitor pins or unpins.
 */
import type { StateCreator } from 'zustand';
import { readShortlist, togglePinned, writeShortlist } from '../domain/shortlist';
import type { AppState } from './index';

export type ShortlistSlice = {
  pinned: readonly string[];
  togglePin: (id: string) => void;
  clearPins: () => void;
  /** Replaces the pins (from a link, or dropping ids the data lacks); `save` also stores them. */
  setPinned: (ids: readonly string[], options?: { save?: boolean }) => void;
};

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some browsers throw on access when storage is disabled
  }
};

export const createShortlistSlice: StateCreator<AppState, [], [], ShortlistSlice> = (set, get) => {
  const stored = readShortlist(storage());
  if (stored.corrupt) {
    writeShortlist(storage(), []);
    // The rest of the store (notify) exists once every slice is created.
    queueMicrotask(() => get().notify({ key: 'shortlist.corrupt' }));
  } else if (stored.dropped > 0) {
    writeShortlist(storage(), stored.ids);
    queueMicrotask(() => get().notify({ key: 'shortlist.dropped', params: { count: stored.dropped } }));
  }
  const save = (ids: readonly string[]) => {
    if (!writeShortlist(storage(), ids)) get().notify({ key: 'shortlist.notSaved' });
  };
  return {
    pinned: stored.ids,
    togglePin: (id) => {
      const { ids, full } = togglePinned(get().pinned, id);
      if (full) return get().notify({ key: 'shortlist.full' }, 'info');
      set({ pinned: ids });
      save(ids);
    },
    clearPins: () => {
      set({ pinned: [] });
      save([]);
    },
    setPinned: (ids, options) => {
      set({ pinned: [...ids] });
      if (options?.save) save(ids);
    },
  };
};
