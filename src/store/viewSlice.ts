import type { StateCreator } from 'zustand';
import type { UrlLayer } from '../domain/urlState';
import type { Lang } from '../i18n';
import type { AppState } from './index';

/** The camera, written by the map on moveend. React components do not subscribe to it. */
export type Camera = { center: [number, number]; zoom: number };

export type Notice = { id: number; text: string };

export type ViewSlice = {
  camera: Camera;
  lang: Lang;
  legendOpen: boolean;
  /** Optional overlays the user switched on or off. */
  layers: Record<UrlLayer, boolean>;
  setLayer: (layer: UrlLayer, visible: boolean) => void;
  /** The side panel's active tab (see src/app/panels.ts). */
  activePanel: string;
  setActivePanel: (id: string) => void;
  notices: Notice[];
  setCamera: (camera: Camera) => void;
  setLang: (lang: Lang) => void;
  setLegendOpen: (open: boolean) => void;
  notify: (text: string) => void;
  dismissNotice: (id: number) => void;
};

export const HANOI_CAMERA: Camera = { center: [105.7, 21.02], zoom: 9 };
let noticeSeq = 0;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  camera: HANOI_CAMERA,
  lang: 'vi',
  // Open by default only where the legend leaves most of the map visible.
  legendOpen: typeof window !== 'undefined' && window.innerWidth >= 1600,
  notices: [],
  layers: { districts: true, communes: false, transport: true },
  setLayer: (layer, visible) => set((s) => ({ layers: { ...s.layers, [layer]: visible } })),
  activePanel: 'list',
  setActivePanel: (activePanel) => set({ activePanel }),
  setCamera: (camera) => set({ camera }),
  setLang: (lang) => set({ lang }),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
  notify: (text) => set((s) => ({ notices: [...s.notices, { id: ++noticeSeq, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
