/**
 * The state of importing as the store keeps it and the import machinery (src/import) reports it:
 * jobs, reports, whether each layer is kept, the layers set aside and a pending coordinate question.
 */
import type { Issue } from './issues';
import type { ImportedLayer } from './layer';

export type ImportJob = {
  id: number;
  fileName: string;
  status: 'queued' | 'running' | 'waiting';
  progress: number;
};
export type ImportReport = { id: number; fileName: string; issues: Issue[]; omitted: number; loaded: number };
/** The reasons a layer cannot be kept, each said in plain words in the interface. */
export type StorageFailure = 'quota' | 'tooLarge' | 'unavailable' | 'invalid' | 'refused';
export type LayerStorage =
  { state: 'saving' } | { state: 'saved' } | { state: 'failed'; reason: StorageFailure };
export type SetAsideLayer = { id: string; name: string; reason: 'invalid' | 'unreadable' };

/** Why the user is asked (mirrors the pipeline's reasons). */
export type CrsQuestion = {
  jobId: number;
  fileName: string;
  layerName: string;
  reason: 'noPrj' | 'unknownPrj' | 'datumWithoutShift' | 'badChoice';
  prj?: string;
  detail?: string;
  /** Positions as the file has them, for the preview (easting, northing). */
  sample: [number, number][];
};
/** Where the map gets an imported layer's vector tiles (the import worker cuts them). */
export type TileSource = (layer: ImportedLayer, z: number, x: number, y: number) => Promise<ArrayBuffer>;
