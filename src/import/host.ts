/**
 * What the import machinery may read and do: a narrow view of the app's state, handed in by
 * src/app/boot.ts (the app's store fits it as it is). src/import never imports the store.
 */
import type { Lang } from '../domain/lang';
import type { NoticeMessage } from '../domain/notices';
import type { ImportedLayer } from '../domain/import/layer';
import type {
  CrsQuestion,
  ImportJob,
  ImportReport,
  LayerStorage,
  SetAsideLayer,
  TileSource,
} from '../domain/import/state';

export type ImportHostState = {
  readonly imported: ImportedLayer[];
  readonly layerStorage: Record<string, LayerStorage>;
  readonly setAside: SetAsideLayer[];
  /** The side panel's open tab: a notice is not needed while the import tab shows the report. */
  readonly activePanel: string;
  readonly lang: Lang;
  setImportJob(job: ImportJob): void;
  removeImportJob(id: number): void;
  addImportReport(report: ImportReport): void;
  addImportedLayers(layers: ImportedLayer[]): void;
  showImported(...ids: string[]): void;
  setCrsQuestion(question: CrsQuestion | null): void;
  setLayerStorage(id: string, status: LayerStorage | null): void;
  setStorageAvailable(available: boolean): void;
  setSetAside(list: SetAsideLayer[]): void;
  setTileSource(source: TileSource | null): void;
  notify(message: NoticeMessage): void;
};

export type ImportHost = {
  getState(): ImportHostState;
  subscribe(listener: (state: ImportHostState, prev: ImportHostState) => void): () => void;
};
