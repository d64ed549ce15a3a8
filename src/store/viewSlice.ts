import type { StateCreator } from 'zustand';
import type { UrlLayer } from '../domain/urlState';
import type { Lang } from '../domain/lang';
import { type NoticeMessage, noticeIdentity } from '../domain/notices';
import type { AppState } from './index';

/** "info" notices go away by themselves; "error" notices stay until the user closes them. */
export type NoticeKind = 'info' | 'error';
/**
 * A notice is kept as its message key and values, and translated when drawn, so it follows the
 * language. `quotes`: the text repeats outside input (a link): it is held to fewer lines.
 */
export type Notice = NoticeMessage & { id: number; kind: NoticeKind; quotes?: boolean };
/** At most this many notices are kept: the newest. */
export const MAX_NOTICES = 3;

/** Interface state: language, panels, overlays, notices. */
export type ViewSlice = {
  lang: Lang;
  legendOpen: boolean;
  /** Optional overlays the user switched on or off. */
  layers: Record<UrlLayer, boolean>;
  /** The side panel's active tab (see src/app/panels.ts). */
  activePanel: string;
  /** Phone layout: the filter drawer and the bottom sheet. */
  filtersOpen: boolean;
  sheetExpanded: boolean;
  notices: Notice[];
  /** The page's address as the URL sync last wrote it (src/app/urlSync.ts): links are made from it. */
  pageUrl: string;
  setPageUrl: (url: string) => void;
  setLang: (lang: Lang) => void;
  setLegendOpen: (open: boolean) => void;
  setLayer: (layer: UrlLayer, visible: boolean) => void;
  setLayers: (layers: Record<UrlLayer, boolean>) => void;
  setActivePanel: (id: string) => void;
  setFiltersOpen: (open: boolean) => void;
  setSheetExpanded: (expanded: boolean) => void;
  /** Shows a notice (kind "error" unless said otherwise); the same message twice shows once. */
  notify: (message: NoticeMessage, kind?: NoticeKind, quotes?: boolean) => void;
  dismissNotice: (id: number) => void;
};

export const DEFAULT_LAYERS: Record<UrlLayer, boolean> = {
  districts: true,
  // Drawn only from zoom 10 (src/map/baseLabelLayers.ts), closer than the city view: around a zone.
  communes: true,
  transport: true,
  region: false,
};
export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => {
  let noticeSeq = 0; // this store's notice ids
  return {
    lang: 'vi',
    // Open by default only where the legend leaves most of the map visible.
    legendOpen: typeof window !== 'undefined' && window.innerWidth >= 1600,
    layers: DEFAULT_LAYERS,
    activePanel: 'list',
    filtersOpen: false,
    sheetExpanded: false,
    notices: [],
    pageUrl: '',
    setPageUrl: (pageUrl) => set({ pageUrl }),
    setLang: (lang) => set({ lang }),
    setLegendOpen: (legendOpen) => set({ legendOpen }),
    setLayer: (layer, visible) => set((s) => ({ layers: { ...s.layers, [layer]: visible } })),
    setLayers: (layers) => set({ layers }),
    setActivePanel: (activePanel) => set({ activePanel }),
    setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
    setSheetExpanded: (sheetExpanded) => set({ sheetExpanded }),
    notify: (message, kind = 'error', quotes = false) =>
      set((s) => ({
        notices: [
          ...s.notices.filter((n) => noticeIdentity(n) !== noticeIdentity(message)),
          { ...message, id: ++noticeSeq, kind, quotes },
        ].slice(-MAX_NOTICES),
      })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  };
};
