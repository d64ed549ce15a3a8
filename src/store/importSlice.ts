/**
 * The user's own layers, whether each is kept in this browser, the layers set aside, the files being
 * imported, their reports and a pending coordinate-system question.
 */
import type { StateCreator } from 'zustand';
import { type BBox, clampFilter, clampName, type ImportedLayer } from '../domain/import/layer';
import { unionBBox } from '../domain/geo';
import type {
  CrsQuestion,
  ImportJob,
  ImportReport,
  LayerStorage,
  SetAsideLayer,
  TileSource,
} from '../domain/import/state';
import type { AppState } from './index';

export type {
  CrsQuestion,
  ImportJob,
  ImportReport,
  LayerStorage,
  SetAsideLayer,
  StorageFailure,
  TileSource,
} from '../domain/import/state';

export type LayerPatch = Partial<Pick<ImportedLayer, 'name' | 'visible' | 'filter'>>;
export type ImportSlice = {
  imported: ImportedLayer[];
  /** Per layer: being written, kept, or not kept (and why). Absent: not yet known. */
  layerStorage: Record<string, LayerStorage>;
  /** null until the first attempt; false when this browser cannot keep layers at all. */
  storageAvailable: boolean | null;
  setAside: SetAsideLayer[];
  importJobs: ImportJob[];
  importReports: ImportReport[];
  crsQuestion: CrsQuestion | null;
  /**
   * A request for the map to fit layers; `seq` makes a repeated request a new one. With `ifNotPlain`
   * (after an import), the map stays where it is when they are already plain to see.
   */
  importZoom: { bbox: BBox; seq: number; ifNotPlain: boolean } | null;
  tileSource: TileSource | null;
  setTileSource: (source: TileSource | null) => void;
  addImportedLayers: (layers: ImportedLayer[]) => void;
  updateImportedLayer: (id: string, patch: LayerPatch) => void;
  removeImportedLayer: (id: string) => void;
  /** Fits these layers together (the layer list's zoom button). */
  zoomToImported: (...ids: string[]) => void;
  /** Brings newly imported layers into view, moving the map only if they are not plain to see. */
  showImported: (...ids: string[]) => void;
  setLayerStorage: (id: string, status: LayerStorage | null) => void;
  setStorageAvailable: (available: boolean) => void;
  setSetAside: (list: SetAsideLayer[]) => void;
  setImportJob: (job: ImportJob) => void;
  removeImportJob: (id: number) => void;
  addImportReport: (report: ImportReport) => void;
  dismissImportReport: (id: number) => void;
  setCrsQuestion: (q: CrsQuestion | null) => void;
};

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set, get) => {
  let zoomSeq = 0; // this store's zoom requests
  const requestZoom = (ids: string[], ifNotPlain: boolean) => {
    const boxes = get()
      .imported.filter((l) => ids.includes(l.id))
      .map((l) => l.bbox);
    if (boxes.length > 0) set({ importZoom: { bbox: unionBBox(boxes), seq: ++zoomSeq, ifNotPlain } });
  };
  return {
    imported: [],
    layerStorage: {},
    storageAvailable: null,
    setAside: [],
    importJobs: [],
    importReports: [],
    crsQuestion: null,
    importZoom: null,
    tileSource: null,
    setTileSource: (tileSource) => set({ tileSource }),
    addImportedLayers: (layers) => set((s) => ({ imported: [...s.imported, ...layers] })),
    // Names and filters are clamped here to what a stored layer may hold, so a saved layer reads back.
    updateImportedLayer: (id, patch) =>
      set((s) => ({
        imported: s.imported.map((l) =>
          l.id === id
            ? {
                ...l,
                ...patch,
                ...(patch.name !== undefined && { name: clampName(patch.name) || l.name }),
                ...(patch.filter !== undefined && { filter: clampFilter(patch.filter) }),
              }
            : l,
        ),
      })),
    removeImportedLayer: (id) => set((s) => ({ imported: s.imported.filter((l) => l.id !== id) })),
    zoomToImported: (...ids) => requestZoom(ids, false),
    showImported: (...ids) => requestZoom(ids, true),
    setLayerStorage: (id, status) =>
      set((s) => {
        const next = { ...s.layerStorage };
        if (status) next[id] = status;
        else delete next[id];
        return { layerStorage: next };
      }),
    setStorageAvailable: (storageAvailable) => set({ storageAvailable }),
    setSetAside: (setAside) => set({ setAside }),
    setImportJob: (job) =>
      set((s) => ({
        importJobs: s.importJobs.some((j) => j.id === job.id)
          ? s.importJobs.map((j) => (j.id === job.id ? job : j))
          : [...s.importJobs, job],
      })),
    removeImportJob: (id) => set((s) => ({ importJobs: s.importJobs.filter((j) => j.id !== id) })),
    addImportReport: (report) => set((s) => ({ importReports: [report, ...s.importReports].slice(0, 50) })),
    dismissImportReport: (id) => set((s) => ({ importReports: s.importReports.filter((r) => r.id !== id) })),
    setCrsQuestion: (crsQuestion) => set({ crsQuestion }),
  };
};
