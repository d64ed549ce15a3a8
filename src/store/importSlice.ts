/** The user's own layers, the files being imported, their reports and a pending coordinate-system question. */
import type { StateCreator } from 'zustand';
import type { CrsId } from '../domain/import/crs';
import type { Issue } from '../domain/import/issues';
import type { BBox, ImportedLayer } from '../domain/import/layer';
import type { AppState } from './index';

export type ImportJob = {
  id: number;
  fileName: string;
  status: 'queued' | 'running' | 'waiting';
  progress: number;
};
export type ImportReport = { id: number; fileName: string; issues: Issue[]; omitted: number; loaded: number };
export type CrsQuestion = { jobId: number; fileName: string; candidates: CrsId[] };
export type LayerPatch = Partial<Pick<ImportedLayer, 'name' | 'visible' | 'filter'>>;

export type ImportSlice = {
  imported: ImportedLayer[];
  importJobs: ImportJob[];
  importReports: ImportReport[];
  crsQuestion: CrsQuestion | null;
  /** A request for the map to fit a layer; `seq` makes a repeated request a new one. */
  importZoom: { bbox: BBox; seq: number } | null;
  addImportedLayers: (layers: ImportedLayer[]) => void;
  updateImportedLayer: (id: string, patch: LayerPatch) => void;
  removeImportedLayer: (id: string) => void;
  zoomToImported: (id: string) => void;
  setImportJob: (job: ImportJob) => void;
  removeImportJob: (id: number) => void;
  addImportReport: (report: ImportReport) => void;
  dismissImportReport: (id: number) => void;
  setCrsQuestion: (q: CrsQuestion | null) => void;
};

let zoomSeq = 0;

export const createImportSlice: StateCreator<AppState, [], [], ImportSlice> = (set, get) => ({
  imported: [],
  importJobs: [],
  importReports: [],
  crsQuestion: null,
  importZoom: null,
  addImportedLayers: (layers) => set((s) => ({ imported: [...s.imported, ...layers] })),
  updateImportedLayer: (id, patch) =>
    set((s) => ({ imported: s.imported.map((l) => (l.id === id ? { ...l, ...patch } : l)) })),
  removeImportedLayer: (id) => set((s) => ({ imported: s.imported.filter((l) => l.id !== id) })),
  zoomToImported: (id) => {
    const layer = get().imported.find((l) => l.id === id);
    if (layer) set({ importZoom: { bbox: layer.bbox, seq: ++zoomSeq } });
  },
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
});
