/**
 * State of the investor and planner tools: reference data (targets, distance layers), the fit
 * finder's criteria and the choropleth's settings. The timeline year lives in the filters.
 */
import type { StateCreator } from 'zustand';
import type { ReferenceFiles } from '../domain/dataFiles';
import { EMPTY_FIT, type FitCriteria } from '../domain/fit';
import type { AreaUnit, Measure } from '../domain/stats';
import type { AppState } from './index';

export type ReferenceState =
  | { status: 'idle' | 'loading' }
  | { status: 'error'; message: string }
  | ({ status: 'ready' } & ReferenceFiles);

export type ChoroplethSettings = { on: boolean; unit: AreaUnit; measure: Measure };

/** What the captured map picture shows, for its scale bar and north arrow. */
export type PrintView = { metersPerPx: number; bearing: number; width: number; height: number };

/** A zone sheet being printed: the map adapter fills in the map image ('' when it could not). */
export type PrintJob = { zoneId: string; image: string | null; view: PrintView | null };

/** Fetches and validates the reference files (src/data/loadReference.ts in the app). */
export type ReferenceLoader = (signal?: AbortSignal) => Promise<ReferenceFiles>;

export type PlannerSlice = {
  reference: ReferenceState;
  /** Loads the reference data once; later calls do nothing unless the last load failed. */
  ensureReference: (loader?: ReferenceLoader) => Promise<void>;
  fit: FitCriteria;
  setFit: (fit: FitCriteria) => void;
  choropleth: ChoroplethSettings;
  setChoropleth: (patch: Partial<ChoroplethSettings>) => void;
  print: PrintJob | null;
  requestPrint: (zoneId: string) => void;
  setPrintImage: (image: string, view?: PrintView) => void;
  endPrint: () => void;
};

export const createPlannerSlice =
  (defaultLoader: ReferenceLoader): StateCreator<AppState, [], [], PlannerSlice> =>
  (set, get) => ({
    reference: { status: 'idle' },
    ensureReference: async (loader = defaultLoader) => {
      const status = get().reference.status;
      if (status === 'loading' || status === 'ready') return;
      set({ reference: { status: 'loading' } });
      try {
        set({ reference: { status: 'ready', ...(await loader()) } });
      } catch (e) {
        set({ reference: { status: 'error', message: (e as Error).message } });
      }
    },
    // A shared link's criteria arrive through src/app/urlSync.ts, like every other part of the URL.
    fit: EMPTY_FIT,
    setFit: (fit) => set({ fit }),
    choropleth: { on: false, unit: 'district', measure: 'count' },
    setChoropleth: (patch) => set((s) => ({ choropleth: { ...s.choropleth, ...patch } })),
    print: null,
    requestPrint: (zoneId) => set({ print: { zoneId, image: null, view: null } }),
    setPrintImage: (image, view) =>
      set((s) => (s.print ? { print: { ...s.print, image, view: view ?? null } } : {})),
    endPrint: () => set({ print: null }),
  });
