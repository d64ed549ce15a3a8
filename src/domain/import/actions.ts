/**
 * What the interface may ask of the import machinery. The app creates the implementation once at
 * start-up (src/import/index.ts) and hands it to components through a React context, so components
 * never reach into src/import/ themselves.
 */
import type { CrsChoice } from './crs';
import type { AttrFilter, ImportedLayer } from './layer';

export type PreviewResult =
  | {
      ok: true;
      /** Where a sample of the layer's positions would land, [lon, lat]. */
      points: [number, number][];
      /** Share of them off Viet Nam's land (0–1). */
      outside: number;
      bbox: [number, number, number, number];
      /** Country outlines to draw under the points, as rings of [lon, lat]. */
      outlines: { kind: 'vn' | 'other'; rings: [number, number][][] }[];
      /** The province outlines the app bundles (Hanoi and its neighbours), for reference. */
      provinces: { name: string; rings: [number, number][][] }[];
      /** The borders between all provinces before the 2025 mergers (approximate), as lines. */
      borders: [number, number][][];
    }
  | { ok: false; problem: string; detail?: string };

export type ImportActions = {
  importFiles(files: readonly File[]): void;
  cancelImport(id: number): void;
  /** The coordinate-system dialog's answer: a system, or null to give up on the file. */
  answerCrs(choice: CrsChoice | null): void;
  previewCrs(sample: [number, number][], choice: CrsChoice): Promise<PreviewResult>;
  countMatching(layer: ImportedLayer, filter: AttrFilter | null): Promise<number>;
  downloadSetAside(id: string): Promise<Blob | null>;
  deleteSetAside(id: string): Promise<void>;
};
